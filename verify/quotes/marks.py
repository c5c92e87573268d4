"""The quote-mark engine: pairs quotation marks, character by character, and never raises.

Rules (after CoreNLP's matcher and newsroom practice):

* only allowed pairs are matched (“ ” „ ‟ « » and straight ``"``); single marks are
  never top-level quotes, so apostrophes cannot unbalance anything;
* a mark's direction comes from its neighbours, so a misdirected mark
  (``"Hello,“ he said``) still closes, a closing mark that opens a paragraph before another
  mark opens, and straight marks pair by position, then parity, within their paragraph;
* a paragraph that opens a quote and never closes it continues into the next paragraph
  when that one opens with a mark (the news convention for multi-paragraph quotes);
  otherwise the quote ends, unclosed, at the end of its paragraph;
* an unmarked block quotation (``<blockquote>``, Markdown ``>``) is a quote of its own.
"""

from __future__ import annotations

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
    found.sort(key=lambda q: q.start)
    return found


def _trim_end(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _make(start: int, pieces: list[tuple[int, int]], last: tuple[int, int], *, closed: bool,
          end: int | None = None) -> RawQuote:
    all_pieces = (*pieces, last)
    return RawQuote(start, end if end is not None else last[1], all_pieces, closed)
