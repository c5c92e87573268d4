"""The output formats, each a pure function of the report (and of how to render it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

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
    HTML = "html"


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
    published_url: str | None = None
    """The article's public address for ClaimReview: its URL, or, ending in ``/``, the base
    URL of a folder of drafts (the draft's repository path is appended, suffix dropped)."""
    date: str | None = None
    """The run's date (ISO 8601), for ClaimReview's ``datePublished``."""


def render(report: Report | QuotesReport, fmt: OutputFormat,
           context: RenderContext | None = None) -> str:
    """Render ``report`` in ``fmt``. Pure: the same report and context give the same text."""
    # Each format's module is imported only when asked for: the terminal one pulls in rich.
    import importlib

    ctx = context or RenderContext()
    if fmt is OutputFormat.JSON:
        from verify.formats import json as json_format

        return json_format.render(report)
    if fmt is OutputFormat.TERMINAL:
        from verify.formats import terminal

        return terminal.render(report, ctx)
    if not isinstance(report, Report):
        raise ValueError(f"--format {fmt.value} needs verdicts: use it with `verify check`")
    module = importlib.import_module(f"verify.formats.{fmt.value}")
    text: str = module.render(report, ctx)
    return text
