"""``--format terminal``: a rich table per article, and a word diff for every quote that
is not VERBATIM. Rendered to a string, so it stays a pure function of the report."""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from verify.formats.common import credited_to, sanitized, where
from verify.formats.context import RenderContext
from verify.match.interface import AttributionStatus, Verdict
from verify.report.coverage import coverage_line, ordered_summary
from verify.report.models import QuoteResult, QuotesReport, Report

VERDICT_STYLE = {
    Verdict.VERBATIM: "bold green",
    Verdict.MINOR_VARIATION: "green",
    Verdict.PARAPHRASE: "yellow",
    Verdict.ALTERED: "bold red",
    Verdict.MISATTRIBUTED: "bold magenta",
    Verdict.OUT_OF_CONTEXT: "bold dark_orange",
    Verdict.NOT_FOUND: "red",
    Verdict.SOURCE_UNAVAILABLE: "dim yellow",
    Verdict.UNCHECKED: "dim",
}
VERDICT_STYLE[Verdict.TRANSLATION] = "cyan"  # issue 25: a translation


_HOST_WIDTH = 30
#: Quotations shown per article: more is no longer a report a person reads (and rich takes
#: about a millisecond a row); the summary line still counts them all.
TERMINAL_ROWS = 300


def _source_of(q: QuoteResult) -> str:
    """Where the quote was compared: the evidence's URL, else its first candidate's."""
    if q.evidence and q.evidence.url:
        return q.evidence.url
    return q.candidates[0].url if q.candidates else "—"


def _source_cell(q: QuoteResult) -> str:
    """The source's host or file name, and under it where in it the passage sits ("p. 3")."""
    at = where(q.evidence.location) if q.evidence else ""
    return _short_url(_source_of(q)) + (f"\n{at}" if at else "")


def _short_url(url: str) -> str:
    """The host of a URL (without www.), or the file name of a local source."""
    from pathlib import PurePath
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).netloc
    except ValueError:  # a malformed URL from a draft: shown as written
        return url
    return host.removeprefix("www.") if host else PurePath(url).name


#: How the table marks a credit check, after the credited name.
_CREDIT_MARK = {AttributionStatus.CONFIRMED: "✓", AttributionStatus.CONTRADICTED: "✗ source: {who}",
                AttributionStatus.UNNAMED: "unnamed; source: {who}",
                AttributionStatus.NOT_IN_SOURCE: "not named in source"}


def credit_cell(q: QuoteResult) -> str:
    """Speaker / outlet as the article credits them, and what the source says of it."""
    who = credited_to(q) or "—"
    a = q.attribution
    if a is None or a.status not in _CREDIT_MARK:
        return who
    mark = _CREDIT_MARK[a.status].format(who=a.source_speaker or "no one named")
    return f"{who} ({mark})"


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def diff_text(q: QuoteResult) -> Text:
    """The quote against the source passage, readable without colour: [-source-] words the
    quote changed or dropped, {+quote+} words the quote has instead."""
    out = Text()
    if q.evidence is None:
        return out
    at = where(q.evidence.location)
    out.append(f"source ({at}): " if at else "source: ", style="bold")
    out.append(q.evidence.passage + "\n")
    for d in q.evidence.differences:
        style = "yellow" if d.minor else "bold red"
        label = f"  {'minor' if d.minor else 'MAJOR'} {d.kind.replace('_', ' ')}: "
        out.append(label, style=style)
        if d.source:
            out.append(f"[-{d.source}-]", style="red strike" if not d.minor else "red")
        if d.source and d.quote:
            out.append(" ")
        if d.quote:
            out.append(f"{{+{d.quote}+}}", style="green")
        out.append("\n")
    return out


