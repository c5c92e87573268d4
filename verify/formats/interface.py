"""The output formats, each a pure function of the report (and of how to render it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import assert_never

from verify.report.models import QuotesReport, Report
from verify.report.policy import Policy


class OutputFormat(StrEnum):
    """--format values."""

    TERMINAL = "terminal"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    RDJSONL = "rdjsonl"
    JUNIT = "junit"
    CLAIMREVIEW = "claimreview"


FORMATS = tuple(f.value for f in OutputFormat)
#: Formats that only make sense for `verify check` (they render verdicts).
VERDICT_FORMATS = frozenset(FORMATS) - {"terminal", "json"}


@dataclass(frozen=True)
class RenderContext:
    """Everything a renderer may depend on besides the report."""

    policy: Policy = field(default_factory=Policy)
    root: Path | None = None
    """Paths are shown relative to this folder (the repository root); default: cwd."""
    color: bool = False
    width: int = 100
    reviewer: str = "source-verify"
    """ClaimReview author (the fact-checking organisation)."""
    reviewer_url: str | None = None


def render(report: Report | QuotesReport, fmt: OutputFormat,
           context: RenderContext | None = None) -> str:
    """Render ``report`` in ``fmt``. Pure: the same report and context give the same text."""
    from verify.formats import claimreview, github, junit, rdjsonl, sarif, terminal
    from verify.formats import json as json_format

    ctx = context or RenderContext()
    if fmt is OutputFormat.JSON:
        return json_format.render(report)
    if fmt is OutputFormat.TERMINAL:
        return terminal.render(report, ctx)
    if not isinstance(report, Report):
        raise ValueError(f"--format {fmt.value} needs verdicts: use it with `verify check`")
    match fmt:
        case OutputFormat.GITHUB:
            return github.render(report, ctx)
        case OutputFormat.SARIF:
            return sarif.render(report, ctx)
        case OutputFormat.RDJSONL:
            return rdjsonl.render(report, ctx)
        case OutputFormat.JUNIT:
            return junit.render(report, ctx)
        case OutputFormat.CLAIMREVIEW:
            return claimreview.render(report, ctx)
        case _:
            assert_never(fmt)
