"""Read the run's candidate originals: each fetched or read once, indexed for matching,
within a time budget per page, a paywalled page replaced by its archived copy.

An original that cannot be read is never an error of the run: its
:class:`~verify.sources.interface.LoadedSource` says why (a reason code and a message), and
its quotes become SOURCE_UNAVAILABLE.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from verify.errors import VerifyError
from verify.fetch.client import Fetcher
from verify.input.articles import document_from_fetch
from verify.input.cache import DocumentCache
from verify.input.reader import Staged, is_url, read_local
from verify.match.verdicts import SourceIndex
from verify.outlets import OutletRegistry
from verify.sources.candidates import CandidateRef, QuoteWork
from verify.sources.discovery.backends import Wayback
from verify.sources.discovery.client import ApiClient
from verify.sources.interface import LoadedSource
from verify.sources.memo import SourceMemo
from verify.sources.paywall import behind_paywall, looks_paywalled
from verify.sources.posts import PostServices, post_request, read_post


async def load_sources(refs: list[CandidateRef], fetcher: Fetcher,
                       progress: Callable[[int, int], None] | None, *,
                       registry: OutletRegistry | None = None, wayback: Wayback | None = None,
                       api: ApiClient | None = None, page_seconds: float | None = None,
                       memo: SourceMemo | None = None, doc_cache: DocumentCache | None = None,
                       posts: PostServices | None = None,
                       files: Staged | None = None) -> dict[str, LoadedSource]:
    """Every original of ``refs``, by locator: local files first, then the URLs fetched
    together (``progress(done, total)`` after each). ``page_seconds`` is the time budget of
    one page; ``wayback`` and ``api``, when given, find a paywalled page's archived copy;
    ``memo`` serves, and keeps, the originals of earlier checks; ``posts`` reads the
    addresses of social posts through their services (None: as pages); a local file named
    in ``files`` is read from there."""
    out: dict[str, LoadedSource] = {}
    if memo is not None:
        for ref in refs:
            if (known := memo.get(ref)) is not None:
                out[ref.locator] = known
        refs = [r for r in refs if r.locator not in out]
    remote = [r for r in refs if is_url(r.locator)]
    for ref in refs:
        if not is_url(ref.locator):
            t0 = time.monotonic()
            out[ref.locator] = _over_budget(_local_source(ref, doc_cache, files), t0,
                                             page_seconds)
    done = 0

    async def one(ref: CandidateRef) -> None:
        nonlocal done
        try:
            await read(ref)
        except Exception as exc:  # one hostile page must never end the run
            out[ref.locator] = LoadedSource(ref, error=f"could not be read ({type(exc).__name__}: "
                                                       f"{str(exc)[:200]})", code="unreadable")
        done += 1
        if progress:
            progress(done, len(remote))

    async def read(ref: CandidateRef) -> None:
        if posts is not None and (request := post_request(ref.locator, posts)) is not None:
            try:
                post = await read_post(request, fetcher, robots=ref.robots)
            except VerifyError as exc:
                out[ref.locator] = LoadedSource(ref, error=_reason(str(exc), ref.locator),
                                                code=exc.code or "unreadable")
                return
            if post is not None:
                out[ref.locator] = LoadedSource(ref, SourceIndex(post[0]), cached=post[1])
                return
        result = await fetcher.fetch(ref.locator, robots=ref.robots)
        if result.ok:
            try:
                t0 = time.monotonic()
                doc = document_from_fetch(ref.locator, result, source=True, cache=doc_cache)
                src = _over_budget(LoadedSource(ref, SourceIndex(doc), cached=result.from_cache),
                                   t0, page_seconds)
                if src.index is not None and looks_paywalled(doc, registry):
                    src = await behind_paywall(src, fetcher, wayback, api)
                out[ref.locator] = src
            except VerifyError as exc:
                out[ref.locator] = LoadedSource(ref, error=_reason(str(exc), ref.locator),
                                                code=exc.code or "unreadable")
        else:
            out[ref.locator] = LoadedSource(ref, error=result.error,
                                            code=result.code.value if result.code else None)

    await asyncio.gather(*(one(r) for r in remote))
    if memo is not None:
        for ref in refs:
            memo.put(ref, out[ref.locator])
    return out


def candidates_of(work: list[list[QuoteWork]]) -> list[CandidateRef]:
    """Every candidate of the run once, in first-seen order (a page many quotes cite is
    read once)."""
    refs: dict[str, CandidateRef] = {}
    for quotes in work:
        for w in quotes:
            for ref in w.refs:
                refs.setdefault(ref.locator, ref)
    return list(refs.values())


def index_sources(work: list[list[QuoteWork]], loaded: dict[str, LoadedSource]
                  ) -> list[LoadedSource]:
    """The run's readable sources, each once in first-seen order, and each quote's share."""
    position: dict[str, int] = {}
    readable: list[LoadedSource] = []
    for quotes in work:
        for w in quotes:
            ids = []
            for ref in w.refs:
                src = loaded[ref.locator]
                if src.index is None:
                    continue
                if ref.locator not in position:
                    position[ref.locator] = len(readable)
                    readable.append(src)
                ids.append(position[ref.locator])
            w.judged_against = tuple(dict.fromkeys(ids))
    return readable


def _reason(message: str, locator: str) -> str:
    prefix = f"{locator}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _over_budget(src: LoadedSource, t0: float, budget: float | None) -> LoadedSource:
    """``src``, or skipped with the reason when reading and indexing it took longer than
    the page budget: its matching would cost as much again, and the run goes on."""
    spent = time.monotonic() - t0
    if budget is None or src.index is None or spent <= budget:
        return src
    return LoadedSource(src.ref, error=f"skipped: reading it took {spent:.0f} s, over the page "
                                       f"budget of {budget:g} s", code="time-budget")


def _local_source(ref: CandidateRef, cache: DocumentCache | None = None,
                  files: Staged | None = None) -> LoadedSource:
    try:
        return LoadedSource(ref, SourceIndex(read_local(ref.locator, whole_page=True,
                                                        cache=cache, files=files)))
    except VerifyError as exc:
        return LoadedSource(ref, error=_reason(str(exc), ref.locator),
                            code=exc.code or "unreadable")
    except Exception as exc:  # one unreadable file must never end the run
        return LoadedSource(ref, error=f"could not be read ({type(exc).__name__}: "
                                       f"{str(exc)[:200]})", code="unreadable")
