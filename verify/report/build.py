"""Build the report's models from what the stages found: each quote's outcome, its
candidates and why a quote could not be judged (the reason codes), in the article's order.

The models are the JSON contract (:mod:`verify.report.models`); nothing here decides a
verdict, it only says what the match stage and the sources stage decided.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from verify._version import __version__
from verify.errors import InputError
from verify.input.interface import Document
from verify.match.interface import AttributionFinding, Verdict
from verify.match.select import Outcome, unjudged
from verify.quotes.interface import Quote
from verify.report import models as m
from verify.report.coverage import coverage_of, ordered_summary
from verify.report.suppress import apply_inline
from verify.sources.candidates import QuoteWork
from verify.sources.interface import LoadedSource


def build_report(articles: Sequence[str], docs: list[Document], work: list[list[QuoteWork]],
                 loaded: Mapping[str, LoadedSource], readable: list[LoadedSource],
                 outcomes: list[Outcome], failed: Mapping[int, InputError], *,
                 include_text: bool = False, inline_suppressions: bool = True) -> m.Report:
    """The report of a check: an article report per article given, in their order (one
    that could not be read, from ``failed``, holds its error), the summary and coverage.

    ``work`` holds each read article's quotes, ``outcomes`` the outcome of each quote that
    had readable sources, in order; ``include_text`` puts each article's text in the
    report; ``inline_suppressions`` honours the suppression comments of text drafts."""
    judged = iter(outcomes)
    results, summary = [], Counter[str]()
    for doc, quotes in zip(docs, work, strict=True):
        items = [_result(doc, w, loaded, readable, next(judged) if w.judged_against else None)
                 for w in quotes]
        summary.update(item.verdict.value for item in items)
        article = m.ArticleReport(input=doc.input, title=doc.title, url=doc.url,
                                  published=doc.published, quotes=items,
                                  text=doc.text if include_text else None)
        if inline_suppressions and doc.kind != "html":
            article = apply_inline(article, doc.text)
        results.append(article)
    for at, exc in sorted(failed.items()):  # each in its place among the articles
        results.insert(at, m.ArticleReport(input=articles[at], title=None, url=None,
                                           published=None, quotes=[], error=str(exc)))
    return m.Report(tool=m.Tool(version=__version__), articles=results,
                    summary=ordered_summary(summary), coverage=coverage_of(results))


def quotes_report(docs: list[Document], quotes: list[list[Quote]]) -> m.QuotesReport:
    """The report of ``verify quotes``: each article's quotations and attributions, and
    how many of each kind."""
    out: list[m.QuotesArticle] = []
    kinds = Counter[str]()
    for doc, found in zip(docs, quotes, strict=True):
        kinds.update(q.kind.value for q in found)
        out.append(m.QuotesArticle(input=doc.input, title=doc.title, url=doc.url,
                                   published=doc.published,
                                   quotes=[m.QuoteInfo(**_quote_fields(doc, q)) for q in found]))
    return m.QuotesReport(tool=m.Tool(version=__version__), articles=out, summary=dict(kinds))


def _result(doc: Document, w: QuoteWork, loaded: Mapping[str, LoadedSource],
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
                                      minor=d.minor) for d in j.differences],
            location=_location(sdoc, j.passage_span), language=j.language)
    return m.QuoteResult(**fields_, verdict=j.verdict, score=j.score, explanation=j.explanation,
                         evidence=evidence, candidates=listed,
                         attribution=_attribution(j.attribution), reason=reason)


def _location(doc: Document, span: tuple[int, int] | None) -> m.Location | None:
    """Where in a PDF, transcript or post the passage sits (None for a web page)."""
    where = doc.location_of(*span) if span is not None else None
    if where is None:
        return None
    return m.Location(kind=where.kind, page=where.page, start=where.start, end=where.end,
                      author=where.author, posted=where.posted)


def _attribution(f: AttributionFinding | None) -> m.Attribution | None:
    if f is None:
        return None
    return m.Attribution(status=f.status.value, source_speaker=f.source_speaker,
                         source_outlet=f.source_outlet, note=f.note)


def _byte_column(doc: Document, offset: int, column: int) -> int:
    """1-based column of ``offset`` counted in UTF-8 bytes."""
    return len(doc.text[offset - column + 1:offset].encode("utf-8")) + 1


def _quote_fields(doc: Document, q: Quote) -> dict[str, Any]:
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
