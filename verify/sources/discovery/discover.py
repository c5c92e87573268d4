"""The discovery step: run the query ladder over the backends, rank, keep the best few."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from verify.outlets import Outlet, name_key, on_domains, reads_as_outlet
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.crosslang import surviving_terms
from verify.sources.discovery.errors import BackendDown, BackendError
from verify.sources.discovery.interface import Backend, SearchHit
from verify.sources.discovery.queries import across_ladder, date_window, ladder, phrases

#: Pages fetched per quote at most.
MAX_PAGES = 3
#: A fragment "appears" in a title or snippet at this partial-ratio or more.
SNIPPET_MATCH = 90


@dataclass
class Found:
    """What discovery found for one quote."""

    hits: list[SearchHit] = field(default_factory=list)
    """The best candidates, best first."""
    errors: list[str] = field(default_factory=list)
    """Why some backends did not answer."""
    queries: int = 0
    down: list[str] = field(default_factory=list)
    """Backends that could not be reached this run (not asked again)."""
    budget_spent: bool = False
    """True when the run's search budget ran out before or during this quote."""
    across: str | None = None
    """How the quote was searched as a translation ("in de-DE by the names and numbers that
    survive translation: …"); None when it was searched by its own words only."""


def score(hit: SearchHit, *, domains: tuple[str, ...], window: tuple[date, date] | None,
          frags: list[str], outlets: Sequence[Outlet] = (),
          terms: Sequence[tuple[str, ...]] = ()) -> float:
    """Rank a hit: the credited outlet's page (on its domains, or for an outlet the
    registry does not list, under its name), dated inside the window, a phrase of the
    quote in its title or snippet; for a translated quote, the share of ``terms`` (words
    of names and numbers that survive translation, each with its other spellings) in its
    title or snippet, up to one point."""
    s = 0.0
    if (domains and on_domains(hit.url, domains)) or any(
            not o.listed and o.publishes(hit.url) for o in outlets):
        s += 3
    if window and hit.published:
        s += 1 if window[0] <= hit.published <= window[1] else -1
    text = f"{hit.title} {hit.snippet}".lower()
    if text.strip() and any(fuzz.partial_ratio(f.lower(), text) >= SNIPPET_MATCH for f in frags):
        s += 2
    if terms:
        s += sum(1 for alts in terms if any(a.lower() in text for a in alts)) / len(terms)
    return s


def _strong(ranked: dict[str, tuple[float, SearchHit]]) -> bool:
    """A candidate good enough to stop searching: on the outlet's site, or showing a
    phrase of the quote."""
    return any(sc >= 2 for sc, _ in ranked.values())


class Discoverer:
    """Finds candidate originals for quotes with no link and no --source."""

    def __init__(self, backends: list[Backend], client: ApiClient, *,
                 max_pages: int = MAX_PAGES, budget: int | None = None) -> None:
        self.backends = backends
        self.client = client
        self.max_pages = max_pages
        self.budget = budget
        """Queries this run may send in all (None: no limit)."""
        self.spent = 0
        self._down: dict[str, str] = {}

    async def find(self, quote: str, *, domains: tuple[str, ...], article_date: date | None,
                   context: str, names: list[str], outlets: Sequence[Outlet] = (),
                   language: str | None = None) -> Found:
        """Candidates for one quote, best first. ``outlets`` are the outlets the article
        credits (their pages rank first); ``language`` (BCP 47) is the language of an
        original the quote translates, searched first by what survives translation; the
        search stops at the first query that gives a strong candidate."""
        found = Found()
        window = date_window(article_date, context)
        frags = phrases(quote)
        rungs = ladder(quote, domains=domains, window=window, names=names)
        terms: list[tuple[str, ...]] = []
        if language is not None:
            # A speaker read from "Der Spiegel reported" is the outlet: its site is searched,
            # its name is not a term.
            people = [n for n in names if not reads_as_outlet(n) and not any(
                name_key(n) == name_key(a) for o in outlets if o.listed
                for a in (o.name, *o.aliases))]
            across = across_ladder(quote, language=language, domains=domains, window=window,
                                   names=people)
            if across:
                first = across[0][0]
                kept = surviving_terms(quote, language, people)
                terms = [(w,) for n in kept.names for w in n.split()]
                terms += list(zip(kept.numbers, kept.english_numbers, strict=True))
                found.across = (f"in {language} by the names and numbers that survive "
                                f"translation: {first.phrase}"
                                + (f" (on {', '.join(first.domains)})" if first.domains else ""))
                rungs = [*across, *rungs]
        ranked: dict[str, tuple[float, SearchHit]] = {}
        for rung in rungs:
            for backend in self.backends:
                if backend.name in self._down:
                    continue
                for query in rung:
                    if self.budget is not None and self.spent >= self.budget:
                        found.budget_spent = True
                        break
                    self.spent += 1
                    found.queries += 1
                    try:
                        hits = await backend.search(query, self.client)
                    except BackendError as exc:
                        found.errors.append(str(exc))
                        if isinstance(exc, BackendDown):
                            self._down[backend.name] = str(exc)  # stop asking this run
                        break
                    for hit in hits:
                        sc = score(hit, domains=domains, window=window, frags=frags,
                                   outlets=outlets, terms=terms)
                        if hit.url not in ranked or ranked[hit.url][0] < sc:
                            ranked[hit.url] = (sc, hit)
                    if _strong(ranked):
                        break  # one phrase found it: the others would cost queries
                if _strong(ranked):
                    break
            if _strong(ranked):
                break  # a strong candidate: no need for the next rung
        best = sorted(ranked.values(), key=lambda p: -p[0])
        found.hits = [hit for _sc, hit in best[: self.max_pages]]
        found.errors.extend(v for v in self._down.values() if v not in found.errors)
        found.down = list(self._down)
        if found.budget_spent:
            found.errors.append(f"search budget spent ({self.budget} queries this run)")
        return found
