"""``--format github``: GitHub Actions workflow commands, one annotation per finding, plus a
Markdown summary for ``$GITHUB_STEP_SUMMARY`` (:func:`summary`).

Escaping follows ``@actions/core``: in messages ``%``, CR and LF; in properties also ``:``
and ``,``.
"""

from __future__ import annotations

from verify.formats.common import findings, message, sanitized, short
from verify.formats.context import RenderContext
from verify.report.coverage import coverage_line, ordered_summary
from verify.report.models import Report
from verify.report.policy import Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(value: str) -> str:
    """Escape a workflow command's message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, ctx: RenderContext) -> str:
    """One ``::error``/``::warning``/``::notice`` line per finding."""
    report = sanitized(report)  # control characters shown, never obeyed
    lines = []
    for f in findings(report, ctx):
        s = f.quote.span
        props = {"file": f.path, "line": s.line, "col": s.column, "endLine": s.end_line,
                 "endColumn": s.end_column, "title": f"{f.quote.verdict.value} ({f.rule})"}
        prop_text = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
        lines.append(f"::{_COMMAND[f.level]} {prop_text}::{escape_data(message(f.quote))}")
    return "".join(line + "\n" for line in lines)


def summary(report: Report, ctx: RenderContext) -> str:
    """A Markdown job summary: counts per verdict and a table of the findings."""
    report = sanitized(report)
    out = ["## source-verify", ""]
    counts = ", ".join(f"{n} {v}" for v, n in ordered_summary(report.summary).items())
    out.append(f"{sum(report.summary.values())} quotations: {counts or 'none'}.")
    if report.coverage is not None:
        out.append("")
        out.append(coverage_line(report.coverage))
    rows = list(findings(report, ctx))
    if rows:
        out += ["", "| verdict | where | quote | source |", "|---|---|---|---|"]
        for f in rows:
            src = f.quote.evidence.url if f.quote.evidence and f.quote.evidence.url else "—"
            quote = short(f.quote.text, 60).replace("|", "\\|")
            out.append(f"| {f.quote.verdict.value} | `{f.path}:{f.quote.span.line}` | "
                       f"{quote} | {src} |")
    if report.baseline and report.baseline.stale:
        out += ["", f"{len(report.baseline.stale)} stale baseline entries in "
                    f"`{report.baseline.file}`."]
    return "\n".join(out) + "\n"
