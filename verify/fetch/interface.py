"""What a fetch returns: the body, or the reason there is none."""

from __future__ import annotations

from dataclasses import dataclass

from verify.reasons import Reason

__all__ = ["FetchResult", "Reason"]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of fetching one URL. Exactly one of ``body`` and ``error`` is set."""

    url: str
    """The URL asked for."""
    final_url: str | None = None
    """Where the redirects ended."""
    status: int | None = None
    """HTTP status of the final response, when there was one."""
    content_type: str | None = None
    """Content-Type of the final response."""
    body: bytes | None = None
    """The body, when the fetch succeeded."""
    error: str | None = None
    """Why there is no body: "HTTP 404", "timeout after 3 tries", "blocked: …"."""
    from_cache: bool = False
    """True when answered from the on-disk cache without a request."""
    attempts: int = 0
    """Requests made for the final hop (retries included); 0 for a cache hit."""
    code: Reason | None = None
    """The kind of ``error``, when there is one."""

    @property
    def ok(self) -> bool:
        """True when there is a body."""
        return self.body is not None
