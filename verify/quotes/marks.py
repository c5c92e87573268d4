"""The quote-mark engine: pairs quotation marks, character by character, and never raises.

Rules (after CoreNLP's matcher and newsroom practice):

* only allowed pairs are matched (“ ” „ ‟ « » and straight ``"``);
* single marks (‘ ’ and straight ``'``) are paired in a second pass, outside double-quoted
  quotes only, and never at the cost of an apostrophe: an opening mark follows a space or an
  opening bracket and precedes a word; a closing mark follows the words and is followed by
  no letter (``don’t``, ``students’ books`` are no closing marks unless punctuation ends
  the words before them). They are quotations when the text quotes in single marks — more
  single-quoted quotes than double-quoted ones outside them (British house style, where
  double marks are the quotes within quotes); in a text that quotes in double marks, single
  ones are quotes within quotes or headline style, as before;
* a mark's direction comes from its neighbours, so a misdirected mark
  (``"Hello,“ he said``) still closes, a closing mark that opens a paragraph before another
  mark opens, and straight marks pair by position, then parity, within their paragraph;
* a paragraph that opens a quote and never closes it continues into the next paragraph
  when that one opens with a mark (the news convention for multi-paragraph quotes);
  otherwise the quote ends, unclosed, at the end of its paragraph;
* an unmarked block quotation (``<blockquote>``, Markdown ``>``) is a quote of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from enum import Enum

from verify.input.interface import TextBlock
from verify.quotes.interface import RawQuote

OPENING = frozenset("“„‟«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
DOUBLE_MARKS = OPENING | CLOSING | {STRAIGHT}
_BEFORE_OPEN = frozenset("([{—–-/")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…")


class Dir(Enum):
    """Which way a mark faces."""

    OPEN = 1
    CLOSE = 2
    EITHER = 3


def direction(text: str, i: int, lo: int, hi: int) -> Dir:
    """Decide whether the mark at ``text[i]`` opens or closes, from its neighbours."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    space_before = prev.isspace() or prev in _BEFORE_OPEN
    space_after = nxt.isspace() or nxt in _AFTER_CLOSE or nxt in CLOSING
    if ch in OPENING:
        # “ glued to the end of a word and followed by a space closes: "Hello,“ he said.
        return Dir.CLOSE if (not space_before and space_after and prev not in OPENING) else Dir.OPEN
    if ch in CLOSING:
        return Dir.OPEN if (space_before and not space_after) else Dir.CLOSE
    if space_before and not space_after:
        return Dir.OPEN
    if space_after and not space_before:
        return Dir.CLOSE
    return Dir.EITHER


def _starts_with_open(text: str, block: TextBlock) -> int | None:
    """Offset of the opening mark that starts ``block``, if it starts with one."""
    i = block.start
    while i < block.end and text[i] in " \t>":
        i += 1
    if i < block.end and text[i] in DOUBLE_MARKS and direction(text, i, block.start, block.end) \
            is not Dir.CLOSE:
        return i
    return None


def find_quotes(text: str, blocks: Sequence[TextBlock]) -> list[RawQuote]:
    """Return every quotation in ``text``, in document order."""
    found: list[RawQuote] = []
    carry: tuple[int, list[tuple[int, int]]] | None = None  # (start, pieces) of an open quote
    for bi, block in enumerate(blocks):
        lo, hi = block.start, block.end
        marks = [i for i in range(lo, hi) if text[i] in DOUBLE_MARKS]
        if not marks and block.blockquote and carry is None:
            if len(text[lo:hi].split()) >= 4:
                found.append(RawQuote(lo, hi, ((lo, hi),), True, True))
            continue
        open_at: int | None = None
        pieces: list[tuple[int, int]] = []
        quote_start = -1
        if carry is not None:
            quote_start, pieces = carry
            first = _starts_with_open(text, block)
            if first is not None:
                open_at = first
                marks = [m for m in marks if m != first]
            carry = None
        for n, i in enumerate(marks):
            d = direction(text, i, lo, hi)
            if d is Dir.CLOSE and open_at is None and n + 1 < len(marks) \
                    and not text[lo:i].strip(" \t>"):
                d = Dir.OPEN  # a paragraph opening on a misdirected mark: ”… he said,”
            if d is Dir.OPEN or (d is Dir.EITHER and open_at is None):
                if open_at is not None and pieces:
                    # A new quote opens before the continued one closed: end that one here.
                    found.append(_make(quote_start, pieces, (open_at + 1, _trim_end(text, i)),
                                       closed=False))
                    pieces = []
                open_at, quote_start = i, i if not pieces else quote_start
            elif open_at is not None:
                found.append(_make(quote_start, pieces, (open_at + 1, i), closed=True, end=i + 1))
                open_at, pieces = None, []
        if open_at is None:
            continue
        nxt = blocks[bi + 1] if bi + 1 < len(blocks) else None
        piece = (open_at + 1, hi)
        if nxt is not None and _starts_with_open(text, nxt) is not None:
            carry = (quote_start, [*pieces, piece])
        elif hi - open_at > 1:
            found.append(_make(quote_start, pieces, piece, closed=False))
    if carry is not None:
        found.append(_make(carry[0], carry[1][:-1], carry[1][-1], closed=False))
    singles = _single_quotes(text, blocks, found)
    if singles:
        # House style decides: a text that quotes in single marks (British style) uses double
        # marks for quotes within quotes; a text that quotes in double marks uses single ones
        # inside them and in headlines. Count the quotes outside any single-quoted one.
        spans = sorted((q.start, q.end) for q in singles)
        outer = [q for q in found if not _within(spans, q.start)]
        if len(singles) > len(outer):
            found = [*outer, *singles]
    found.sort(key=lambda q: q.start)
    return found


