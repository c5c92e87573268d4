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
