"""Capitalised name runs in an article's masked text, and the words that open a run without
being the name: sentence openers ("On Tuesday"), roles and titles ("UK Foreign Minister")."""

from __future__ import annotations

import re

from verify.quotes.lexicon import (
    NAME_CONNECTORS,
    ORG_WORDS,
    ROLE_WORDS,
    SHORT_TITLES,
    SPEAKER_NOUNS,
)
from verify.quotes.names import is_place

#: Capital letters of the Latin, Greek and Cyrillic alphabets, for a character class: names
#: open with "Ó", "Émile", "Łukasz" as well as A to Z.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_NAME_TOKEN = rf"(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Rev|" \
    rf"{'|'.join(sorted(t.capitalize() for t in SHORT_TITLES))})\.|(?:[A-Z]\.){{2,}}|" \
    rf"[{UPPER}]\.|[{UPPER}?][\w'’\-]*\w|[{UPPER}])"
_NAME_GAP = r"(?:[ \t]+|[ \t]*-?\r?\n[ \t]*)"
NAME_RUN = re.compile(
    rf"(?<![\w\-’']){_NAME_TOKEN}(?:{_NAME_GAP}(?:(?:{'|'.join(sorted(NAME_CONNECTORS))})"
    rf"{_NAME_GAP})*{_NAME_TOKEN})*"
)
NOT_NAMES = {
    "on", "in", "at", "last", "next", "the", "this", "that", "these", "those", "but", "and",
    "or", "so", "when", "after", "before", "while", "since", "if", "as", "for", "from", "with",
    "by", "to", "of", "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "it", "he",
    "she", "they", "we", "i", "his", "her", "their", "its", "our", "there", "here", "what",
    "why", "how", "who", "where", "even", "still", "meanwhile", "however", "speaking",
    "century", "war", "street", "avenue", "road", "week", "year", "day", "month",
    "following", "during", "despite", "although", "though", "because", "unlike", "like",
    "among", "amid", "under", "over", "until", "once", "asked", "now", "then", "later",
    "earlier", "instead", "indeed", "also", "yet", "my", "your", "one", "some",
    "both", "either", "neither", "each", "every", "all", "many", "most", "several", "few",
    "such", "no", "not", "only", "soon", "thus", "hence", "perhaps", "maybe",
    "u.s.", "u.k.", "u.n.", "u.s", "u.k", "u.n", "d.c.", "eu", "nato",
}


def strip_nonnames(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading words that start sentences but are not names ("On Tuesday", "Last"),
    and a reporting verb inverted before the name ("Replied Stephen: …")."""
    while True:
        m = re.match(r"\s*(\S+)\s*", text[s:e])
        if not m:
            return s, e
        word = m.group(1).lower().rstrip(".,")
        if word not in NOT_NAMES and not (word in _INVERTED and m.end() < e - s):
            return s, e
        s += m.end()


#: Reporting verbs a sentence may open with before the speaker's name ("Replied Stephen",
#: "Explains Ann Lee"); "Said" is left alone, a first name too.
_INVERTED = frozenset({
    "says", "adds", "added", "asks", "asked", "writes", "wrote", "tweeted", "replied",
    "replies", "explained", "explains", "recalled", "recalls", "continued", "continues",
    "insisted", "insists", "warned", "warns", "noted", "notes", "answered", "answers",
    "responded", "responds", "countered", "counters", "quipped", "quips", "joked", "jokes",
    "admitted", "admits", "conceded", "concedes", "offered", "offers", "agreed", "agrees",
    "laughed", "laughs", "sighed", "sighs", "shrugged", "shrugs"})


def strip_roles(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading role and title words from a name run ("UK Foreign Minister James
    Cleverly" -> "James Cleverly"), keeping at least the last word, and all of a run that is
    a title alone ("Attorney General")."""
    while s < e and text[s].isspace():
        s += 1
    words = text[s:e].split()
    if len(words) > 1 and all(w.lower().rstrip(".,") in ROLE_WORDS for w in words):
        return s, e  # a title used as the speaker: "says Attorney General"
    # A role inside the run ends a place or body before the name: "New Jersey Gov. Chris
    # Christie", "Tulsa police Chief Chuck Jordan" -> the words after the last role. Not in
    # the name of a body itself: "Office for National Statistics".
    tokens = list(re.finditer(r"\S+", text[s:e]))
    if tokens and (tokens[0].group().lower() in ORG_WORDS or (
            len(tokens) > 1 and tokens[-1].group().lower().rstrip(".,") in ORG_WORDS)):
        return s, e  # "Israel Defense Forces" is a body's name, not a role and a name
    for i in range(len(tokens) - 2, 0, -1):
        word = tokens[i].group().lower().rstrip(".,")
        if word in ROLE_WORDS and word not in {"of", "the", "us", "uk", "state"} and \
                tokens[i + 1].group()[:1].isupper():
            s += tokens[i + 1].start()
            break
    role = _AFTER_PREPOSITION.search(text, max(0, s - 30), s)
    if len(tokens) >= 3 and role is not None and role.group(1) in SPEAKER_NOUNS:
        # "ambassador to Britain Liu Xiaoming": the place ends the role, the name follows.
        for i in (1, 2):
            if len(tokens) - i >= 2 and is_place(" ".join(t.group() for t in tokens[:i])):
                s += tokens[i].start()
                break
    while True:
        m = re.match(r"\S+\s*", text[s:e])
        if not m or s + m.end() >= e:
            return s, e
        word = m.group().strip().lower().rstrip(".,")
        rest = text[s + m.end():e]
        short_title = word in SHORT_TITLES and m.group().strip().endswith(".")
        if word in ROLE_WORDS or short_title or (
                word.isalpha() and word.upper() == m.group().strip() and len(word) <= 4
                and rest[:1].isupper()):
            s += m.end()
            continue
        return s, e


_AFTER_PREPOSITION = re.compile(r"\b([a-z]+)\s+(?:to|of|in|for|from|at)\s+$")
