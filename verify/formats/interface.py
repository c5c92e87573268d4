"""The output formats: a registry of renderers, each a pure function of the report (and
of how to render it, :class:`~verify.formats.context.RenderContext`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from verify.formats.context import RenderContext
from verify.report.models import QuotesReport, Report

__all__ = ["FORMATS", "REGISTRY", "VERDICT_FORMATS", "Format", "OutputFormat", "RenderContext",
           "render"]


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


Renderer = Callable[[Any, RenderContext], str]


@dataclass(frozen=True)
class Format:
    """One --format: how to get its renderer, and whether it renders verdicts."""

    load: Callable[[], Renderer]
    """Imports the format's module and returns its ``render``. Each module is imported only
    when asked for: the terminal one pulls in rich."""
    verdicts: bool = True
    """Renders verdicts, so only makes sense for `verify check`."""


def _terminal() -> Renderer:
    from verify.formats import terminal

    return terminal.render


def _json() -> Renderer:
    from verify.formats import json

    return json.render


def _github() -> Renderer:
    from verify.formats import github

    return github.render


def _sarif() -> Renderer:
    from verify.formats import sarif

    return sarif.render


def _rdjsonl() -> Renderer:
    from verify.formats import rdjsonl

    return rdjsonl.render


def _junit() -> Renderer:
    from verify.formats import junit

    return junit.render


def _claimreview() -> Renderer:
    from verify.formats import claimreview

    return claimreview.render


def _html() -> Renderer:
    from verify.formats import html

    return html.render


#: Every format, by its --format value. A new format is a module with a ``render`` and a
#: line here (and its value in :class:`OutputFormat`).
REGISTRY: dict[OutputFormat, Format] = {
    OutputFormat.TERMINAL: Format(_terminal, verdicts=False),
    OutputFormat.JSON: Format(_json, verdicts=False),
    OutputFormat.GITHUB: Format(_github),
    OutputFormat.SARIF: Format(_sarif),
    OutputFormat.RDJSONL: Format(_rdjsonl),
    OutputFormat.JUNIT: Format(_junit),
    OutputFormat.CLAIMREVIEW: Format(_claimreview),
    OutputFormat.HTML: Format(_html),
}

FORMATS = tuple(f.value for f in OutputFormat)
#: Formats that only make sense for `verify check` (they render verdicts).
VERDICT_FORMATS = frozenset(f.value for f, spec in REGISTRY.items() if spec.verdicts)


def render(report: Report | QuotesReport, fmt: OutputFormat,
           context: RenderContext | None = None) -> str:
    """Render ``report`` in ``fmt``. Pure: the same report and context give the same text."""
    spec = REGISTRY[fmt]
    if spec.verdicts and not isinstance(report, Report):
        raise ValueError(f"--format {fmt.value} needs verdicts: use it with `verify check`")
    return spec.load()(report, context or RenderContext())
