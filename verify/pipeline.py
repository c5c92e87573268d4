"""The pipeline: input → quotes and attributions → sources → fetch → match → report.

:func:`check` runs it all and returns a :class:`~verify.report.models.Report`; it never
prints or exits. An unreadable *article* raises :class:`~verify.errors.InputError`; an
unreadable *source* only makes its quotes SOURCE_UNAVAILABLE, with the reason.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import BinaryIO

from verify import __version__
from verify.errors import ConfigError, InputError, VerifyError, VerifyWarning
from verify.fetch.client import FetchConfig, Fetcher
from verify.input.articles import document_from_fetch, read_articles
from verify.input.cache import DocumentCache
from verify.input.interface import Document
from verify.input.reader import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEXT_SUFFIXES,
    is_url,
    read_local,
)
from verify.match.embeddings import CachingEmbedder, EmbeddingStats, VectorStore
from verify.match.interface import AttributionFinding, Verdict
from verify.match.nli import NLIModel
from verify.match.select import Outcome, QuotePlan, ReadSource, judge_all, unjudged
from verify.match.semantic import Embedder, make_embedder, preloaded
from verify.match.verdicts import SourceIndex
from verify.options import CheckOptions
from verify.quotes.extract import extract
from verify.quotes.interface import Quote, QuoteKind
from verify.report import models as m
from verify.report.coverage import coverage_of, ordered_summary
from verify.report.suppress import apply_inline
from verify.sources.candidates import CandidateRef, candidates_for
from verify.sources.discovery.backends import Wayback, make_backends, parse_date
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.discover import Discoverer
from verify.sources.discovery.interface import BackendError
from verify.sources.outlets import OutletRegistry, unlisted_outlet

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances (stage: "search", "fetch",
"model" or "match")."""

_SOURCE_SUFFIXES = HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES


@dataclass
class _Source:
    """A candidate original after fetching: a prepared document, or why there is none."""

    ref: CandidateRef
    index: SourceIndex | None = None
    error: str | None = None
    cached: bool = False
    code: str | None = None
    """The kind of ``error`` (a :class:`~verify.fetch.interface.Reason` value)."""
    archived: str | None = None
    """The Wayback capture read instead of a paywalled page."""
    paywall: str | None = None
    """Set when only a paywall teaser could be read."""
    _quotes: list[Quote] | None = None

    def quotes(self, registry: OutletRegistry, limit: int | None = None) -> list[Quote]:
        if self._quotes is None:
            assert self.index is not None
            self._quotes = extract(self.index.doc, registry, limit=limit)
        return self._quotes


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


class SourceMemo:
    """Originals already read by earlier checks in this process (a batch worker's), by
    address: each is fetched, extracted and indexed once, however many articles cite it.
    Only readable originals are kept, at most ``size`` of them and ``max_chars`` of their
    text in all (least recently used out: a worker's memory stays flat however long the
    archive), and a page read without robots.txt is never reused where robots.txt applies."""

    def __init__(self, size: int = 256, max_chars: int = 20_000_000) -> None:
        self.size = size
        self.max_chars = max_chars
        self.chars = 0
        """Characters of text held now."""
        self._items: OrderedDict[tuple[str, bool], _Source] = OrderedDict()

    def get(self, ref: CandidateRef) -> _Source | None:
        """The original for ``ref``, if read before."""
        key = (ref.locator, _robots(ref))
        src = self._items.get(key)
        if src is None:
            return None
        self._items.move_to_end(key)
        return replace(src, ref=ref)

    def put(self, ref: CandidateRef, src: _Source) -> None:
        """Keep ``src`` if it could be read."""
        if src.index is None:
            return
        key = (ref.locator, _robots(ref))
        if (old := self._items.pop(key, None)) is not None:
            self.chars -= _chars(old)
        self._items[key] = src
        self.chars += _chars(src)
        while self._items and (len(self._items) > self.size or self.chars > self.max_chars):
            self.chars -= _chars(self._items.popitem(last=False)[1])

    def __len__(self) -> int:
        return len(self._items)


