"""HTTP for search and archive APIs: a User-Agent that names the tool, a minimum interval
per host, Retry-After honoured, retries on 429 and 5xx only, and a request count per backend.

API base URLs are trusted configuration, so the address guard does not apply here (it
guards the candidate URLs that come from drafts and from search results)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter, defaultdict
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from verify.errors import InputError
from verify.fetch.client import USER_AGENT
from verify.fetch.retry import RetryPolicy, record
from verify.sources.discovery.errors import BackendDown, BackendError

if TYPE_CHECKING:
    import httpx  # imported by the first request (see verify.fetch.client)

    from verify.fetch.warc import WarcRecorder, WarcReplay


class ApiClient:
    """Polite GET requests to search services."""

    def __init__(self, *, timeout: float = 20.0, retries: int = 3, max_retry_after: float = 30.0,
                 intervals: dict[str, float] | None = None,
                 replay: WarcReplay | None = None, recorder: WarcRecorder | None = None) -> None:
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None  # made at the first request
        self.policy = RetryPolicy(retries, max_retry_after)
        self.intervals = intervals or {}
        self._last: dict[str, float] = defaultdict(float)
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.requests: Counter[str] = Counter()
        self.replay = replay
        self.recorder = recorder

    async def aclose(self) -> None:
        """Close the connection pool."""
        if self._client is not None:
            await self._client.aclose()

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(timeout=httpx.Timeout(self._timeout),
                                             trust_env=False, follow_redirects=True,
                                             headers={"User-Agent": USER_AGENT})
        return self._client

    async def get(self, backend: str, url: str, *, interval: float,
                  headers: dict[str, str] | None = None) -> httpx.Response:
        """GET ``url`` for ``backend``, spacing requests to its host by ``interval`` seconds
        (or the configured override). Raises :class:`BackendError` with the reason."""
        import httpx

        if self.replay is not None:
            try:
                stored = self.replay.get(url)
            except InputError as exc:
                raise BackendError(str(exc)) from exc
            if stored is not None:
                status, header_list, body = stored
                self.requests[backend + " (replayed)"] += 1
                return httpx.Response(status, headers=header_list, content=body,
                                      request=httpx.Request("GET", url))
        host = urlsplit(url).netloc
        interval = self.intervals.get(backend, interval)
        async with self._locks[host]:
            for attempt in range(1, self.policy.tries + 1):
                wait = self._last[host] + interval - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._last[host] = time.monotonic()
                self.requests[backend] += 1
                try:
                    response = await self._http().get(url, headers=headers)
                except httpx.TimeoutException as exc:
                    if attempt == self.policy.tries:
                        raise BackendError(f"{backend}: timeout after {attempt} tries") from exc
                    continue
                except httpx.TransportError as exc:
                    raise BackendDown(f"{backend}: connection failed "
                                       f"({type(exc).__name__})") from exc
                record(self.recorder, url, response, response.content)
                if self.policy.retryable(response.status_code):
                    if attempt == self.policy.tries:
                        raise BackendError(f"{backend}: HTTP {response.status_code} after "
                                           f"{attempt} tries", status=response.status_code)
                    delay = self.policy.asked_wait(response.headers)
                    if delay is not None:
                        await asyncio.sleep(delay)
                    continue
                if response.status_code >= 400:
                    raise BackendError(f"{backend}: HTTP {response.status_code}",
                                       status=response.status_code)
                return response
        raise BackendError(f"{backend}: no answer")  # pragma: no cover - loop always returns
