"""The pipeline: input → quotes and attributions → sources → fetch → match → report.

:func:`check` runs it all and returns a :class:`~verify.report.models.Report`; it never
prints or exits. An unreadable *article* raises :class:`~verify.errors.InputError`; an
unreadable *source* only makes its quotes SOURCE_UNAVAILABLE, with the reason.
"""

from __future__ import annotations

import asyncio
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO

from verify import __version__
from verify.errors import InputError, VerifyWarning
from verify.fetch.client import FetchConfig, Fetcher
from verify.input.articles import read_articles
from verify.input.cache import DocumentCache
from verify.input.interface import Document
from verify.match.embeddings import EmbeddingStats
from verify.match.interface import AttributionFinding, Verdict
from verify.match.run import judge_quotes
from verify.match.select import Outcome, unjudged
from verify.match.semantic import Embedder, preloaded
from verify.options import CheckOptions
from verify.quotes.extract import extract
from verify.quotes.interface import Quote
from verify.report import models as m
from verify.report.coverage import coverage_of, ordered_summary
from verify.report.suppress import apply_inline
from verify.sources.candidates import QuoteWork, quote_work
from verify.sources.discovery.backends import Wayback
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.policy import discover
from verify.sources.given import expand_sources
from verify.sources.interface import LoadedSource
from verify.sources.load import candidates_of, index_sources, load_sources
from verify.sources.memo import SourceMemo
from verify.sources.outlets import OutletRegistry

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances (stage: "search", "fetch",
"model" or "match")."""


def extract_quotes(articles: Sequence[str], *, outlet_files: Sequence[Path] = (),
                   fetch: FetchConfig | None = None, stdin: BinaryIO | None = None
                   ) -> m.QuotesReport:
    """Quotes and attributions of each article: no model, and no network unless an
    article is a URL."""
    registry = OutletRegistry.load(outlet_files)
    docs = asyncio.run(read_articles(articles, fetch or FetchConfig(), stdin))
    out, kinds = [], Counter[str]()
    for doc in docs:
        unclosed: list[int] = []
        quotes = extract(doc, registry, unclosed=unclosed)
        _warn_unclosed(doc, unclosed)
        kinds.update(q.kind.value for q in quotes)
        out.append(m.QuotesArticle(input=doc.input, title=doc.title, url=doc.url,
                                   published=doc.published,
                                   quotes=[m.QuoteInfo(**_quote_fields(doc, q)) for q in quotes]))
    return m.QuotesReport(tool=m.Tool(version=__version__), articles=out, summary=dict(kinds))


def _warn_unclosed(doc: Document, unclosed: list[int]) -> None:
    """Say where a quotation opens and never closes (``unclosed``: offsets, from
    :func:`extract`): it is not checked, and the writer most likely lost a closing mark."""
    for at in unclosed[:UNCLOSED_WARNINGS]:
        line, col = doc.line_col(at)
        warnings.warn(VerifyWarning(
            f"{doc.input}:{line}:{col}: a quotation opens here and never closes, so it is "
            "not checked (a closing mark missing?)"), stacklevel=3)


#: Unclosed quotations reported per article (a page of stray marks would list thousands).
UNCLOSED_WARNINGS = 5


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
    extra = expand_sources(opts.sources)  # a --source that cannot be read stops the run now
    if embedder is None and opts.semantic and opts.preload_model:
        embedder = preloaded(opts.model, opts.model_dir)
    registry = OutletRegistry.load(opts.outlet_files)
    async with Fetcher(opts.fetch) as fetcher:
        failed: dict[int, InputError] = {}
        docs = await read_articles(articles, opts.fetch, stdin, fetcher,
                                   max_bytes=opts.max_article_bytes, failed=failed)
        work = []
        for doc in docs:
            unclosed: list[int] = []
            quotes = extract(doc, registry, limit=opts.max_quotes, unclosed=unclosed)
            _warn_unclosed(doc, unclosed)
            if len(quotes) > opts.max_quotes:
                warnings.warn(VerifyWarning(
                    f"{doc.input}: {len(quotes):,} quotations; only the first "
                    f"{opts.max_quotes:,} are checked (max_quotes)"), stacklevel=2)
            work.append(quote_work(doc, quotes, extra, opts.max_quotes))
        online = not opts.fetch.offline
        api = ApiClient(intervals=dict(opts.search_intervals or {}), replay=fetcher.replay,
                        recorder=fetcher.recorder) if online and (opts.search or opts.archive) \
            else None
        try:
            if api is not None and opts.search:
                await discover(docs, work, opts.search, registry, api, budget=opts.search_budget,
                               progress=_stage(progress, "search"))
            wayback = Wayback(opts.archive_url) if api and opts.archive else None
            doc_cache = DocumentCache(opts.fetch.cache_dir) if opts.fetch.cache_dir else None
            loaded = await load_sources(candidates_of(work), fetcher, _stage(progress, "fetch"),
                                        registry=registry, wayback=wayback, api=api,
                                        page_seconds=opts.page_seconds, memo=memo,
                                        doc_cache=doc_cache)
        finally:
            if api is not None:
                await api.aclose()
    readable = index_sources(work, loaded)
    outcomes = iter(judge_quotes(
        work, readable, registry, semantic=opts.semantic, model=opts.model,
        model_dir=opts.model_dir, nli_model=opts.nli_model, cache_dir=opts.fetch.cache_dir,
        max_quotes=opts.max_quotes, embedder=embedder, stats=stats,
        progress=_stage(progress, "match"), model_progress=_stage(progress, "model")))
    results, summary = [], Counter[str]()
    for doc, quotes in zip(docs, work, strict=True):
        items = []
        for w in quotes:
            outcome = next(outcomes) if w.judged_against else None
            item = _result(doc, w, loaded, readable, outcome)
            summary[item.verdict.value] += 1
            items.append(item)
        article = m.ArticleReport(input=doc.input, title=doc.title, url=doc.url,
                                  published=doc.published, quotes=items,
                                  text=doc.text if opts.include_text else None)
        if opts.inline_suppressions and doc.kind != "html":
            article = apply_inline(article, doc.text)
        results.append(article)
    for at, exc in sorted(failed.items()):  # each in its place among the articles
        results.insert(at, m.ArticleReport(input=articles[at], title=None, url=None,
                                           published=None, quotes=[], error=str(exc)))
    return m.Report(tool=m.Tool(version=__version__), articles=results,
                    summary=ordered_summary(summary), coverage=coverage_of(results))


def _result(doc: Document, w: QuoteWork, loaded: dict[str, LoadedSource],
            readable: list[LoadedSource], outcome: Outcome | None) -> m.QuoteResult:
    """The report's entry for one quote."""
    srcs = [loaded[r.locator] for r in w.refs]
    listed = [m.Candidate(url=s.ref.locator, via=s.ref.via, status=_status(s),
                          reason=s.code if s.index is None else
                          ("paywall" if s.paywall else None)) for s in srcs]
    fields_ = _quote_fields(doc, w.quote)
    if w.capped:
        return m.QuoteResult(**fields_, verdict=Verdict.UNCHECKED, score=0.0,
                             explanation="not checked: past the article's cap on quotations "
                                         "(max_quotes)", evidence=None, candidates=[],
                             reason="too-many-quotes")
    if outcome is None:
        j = unjudged(w.quote, [(s.ref.locator, s.error or "") for s in srcs], w.search_notes)
        reason = next((s.code or "unreadable" for s in srcs), None) if srcs else \
            (w.search_reason or "no-source")
        return m.QuoteResult(**fields_, verdict=j.verdict, score=j.score,
                             explanation=j.explanation, evidence=None, candidates=listed,
                             attribution=_attribution(j.attribution), reason=reason)
    j = outcome.judgement
    reason = None
    if j.verdict is Verdict.SOURCE_UNAVAILABLE:
        reason = "paywall"
    elif j.verdict is Verdict.UNCHECKED:
        reason = "not-judged"
    evidence = None
    if j.passage and outcome.source is not None:
        src = readable[outcome.source]
        assert src.index is not None
        sdoc = src.index.doc
        evidence = m.Evidence(
            url=sdoc.url or src.ref.locator, title=sdoc.title, published=sdoc.published,
            passage=j.passage, lexical_score=j.lexical_score, semantic_score=j.semantic_score,
            differences=[m.Difference(op=d.op, quote=d.quote, source=d.source, kind=d.kind,
                                      minor=d.minor) for d in j.differences])
    return m.QuoteResult(**fields_, verdict=j.verdict, score=j.score, explanation=j.explanation,
                         evidence=evidence, candidates=listed,
                         attribution=_attribution(j.attribution), reason=reason)


