"""What a batch reads and what it says at the end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Item:
    """One article of a batch: a path, a URL or a text, and sources of its own."""

    id: str
    path: str | None = None
    url: str | None = None
    text: str | None = None
    sources: tuple[str, ...] = ()
    published: str | None = None
    """The manifest's publication date, for an article whose text does not give one."""
    error: str | None = None
    """Set when the manifest line itself could not be read: the item is reported, not run."""


@dataclass
class BatchSummary:
    """The run's totals."""

    articles: int = 0
    """Articles written this run (skipped ones not counted)."""
    skipped: int = 0
    """Articles already in the output (a resumed run)."""
    quotes: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    """Articles that could not be checked, by reason."""
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0
