"""Candidate originals of a quote: links near it in the article, then --source documents.

A :class:`QuoteWork` carries each quote and its candidates through the later stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from verify.input.interface import Document
from verify.quotes.interface import Quote
from verify.sources.posts import PostServices, post_request

_OWN_WORDS_SUFFIXES = (".pdf", ".vtt", ".srt")
#: Paragraphs either side of the quote whose links are candidates when its own has none.
LINK_WINDOW = 1


@dataclass(frozen=True, slots=True)
class CandidateRef:
    """Where a candidate original can be read."""

    locator: str
    """A URL or a local path."""
    via: Literal["link", "source", "search"]
    """How it was found."""

    @property
    def robots(self) -> bool:
        """Whether the site's robots.txt applies to reading it."""
        # robots.txt governs the pages the tool found by itself, not the URLs it was given.
        return self.via in {"link", "search"}


def own_words(url: str) -> bool:
    """True for an address that holds a person's own words: a social post, a statement
    (a PDF), a transcript (.vtt, .srt)."""
    if post_request(url, PostServices()) is not None:
        return True
    try:
        return urlsplit(url).path.lower().endswith(_OWN_WORDS_SUFFIXES)
    except ValueError:  # a malformed address is read (and refused) as any other
        return False


def candidates_for(doc: Document, quote: Quote, extra: Sequence[CandidateRef]
                   ) -> list[CandidateRef]:
    """Links in the quote's paragraph, else in its neighbours, then every --source. For a
    quote credited to someone, a link to a post, a statement or a transcript comes first:
    the words are theirs, where a news page beside it reports them."""
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
    if quote.speaker and len(out) > 1:
        out.sort(key=lambda ref: not own_words(ref.locator))  # stable: else link order
    for ref in extra:
        if ref.locator not in seen:
            seen.add(ref.locator)
            out.append(ref)
    return out


@dataclass
class QuoteWork:
    """One quote on its way through the stages: its candidates, what search said, and the
    readable sources it is judged against (positions in the run's list)."""

    quote: Quote
    refs: list[CandidateRef]
    search_notes: list[str] = field(default_factory=list)
    judged_against: tuple[int, ...] = ()
    capped: bool = False
    """Past the article's quote cap: listed, not checked."""
    search_reason: str | None = None
    """Why search gave nothing, as a code: search-unreachable, search-budget."""


def quote_work(doc: Document, quotes: Sequence[Quote], extra: Sequence[CandidateRef],
               limit: int) -> list[QuoteWork]:
    """Each quote of ``doc`` with its candidates (``extra``: the --source documents); past
    the first ``limit``, listed as capped, with none."""
    return [QuoteWork(q, candidates_for(doc, q, extra) if n < limit else [], capped=n >= limit)
            for n, q in enumerate(quotes)]
