"""Helpers the machine formats share: findings in order, messages, paths."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from verify.formats.interface import RenderContext
from verify.report.models import ArticleReport, QuoteResult, Report
from verify.report.policy import Severity, rule_id
from verify.report.suppress import display_path


@dataclass(frozen=True)
class Finding:
    """A quote to report, with its article, path, level and rule."""

    article: ArticleReport
    quote: QuoteResult
    path: str
    level: Severity
    rule: str


def findings(report: Report, ctx: RenderContext, *, include_suppressed: bool = False
             ) -> Iterator[Finding]:
    """The quotes the policy shows, in document order."""
    for article in report.articles:
        path = display_path(article.input, ctx.root)
        for q in article.quotes:
            shown = ctx.policy.shown(q) or (include_suppressed and q.suppression is not None
                                           and ctx.policy.level(q) >= ctx.policy.min_level)
            if shown:
                yield Finding(article, q, path, ctx.policy.level(q), rule_id(q.verdict))


def short(text: str, n: int = 80) -> str:
    """One line, at most ``n`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def message(q: QuoteResult) -> str:
    """The one-paragraph message of a finding: verdict, quote, why, and the source."""
    who = " / ".join(x for x in (q.speaker, q.outlet) if x)
    credit = f" ({who})" if who else ""
    source = f" Source: {q.evidence.url}" if q.evidence and q.evidence.url else ""
    return f"{q.verdict.value}: “{short(q.text)}”{credit} — {q.explanation}.{source}"
