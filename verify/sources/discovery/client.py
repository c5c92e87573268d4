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
from verify.fetch.client import USER_AGENT, retry_after_seconds
from verify.sources.discovery.errors import BackendDown, BackendError

if TYPE_CHECKING:
    import httpx  # imported by the first request (see verify.fetch.client)


class ApiClient:
    """Polite GET requests to search services."""

    def __init__(self, *, timeout: float = 20.0, retries: int = 3, max_retry_after: float = 30.0,
                 intervals: dict[str, float] | None = None,
                 replay: object | None = None, recorder: object | None = None) -> None:
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None  # made at the first request
        self.retries = retries
        self.max_retry_after = max_retry_after
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
                stored = self.replay.get(url)  # type: ignore[attr-defined]
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
            for attempt in range(1, self.retries + 1):
                wait = self._last[host] + interval - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._last[host] = time.monotonic()
                self.requests[backend] += 1
                try:
                    response = await self._http().get(url, headers=headers)
                except httpx.TimeoutException as exc:
                    if attempt == self.retries:
                        raise BackendError(f"{backend}: timeout after {attempt} tries") from exc
                    continue
                except httpx.TransportError as exc:
                    raise BackendDown(f"{backend}: connection failed "
                                       f"({type(exc).__name__})") from exc
                if self.recorder is not None:
                    self.recorder.record(url, response.status_code,  # type: ignore[attr-defined]
                                         list(response.headers.items()), response.content,
                                         response.reason_phrase)
                if response.status_code == 429 or response.status_code >= 500:
                    if attempt == self.retries:
                        raise BackendError(f"{backend}: HTTP {response.status_code} after "
                                           f"{attempt} tries", status=response.status_code)
                    delay = retry_after_seconds(response.headers.get("retry-after"))
                    if delay is not None:
                        await asyncio.sleep(min(delay, self.max_retry_after))
                    continue
                if response.status_code >= 400:
                    raise BackendError(f"{backend}: HTTP {response.status_code}",
                                       status=response.status_code)
                return response
        raise BackendError(f"{backend}: no answer")  # pragma: no cover - loop always returns
