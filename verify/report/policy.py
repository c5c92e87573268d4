"""Severity of each verdict, the rule id it reports under, and the failure level.

Defaults: error for ALTERED, OUT_OF_CONTEXT, MISATTRIBUTED and NOT_FOUND; warning for PARAPHRASE and
SOURCE_UNAVAILABLE; note for the rest. ``fail_on`` (which verdicts make the exit code 1)
is separate from what is shown (``min_level``; ``--quiet`` shows errors only).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum

from verify.match.interface import Verdict
from verify.report.models import QuoteResult, Report


class Severity(IntEnum):
    """How serious a verdict is; ordered, so levels compare."""

    NOTE = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """Lower-case name: note, warning, error."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Read "note", "warning" or "error" (any case)."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (note, warning or error)") from None


DEFAULT_SEVERITY: dict[Verdict, Severity] = {
    Verdict.ALTERED: Severity.ERROR,
    Verdict.MISATTRIBUTED: Severity.ERROR,
    Verdict.OUT_OF_CONTEXT: Severity.ERROR,
    Verdict.NOT_FOUND: Severity.ERROR,
    Verdict.PARAPHRASE: Severity.WARNING,
    Verdict.SOURCE_UNAVAILABLE: Severity.WARNING,
    Verdict.VERBATIM: Severity.NOTE,
    Verdict.MINOR_VARIATION: Severity.NOTE,
    Verdict.UNCHECKED: Severity.NOTE,
    Verdict.TRANSLATION: Severity.NOTE,  # a faithful translation: not failing by default
}
DEFAULT_FAIL_ON = frozenset({Verdict.ALTERED, Verdict.MISATTRIBUTED, Verdict.NOT_FOUND,
                             Verdict.OUT_OF_CONTEXT})

RULE_DESCRIPTIONS: dict[Verdict, str] = {
    Verdict.VERBATIM: "The quotation appears word for word in its source.",
    Verdict.MINOR_VARIATION: "The quotation differs from its source only in case, punctuation, "
                             "spelling variants, number formats or valid ellipses and brackets.",
    Verdict.PARAPHRASE: "The source says this in other words; quotation marks promise the "
                        "exact words.",
    Verdict.ALTERED: "A passage of the source aligns with the quotation, but a number, "
                     "negation, name or other content word differs.",
    Verdict.OUT_OF_CONTEXT: "The words are in the source, but the source's sentence holding "
                            "them negates, denies, attributes to others or makes "
                            "hypothetical what the quotation says.",
    Verdict.MISATTRIBUTED: "The words are in the source, but credited to someone else or "
                           "published by another outlet.",
    Verdict.NOT_FOUND: "The candidate sources were read and nothing in them matches.",
    Verdict.SOURCE_UNAVAILABLE: "No candidate source could be read (paywall, error, block).",
    Verdict.UNCHECKED: "Not judged: a fragment or title without an exact match, or no source.",
}
RULE_DESCRIPTIONS[Verdict.TRANSLATION] = (  # issue 25
    "The quotation translates a passage in another language, and its numbers, dates, names, "
    "negation and speaker agree with it.")


def rule_id(verdict: Verdict) -> str:
    """Stable rule id: ``quote/altered``, ``quote/not-found``, …"""
    return "quote/" + verdict.value.lower().replace("_", "-")


@dataclass(frozen=True)
class Policy:
    """What is shown and what fails."""

    severity: Mapping[Verdict, Severity] = field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON
    min_level: Severity = Severity.NOTE
    min_checked: float | None = None
    """Fail when fewer than this fraction of the quotes were checked against a source.
    None (the default): fail only when there are quotes and not one could be checked; 0:
    never fail for coverage."""

    @classmethod
    def build(cls, *, severity: Mapping[str, str] | None = None,
              fail_on: Iterable[str] | None = None, quiet: bool = False,
              min_checked: float | None = None) -> Policy:
        """From configuration values (verdict names and level names as strings)."""
        levels = dict(DEFAULT_SEVERITY)
        for name, level in (severity or {}).items():
            levels[parse_verdict(name)] = Severity.parse(level)
        names = None if fail_on is None else [v for v in fail_on if v.strip()]
        if names is not None and [v.strip().lower() for v in names] == ["none"]:
            names = []  # --fail-on none: no verdict fails the run
        fails = DEFAULT_FAIL_ON if names is None else frozenset(parse_verdict(v)
                                                                for v in names)
        if min_checked is not None and not 0.0 <= min_checked <= 1.0:
            raise ValueError(f"min-checked must be a fraction from 0 to 1, not {min_checked}")
        return cls(levels, fails, Severity.ERROR if quiet else Severity.NOTE, min_checked)

    def level(self, quote: QuoteResult) -> Severity:
        """The severity of a quote's verdict."""
        return self.severity[quote.verdict]

    def shown(self, quote: QuoteResult) -> bool:
        """Reported by the formats: not suppressed and at or above the display level."""
        return quote.suppression is None and self.level(quote) >= self.min_level

    def fails(self, report: Report) -> bool:
        """True when an unsuppressed quote has a failing verdict, or too few quotes were
        checked (exit code 1)."""
        return self.coverage_failure(report) is not None or any(
            q.verdict in self.fail_on and q.suppression is None
            for a in report.articles for q in a.quotes)

    def coverage_failure(self, report: Report) -> str | None:
        """Why the run's coverage fails, in one sentence: below ``min_checked``, or (with no
        minimum set) not one of its quotes checked. None when it does not fail."""
        c = report.coverage
        if c is None or c.quotes == 0:
            return None
        if self.min_checked is None:
            return None if c.checked else f"no quote could be checked: {c.main_reason}"
        if c.fraction >= self.min_checked:
            return None
        return (f"only {c.checked} of {c.quotes} quotes were checked against a source, "
                f"below min-checked {self.min_checked:g}")

    def coverage_message(self, report: Report) -> str | None:
        """What a run says when nothing, or too little, could be checked: its coverage
        failure, or, when ``min_checked`` is 0 (which never fails), that not one quote was
        checked. None when there is nothing to say."""
        why = self.coverage_failure(report)
        c = report.coverage
        if why is None and c is not None and c.quotes and not c.checked:
            why = f"no quote could be checked: {c.main_reason}"
        return why


def parse_verdict(name: str) -> Verdict:
    """A verdict from its name, case-insensitive; ValueError names the choices."""
    try:
        return Verdict(name.strip().upper().replace("-", "_"))
    except ValueError:
        raise ValueError(f"unknown verdict {name.strip()} (choose from "
                         f"{', '.join(v.value for v in Verdict)})") from None
