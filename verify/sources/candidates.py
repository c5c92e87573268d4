"""Candidate originals of a quote: links near it in the article, then --source documents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from verify.input.interface import Document
from verify.quotes.interface import Quote

#: Paragraphs either side of the quote whose links are candidates when its own has none.
LINK_WINDOW = 1


@dataclass(frozen=True, slots=True)
class CandidateRef:
    """Where a candidate original can be read."""

    locator: str
    """A URL or a local path."""
    via: Literal["link", "source", "search"]
    """How it was found."""


def candidates_for(doc: Document, quote: Quote, extra: Sequence[CandidateRef]
                   ) -> list[CandidateRef]:
    """Links in the quote's paragraph, else in its neighbours, then every --source."""
    out: list[CandidateRef] = []
    seen: set[str] = set()
    if doc.blocks and doc.links:
        first = doc.block_index(quote.start)
        last = doc.block_index(max(quote.end - 1, quote.start))
        for distance in range(LINK_WINDOW + 1):
            lo, hi = first - distance, last + distance
            for link in doc.links:
                bi = doc.block_index(link.start)
                if (bi in (lo, hi) or (distance == 0 and lo <= bi <= hi)) and \
                        link.url.startswith(("http://", "https://")) and link.url not in seen \
                        and link.url != doc.url:
                    seen.add(link.url)
                    out.append(CandidateRef(link.url, "link"))
            if out:
                break
    for ref in extra:
        if ref.locator not in seen:
            seen.add(ref.locator)
            out.append(ref)
    return out
