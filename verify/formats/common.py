"""Helpers the machine formats share: findings in order, messages, paths."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from verify.formats.context import RenderContext
from verify.report.models import (
    ArticleReport,
    Location,
    QuoteInfo,
    QuoteResult,
    QuotesReport,
    Report,
)
from verify.report.policy import Severity, rule_id
from verify.report.suppress import display_path

#: Characters a terminal or a log obeys instead of showing: C0 and C1 controls (but tab and
#: newline), DEL, and the bidirectional overrides and isolates ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
R = TypeVar("R", bound=Report | QuotesReport)


def visible(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``):
    drafts and pages are untrusted, and an escape sequence must not clear a screen, move a
    cursor, retitle a window or reverse a line in a report."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)


def _visible_tree(node: Any) -> Any:
    if isinstance(node, str):
        return visible(node)
    if isinstance(node, list):
        return [_visible_tree(n) for n in node]
    if isinstance(node, dict):
        return {k: _visible_tree(v) for k, v in node.items()}
    return node


def sanitized(report: R) -> R:
    """A copy of ``report`` with :func:`visible` applied to every text in it."""
    return cast(R, type(report).model_validate(_visible_tree(report.model_dump(by_alias=True))))


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


def credited_to(q: QuoteInfo) -> str:
    """Who the article credits the quote to, as one label: "speaker / outlet", either one
    alone, or "" for no one."""
    return " / ".join(x for x in (q.speaker, q.outlet) if x)


def where(location: Location | None) -> str:
    """Where in the original a passage sits, for a reader: "p. 3" in a PDF,
    "00:05:49.200–00:05:52.800" in a transcript, "@handle, 2024-03-01" for a post; "" for a
    web page (no location). The one wording every format uses."""
    if location is None:
        return ""
    if location.kind == "page":
        return f"p. {location.page}" if location.page is not None else ""
    if location.kind == "time":
        start, end = location.start or "", location.end or ""
        return f"{start}–{end}" if start and end and end != start else start or end
    return ", ".join(x for x in (location.author, (location.posted or "")[:10]) if x)


def message(q: QuoteResult) -> str:
    """The one-paragraph message of a finding: verdict, quote, why, and the source."""
    who = credited_to(q)
    credit = f" ({who})" if who else ""
    source = f" Source: {q.evidence.url}" if q.evidence and q.evidence.url else ""
    if source and (at := where(q.evidence.location if q.evidence else None)):
        source += f" ({at})"
    return f"{q.verdict.value}: “{short(q.text)}”{credit} — {q.explanation}.{source}"
