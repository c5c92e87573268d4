"""What the extraction stage returns."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class QuoteKind(StrEnum):
    """How a quotation is used in the article."""

    QUOTE = "quote"
    """A checkable quotation."""
    FRAGMENT = "fragment"
    """A short (under four words) or scare-quoted phrase."""
    TITLE = "title"
    """A quoted title or headline ("a piece titled ...")."""


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A pair of quotation marks found by the mark engine, before attribution."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark (or the end of the paragraph if unclosed)."""
    pieces: tuple[tuple[int, int], ...]
    """Content ranges without the marks; several when the quote runs over paragraphs."""
    closed: bool = True
    """False when no closing mark was found."""
    blockquote: bool = False
    """True for a block quotation with no marks (HTML ``<blockquote>``, Markdown ``>``)."""


class DoubtCode(StrEnum):
    """Why a credit is not a sure reading."""

    BEYOND_SENTENCE = "beyond-sentence"
    """The rule reads the credit outside the quote's sentence, or guesses."""
    NO_MENTION = "no-mention"
    """No mention of the speaker stands with the quote."""
    PRONOUN = "pronoun"
    """A pronoun, read as a person named elsewhere."""
    PRONOUN_NEAR = "pronoun-near"
    """A pronoun whose person is the only one it could mean in its own paragraph."""
    DESCRIPTION = "description"
    """A description ("the minister"), read as a person named earlier."""
    SHARED_SURNAME = "shared-surname"
    """A surname that two people of the article share."""


@dataclass(frozen=True, slots=True)
class Doubt:
    """Why a credit is not a sure reading: a code and a sentence."""

    code: DoubtCode
    note: str
    candidates: tuple[str, ...] = ()
    """Whom the credit may mean, when it is one of a few (a shared surname's bearers)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its attribution."""

    id: str
    """Stable id within its article: ``q1``, ``q2``, … in document order."""
    start: int
    """Offset of the opening mark in the document text."""
    end: int
    """Offset just after the closing mark."""
    text: str
    """The quoted words, joined over line breaks and hyphenation, without the marks."""
    kind: QuoteKind
    """quote, fragment or title."""
    speaker: str | None = None
    """Resolved name of the person or organisation credited (None if nobody is)."""
    speaker_span: tuple[int, int] | None = None
    """The mention next to the quote, as written ("he", "Snyder", "the daily")."""
    outlet: str | None = None
    """Registry name of the publication where the words appeared, when the article says."""
    outlet_id: str | None = None
    """Registry id of that outlet (``unlisted:`` and its name for one the registry does not
    list)."""
    outlet_others: tuple[str, ...] = ()
    """Registry ids of other outlets the article's words may mean ("ABC" in a story that
    does not say which): empty when the outlet is unambiguous."""
    cue: str | None = None
    """The reporting verb or phrase ("said", "according to", "wrote")."""
    pieces: tuple[tuple[int, int], ...] = ()
    """Content ranges in the document text (see :class:`RawQuote`)."""
    rule: str = "none"
    """The attribution rule that credited the quote ("cue-before", "cue-after", "citing",
    "according-to", "floating", …; "none" when nobody is credited): how sure the credit is."""
    credit_doubt: Doubt | None = None
    """Why the credit is not a sure reading (a pronoun, a role resolved to an earlier name,
    a surname two people share, a rule that looks beyond the quote's sentence); None when a
    name stands with a reporting cue in the quote's own sentence or split."""
    around: str = ""
    """The quote's sentence and the one before it, quotations blanked: who else the writer
    names beside the words."""
