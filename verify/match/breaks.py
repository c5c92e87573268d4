"""What lies between words of a source: a boundary a quote's edge never reaches past.

A boundary — a sentence end, a quotation mark, a paragraph end — closes what a quote can
have left out at its edges: "Nothing" in ``“The plan worked,” she said. Nothing changed.``
was never part of a quote that stops at "worked".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from verify.match.normalize import Tokens, normalize_chars
from verify.quotes.lexicon import ABBREVIATIONS

_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_MARK = re.compile(r"[.!?]")
# A single mark closes or opens a quotation when punctuation stands beside it (",’ ", "’.")
# or it is a left mark; alone after a word it is an apostrophe ("the workers’ union").
_SINGLE_MARK = re.compile(r"[.,;:!?]'|'[.,;:!?]")


class Breaks:
    """The boundaries between the tokens of one source."""

    def __init__(self, tokens: Tokens, paragraph_starts: Sequence[int] = ()) -> None:
        self.tokens = tokens
        self.paragraph_starts = sorted(paragraph_starts)

    def _between(self, j: int) -> str:
        """The characters between token ``j - 1`` and token ``j``."""
        spans = self.tokens.spans
        return self.tokens.text[spans[j - 1][1]:spans[j][0]]

    def paragraph_end(self, j: int) -> bool:
        """True when token ``j`` opens a paragraph that token ``j - 1`` is not in."""
        spans = self.tokens.spans
        if self.paragraph_starts:
            k = bisect.bisect_right(self.paragraph_starts, spans[j][0])
            return k > 0 and self.paragraph_starts[k - 1] > spans[j - 1][0]
        return bool(_PARAGRAPH.search(self._between(j)))

    def quotation_mark(self, j: int) -> bool:
        """True when a quotation mark, opening or closing, stands between tokens ``j - 1`` and
        ``j``."""
        raw = self._between(j)
        gap = normalize_chars(raw)
        return '"' in gap or "‘" in raw or bool(_SINGLE_MARK.search(gap))

    def sentence_end(self, j: int) -> bool:
        """True when a sentence ends between tokens ``j - 1`` and ``j``: a full stop, question
        or exclamation mark before a capital or a figure, and not after an abbreviation or
        an initial ("Mr. Smith", "J. Smith")."""
        gap = self._between(j)
        m = _SENTENCE_MARK.search(gap)
        nxt = self.tokens.surface[j]
        if m is None or not (nxt[0].isupper() or nxt[0].isdigit()):
            return False
        if m.group() == "." and m.start() == 0:
            prev = self.tokens.surface[j - 1]
            return not (prev.casefold() in ABBREVIATIONS or (len(prev) == 1 and prev.isupper()))
        return True

    def boundary(self, j: int) -> bool:
        """True when a sentence end, a quotation mark or a paragraph end lies between tokens
        ``j - 1`` and ``j``: a quote's edge does not reach past it."""
        if not 0 < j < len(self.tokens):
            return True
        return self.sentence_end(j) or self.quotation_mark(j) or self.paragraph_end(j)
