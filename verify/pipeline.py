"""The pipeline: input → quotes and attributions → sources → fetch → match → report.

:func:`check` runs it all and returns a :class:`~verify.report.models.Report`; it never
prints or exits. An unreadable *article* raises :class:`~verify.errors.InputError`; an
unreadable *source* only makes its quotes SOURCE_UNAVAILABLE, with the reason.

Each stage is one call here, handing the next typed values: documents, quotes, each quote's
candidates (:class:`~verify.sources.interface.QuoteWork`), the originals read, the outcomes.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO

from verify.errors import InputError, VerifyWarning
from verify.fetch.client import FetchConfig, Fetcher
from verify.input.articles import read_articles
from verify.input.cache import DocumentCache
from verify.input.interface import Document
from verify.match.embeddings import EmbeddingStats
from verify.match.run import judge_quotes
from verify.match.semantic import Embedder, preloaded
from verify.options import CheckOptions
from verify.outlets import OutletRegistry
from verify.quotes.extract import extract
from verify.quotes.interface import Quote
from verify.report import models as m
from verify.report.build import build_report, quotes_report
from verify.sources.candidates import QuoteWork, quote_work
from verify.sources.discovery.backends import Wayback
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.policy import discover
from verify.sources.given import expand_sources
from verify.sources.interface import LoadedSource
from verify.sources.load import candidates_of, index_sources, load_sources
from verify.sources.memo import SourceMemo
from verify.sources.posts import PostServices

__all__ = ["CheckOptions", "Progress", "SourceMemo", "check", "check_async", "extract_quotes"]

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances (stage: "search", "fetch",
"model" or "match")."""

#: Unclosed quotations reported per article (a page of stray marks would list thousands).
UNCLOSED_WARNINGS = 5


def extract_quotes(articles: Sequence[str], *, outlet_files: Sequence[Path] = (),
                   fetch: FetchConfig | None = None, stdin: BinaryIO | None = None
                   ) -> m.QuotesReport:
    """Quotes and attributions of each article: no model, and no network unless an
    article is a URL."""
    registry = OutletRegistry.load(outlet_files)
    docs = asyncio.run(read_articles(articles, fetch or FetchConfig(), stdin))
    quotes = []
    for doc in docs:  # a loop, not a comprehension: the warnings' stack depth stays
        quotes.append(_quotes(doc, registry))
    return quotes_report(docs, quotes)


def check(articles: Sequence[str], options: CheckOptions | None = None, *,
          progress: Progress | None = None, embedder: Embedder | None = None,
          stdin: BinaryIO | None = None, stats: EmbeddingStats | None = None,
          memo: SourceMemo | None = None) -> m.Report:
    """Check every quote of every article against its candidate originals.

    ``stats``, when given, is filled with what the embedder did (model calls, texts
    encoded, cache hits); ``memo`` lets successive checks share the originals they read."""
    return asyncio.run(check_async(articles, options, progress=progress, embedder=embedder,
                                   stdin=stdin, stats=stats, memo=memo))


async def check_async(articles: Sequence[str], options: CheckOptions | None = None, *,
                      progress: Progress | None = None, embedder: Embedder | None = None,
                      stdin: BinaryIO | None = None, stats: EmbeddingStats | None = None,
                      memo: SourceMemo | None = None) -> m.Report:
    """The async form of :func:`check`, for callers that run an event loop."""
    opts = options or CheckOptions()
    extra = expand_sources(opts.sources, opts.files)  # a --source that cannot be read stops the run now
    if embedder is None and opts.semantic and opts.preload_model:
        embedder = preloaded(opts.model, opts.model_dir)
    registry = OutletRegistry.load(opts.outlet_files)
    async with Fetcher(opts.fetch) as fetcher:
        failed: dict[int, InputError] = {}
        docs = await read_articles(articles, opts.fetch, stdin, fetcher,
                                   max_bytes=opts.max_article_bytes, failed=failed,
                                   files=opts.files)
        work = []
        for doc in docs:  # a loop, not a comprehension: the warnings' stack depth stays
            work.append(quote_work(doc, _quotes(doc, registry, opts.max_quotes), extra,
                                   opts.max_quotes))
        loaded = await _originals(docs, work, opts, registry, fetcher, progress, memo)
    readable = index_sources(work, loaded)
    outcomes = judge_quotes(
        work, readable, registry, semantic=opts.semantic, model=opts.model,
        model_dir=opts.model_dir, nli_model=opts.nli_model, cache_dir=opts.fetch.cache_dir,
        max_quotes=opts.max_quotes, embedder=embedder, stats=stats,
        progress=_stage(progress, "match"), model_progress=_stage(progress, "model"))
    return build_report(articles, docs, work, loaded, readable, outcomes, failed,
                        include_text=opts.include_text,
                        inline_suppressions=opts.inline_suppressions)


async def _originals(docs: list[Document], work: list[list[QuoteWork]], opts: CheckOptions,
                     registry: OutletRegistry, fetcher: Fetcher, progress: Progress | None,
                     memo: SourceMemo | None) -> dict[str, LoadedSource]:
    """Search for the quotes with no candidate, then read every candidate once."""
    api = ApiClient(intervals=dict(opts.search_intervals or {}), replay=fetcher.replay,
                    recorder=fetcher.recorder) \
        if not opts.fetch.offline and (opts.search or opts.archive) else None
    try:
        if api is not None and opts.search:
            await discover(docs, work, opts.search, registry, api, budget=opts.search_budget,
                           progress=_stage(progress, "search"), urls=opts.search_urls,
                           keys=opts.search_keys)
        wayback = Wayback(opts.archive_url) if api and opts.archive else None
        doc_cache = DocumentCache(opts.fetch.cache_dir) if opts.fetch.cache_dir else None
        return await load_sources(candidates_of(work), fetcher, _stage(progress, "fetch"),
                                  registry=registry, wayback=wayback, api=api,
                                  page_seconds=opts.page_seconds, memo=memo,
                                  doc_cache=doc_cache, files=opts.files,
                                  posts=PostServices(opts.x_oembed, opts.bluesky_api))
    finally:
        if api is not None:
            await api.aclose()


def _quotes(doc: Document, registry: OutletRegistry, limit: int | None = None) -> list[Quote]:
    """The article's quotations, up to ``limit``; a warning (at the caller of check or
    extract_quotes) for the cap and where one never closes: not checked, a mark lost."""
    unclosed: list[int] = []
    quotes = extract(doc, registry, limit=limit, unclosed=unclosed)
    for at in unclosed[:UNCLOSED_WARNINGS]:
        line, col = doc.line_col(at)
        warnings.warn(VerifyWarning(
            f"{doc.input}:{line}:{col}: a quotation opens here and never closes, so it is "
            "not checked (a closing mark missing?)"), stacklevel=3)
    if limit is not None and len(quotes) > limit:
        warnings.warn(VerifyWarning(
            f"{doc.input}: {len(quotes):,} quotations; only the first "
            f"{limit:,} are checked (max_quotes)"), stacklevel=3)
    return quotes


def _stage(progress: Progress | None, stage: str) -> Callable[[int, int], None] | None:
    """``progress`` for one stage: the stage calls it with (done, total)."""
    return partial(progress, stage) if progress else None
