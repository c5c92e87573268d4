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
* single-quoted quotations run over paragraphs as double-quoted ones do;
* corner brackets (「…」 with 『…』 inside, and 『…』 alone) pair by nesting, since they
  never stand for anything else; single guillemets (›…‹, ‹…›) outside double-quoted
  quotes pair within their paragraph;
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
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")
_BEFORE_OPEN = frozenset("([{—–-/")
# An elided French or Italian article or pronoun right before a mark: "d’", "l’", "qu’".
_ELISION = re.compile(r"(?<![^\W\d_])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull)[’']$",
                      re.I)
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
        # “ glued to the end of a word and followed by a space closes: "Hello,“ he said;
        # after an elided article it opens (French "d’« équilibrée »").
        glued = not space_before and prev not in OPENING and not _ELISION.search(text, max(lo, i - 8), i)
        return Dir.CLOSE if (glued and space_after) else Dir.OPEN
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


#: Words of a line a page sets inside a quotation at most ("SEE MORE: …", a caption line):
#: the quotation runs on past it here, and the matcher passes over it
#: (:meth:`verify.match.breaks.Breaks.interposed`).
INTERPOSED_MAX_WORDS = 30


def _interposed(text: str, block: TextBlock) -> bool:
    """True for a short block with no quotation mark and no sentence end: a link to another
    story or a caption line, not prose."""
    words = text[block.start:block.end].split()
    return 0 < len(words) <= INTERPOSED_MAX_WORDS and not _DOUBLE_MARK.search(
        text, block.start, block.end) and not re.search(r"[.!?]", text[block.start:block.end])


def find_quotes(text: str, blocks: Sequence[TextBlock]) -> list[RawQuote]:
    """Return every quotation in ``text``, in document order."""
    found: list[RawQuote] = []
    carry: tuple[int, list[tuple[int, int]]] | None = None  # (start, pieces) of an open quote
    skip: set[int] = set()
    for bi, block in enumerate(blocks):
        if bi in skip:
            continue  # a "SEE MORE: …" line inside a quotation that runs on past it
        lo, hi = block.start, block.end
        marks = [m.start() for m in _DOUBLE_MARK.finditer(text, lo, hi)]
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
        if nxt is not None and _starts_with_open(text, nxt) is None and \
                bi + 2 < len(blocks) and _interposed(text, nxt) and \
                _starts_with_open(text, blocks[bi + 2]) is not None:
            # The page sets a link or a caption line between two paragraphs of one
            # quotation: the quotation runs on past it.
            skip.add(bi + 1)
            nxt = blocks[bi + 2]
        if nxt is not None and _starts_with_open(text, nxt) is not None:
            carry = (quote_start, [*pieces, piece])
        elif hi - open_at > 1:
            found.append(_make(quote_start, pieces, piece, closed=False))
    if carry is not None:
        found.append(_make(carry[0], carry[1][:-1], carry[1][-1], closed=False))
    if _BRACKETS.search(text):
        found = sorted([*found, *_bracket_quotes(text, blocks)], key=lambda q: q.start)
    if _ANGLE.search(text):
        found = sorted([*found, *_angle_quotes(text, blocks, found)], key=lambda q: q.start)
    singles = [] if _ARCHIVE_OPEN.search(text) and _ARCHIVE_CLOSE.search(text) else \
        _single_quotes(text, blocks, found)
    if singles:
        # House style decides: a text that quotes in single marks (British style) uses double
        # marks for quotes within quotes; a text that quotes in double marks uses single ones
        # inside them and in headlines. Count the quotes outside any single-quoted one.
        spans = sorted((q.start, q.end) for q in singles)
        outer = [q for q in found if not _within(spans, q.start)]
        if len(singles) > len(outer):
            found = [*outer, *singles]
        else:
            # A text in double marks may still quote someone in single ones, outside any
            # double-quoted quotation (copy put together from two styles): a quotation of a
            # sentence's length, not a headline's scare quote.
            starts = sorted(q.start for q in found)
            found += [q for q in singles if _sentence_like(text, q) and
                      bisect.bisect_left(starts, q.start) == bisect.bisect_left(starts, q.end)]
    found.sort(key=lambda q: q.start)
    return found


BRACKET_PAIRS = {"「": "」", "『": "』", "﹁": "﹂", "﹃": "﹄"}
_BRACKETS = re.compile("[「『﹁﹃」』﹂﹄]")


def _bracket_quotes(text: str, blocks: Sequence[TextBlock]) -> list[RawQuote]:
    """Corner-bracket quotations, the outermost of each nest, paragraph by paragraph; an
    unclosed one ends with its paragraph. A closing bracket that matches no open one is
    passed over."""
    closers = {v: k for k, v in BRACKET_PAIRS.items()}
    out: list[RawQuote] = []
    for block in blocks:
        stack: list[tuple[str, int]] = []
        for m in _BRACKETS.finditer(text, block.start, block.end):
            ch, i = m.group(), m.start()
            if ch in BRACKET_PAIRS:
                stack.append((ch, i))
            elif stack and stack[-1][0] == closers[ch]:
                _, j = stack.pop()
                if not stack and i > j + 1:
                    out.append(RawQuote(j, i + 1, ((j + 1, i),), True))
        if stack and block.end - stack[0][1] > 1:
            j = stack[0][1]
            out.append(RawQuote(j, block.end, ((j + 1, _trim_end(text, block.end)),), False))
    return out


