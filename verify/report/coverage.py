"""Coverage: how many quotes were actually compared with a source, and why the others
were not. A run where nothing could be checked must never look clean."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from verify.match.interface import Verdict
from verify.report import models as m

#: Verdicts that mean the words were compared with a source.
CHECKED = frozenset(Verdict) - {Verdict.UNCHECKED, Verdict.SOURCE_UNAVAILABLE}


def ordered_summary(counts: Mapping[str, int]) -> dict[str, int]:
    """Verdict counts in the fixed order of :class:`Verdict` (best first), keeping only the
    verdicts that occurred."""
    return {v.value: counts[v.value] for v in Verdict if counts.get(v.value)}


def coverage_of(articles: Sequence[m.ArticleReport]) -> m.Coverage:
    """How many quotes were checked against a source, and the main reason of the others."""
    return _coverage([q for a in articles for q in a.quotes])


def _coverage(quotes: Iterable[m.QuoteResult]) -> m.Coverage:
    quotes = list(quotes)
    checked = sum(q.verdict in CHECKED for q in quotes)
    reasons = Counter(q.reason or "unknown" for q in quotes if q.verdict not in CHECKED)
    main = None
    if reasons:
        code = reasons.most_common(1)[0][0]
        main = next(q.explanation for q in quotes
                    if q.verdict not in CHECKED and (q.reason or "unknown") == code)
    return m.Coverage(quotes=len(quotes), checked=checked,
                      fraction=round(checked / len(quotes), 4) if quotes else 1.0,
                      main_reason=main, reasons=dict(reasons.most_common()))


def article_coverage(article: m.ArticleReport) -> m.Coverage:
    """The coverage of one article."""
    return _coverage(article.quotes)


def coverage_line(c: m.Coverage) -> str:
    """"Checked 4 of 6 quotations against a source." and, when some were not, the main
    reason why."""
    line = f"Checked {c.checked} of {c.quotes} quotation{'s' if c.quotes != 1 else ''} " \
           "against a source."
    if c.checked < c.quotes and c.main_reason:
        line += f" Mostly not checked: {c.main_reason}"
    return line
