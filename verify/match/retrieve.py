"""One index over every source of a run: which sources hold a quote's distinctive words.

Built once per run, in time linear in the sources' words. A quote looks up its content
words and word pairs in posting lists and gets every source that shares them, scored by how
rare the shared words are across the run's sources (inverse document frequency), so a
distractor that shares many common words loses to the page that shares the quote's rare
words and its word order. The cost of a look-up grows with the quote, not with the number
of sources.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from verify.match.lexicon import FUNCTION_WORDS, content_words
from verify.match.normalize import Tokens
from verify.match.verdicts import SourceIndex


def word_pairs(keys: Sequence[str]) -> set[tuple[str, str]]:
    """Consecutive word pairs with at least one content word: the quote's word order."""
    return {(a, b) for a, b in pairwise(keys)
            if a not in FUNCTION_WORDS or b not in FUNCTION_WORDS}


@dataclass(frozen=True, slots=True)
class Hit:
    """A source that shares words with a quote."""

    source: int
    """Position of the source in the :class:`SourceSet`."""
    score: float
    """Sum of the inverse document frequencies of the shared words and word pairs."""
    shared_words: int
    """How many of the quote's content words the source holds."""


class SourceSet:
    """The readable sources of a run, indexed together."""

    def __init__(self, sources: Sequence[SourceIndex]) -> None:
        self.sources = list(sources)
        self._words: dict[str, list[int]] = defaultdict(list)
        self._pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, src in enumerate(self.sources):
            keys = src.tokens.loose_keys
            for w in content_words(keys):
                self._words[w].append(i)
            for p in word_pairs(keys):
                self._pairs[p].append(i)

    def __len__(self) -> int:
        return len(self.sources)

    def _idf(self, df: int) -> float:
        return math.log(1 + len(self.sources) / df)

    def _vote(self, posting: list[int], allowed: set[int] | None,
              score: dict[int, float]) -> list[int]:
        """Add a posting's weight to each allowed source in it; the sources it counted."""
        counted = [i for i in posting if allowed is None or i in allowed]
        if counted:
            weight = self._idf(len(posting))
            for i in counted:
                score[i] += weight
        return counted

    def rank(self, text: str, among: Iterable[int] | None = None) -> list[Hit]:
        """Sources that share words with ``text``, best first (ties keep source order).
        ``among`` limits the answer to those sources (a quote's own candidates)."""
        keys = Tokens.of(text).loose_keys
        allowed = None if among is None else set(among)
        score: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        # Sorted, so the sums (and ties between sources) are the same in every process.
        for w in sorted(content_words(keys)):
            for i in self._vote(self._words.get(w, []), allowed, score):
                shared[i] += 1
        for p in sorted(word_pairs(keys)):
            self._vote(self._pairs.get(p, []), allowed, score)
        hits = [Hit(i, s, shared[i]) for i, s in score.items()]
        hits.sort(key=lambda h: (-h.score, h.source))
        return hits