_ANGLE = re.compile("[›‹]")
_ANGLE_CLOSER = {"›": "‹", "‹": "›"}


def _angle_quotes(text: str, blocks: Sequence[TextBlock], doubles: list[RawQuote]
                  ) -> list[RawQuote]:
    """Quotations in single guillemets outside double-quoted ones (German ›…‹, Swiss ‹…›),
    within a paragraph: a mark after a space and before a word opens, the other one after
    the words closes (so "Next ›" on a page is none)."""
    inside = sorted((q.start, q.end) for q in doubles)
    out: list[RawQuote] = []
    for block in blocks:
        lo, hi = block.start, block.end
        open_at: int | None = None
        for m in _ANGLE.finditer(text, lo, hi):
            i, ch = m.start(), m.group()
            if _within(inside, i):
                continue
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            if open_at is None:
                if (prev.isspace() or prev in _BEFORE_OPEN or prev in OPENING) and nxt.isalnum():
                    open_at = i
            elif ch == _ANGLE_CLOSER[text[open_at]] and not prev.isspace() and not nxt.isalnum():
                out.append(RawQuote(open_at, i + 1, ((open_at + 1, i),), True))
                open_at = None
    return out


SINGLE_OPEN = frozenset("‘'")
# Two apostrophes as a double mark, as newspaper archives print quotations. In such a
# text single marks are quotes within those quotations, never quotations themselves
# (the two-apostrophe quotations are not read: PolNeAR, whose gold leaves them out,
# is what the extractor is measured on).
_ARCHIVE_OPEN = re.compile(r"(?:^|(?<=\s))''(?=[A-Za-z])", re.M)
_ARCHIVE_CLOSE = re.compile(r"(?<=[\w.,!?])''(?=\s|$)", re.M)
#: How far a single-quoted quotation may run within its paragraph: the bound that keeps a
#: paragraph of stray apostrophes linear.
SINGLE_MAX_CHARS = 3000
_SINGLE_MARK = re.compile("[‘']")
_SINGLE_CLOSE_MARK = re.compile("[’']")
_CURLY_OPEN = re.compile("‘")
_STRAIGHT_MARK = re.compile("'")
# the '90s, in '19 (not '26 cases and 17 deaths': a number that opens a quotation)
_DECADE = re.compile(r"\d\d(?:s\b|(?![\w\s])|\s*$)")
_ELIDED = re.compile(r"[’'](?:tis|twas|twere|em|cause|til|bout|ave|appy|ere|arf|n)\b", re.I)
SINGLE_CLOSE = frozenset("’'")
_END_PUNCT = frozenset(",.!?…;:")
#: A single-quoted quotation needs at least this many words, or one word of at least
#: :data:`SINGLE_WORD_LETTERS` letters (a scare quote, ``‘toxic’``) or that ends on its own
#: punctuation (``'Hello,'``); ``rock 'n' roll``'s one letter is no quotation.
SINGLE_MIN_WORDS = 2
#: In a text that quotes in double marks, a single-quoted quotation outside them is kept
#: when it holds at least this many words.
MIXED_SINGLE_MIN_WORDS = 5
SINGLE_WORD_LETTERS = 3


def _single_quotes(text: str, blocks: Sequence[TextBlock], doubles: list[RawQuote]
                   ) -> list[RawQuote]:
    """Quotations in single marks, paragraph by paragraph, outside the double-quoted ones.
    Linear in the text: each paragraph's closing candidates are found once, and each opening
    mark looks its closing one up by bisection. A paragraph whose last quotation never
    closes continues into the next when that one opens with a single mark."""
    inside = sorted((q.start, q.end) for q in doubles)
    out: list[RawQuote] = []
    carry: tuple[int, list[tuple[int, int]]] | None = None  # an open quote: start, pieces
    for bi, block in enumerate(blocks):
        lo, hi = block.start, block.end
        marks: _Closers | None = None  # made on the paragraph's first opening mark
        after = lo
        unclosed: int | None = None
        first = _first_single(text, lo, hi)
        for m in _SINGLE_MARK.finditer(text, lo, hi):
            i = m.start()
            if i < after or _within(inside, i) or not _opens_single(text, i, lo, hi):
                continue
            marks = marks or _Closers(text, lo, hi, inside)
            end = marks.close(text, i)
            if end is not None and _long_enough(text[i + 1:end], text[end - 1]):
                if carry is not None and i == first:
                    out.append(_make(carry[0], carry[1], (i + 1, end), closed=True, end=end + 1))
                else:
                    out.append(RawQuote(i, end + 1, ((i + 1, end),), True))
                carry = None
                after = end + 1
            elif end is None and unclosed is None and len(text[i + 1:hi].split()) >= 4:
                unclosed = i  # may run on into the next paragraph
        if carry is not None and first is not None and after == lo and unclosed == first:
            carry = (carry[0], [*carry[1], (first + 1, _trim_end(text, hi))])
            continue  # a middle paragraph of the quote
        if carry is not None:
            out.append(_make(carry[0], carry[1][:-1], carry[1][-1], closed=False))
            carry = None
        if unclosed is not None and unclosed >= after:
            nxt = blocks[bi + 1] if bi + 1 < len(blocks) else None
            if nxt is not None and _first_single(text, nxt.start, nxt.end) is not None:
                carry = (unclosed, [(unclosed + 1, _trim_end(text, hi))])
    if carry is not None:
        out.append(_make(carry[0], carry[1][:-1], carry[1][-1], closed=False))
    return out