def _chars(src: _Source) -> int:
    return len(src.index.doc.text) if src.index is not None else 0


def _robots(ref: CandidateRef) -> bool:
    # robots.txt governs the pages the tool found by itself, not the URLs it was given.
    return ref.via in {"link", "search"}


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
    extra = _expand_sources(opts.sources)  # a --source that cannot be read stops the run now
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
            work.append([_QuoteWork(q, candidates_for(doc, q, extra) if n < opts.max_quotes
                                    else [], capped=n >= opts.max_quotes)
                         for n, q in enumerate(quotes)])
        online = not opts.fetch.offline
        api = ApiClient(intervals=dict(opts.search_intervals or {}), replay=fetcher.replay,
                        recorder=fetcher.recorder) if online and (opts.search or opts.archive) \
            else None
        try:
            if api is not None and opts.search:
                await _discover(docs, work, opts, registry, api, progress)
            refs: dict[str, CandidateRef] = {}
            for quotes in work:
                for w in quotes:
                    for ref in w.refs:
                        refs.setdefault(ref.locator, ref)
            wayback = Wayback(opts.archive_url) if api and opts.archive else None
            doc_cache = DocumentCache(opts.fetch.cache_dir) if opts.fetch.cache_dir else None
            loaded = await _load_sources(list(refs.values()), fetcher, progress,
                                         registry=registry, wayback=wayback, api=api,
                                         page_seconds=opts.page_seconds, memo=memo,
                                         doc_cache=doc_cache)
        finally:
            if api is not None:
                await api.aclose()
    readable = _index_sources(work, loaded)
    plans = [QuotePlan(w.quote, w.judged_against) for quotes in work for w in quotes
             if w.judged_against]
    nli = NLIModel(opts.nli_model) if opts.nli_model and opts.semantic else None
    store = VectorStore.open(opts.fetch.cache_dir) if opts.semantic and opts.fetch.cache_dir \
        else None
    lazy = _embedder(embedder, opts, store, progress) if opts.semantic else None
    try:
        outcomes = iter(judge_all(
            plans, [_read_source(s) for s in readable],
            registry=registry,
            source_quotes=lambda i: readable[i].quotes(registry, opts.max_quotes),
            embedder=lazy, nli=nli,
            progress=(lambda done, total: progress("match", done, total)) if progress else None))
    finally:
        if store is not None:
            store.close()
    if stats is not None and lazy is not None:
        for f in fields(lazy.stats):
            setattr(stats, f.name, getattr(lazy.stats, f.name))
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


@dataclass
class _QuoteWork:
    """One quote on its way through the stages: its candidates, what search said, and the
    readable sources it is judged against (positions in the run's list)."""

    quote: Quote
    refs: list[CandidateRef]
    search_notes: list[str] = field(default_factory=list)
    judged_against: tuple[int, ...] = ()
    capped: bool = False
    """Past the article's quote cap: listed, not checked."""
    search_reason: str | None = None
    """Why search gave nothing, as a code: search-unreachable, search-budget."""


def _read_source(s: _Source) -> ReadSource:
    assert s.index is not None  # only readable sources are indexed
    return ReadSource(s.index, s.ref.locator, s.paywall)


def _index_sources(work: list[list[_QuoteWork]], loaded: dict[str, _Source]) -> list[_Source]:
    """The run's readable sources, each once in first-seen order, and each quote's share."""
    position: dict[str, int] = {}
    readable: list[_Source] = []
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


def _result(doc: Document, w: _QuoteWork, loaded: dict[str, _Source], readable: list[_Source],
            outcome: Outcome | None) -> m.QuoteResult:
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


def _embedder(given: Embedder | None, opts: CheckOptions, store: VectorStore | None,
              progress: Progress | None = None) -> CachingEmbedder:
    """The run's embedder: each distinct text embedded once, vectors kept in the cache
    folder; the model itself is created only when a text is in no cache. The progress
    callback hears ("model", 0, 1) when it is (loading can take seconds)."""
    def make() -> Embedder:
        if progress:
            progress("model", 0, 1)
        return given if given is not None else make_embedder(opts.model, opts.model_dir)

    # Both runtimes give the same vectors (cosine >= 0.9999), so they share stored vectors.
    return CachingEmbedder(make, given.name if given is not None else opts.model, store)


