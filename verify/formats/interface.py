"""The output formats, each a pure function of the report."""

from __future__ import annotations

from enum import StrEnum
from typing import assert_never

from verify.report.models import QuotesReport, Report


class OutputFormat(StrEnum):
    """--format values."""

    TERMINAL = "terminal"
    JSON = "json"


FORMATS = tuple(f.value for f in OutputFormat)


def render(report: Report | QuotesReport, fmt: OutputFormat, *, color: bool = False,
           width: int = 100) -> str:
    """Render ``report`` in ``fmt``. Pure: the same report gives the same text."""
    from verify.formats import json as json_format
    from verify.formats import terminal

    match fmt:
        case OutputFormat.JSON:
            return json_format.render(report)
        case OutputFormat.TERMINAL:
            return terminal.render(report, color=color, width=width)
        case _:
            assert_never(fmt)
