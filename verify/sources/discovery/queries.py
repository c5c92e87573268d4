"""Queries from a quote and its attribution: phrases, the outlet's domains, a date window.

A quotation in a draft may differ from its original by a word — a changed number, a
British spelling, a reworded verb — and an exact-phrase search that holds that word finds
nothing. So the quote is searched by several short phrases spread over it, each in its own
part of the quotation and none sharing a word with another: one changed word spoils at
most one of them. Phrases are 4-6 words split at ellipses and brackets, never starting or
ending on a stopword; within its part each prefers rare words (names, long words) and
avoids numbers and number words, the words a desk most often changes or rewrites; the
phrase with the fewest such words goes first.

The ladder: the phrases + the credited outlet's domains + the window; the phrases alone
(syndicated copies, an outlet the registry does not know); then the speaker's name with a
few distinctive words spread over the quote (on the outlet's domains, then anywhere).
:class:`~verify.sources.discovery.discover.Discoverer` stops at the first query that gives
a strong candidate, so a faithful quote costs one query and a changed one two.

A quotation translated from another language (:mod:`~verify.sources.discovery.crosslang`)
first climbs :func:`across_ladder`: what survives translation — names, numbers, the credited
person — on the outlet's domains and then anywhere, in the original's language; then the
ladder above, for an English edition or an English report of the same words.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from verify.match.lexicon import FUNCTION_WORDS
from verify.quotes.interface import between_marks
from verify.sources.discovery.crosslang import surviving_terms
from verify.sources.discovery.interface import SearchQuery

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WORD = re.compile(r"[\w’'-]+")
#: Words a desk most often changes or writes another way: numbers, amounts, number words.
_RISKY = re.compile(
    r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|"
    r"trillion|percent|per|cent|half|dozen|first|second|third)$", re.I)

#: Words of a phrase: at most, and at least.
PHRASE_WORDS = 6
PHRASE_MIN_WORDS = 4
#: Phrases per quote at most (one per part of the quotation).
PHRASES = 3
#: Distinctive words beside the speaker's name in the last query.
NAME_QUERY_WORDS = 4


def phrases(quote: str, *, most: int = PHRASES) -> list[str]:
    """Up to ``most`` short exact phrases of the quote, one in each of as many equal parts
    of it, so that no two share a word; the least risky first (fewest numbers)."""
    words = [(n, w) for n, piece in enumerate(between_marks(quote))
             for w in _WORD.findall(piece)]
    if len(words) < PHRASE_MIN_WORDS:
        return [_text([w for _, w in words])] if len(words) >= 3 else []
    # Parts of five words or more, but two of four rather than one for a short quote.
    parts = max(1, min(most, max(len(words) // 5, min(2, len(words) // PHRASE_MIN_WORDS))))
    bounds = [round(i * len(words) / parts) for i in range(parts + 1)]
    chosen: list[tuple[tuple[float, ...], list[str]]] = []
    for a, b in itertools.pairwise(bounds):
        best = _best_run(words, a, b, edges=True) or _best_run(words, a, b, edges=False)
        if best is not None:
            chosen.append(best)
    chosen.sort(key=lambda c: c[0], reverse=True)
    return [_text(ws) for _key, ws in chosen]


def _best_run(words: list[tuple[int, str]], a: int, b: int, *, edges: bool
              ) -> tuple[tuple[float, ...], list[str]] | None:
    """The best run of PHRASE_MIN_WORDS to PHRASE_WORDS words inside ``words[a:b]`` and
    inside one piece of the quote; with ``edges``, not starting or ending on a stopword."""
    best: tuple[tuple[float, ...], list[str]] | None = None
    for size in range(min(PHRASE_WORDS, b - a), PHRASE_MIN_WORDS - 1, -1):
        for i in range(a, b - size + 1):
            run = words[i:i + size]
            if run[0][0] != run[-1][0]:
                continue  # across an ellipsis or a bracket
            ws = [w for _, w in run]
            if edges and (ws[0].lower() in FUNCTION_WORDS or ws[-1].lower() in FUNCTION_WORDS):
                continue
            risk = sum(1 for w in ws if _RISKY.search(w))
            rare = sum(1 for w in ws if len(w) >= 7 or w[:1].isupper())
            key = (-risk, rare + size / 10, -i)
            if best is None or key > best[0]:
                best = (key, ws)
    return best


def _text(words: list[str]) -> str:
    return " ".join(words).replace("’", "'")


def distinctive_words(quote: str, most: int = NAME_QUERY_WORDS) -> list[str]:
    """Up to ``most`` rare words spread over the quote (the longest of each part), never a
    number or a stopword."""
    words = [w for w in _WORD.findall(quote)
             if w.lower() not in FUNCTION_WORDS and not _RISKY.search(w) and len(w) >= 5]
    if not words:
        return []
    parts = min(most, len(words))
    bounds = [round(i * len(words) / parts) for i in range(parts + 1)]
    picked = [max(words[a:b], key=len) for a, b in itertools.pairwise(bounds) if b > a]
    return list(dict.fromkeys(w.replace("’", "'") for w in picked))


def date_window(article_date: date | None, context: str) -> tuple[date, date] | None:
    """The window the original was probably published in.

    From the citing article's date and a phrase near the quote: "in December" (that month,
    the most recent one not after the article), "last Wednesday"/"on Tuesday" (the past
    week), "yesterday"; otherwise the 60 days before the article. Two weeks of margin after
    (republication, time zones)."""
    if article_date is None:
        return None
    text = context.lower()
    month = next((m for m in _MONTHS if re.search(rf"\bin {m}\b", text)), None)
    if month:
        n = _MONTHS[month]
        year = article_date.year if n <= article_date.month else article_date.year - 1
        start = date(year, n, 1)
        end = (date(year + (n == 12), n % 12 + 1, 1) - timedelta(days=1))
        return start, end + timedelta(days=15)
    if "yesterday" in text or any(re.search(rf"\b(?:last|on) {d}\b", text) for d in _DAYS):
        return article_date - timedelta(days=8), article_date + timedelta(days=1)
    return article_date - timedelta(days=60), article_date + timedelta(days=1)


def ladder(quote: str, *, domains: tuple[str, ...], window: tuple[date, date] | None,
           names: list[str]) -> list[list[SearchQuery]]:
    """The rungs, each a list of queries, cheapest and most precise first: the phrases on
    the outlet's domains; the phrases anywhere (all of them with no outlet, the two safest
    after a domain search found nothing); the speaker's name and distinctive words, on the
    outlet's domains and then anywhere."""
    start, end = window if window else (None, None)
    found = phrases(quote)
    rungs: list[list[SearchQuery]] = []
    if domains:
        rungs.append([SearchQuery(p, True, domains, start, end) for p in found])
    rungs.append([SearchQuery(p, True, (), start, end) for p in found[:2 if domains else None]])
    terms = " ".join(dict.fromkeys([*names, *distinctive_words(quote)]))
    if names and terms:
        rungs.append([SearchQuery(terms, False, domains, start, end)])
        if domains:  # the outlet's site had nothing: the speaker's words anywhere
            rungs.append([SearchQuery(terms, False, (), start, end)])
    return [r for r in rungs if r]


def across_ladder(quote: str, *, language: str, domains: tuple[str, ...],
                  window: tuple[date, date] | None, names: list[str]) -> list[list[SearchQuery]]:
    """The rungs for a quotation translated from ``language``: what survives translation
    (the speaker's name, names and numbers of the quotation) on the outlet's domains, then
    anywhere — each query in ``language``. Nothing when the quotation keeps no name or number
    of its own (the speaker's name alone would find any page about them), and nothing
    anywhere from a single term."""
    terms = surviving_terms(quote, language, names)
    if not terms.from_quote:
        return []
    start, end = window if window else (None, None)
    rungs = []
    if domains:
        rungs.append([SearchQuery(terms.local, False, domains, start, end, language,
                                  terms.english)])
    if len(terms) >= 2:
        rungs.append([SearchQuery(terms.local, False, (), start, end, language, terms.english)])
    return rungs