SINGLE_OPEN = frozenset("‘'")
#: How far a single-quoted quotation may run within its paragraph: the bound that keeps a
#: paragraph of stray apostrophes linear.
SINGLE_MAX_CHARS = 3000
_SINGLE_MARK = re.compile("[‘']")
_SINGLE_CLOSE_MARK = re.compile("[’']")
_CURLY_OPEN = re.compile("‘")
_DECADE = re.compile(r"\d\ds\b")  # the '90s
SINGLE_CLOSE = frozenset("’'")
_END_PUNCT = frozenset(",.!?…;:")
#: A single-quoted quotation needs at least this many words, or one word that ends on its
#: own punctuation (``'Hello,'``); ``rock 'n' roll`` is no quotation.
SINGLE_MIN_WORDS = 2


def _single_quotes(text: str, blocks: Sequence[TextBlock], doubles: list[RawQuote]
                   ) -> list[RawQuote]:
    """Quotations in single marks, paragraph by paragraph, outside the double-quoted ones.
    Linear in the text: each paragraph's closing candidates are found once, and each opening
    mark looks its closing one up by bisection."""
    inside = sorted((q.start, q.end) for q in doubles)
    out: list[RawQuote] = []
    for block in blocks:
        lo, hi = block.start, block.end
        marks: _Closers | None = None  # made on the paragraph's first opening mark
        after = lo
        for m in _SINGLE_MARK.finditer(text, lo, hi):
            i = m.start()
            if i < after or _within(inside, i) or not _opens_single(text, i, lo, hi):
                continue
            marks = marks or _Closers(text, lo, hi, inside)
            end = marks.close(text, i)
            words = len(text[i + 1:end].split()) if end is not None else 0
            if end is not None and (words >= SINGLE_MIN_WORDS or (
                    words == 1 and text[end - 1] in _END_PUNCT)):
                out.append(RawQuote(i, end + 1, ((i + 1, end),), True))
                after = end + 1
    return out


def _within(spans: list[tuple[int, int]], i: int) -> bool:
    """True when ``i`` lies in one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (i, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


def _opens_single(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return (prev.isspace() or prev in _BEFORE_OPEN or prev in OPENING) and (
        nxt.isalnum() or nxt in OPENING) and not _DECADE.match(text, i + 1)


class _Closers:
    """The closing-mark candidates of one paragraph: a single mark that no letter follows
    (``don’t`` has none), outside double-quoted quotes, a straight one not after a space;
    those after sentence punctuation are preferred."""

    def __init__(self, text: str, lo: int, hi: int, inside: list[tuple[int, int]]) -> None:
        self.hi = hi
        self.punct: list[int] = []
        self.plain: list[int] = []
        self.curly_opens = [m.start() for m in _CURLY_OPEN.finditer(text, lo, hi)]
        for m in _SINGLE_CLOSE_MARK.finditer(text, lo + 1, hi):
            j, ch = m.start(), m.group()
            if _within(inside, j):
                continue
            nxt = text[j + 1] if j + 1 < hi else " "
            if nxt.isalnum() or (ch == "'" and text[j - 1].isspace()):
                continue
            if text[j - 1] in _END_PUNCT:
                self.punct.append(j)
            if not (nxt.isspace() and text[j - 1] == "s"):  # not yet "students’ books"
                self.plain.append(j)

    def close(self, text: str, i: int) -> int | None:
        """The closing mark of the quote opened at ``i``: the first after sentence
        punctuation, else the first plain one, before the next ‘ opens; None if none."""
        limit = min(self.hi, i + SINGLE_MAX_CHARS)
        if text[i] == "‘":
            k = bisect.bisect_right(self.curly_opens, i)
            if k < len(self.curly_opens):
                limit = min(limit, self.curly_opens[k])
        for found in (self.punct, self.plain):
            k = bisect.bisect_left(found, i + 2)
            if k < len(found) and found[k] < limit:
                return found[k]
        return None


def _trim_end(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _make(start: int, pieces: list[tuple[int, int]], last: tuple[int, int], *, closed: bool,
          end: int | None = None) -> RawQuote:
    all_pieces = (*pieces, last)
    return RawQuote(start, end if end is not None else last[1], all_pieces, closed)