async def _discover(docs: list[Document], work: list[list[_QuoteWork]], opts: CheckOptions,
                    registry: OutletRegistry, api: ApiClient,
                    progress: Progress | None = None) -> None:
    """Search for quotes that have no candidate at all (no link near them, no --source)."""
    try:
        backends = make_backends(list(opts.search))
    except BackendError as exc:
        raise ConfigError(str(exc)) from exc
    discoverer = Discoverer(backends, api, budget=opts.search_budget)
    todo = sum(1 for quotes in work for w in quotes if _searchable(w))
    done = 0
    for doc, quotes in zip(docs, work, strict=True):
        published = parse_date(doc.published)
        for w in quotes:
            quote = w.quote
            if not _searchable(w):
                continue
            done += 1
            if progress:
                progress("search", done, todo)
            outlets = [registry.get(o) for o in (quote.outlet_id, *quote.outlet_others) if o]
            domains = tuple(dict.fromkeys(d for o in outlets for d in o.domains))
            context = doc.text[max(0, quote.start - 300):quote.end + 150]
            names = [quote.speaker] if quote.speaker and quote.speaker[:1].isupper() else []
            # A name read as the speaker may be a publication ("according to Gothamist"):
            # pages under that name rank first.
            outlets += [unlisted_outlet(n) for n in names]
            found = await discoverer.find(quote.text, domains=domains, article_date=published,
                                          context=context, names=names, outlets=outlets)
            w.refs = [CandidateRef(h.url, "search") for h in found.hits]
            w.search_notes = found.errors
            if not found.hits:
                w.search_reason = "search-budget" if found.budget_spent else \
                    "search-unreachable" if found.down else None


def _searchable(w: _QuoteWork) -> bool:
    """A quote search is asked about: no candidate yet, a real quotation of 5+ words."""
    return not w.refs and not w.capped and w.quote.kind is QuoteKind.QUOTE \
        and len(w.quote.text.split()) >= 5


def _expand_sources(specs: Sequence[str]) -> list[CandidateRef]:
    """The --source values as candidates. A path that does not exist, or a folder with no
    file it could read, is an input error: the user named it, so a run without it would
    check nothing they asked for."""
    refs: list[CandidateRef] = []
    for spec in specs:
        path = Path(spec)
        if is_url(spec):
            refs.append(CandidateRef(spec, "source"))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in _SOURCE_SUFFIXES)
            if not files:
                raise InputError(f"--source {spec}: no {'/'.join(sorted(_SOURCE_SUFFIXES))} "
                                 "file in this folder", code="no-such-file")
            refs.extend(CandidateRef(str(p), "source") for p in files)
        elif not path.exists():
            raise InputError(f"--source {spec}: no such file or folder", code="no-such-file")
        else:
            refs.append(CandidateRef(spec, "source"))
    return refs