def render(report: Report | QuotesReport, ctx: RenderContext) -> str:
    """The report for a person at a terminal."""
    report = sanitized(report)  # control characters shown, never obeyed
    buf = io.StringIO()
    color, width = ctx.color, ctx.width
    console = Console(file=buf, width=width, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, highlight=False, soft_wrap=False)
    for article in report.articles:
        all_quotes = article.quotes
        if isinstance(report, Report):
            article = article.model_copy(update={"quotes": [
                q for q in article.quotes if isinstance(q, QuoteResult) and ctx.policy.shown(q)]})
        title = article.title or article.input
        console.rule(Text(f"{title}", style="bold"))
        if article.url:
            console.print(Text(article.url, style="dim"))
        if not article.quotes:
            console.print("No quotations found." if not all_quotes else
                          "Nothing to show at this level.")
            console.print(Text(f"{article.input}: {summary_line(all_quotes)}", style="bold"))
            continue
        table = Table(show_lines=False, expand=True, pad_edge=False)
        table.add_column("#", no_wrap=True)
        table.add_column("line", justify="right", no_wrap=True)
        table.add_column("quote", ratio=5)
        table.add_column("speaker / outlet", ratio=2, min_width=12)
        if isinstance(report, Report):
            table.add_column("verdict", no_wrap=True)
            table.add_column("score", justify="right", no_wrap=True)
            # A host name is never broken across lines: the column is as wide as the longest
            # host (up to _HOST_WIDTH); a longer one ends in an ellipsis.
            hosts = [len(line) for q in article.quotes if isinstance(q, QuoteResult)
                     for line in _source_cell(q).splitlines()]
            table.add_column("source", no_wrap=True, overflow="ellipsis",
                             width=min(max(hosts, default=6), _HOST_WIDTH))
        else:
            table.add_column("kind", no_wrap=True)
            table.add_column("cue", no_wrap=True)
        shown = article.quotes[:TERMINAL_ROWS]
        for q in shown:
            who = credit_cell(q) if isinstance(q, QuoteResult) else credited_to(q) or "—"
            row: list[str | Text] = [q.id, str(q.span.line), _short(q.text), who]
            if isinstance(q, QuoteResult):
                row += [Text(q.verdict.value, style=VERDICT_STYLE[q.verdict]), f"{q.score:.2f}",
                        _source_cell(q)]
            else:
                row += [q.kind, q.cue or "—"]
            table.add_row(*row)
        console.print(table)
        if len(article.quotes) > len(shown):
            console.print(Text(f"… and {len(article.quotes) - len(shown):,} more quotations, "
                               "not shown here (the JSON report lists every one)",
                               style="bold"))
        if isinstance(report, Report):
            for q in shown:
                if not isinstance(q, QuoteResult) or q.verdict is Verdict.VERBATIM:
                    continue
                body = Group(Text(f"“{q.text}”\n", style="italic"),
                             Text(q.explanation + "\n"), diff_text(q))
                console.print(Panel(body, title=Text(f"{q.id} · line {q.span.line} · "
                                                     f"{q.verdict.value}",
                                                     style=VERDICT_STYLE[q.verdict]),
                                    title_align="left", expand=True))
        console.print(Text(f"{article.input}: {summary_line(all_quotes)}", style="bold"))
    if isinstance(report, Report) and report.coverage is not None:
        console.print(Text(coverage_line(report.coverage), style="bold"))
    return buf.getvalue()


def summary_line(quotes: list) -> str:
    """One-line summary: "5 quotes: 2 VERBATIM, 1 ALTERED, …"."""
    counts = Counter(q.verdict.value if isinstance(q, QuoteResult) else q.kind for q in quotes)
    # Verdicts in their fixed order, best first; a quotes report's kinds by name.
    ordered = ordered_summary(counts) if quotes and isinstance(quotes[0], QuoteResult) \
        else dict(sorted(counts.items()))
    parts = ", ".join(f"{n} {k}" for k, n in ordered.items())
    hidden = sum(1 for q in quotes if isinstance(q, QuoteResult) and q.suppression is not None)
    tail = f" ({hidden} suppressed)" if hidden else ""
    return f"{len(quotes)} quotation{'s' if len(quotes) != 1 else ''}: {parts}{tail}"