def _sentence_like(text: str, q: RawQuote) -> bool:
    """A quotation of a sentence's length in sentence case, not a headline's."""
    words = [w for a, b in q.pieces for w in text[a:b].split()]
    capital = sum(1 for w in words if w[:1].isupper())
    return len(words) >= MIXED_SINGLE_MIN_WORDS and capital / len(words) < 0.5


def _first_single(text: str, lo: int, hi: int) -> int | None:
    """Offset of the single mark that opens the paragraph ``lo:hi``, if it opens with one."""
    i = lo
    while i < hi and text[i] in " \t>":
        i += 1
    return i if i < hi and text[i] in SINGLE_OPEN and _opens_single(text, i, lo, hi) else None


def _long_enough(words: str, last: str) -> bool:
    n = len(words.split())
    if n >= SINGLE_MIN_WORDS:
        return True
    return n == 1 and (last in _END_PUNCT or sum(c.isalpha() for c in words) >=
                       SINGLE_WORD_LETTERS)


def _within(spans: list[tuple[int, int]], i: int) -> bool:
    """True when ``i`` lies in one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (i, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


def _opens_single(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if _DECADE.match(text, i + 1) or _ELIDED.match(text, i):
        return False  # the '90s, 'tis: an apostrophe, not a mark
    opens_word = nxt.isalnum() or nxt in OPENING or (
        nxt in SINGLE_CLOSE and _ELIDED.match(text, i + 1) is not None) or (  # ‘’Tis
        nxt == "[" and text[i + 2:i + 3].isalnum())  # ‘[The whales] are drowning’
    return (prev.isspace() or prev in _BEFORE_OPEN or prev in OPENING) and opens_word


class _Closers:
    """The closing-mark candidates of one paragraph: a single mark that no letter follows
    (``don’t`` has none), outside double-quoted quotes, a straight one not after a space.
    Those after sentence punctuation come first, then the plain ones, then those that may be
    a plural's apostrophe (``students’ books``: an ``s`` before, a word after)."""

    def __init__(self, text: str, lo: int, hi: int, inside: list[tuple[int, int]]) -> None:
        self.hi = hi
        self.punct: list[int] = []
        self.plain: list[int] = []
        self.plural: list[int] = []
        self.curly_opens = [m.start() for m in _CURLY_OPEN.finditer(text, lo, hi)]
        # A straight mark with a space before and a word after opens the next quotation
        # ("'unbearable'. 'You can't …'"): the one before must close first.
        self.straight_opens = [m.start() for m in _STRAIGHT_MARK.finditer(text, lo, hi)
                               if _opens_single(text, m.start(), lo, hi)]
        for m in _SINGLE_CLOSE_MARK.finditer(text, lo + 1, hi):
            j, ch = m.start(), m.group()
            if _within(inside, j):
                continue
            nxt = text[j + 1] if j + 1 < hi else " "
            if nxt.isalnum() or (ch == "'" and text[j - 1].isspace()):
                continue
            if text[j - 1] in _END_PUNCT:
                self.punct.append(j)
            if nxt.isspace() and j + 1 < hi and text[j - 1] in "sS":
                self.plural.append(j)  # "students’ books", or "‘no regrets’ over"
            else:
                self.plain.append(j)

    def close(self, text: str, i: int) -> int | None:
        """The closing mark of the quote opened at ``i``: the first after sentence
        punctuation, else the first plain one, else the first plural-looking one, before the
        next mark of its kind opens (a ‘, or a straight mark after a space and before a word);
        None if none."""
        limit = min(self.hi, i + SINGLE_MAX_CHARS)
        opens = self.curly_opens if text[i] == "‘" else self.straight_opens
        k = bisect.bisect_right(opens, i)
        if k < len(opens):
            limit = min(limit, opens[k])
        for found in (self.punct, self.plain, self.plural):
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