async def _load_sources(refs: list[CandidateRef], fetcher: Fetcher,
                        progress: Progress | None, *, registry: OutletRegistry | None = None,
                        wayback: Wayback | None = None, api: ApiClient | None = None,
                        page_seconds: float | None = None, memo: SourceMemo | None = None,
                        doc_cache: DocumentCache | None = None) -> dict[str, _Source]:
    out: dict[str, _Source] = {}
    if memo is not None:
        for ref in refs:
            if (known := memo.get(ref)) is not None:
                out[ref.locator] = known
        refs = [r for r in refs if r.locator not in out]
    remote = [r for r in refs if is_url(r.locator)]
    for ref in refs:
        if not is_url(ref.locator):
            t0 = time.monotonic()
            out[ref.locator] = _over_budget(_local_source(ref, doc_cache), t0, page_seconds)
    done = 0

    async def one(ref: CandidateRef) -> None:
        nonlocal done
        try:
            await read(ref)
        except Exception as exc:  # one hostile page must never end the run
            out[ref.locator] = _Source(ref, error=f"could not be read ({type(exc).__name__}: "
                                                  f"{str(exc)[:200]})", code="unreadable")
        done += 1
        if progress:
            progress("fetch", done, len(remote))

    async def read(ref: CandidateRef) -> None:
        result = await fetcher.fetch(ref.locator, robots=_robots(ref))
        if result.ok:
            try:
                t0 = time.monotonic()
                doc = document_from_fetch(ref.locator, result, source=True, cache=doc_cache)
                src = _over_budget(_Source(ref, SourceIndex(doc), cached=result.from_cache),
                                   t0, page_seconds)
                if src.index is not None and _looks_paywalled(doc, registry):
                    src = await _behind_paywall(src, fetcher, wayback, api)
                out[ref.locator] = src
            except VerifyError as exc:
                out[ref.locator] = _Source(ref, error=_reason(str(exc), ref.locator),
                                           code=exc.code or "unreadable")
        else:
            out[ref.locator] = _Source(ref, error=result.error,
                                       code=result.code.value if result.code else None)

    await asyncio.gather(*(one(r) for r in remote))
    if memo is not None:
        for ref in refs:
            memo.put(ref, out[ref.locator])
    return out


#: Extracted text shorter than this, from an outlet known for its paywall, is a teaser.
TEASER_CHARS = 1500


def _looks_paywalled(doc: Document, registry: OutletRegistry | None) -> bool:
    if doc.paywalled:
        return True
    outlet = registry.for_url(doc.url) if registry else None
    return bool(outlet and outlet.paywalled and len(doc.main_text) < TEASER_CHARS)


async def _behind_paywall(src: _Source, fetcher: Fetcher, wayback: Wayback | None,
                          api: ApiClient | None) -> _Source:
    """Try the nearest Wayback capture of a paywalled page; keep the teaser otherwise."""
    assert src.index is not None
    doc = src.index.doc
    if wayback is not None and api is not None and doc.url:
        try:
            capture = await wayback.closest(doc.url, parse_date(doc.published), api)
        except BackendError as exc:
            src.paywall = f"paywall; {exc}"
            return src
        if capture:
            result = await fetcher.fetch(capture)
            if result.ok:
                try:
                    archived = document_from_fetch(capture, result, source=True)
                except VerifyError:
                    archived = None
                if archived is not None and not archived.paywalled and \
                        len(archived.main_text) > len(doc.main_text):
                    archived = replace(archived, url=doc.url)  # the page's identity stays
                    return _Source(src.ref, SourceIndex(archived), cached=result.from_cache,
                                   archived=capture)
        src.paywall = "paywall; no readable Wayback capture"
        return src
    src.paywall = "paywall (only the teaser is readable)"
    return src


def _reason(message: str, locator: str) -> str:
    prefix = f"{locator}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _over_budget(src: _Source, t0: float, budget: float | None) -> _Source:
    """``src``, or skipped with the reason when reading and indexing it took longer than
    the page budget: its matching would cost as much again, and the run goes on."""
    spent = time.monotonic() - t0
    if budget is None or src.index is None or spent <= budget:
        return src
    return _Source(src.ref, error=f"skipped: reading it took {spent:.0f} s, over the page "
                                  f"budget of {budget:g} s", code="time-budget")


def _local_source(ref: CandidateRef, cache: DocumentCache | None = None) -> _Source:
    try:
        return _Source(ref, SourceIndex(read_local(ref.locator, whole_page=True, cache=cache)))
    except VerifyError as exc:
        return _Source(ref, error=_reason(str(exc), ref.locator), code=exc.code or "unreadable")
    except Exception as exc:  # one unreadable file must never end the run
        return _Source(ref, error=f"could not be read ({type(exc).__name__}: "
                                  f"{str(exc)[:200]})", code="unreadable")


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


def _status(s: _Source) -> str:
    if s.index is None:
        return f"unavailable: {s.error}"
    status = "cached" if s.cached else "read"
    if s.archived:
        status += f" (archived copy {s.archived})"
    if s.paywall:
        status += f" ({s.paywall})"
    return status
