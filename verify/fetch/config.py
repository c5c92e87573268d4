"""The limits and switches of fetching: a plain value, importable without the HTTP stack
(the command line builds its settings from it before any request is made)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from verify.fetch.hosts import HostGate


@dataclass(frozen=True)
class FetchConfig:
    """Limits and switches for fetching."""

    cache_dir: Path | None = None
    """Folder of the page cache; None (the default) caches nothing, so a library call makes
    no folder unless told to (the command line gives the user cache folder,
    :func:`verify.config.default_cache_dir`)."""
    allow_private_network: bool = False
    """Let URLs reach loopback, private and link-local addresses (tests, intranets)."""
    timeout: float = 15.0
    """Seconds for each request (connect, read, write, pool)."""
    max_bytes: int = 5_000_000
    """Largest body accepted, counted after decoding."""
    deadline: float = 30.0
    """Seconds one request may take in all, from connecting to its last byte (a server
    that trickles a byte at a time never trips the per-read ``timeout``)."""
    max_redirects: int = 5
    """Redirects followed per URL."""
    retries: int = 3
    """Tries per request for transient failures (timeouts, 429, 5xx)."""
    max_retry_after: float = 30.0
    """Longest wait honoured from a Retry-After header."""
    concurrency: int = 8
    """Requests in flight at once."""
    per_host: int = 2
    """Requests in flight per host."""
    host_gate: HostGate | None = None
    """Shares the per-host limit with other processes (a batch's workers); without it the
    limit is this fetcher's own."""
    backoff: float = 0.5
    """First wait between retries without Retry-After (seconds, then doubling)."""
    offline: bool = False
    """Make no request: answer from the cache only (pre-commit.ci and other closed CI)."""
    record: Path | None = None
    """Write every response fetched to this WARC file."""
    replay: Path | tuple[Path, ...] | None = None
    """Answer fetches from this WARC file (or these, a later one winning) by URL instead of
    the network."""
