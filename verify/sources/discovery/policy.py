"""When and how a check asks the search services: which quotes, with what they know.

Only a quote with no candidate at all (no link near it, no --source) is searched, and only
a real quotation of five words or more; the credited outlets' domains, the article's date,
the words around the quote and the speaker's name go with it — and, for a quotation
translated from the language of the outlet it is credited to (or of the words the draft says
were spoken), that language (:mod:`~verify.sources.discovery.crosslang`). The services are
:mod:`~verify.sources.discovery.backends`'; the queries and the ranking of what they find,
:mod:`~verify.sources.discovery.discover`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from verify.errors import ConfigError
from verify.input.interface import Document
from verify.outlets import OutletRegistry, unlisted_outlet
from verify.quotes.interface import QuoteKind
from verify.sources.candidates import CandidateRef, QuoteWork
from verify.sources.discovery.backends import make_backends, parse_date
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.crosslang import search_language
from verify.sources.discovery.discover import Discoverer
from verify.sources.discovery.interface import BackendError


async def discover(docs: list[Document], work: list[list[QuoteWork]], search: Sequence[str],
                   registry: OutletRegistry, api: ApiClient, *, budget: int | None,
                   progress: Callable[[int, int], None] | None = None,
                   urls: Mapping[str, str] | None = None,
                   keys: Mapping[str, str] | None = None) -> None:
    """Search for quotes that have no candidate at all (no link near them, no --source).

    ``search`` names the backends, in order; ``budget`` caps the queries of the run;
    ``progress(done, total)`` is called before each quote searched; ``urls`` and ``keys``
    give backends their base URLs and API keys, by backend name."""
    try:
        backends = make_backends(search, urls, keys)
    except BackendError as exc:
        raise ConfigError(str(exc)) from exc
    discoverer = Discoverer(backends, api, budget=budget)
    todo = sum(1 for quotes in work for w in quotes if searchable(w))
    done = 0
    for doc, quotes in zip(docs, work, strict=True):
        published = parse_date(doc.published)
        for w in quotes:
            quote = w.quote
            if not searchable(w):
                continue
            done += 1
            if progress:
                progress(done, todo)
            outlets = [registry.get(o) for o in (quote.outlet_id, *quote.outlet_others) if o]
            domains = tuple(dict.fromkeys(d for o in outlets for d in o.domains))
            language = search_language(quote.text, outlets, quote.around)
            context = doc.text[max(0, quote.start - 300):quote.end + 150]
            names = [quote.speaker] if quote.speaker and quote.speaker[:1].isupper() else []
            # A name read as the speaker may be a publication ("according to Gothamist"):
            # pages under that name rank first.
            outlets += [unlisted_outlet(n) for n in names]
            found = await discoverer.find(quote.text, domains=domains, article_date=published,
                                          context=context, names=names, outlets=outlets,
                                          language=language)
            w.refs = [CandidateRef(h.url, "search") for h in found.hits]
            w.search_notes = found.errors
            if found.across and not found.hits:
                w.search_notes = [f"searched {found.across}, then by its English words: "
                                  "nothing found", *found.errors]
            if not found.hits:
                w.search_reason = "search-budget" if found.budget_spent else \
                    "search-unreachable" if found.down else None


def searchable(w: QuoteWork) -> bool:
    """A quote search is asked about: no candidate yet, a real quotation of 5+ words."""
    return not w.refs and not w.capped and w.quote.kind is QuoteKind.QUOTE \
        and len(w.quote.text.split()) >= 5
