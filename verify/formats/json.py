"""``--format json``: the versioned report, as the desk's systems read it."""

from __future__ import annotations

from verify.formats.context import RenderContext
from verify.report.models import QuotesReport, Report


def render(report: Report | QuotesReport, ctx: RenderContext | None = None) -> str:
    """The report as indented JSON (``schema`` first), ending with a newline (the context
    changes nothing)."""
    return report.model_dump_json(by_alias=True, indent=2) + "\n"
