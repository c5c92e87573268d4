"""A report built from the real models: every verdict, a suppression, a non-ASCII line."""

from pathlib import Path

import pytest

from verify.match.interface import Verdict
from verify.report import models as m
from verify.report.coverage import coverage_of, ordered_summary


def _quote(n: int, verdict: Verdict, text: str, line: int, *, col: int = 1,
           col_bytes: int | None = None, speaker: str | None = "Jane Doe",
           evidence: bool = True, suppression: m.Suppression | None = None,
           attribution: m.Attribution | None = None,
           reason: str | None = None, location: m.Location | None = None) -> m.QuoteResult:
    ev = m.Evidence(
        url="https://news.example.org/story", title="The story", published="2026-11-20",
        passage="We will not raise taxes by 4.2 billion pounds", lexical_score=0.97,
        semantic_score=None,
        differences=[m.Difference(op="replace", quote="4.7", source="4.2", kind="number",
                                  minor=False)] if verdict is Verdict.ALTERED else [],
        location=location,
    ) if evidence else None
    return m.QuoteResult(
        id=f"q{n}", text=text, kind="quote",
        span=m.Span(start=100 * n, end=100 * n + len(text) + 2, line=line, column=col,
                    end_line=line, end_column=col + len(text) + 2,
                    column_bytes=col_bytes or col,
                    end_column_bytes=(col_bytes or col) + len(text.encode()) + 6),
        speaker=speaker, speaker_span=None, outlet=None, cue="said", verdict=verdict,
        score=0.9, explanation=f"explanation of {verdict.value.lower()}", evidence=ev,
        reason=reason,
        candidates=[m.Candidate(url="https://news.example.org/story", via="link",
                                status="unavailable: HTTP 503" if reason == "http-error"
                                else "read", reason=reason if reason == "http-error" else None)],
        suppression=suppression, attribution=attribution)


def _credit(status: str, who: str | None, note: str) -> m.Attribution:
    return m.Attribution(status=status, source_speaker=who, source_outlet="News Example",
                         note=note)


@pytest.fixture
def report() -> m.Report:
    quotes = [
        _quote(1, Verdict.VERBATIM, "We will keep the plant open", 3,
               attribution=_credit("confirmed", "Jane Doe", "said by Jane Doe in the source")),
        _quote(2, Verdict.ALTERED, "We will not raise taxes by 4.7 billion pounds", 5,
               location=m.Location(kind="page", page=3)),
        _quote(3, Verdict.NOT_FOUND, "This is the most important vote, in our history", 7,
               col=12, col_bytes=14),
        _quote(4, Verdict.SOURCE_UNAVAILABLE, "Nobody can read this page: 100% sure", 9,
               evidence=False, reason="http-error"),
        _quote(5, Verdict.PARAPHRASE, "The label lets her play the old songs", 11,
               location=m.Location(kind="time", start="00:05:49.200", end="00:05:52.800")),
        _quote(6, Verdict.MISATTRIBUTED, "I just want to perform my own music", 13,
               speaker="Scooter Braun",
               attribution=_credit("contradicted", "Taylor Swift", "in the source these words "
                                   "are Taylor Swift's, not Scooter Braun's")),
        _quote(7, Verdict.NOT_FOUND, "An accepted finding", 15,
               suppression=m.Suppression(kind="inline",
                                         justification="<!-- verify-disable-next-line -->")),
        _quote(8, Verdict.UNCHECKED, "scare", 17, evidence=False, speaker=None,
               reason="not-judged"),
        _quote(9, Verdict.VERBATIM, "The plan stands as it was agreed", 19,
               speaker="a spokesperson",
               attribution=_credit("unnamed", "Jane Doe", "credited to a description with no "
                                   "name (a spokesperson); the source credits Jane Doe")),
    ]
    article = m.ArticleReport(input=str(Path("drafts") / "story.md"), title="Story", url=None,
                              published=None, quotes=quotes)
    summary: dict[str, int] = {}
    for q in quotes:
        summary[q.verdict.value] = summary.get(q.verdict.value, 0) + 1
    return m.Report(tool=m.Tool(version="0.1.0"), articles=[article],
                    summary=ordered_summary(summary), coverage=coverage_of([article]))
