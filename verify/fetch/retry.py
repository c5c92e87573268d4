"""The retry policy of the tool's two HTTP clients, the fetcher's (:mod:`verify.fetch.client`)
and the search and archive APIs' (:mod:`verify.sources.discovery.client`): how many tries,
which answers are worth another one, how long an answer's Retry-After asks to wait (capped),
and how an exchange is written to the WARC file of ``--record``.

Each client keeps its own loop: the fetcher also retries timeouts and dropped connections,
with a growing jittered wait; an API client retries a timeout at once and reports a dropped
connection as the backend being down.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

    from verify.fetch.warc import WarcRecorder


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many tries a request gets, and the longest Retry-After wait honoured."""

    tries: int = 3
    """Tries per request, the first included."""
    max_retry_after: float = 30.0
    """Longest wait honoured from a Retry-After header (seconds)."""

    @staticmethod
    def retryable(status: int) -> bool:
        """True for an answer worth another try: 429 (too many requests) or a 5xx."""
        return status == 429 or status >= 500

    def asked_wait(self, headers: Mapping[str, str]) -> float | None:
        """The wait the answer's Retry-After asks for, at most :attr:`max_retry_after`;
        None when it asks for none (or says it in no form RFC 9110 knows)."""
        delay = retry_after_seconds(headers.get("retry-after"))
        return None if delay is None else min(delay, self.max_retry_after)


def retry_after_seconds(value: str | None) -> float | None:
    """Parse Retry-After: delay-seconds or an HTTP-date (RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def record(recorder: WarcRecorder | None, url: str, response: httpx.Response,
           body: bytes) -> None:
    """Write the exchange for ``url`` to ``recorder``, if there is one (``--record``)."""
    if recorder is not None:
        recorder.record(url, response.status_code, list(response.headers.items()), body,
                        response.reason_phrase)