def _attribution(f: AttributionFinding | None) -> m.Attribution | None:
    if f is None:
        return None
    return m.Attribution(status=f.status.value, source_speaker=f.source_speaker,
                         source_outlet=f.source_outlet, note=f.note)


def _byte_column(doc: Document, offset: int, column: int) -> int:
    """1-based column of ``offset`` counted in UTF-8 bytes."""
    return len(doc.text[offset - column + 1:offset].encode("utf-8")) + 1


def _quote_fields(doc: Document, q: Quote) -> dict:
    line, col = doc.line_col(q.start)
    end_line, end_col = doc.line_col(q.end)
    return dict(
        id=q.id, text=q.text, kind=q.kind.value,
        span=m.Span(start=q.start, end=q.end, line=line, column=col, end_line=end_line,
                    end_column=end_col, column_bytes=_byte_column(doc, q.start, col),
                    end_column_bytes=_byte_column(doc, q.end, end_col)),
        speaker=q.speaker,
        speaker_span=m.OffsetSpan(start=q.speaker_span[0], end=q.speaker_span[1])
        if q.speaker_span else None,
        outlet=q.outlet, cue=q.cue,
    )


def _status(s: LoadedSource) -> str:
    if s.index is None:
        return f"unavailable: {s.error}"
    status = "cached" if s.cached else "read"
    if s.archived:
        status += f" (archived copy {s.archived})"
    if s.paywall:
        status += f" ({s.paywall})"
    return status


def _stage(progress: Progress | None, stage: str) -> Callable[[int, int], None] | None:
    """``progress`` for one stage: the stage calls it with (done, total)."""
    return partial(progress, stage) if progress else None
