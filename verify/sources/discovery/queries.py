"""Queries from a quote and its attribution: fragments, the outlet's domains, a date window.

Fragments are 5-9 word runs of the quote, split at ellipses and brackets, that neither
start nor end on a stopword, preferring rare words (names, numbers, long words). The ladder:
fragment + domains + window, fragment alone (syndications), names and rare words + domains.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from verify.match.lexicon import FUNCTION_WORDS
from verify.sources.discovery.interface import SearchQuery

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_PIECES = re.compile(r"\s*(?:\[[^\]]*\]|…|\.\s?\.\s?\.)\s*")
_WORD = re.compile(r"[\w’'-]+")


def fragments(quote: str, *, most: int = 3) -> list[str]:
    """Up to ``most`` distinctive 5-9 word fragments of the quote."""
    scored: list[tuple[float, int, str]] = []
    for piece in _PIECES.split(quote):
        words = _WORD.findall(piece)
        for size in (9, 8, 7, 6, 5):
            for i in range(0, max(len(words) - size + 1, 0)):
                run = words[i:i + size]
                if run[0].lower() in FUNCTION_WORDS or run[-1].lower() in FUNCTION_WORDS:
                    continue
                rare = sum(1 for w in run if w[:1].isupper() or any(c.isdigit() for c in w)
                           or len(w) >= 8)
                scored.append((rare + size / 10, -i, " ".join(run).replace("’", "'")))
    chosen: list[str] = []
    for _score, _i, text in sorted(scored, reverse=True):
        if not any(_overlaps(text, c) for c in chosen):
            chosen.append(text)
        if len(chosen) == most:
            break
    if not chosen:  # a short quote: the whole of it
        words = _WORD.findall(quote)
        if len(words) >= 3:
            chosen.append(" ".join(words[:9]).replace("’", "'"))
    return chosen


def _overlaps(a: str, b: str) -> bool:
    return len(set(a.lower().split()) & set(b.lower().split())) > min(len(a.split()),
                                                                      len(b.split())) // 2


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
    """The rungs, each a list of queries, cheapest and most precise first."""
    start, end = window if window else (None, None)
    frags = fragments(quote)
    rungs: list[list[SearchQuery]] = []
    if domains:
        rungs.append([SearchQuery(f, True, domains, start, end) for f in frags])
    rungs.append([SearchQuery(f, True, (), start, end) for f in frags[:2]])
    rare = [w for w in _WORD.findall(quote) if len(w) >= 7 and w.lower() not in FUNCTION_WORDS]
    terms = " ".join(dict.fromkeys([*names, *rare[:4]]))
    if domains and terms:
        rungs.append([SearchQuery(terms, False, domains, start, end)])
    return rungs
