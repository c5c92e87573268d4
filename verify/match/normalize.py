"""Normalisation and tokenisation that keep a map back to the original characters."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

_CHAR_MAP = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
})
TOKEN_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?%?"       # 1,000,000.5
    r"|\d+(?:\.\d+)?(?:%|[a-zA-Z]{1,3}\b)?"  # 4.2, 30%, 4.2bn, 30min
    r"|\w+(?:[-‐‑'’]\w+)*",                 # words, self-defense, don't
)


@cache
def us_forms() -> dict[str, str]:
    """British spellings and their American forms (``data/spellings.txt``, made from breame's
    data by scripts/make_spellings.py); read on first use."""
    text = (Path(__file__).parent / "data" / "spellings.txt").read_text("utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {uk: us for uk, us in pairs}


@cache
def _loose_us() -> dict[str, str]:
    """The listed British forms as loose keys, each to its American form's."""
    return {loose(uk): loose(us) for uk, us in us_forms().items()}


def normalize_chars(text: str) -> str:
    """NFKC, straight quotes and apostrophes, ASCII hyphens, plain spaces."""
    return unicodedata.normalize("NFKC", text).translate(_CHAR_MAP)


def key(token: str) -> str:
    """Comparison key of a token: normalised characters, case-folded."""
    return normalize_chars(token).casefold()


def loose(token_key: str) -> str:
    """A key that ignores hyphens and apostrophes ("self-defense" == "selfdefense")."""
    return token_key.replace("-", "").replace("'", "")


@dataclass(frozen=True)
class Tokens:
    """Word tokens of a text with their character spans."""

    text: str
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str, start: int = 0, end: int | None = None) -> Tokens:
        """Tokenise ``text[start:end]`` keeping offsets into ``text``."""
        end = len(text) if end is None else end
        return cls(text, tuple((m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)))

    @cached_property
    def surface(self) -> list[str]:
        """Tokens as written."""
        return [self.text[s:e] for s, e in self.spans]

    @cached_property
    def keys(self) -> list[str]:
        """Case-folded normalised tokens."""
        return [key(t) for t in self.surface]

    @cached_property
    def loose_keys(self) -> list[str]:
        """Keys without hyphens and apostrophes, a listed British spelling in its American
        form ("defence" and "defense" align; the difference is still told, as spelling)."""
        us = _loose_us()
        return [us.get(k, k) for k in map(loose, self.keys)]

    def __len__(self) -> int:
        return len(self.spans)


def squash(text: str) -> str:
    """Normalised, case-folded text with single spaces: what VERBATIM compares."""
    return " ".join(normalize_chars(text).casefold().split())
