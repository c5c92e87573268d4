"""A speaker's name apart from the words that describe them: "the pro-war historian Timothy
Snyder" is Timothy Snyder. The mention as written stays in the quote's ``speaker_span``."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from verify.quotes.gender import gender_of
from verify.quotes.lexicon import DETERMINERS, NAME_CONNECTORS

#: Words that tie the description to something else ("an official with the Ministry"): a
#: capitalised run after one of them names that thing, not the speaker.
_LINKS = {"with", "at", "of", "for", "from", "in", "on", "to", "by", "and", "or", "who",
          "which", "that", "told", "said"}
_WORD = re.compile(r"\S+")


def _capitalised(token: str) -> bool:
    head = token.lstrip("\"'“‘(")
    return bool(head) and head[0].isupper()


def speaker_name(mention: str | None) -> str | None:
    """``mention`` with its whitespace collapsed and, when a description in lower case runs
    straight into a name ("the pro-war historian Timothy Snyder", "campaign manager Jeff
    Weaver"), the name alone. Mentions without such a name ("a spokesperson", "the
    Kremlin", "an official with the Ministry of Defence") are kept whole."""
    if mention is None:
        return None
    tokens = _person_of_body(_WORD.findall(mention))
    text = " ".join(tokens)
    start = len(tokens)
    while start > 0 and (_capitalised(tokens[start - 1]) or (
            tokens[start - 1].lower() in NAME_CONNECTORS and start - 1 > 0
            and _capitalised(tokens[start - 2]) and start < len(tokens))):
        start -= 1
    if start == 0 or start == len(tokens):
        return text  # all name, or no name at the end
    prefix = [t.lower() for t in tokens[:start]]
    # "the Kremlin": a determiner is no description; a link word or a comma ties the name
    # to something other than the speaker.
    if prefix[-1] in DETERMINERS or any(w.strip(",;:") in _LINKS or w.endswith(",")
                                        for w in prefix):
        return text
    return " ".join(tokens[start:])


def _person_of_body(tokens: list[str]) -> list[str]:
    """"Dana Cole of Brightline Labs" is Dana Cole: a person's name (it opens on a first
    name or a title that tells a gender) before "of" and a body. "Bank of England" and
    "Secretary of State" open on no first name and stay whole."""
    if "of" not in tokens[2:-1]:
        return tokens
    cut = tokens.index("of", 2)
    head = tokens[:cut]
    if all(_capitalised(t) for t in head) and gender_of(" ".join(head)) is not None:
        return head
    return tokens


@cache
def _places() -> frozenset[str]:
    """The shipped list of places (``data/places.txt``, made by scripts/make_places.py)."""
    text = (Path(__file__).parent / "data" / "places.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_place(name: str) -> bool:
    """True when the whole name is a place: a country, a capital, a US state, a large city
    of several words."""
    return " ".join(name.split()).lower().removeprefix("the ") in _places()
