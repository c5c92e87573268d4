"""What the sources stage hands on to match and report: the candidate originals read.

Each is a :class:`LoadedSource`: a document prepared for matching, or why there is none
(a reason code and a message), and how it was read (cached, archived, a paywall teaser).
"""

from __future__ import annotations

from dataclasses import dataclass

from verify.match.verdicts import SourceIndex
from verify.outlets import OutletRegistry
from verify.quotes.extract import extract
from verify.quotes.interface import Quote
from verify.sources.candidates import CandidateRef


@dataclass
class LoadedSource:
    """A candidate original after fetching: a prepared document, or why there is none."""

    ref: CandidateRef
    index: SourceIndex | None = None
    error: str | None = None
    cached: bool = False
    code: str | None = None
    """The kind of ``error`` (a :class:`~verify.fetch.interface.Reason` value)."""
    archived: str | None = None
    """The Wayback capture read instead of a paywalled page."""
    paywall: str | None = None
    """Set when only a paywall teaser could be read."""
    _quotes: list[Quote] | None = None

    def quotes(self, registry: OutletRegistry, limit: int | None = None) -> list[Quote]:
        """The quotations of the original itself (for the credit check), extracted once."""
        if self._quotes is None:
            assert self.index is not None
            self._quotes = extract(self.index.doc, registry, limit=limit)
        return self._quotes
