"""The fetcher: async httpx with a per-host limit, timeouts, a size cap, a redirect limit,
the address guard on every hop, tenacity retries on transient failures (honouring
Retry-After), and the on-disk page cache."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Collection
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from protego import Protego
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt
from tenacity.wait import wait_exponential_jitter

from verify._version import __version__
from verify.errors import InputError
from verify.fetch.body import ACCEPT_ENCODING, BodyDecoder, BodyError
from verify.fetch.cache import PageCache
from verify.fetch.config import FetchConfig
from verify.fetch.guard import BlockedAddress, resolve_public, split_url
from verify.fetch.interface import FetchResult, Reason
from verify.fetch.retry import RetryPolicy, record
from verify.fetch.warc import WarcRecorder, WarcReplay

if TYPE_CHECKING:
    # httpx is imported by the first request: with its command-line extras (click, rich,
    # pygments) it costs ~0.1 s, which a run over local files and cached pages never needs.
    import httpx

USER_AGENT = f"source-verify/{__version__} (+https://pypi.org/project/source-verify/)"
#: Content types of caption files (WebVTT, SRT), read as transcripts.
TRANSCRIPT_TYPES = frozenset({"text/vtt", "application/x-subrip", "text/x-subrip",
                              "application/srt", "text/srt"})
READABLE_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "text/markdown",
                  "text/x-markdown", "application/pdf", "application/x-pdf", "",
                  *TRANSCRIPT_TYPES}
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True)
class _Robots:
    """A site's robots.txt as read: its rules (None: no rules, all allowed), or why it could
    not be read (then everything is disallowed)."""

    parsed: Protego | None
    unreachable: str | None = None


class _Transient(Exception):
    def __init__(self, reason: str, retry_after: float | None = None, *,
                 code: Reason = Reason.CONNECTION) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.code = code


class _Failed(Exception):
    def __init__(self, reason: str, code: Reason) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


class Fetcher:
    """Fetches URLs; every failure comes back as a :class:`FetchResult` with a reason."""

    def __init__(self, config: FetchConfig | None = None) -> None:
        self.config = config or FetchConfig()
        self.cache = PageCache(self.config.cache_dir) if self.config.cache_dir else None
        self._client: httpx.AsyncClient | None = None
        self._global: asyncio.Semaphore | None = None
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(self.config.per_host))
        self.requests_made = 0
        self.policy = RetryPolicy(self.config.retries, self.config.max_retry_after)
        self._backoff = wait_exponential_jitter(multiplier=self.config.backoff, max=8)
        self.recorder = WarcRecorder(self.config.record) if self.config.record else None
        self.replay = WarcReplay(self.config.replay) if self.config.replay else None
        self._robots: dict[str, _Robots] = {}

    async def __aenter__(self) -> Fetcher:
        self._global = asyncio.Semaphore(self.config.concurrency)
        return self

    def _http(self) -> httpx.AsyncClient:
        """The connection pool, made at the first request: a run that reads only local files
        and cached pages never pays for it (its TLS context alone is ~50 ms)."""
        if self._client is None:
            import httpx

            c = self.config
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(c.timeout),
                follow_redirects=False,
                trust_env=False,  # a proxy would resolve names itself, behind the guard's back
                headers={"User-Agent": USER_AGENT,
                         "Accept": "text/html,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5",
                         "Accept-Encoding": ACCEPT_ENCODING},
                limits=httpx.Limits(max_connections=c.concurrency),
            )
        return self._client

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
        if self.cache is not None:
            self.cache.close()
        if self.recorder is not None:
            self.recorder.close()

    async def fetch(self, url: str, *, robots: bool = False,
                    accept: Collection[str] = ()) -> FetchResult:
        """Fetch ``url``; never raises for network or HTTP trouble, nor for a hostile URL.

        ``robots``: honour the site's robots.txt (for pages the tool found by itself, not
        for URLs the user gave); ``accept``: content types read beside the text ones
        (``application/json`` for a service's API)."""
        try:
            split_url(url)
        except BlockedAddress as exc:
            return FetchResult(url, error=f"blocked: {exc}", code=Reason.BAD_URL)
        if self.replay is not None:
            return self._from_replay(url, accept)
        # A cached page is served before robots.txt is asked: it makes no request to the
        # site (and offline, a site whose robots.txt was never cached keeps its pages).
        guarded = not self.config.allow_private_network
        if self.cache is not None:
            hit = self.cache.get(url, guarded=guarded)
            if hit is not None:
                return hit
        if self.config.offline:
            dropped = self.cache.dropped.get(url) if self.cache is not None else None
            return FetchResult(url, error="offline: not in the cache"
                               + (f" ({dropped})" if dropped else ""), code=Reason.OFFLINE_MISS)
        if robots:
            refused = await self._robots_refusal(url)
            if refused is not None:
                return refused
        assert self._global is not None, "use `async with Fetcher(...)`"
        host = urlsplit(url).hostname or ""
        async with self._global, self._hosts[host], self._gate(host):
            result = await self._fetch_uncached(url, accept)
        if result.ok and self.cache is not None:
            self.cache.put(result, guarded=guarded)
        return result

    def _gate(self, host: str) -> AbstractAsyncContextManager[None]:
        gate = self.config.host_gate
        return gate.hold(host) if gate is not None else nullcontext()

    def _from_replay(self, url: str, accept: Collection[str] = ()) -> FetchResult:
        assert self.replay is not None
        current = url
        for _hop in range(self.config.max_redirects + 1):
            try:
                stored = self.replay.get(current)
            except InputError as exc:  # the file changed under the run: this page is lost
                return FetchResult(url, current, error=str(exc), code=Reason.UNREADABLE)
            if stored is None:
                return FetchResult(url, current, error="not in the WARC file given to --replay",
                                   code=Reason.REPLAY_MISS)
            status, header_list, body = stored
            import httpx

            headers = httpx.Headers(header_list)
            if status in _REDIRECTS and headers.get("location"):
                current = urljoin(current, headers["location"])
                continue
            return self._result(url, current, status, headers, body, attempts=0,
                                accept=accept)
        return FetchResult(url, current,
                           error=f"too many redirects (more than {self.config.max_redirects})",
                           code=Reason.REDIRECTS)

    async def _robots_refusal(self, url: str) -> FetchResult | None:
        """None when robots.txt lets the tool fetch ``url``; else why not (RFC 9309 §2.3.1:
        a 4xx robots.txt allows all, a 5xx or an unreachable one disallows all)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            result = await self.fetch(origin + "/robots.txt")
            if result.code in {Reason.BLOCKED_ADDRESS, Reason.BAD_URL}:
                # The guard refuses the site itself: that is the page's reason, not robots.
                return FetchResult(url, error=(result.error or "").replace(
                    "/robots.txt", "", 1), code=result.code)
            if result.ok:
                assert result.body is not None
                self._robots[origin] = _Robots(Protego.parse(
                    result.body.decode("utf-8", "replace")))
            elif result.status is not None and 400 <= result.status < 500:
                self._robots[origin] = _Robots(None)
            else:
                self._robots[origin] = _Robots(None, f"robots.txt could not be fetched "
                                                     f"({result.error}), so the site is "
                                                     "treated as disallowing all (RFC 9309)")
        rules = self._robots[origin]
        if rules.unreachable:
            return FetchResult(url, error=rules.unreachable, code=Reason.ROBOTS_UNREACHABLE)
        if rules.parsed is not None and not rules.parsed.can_fetch(url, "source-verify"):
            return FetchResult(url, error="disallowed by the site's robots.txt",
                               code=Reason.ROBOTS_DISALLOW)
        return None

    def _result(self, url: str, final: str, status: int, headers: httpx.Headers, body: bytes,
                attempts: int, accept: Collection[str] = ()) -> FetchResult:
        ctype = headers.get("content-type", "")
        if status >= 400:
            return FetchResult(url, final, status, ctype, error=f"HTTP {status}",
                               attempts=attempts, code=Reason.HTTP_ERROR)
        mime = ctype.split(";")[0].strip().lower()
        if mime not in READABLE_TYPES and mime not in accept:
            return FetchResult(url, final, status, ctype, attempts=attempts,
                               error=f"not HTML, text or PDF (content type {ctype.split(';')[0]})",
                               code=Reason.NOT_TEXT)
        return FetchResult(url, final, status, ctype, body, attempts=attempts)

    async def _fetch_uncached(self, url: str, accept: Collection[str] = ()) -> FetchResult:
        current = url
        attempts = 0
        for _hop in range(self.config.max_redirects + 1):
            try:
                ip = await resolve_public(current,
                                          allow_private=self.config.allow_private_network)
                status, headers, body, attempts = await self._get_with_retries(current, ip)
            except BlockedAddress as exc:
                return FetchResult(url, current, error=f"blocked: {exc}",
                                   code=Reason.BLOCKED_ADDRESS)
            except _Failed as exc:
                return FetchResult(url, current, error=exc.reason, attempts=attempts,
                                   code=exc.code)
            location = headers.get("location")
            if status in _REDIRECTS and location:
                current = urljoin(current, location)
                continue
            return self._result(url, current, status, headers, body, attempts, accept)
        return FetchResult(url, current,
                           error=f"too many redirects (more than {self.config.max_redirects})",
                           code=Reason.REDIRECTS)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Transient) and exc.retry_after is not None:
            return exc.retry_after  # already capped by the policy
        return self._backoff(state)

    async def _get_with_retries(self, url: str, ip: str
                                ) -> tuple[int, httpx.Headers, bytes, int]:
        tries = 0
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self.policy.tries),
                wait=self._wait,
                retry=retry_if_exception_type(_Transient),
                reraise=True,
            ):
                with attempt:
                    tries += 1
                    try:
                        status, headers, body = await asyncio.wait_for(
                            self._get_once(url, ip), self.config.deadline)
                    except TimeoutError as exc:  # not retried: it would only trickle again
                        raise _Failed(f"no complete response within the deadline of "
                                      f"{self.config.deadline:g} s", Reason.TIMEOUT) from exc
                    return status, headers, body, tries
        except _Transient as exc:
            plural = "try" if tries == 1 else "tries"
            raise _Failed(f"{exc.reason} after {tries} {plural}", exc.code) from exc
        raise _Failed("no attempt made", Reason.CONNECTION)  # unreachable: tenacity tries once

    async def _get_once(self, url: str, ip: str) -> tuple[int, httpx.Headers, bytes]:
        import httpx

        client = self._http()
        parts = urlsplit(url)
        host = parts.hostname or ""
        # Connect to the address the guard checked; keep the name for Host and TLS (SNI).
        ip_host = f"[{ip}]" if ":" in ip else ip
        netloc = ip_host + (f":{parts.port}" if parts.port else "")
        pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        headers = {"Host": parts.netloc.rsplit("@", 1)[-1]}
        extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
        request = client.build_request("GET", pinned, headers=headers, extensions=extensions)
        self.requests_made += 1
        try:
            response = await client.send(request, stream=True)
        except httpx.InvalidURL as exc:  # httpx parses a redirect's Location even unfollowed
            raise _Failed(f"blocked: malformed redirect ({exc})", Reason.BAD_URL) from exc
        except httpx.TimeoutException as exc:
            raise _Transient("timeout", code=Reason.TIMEOUT) from exc
        except httpx.TransportError as exc:
            raise _Transient(f"connection failed ({type(exc).__name__})") from exc
        try:
            status = response.status_code
            if self.policy.retryable(status):
                record(self.recorder, url, response, b"")
                raise _Transient(f"HTTP {status}", self.policy.asked_wait(response.headers),
                                 code=Reason.HTTP_ERROR)
            if status >= 300:
                record(self.recorder, url, response, b"")
                return status, response.headers, b""
            length = response.headers.get("content-length")
            cap = self.config.max_bytes
            if length and length.isdigit() and int(length) > cap:
                raise _Failed(f"larger than the size cap ({int(length):,} > {cap:,} bytes)",
                              Reason.TOO_LARGE)
            try:
                decoder = BodyDecoder(response.headers.get("content-encoding"), cap)
                async for chunk in response.aiter_raw():
                    decoder.feed(chunk)
                body = decoder.body()
            except BodyError as exc:
                raise _Failed(exc.reason, exc.code) from exc
            record(self.recorder, url, response, body)
            return status, response.headers, body
        except httpx.TimeoutException as exc:
            raise _Transient("timeout", code=Reason.TIMEOUT) from exc
        except httpx.TransportError as exc:
            raise _Transient(f"connection failed ({type(exc).__name__})") from exc
        finally:
            await response.aclose()
