"""Verdicts and the judgement of one quote against one source."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from verify.match.diff import Difference


class Verdict(StrEnum):
    """The outcome for one quote. The names are the JSON contract."""

    VERBATIM = "VERBATIM"
    """The words are in the source exactly (after normalising marks, spaces and case)."""
    MINOR_VARIATION = "MINOR_VARIATION"
    """Only case, punctuation, spelling variants, number formats, valid ellipses or
    brackets differ."""
    PARAPHRASE = "PARAPHRASE"
    """No passage aligns word by word, but one says the same thing in other words."""
    ALTERED = "ALTERED"
    """A passage aligns, but a content word, number, negation, name or modal differs."""
    OUT_OF_CONTEXT = "OUT_OF_CONTEXT"
    """The words are in the source, but its sentence holding them negates, denies, reports
    as someone else's claim, makes hypothetical or questions them: quoted alone, they say
    something the speaker did not."""
    MISATTRIBUTED = "MISATTRIBUTED"
    """The words are there, but said by someone else or published by another outlet."""
    NOT_FOUND = "NOT_FOUND"
    """The sources were read and nothing matches."""
    SOURCE_UNAVAILABLE = "SOURCE_UNAVAILABLE"
    """No candidate source could be read; the explanation says why."""
    UNCHECKED = "UNCHECKED"
    """Not judged: a fragment or title without an exact match, or no candidate source."""

    TRANSLATION = "TRANSLATION"
    """A translation of a passage in another language, whose numbers, dates, names,
    negation and speaker agree with it (issue 25)."""


class AttributionStatus(StrEnum):
    """How the draft's credit compares with the source's. The values are the JSON contract."""

    CONFIRMED = "confirmed"
    CONTRADICTED = "contradicted"
    UNNAMED = "unnamed"
    NOT_IN_SOURCE = "not_in_source"
    UNCHECKED = "unchecked"


class SourceCredit(StrEnum):
    """How the source credits the words it holds, as the credit check read it."""

    NAMED = "named"
    """A person or body by name: ``source_speaker``."""
    UNNAMED = "unnamed"
    """A description with no name ("a voice", "an official"): no one to name, so
    ``source_speaker`` is None and the note says the source does not name who said it."""
    NONE = "none"
    """No credit beside the words."""


@dataclass(frozen=True, slots=True)
class AttributionFinding:
    """The credit check of one quote against the source its words were found in."""

    status: AttributionStatus
    source_speaker: str | None
    """Whom the source credits with the passage, when its extractor found someone."""
    source_outlet: str | None
    """The outlet that published the source (by its URL), when the registry knows it."""
    note: str
    """One sentence: what was compared and what was found."""
    source_credit: SourceCredit | None = None
    """How the source credits the words (None when the source was not read for a credit:
    the words were not found)."""


@dataclass(frozen=True)
class Judgement:
    """A quote judged against one source document."""

    verdict: Verdict
    score: float
    """Lexical coverage for aligned verdicts, cosine similarity for semantic ones."""
    explanation: str
    passage: str = ""
    passage_span: tuple[int, int] | None = None
    lexical_score: float | None = None
    semantic_score: float | None = None
    differences: list[Difference] = field(default_factory=list)
    coverage: float = 0.0
    """Share of the quote's words found in order in the passage."""
    attribution: AttributionFinding | None = None
    """The credit check, once the words were found (see :mod:`verify.match.attribution`)."""
    language: str | None = None
    """The passage's language (BCP 47) when it is not the quotation's: a translation."""
