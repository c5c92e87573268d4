"""What a search backend takes and returns."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from verify.sources.discovery.errors import BackendDown, BackendError

#: The keyless backends the command line asks by default, in order.
DEFAULT_SEARCH = ("gdelt", "google-news")

__all__ = ["Backend", "BackendDown", "BackendError", "SearchHit", "SearchQuery"]

if TYPE_CHECKING:
    from verify.sources.discovery.client import ApiClient


@dataclass(frozen=True)
class SearchQuery:
    """One rung of the query ladder."""

    phrase: str
    """An exact phrase to find (a fragment of the quote), or plain terms."""
    exact: bool = True
    """Quote the phrase."""
    domains: tuple[str, ...] = ()
    """Restrict to these sites (the credited outlet's domains)."""
    start: date | None = None
    """Window start (inclusive)."""
    end: date | None = None
    """Window end (inclusive)."""
    language: str | None = None
    """The language of the pages sought (BCP 47), passed to a backend that takes one; None
    for the backend's default, as for any quotation in the draft's language."""
    translated: str | None = None
    """The same terms as an English translation of those pages would have them, for a
    backend that matches English translations rather than the pages' own words (GDELT);
    None: ``phrase``."""


@dataclass(frozen=True)
class SearchHit:
    """A result: a page that may hold the original."""

    url: str
    title: str = ""
    snippet: str = ""
    published: date | None = None
    backend: str = ""
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


class Backend(ABC):
    """A search service behind one small interface."""

    name: str
    """Its --search name."""
    env: str
    """Environment variable that overrides its base URL."""
    default_base: str | None
    """Its public base URL (None: opt-in, needs configuration)."""
    interval: float
    """Minimum seconds between two requests to it (politeness)."""

    def __init__(self, base: str | None = None) -> None:
        base = base or self.default_base
        if not base:
            raise BackendDown(f"{self.name}: no base URL (set {self.env})")
        self.base = base.rstrip("/")

    @abstractmethod
    async def search(self, query: SearchQuery, client: ApiClient) -> list[SearchHit]:
        """Run one query; raise :class:`BackendError` when the service cannot answer."""
