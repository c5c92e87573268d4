"""Lexical alignment of a quote segment with the best passage of a source, word by word.

Anchors (shared words, weighted by rarity) vote for a diagonal; the source window around
the best diagonals is aligned with the segment by LCS over word keys (rapidfuzz ``Indel``),
and the ends the quote does not cover are trimmed. Windows never cut a word: alignment
works on whole tokens from the start.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from verify.match.breaks import TAG_MAX_WORDS, Breaks
from verify.match.lexicon import CONTRACTIONS, NEGATIONS, expand_contractions, number_value
from verify.match.normalize import Tokens, loose

_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\s-\s")
_NEGATION_KEYS = frozenset({loose(w) for w in NEGATIONS} | {"not", "never", "no"})

#: Source words the window reaches beyond the quote's diagonal on each side.
_SLACK = 12
#: The reach tried again when a quote's words are not all found: room for a speech tag
#: (with an appositive) that the quote joins two passages across. Not the first reach: a
#: wider window lets the common words of a short quote align with an earlier passage.
_WIDE_SLACK = TAG_MAX_WORDS + 4
_TOP_DIAGONALS = 4


@dataclass(frozen=True, slots=True)
class Op:
    """One step of a word alignment: tokens [q0, q1) of the quote against [s0, s1) of the
    source. ``tag`` is equal, replace, delete (only in the quote) or insert (only in the
    source)."""

    tag: str
    q0: int
    q1: int
    s0: int
    s1: int


@dataclass(frozen=True, slots=True)
class Alignment:
    """The best passage for one segment."""

    ops: tuple[Op, ...]
    """Word operations, trimmed to the passage."""
    s_start: int
    """First source token of the passage."""
    s_end: int
    """One past the last source token."""
    matched: int
    """Number of quote tokens equal to a source token."""

    @property
    def empty(self) -> bool:
        """True when nothing matched."""
        return self.matched == 0


NO_ALIGNMENT = Alignment((), 0, 0, 0)


def _merge(ops: list[tuple[str, int, int, int, int]]) -> list[Op]:
    """Turn Indel's delete+insert neighbours into replace operations."""
    out: list[Op] = []
    i = 0
    while i < len(ops):
        tag, q0, q1, s0, s1 = ops[i]
        if tag in {"delete", "insert"} and i + 1 < len(ops) and ops[i + 1][0] in {
                "delete", "insert"} and ops[i + 1][0] != tag:
            n = ops[i + 1]
            out.append(Op("replace", min(q0, n[1]), max(q1, n[2]), min(s0, n[3]), max(s1, n[4])))
            i += 2
            continue
        out.append(Op(tag, q0, q1, s0, s1))
        i += 1
    return out


def align(quote: list[str], source: Tokens, lo: int = 0, hi: int | None = None,
          index: dict[str, list[int]] | None = None, breaks: Breaks | None = None) -> Alignment:
    """Align the quote's loose keys with ``source`` tokens in [lo, hi). ``breaks`` (made
    from ``source`` when not given) keeps the passage's edges from reaching past a boundary
    and lets it run across a speech tag."""
    keys = source.loose_keys
    hi = len(keys) if hi is None else hi
    if not quote or hi <= lo:
        return NO_ALIGNMENT
    if index is None:
        index = build_index(keys)
    if breaks is None:
        breaks = Breaks(source)
    votes: dict[int, float] = defaultdict(float)
    for qi, k in enumerate(quote):
        positions = index.get(k)
        if not positions:
            continue
        weight = 1.0 / len(positions)
        for sj in positions:
            if lo <= sj < hi:
                votes[sj - qi] += weight
    if not votes:
        return NO_ALIGNMENT
    best = sorted(votes, key=votes.__getitem__, reverse=True)[:_TOP_DIAGONALS]
    result = NO_ALIGNMENT
    for diag in best:
        for slack in (_SLACK, _WIDE_SLACK):
            w0 = max(lo, diag - slack)
            w1 = min(hi, diag + len(quote) + slack)
            cand = _align_window(quote, keys, w0, w1, breaks)
            if cand.matched > result.matched or (cand.matched == result.matched and
                                                 cand.s_end - cand.s_start
                                                 < result.s_end - result.s_start):
                result = cand
            if cand.matched == len(quote):
                break
    return result


def build_index(keys: list[str]) -> dict[str, list[int]]:
    """Positions of each key in the source."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        index[k].append(i)
    return index


def _align_window(quote: list[str], keys: list[str], w0: int, w1: int, breaks: Breaks
                  ) -> Alignment:
    window = keys[w0:w1]
    raw = [(op.tag, op.src_start, op.src_end, op.dest_start + w0, op.dest_end + w0)
           for op in Indel.opcodes(quote, window)]
    ops = _tighten(_merge(raw), quote, keys, w0, w1, breaks)
    # Trim source-only words at both ends: the passage is what the quote covers …
    while ops and ops[0].tag == "insert":
        ops.pop(0)
    while ops and ops[-1].tag == "insert":
        tail = ops.pop()
        if keys[tail.s0] in _NEGATION_KEYS and tail.s0 > 0 and \
                not _CLAUSE_BREAK.search(breaks.between(tail.s0)):
            # … except a negation the quote cut off from its own clause ("We will" of "We
            # will not"); one after a comma or a dash opens a phrase of its own ("gawk at
            # us, without even trying").
            ops.append(Op("insert", tail.q0, tail.q1, tail.s0, tail.s0 + 1))
            break
    ops = _compact(_rightmost(ops, keys, breaks), quote, keys, breaks)
    # An edge replace whose source side is longer than its quote side swallowed context.
    ops = [_trim_edge(op, quote, keys, first=i == 0, last=i == len(ops) - 1)
           for i, op in enumerate(ops)]
    ops = _stop_at_boundaries(_number_edge(ops, quote, keys), breaks)
    matched = sum(op.q1 - op.q0 for op in ops if op.tag == "equal")
    if not ops or matched == 0:
        return NO_ALIGNMENT
    s_start = min(op.s0 for op in ops)
    s_end = max(op.s1 for op in ops)
    return Alignment(tuple(ops), s_start, s_end, matched)


def _rightmost(ops: list[Op], keys: list[str], breaks: Breaks) -> list[Op]:
    """Match a short run between two stretches of source-only words to its last copy.

    LCS takes the leftmost equal word: "action now. The issue" against "action now,”
    Gambill said to cheers from the crowd. “The issue" matches "the crowd", splitting the
    speech tag in two. When the words after the run end with the run again, the run belongs
    there, and the source-only words become one stretch (a tag the quote joins across)."""
    out = list(ops)
    i = 1
    while i + 1 < len(out):
        a, e, b = out[i - 1], out[i], out[i + 1]
        n = e.q1 - e.q0
        if a.tag == "insert" and e.tag == "equal" and b.tag == "insert" and n <= 2 and \
                b.s1 - b.s0 >= n and keys[b.s1 - n:b.s1] == keys[e.s0:e.s1]:
            out[i - 1:i + 2] = [Op("insert", a.q0, a.q1, a.s0, b.s1 - n),
                                Op("equal", e.q0, e.q1, b.s1 - n, b.s1)]
            # A following equal run continues the moved one.
            if i + 1 < len(out) and out[i + 1].tag == "equal" and out[i + 1].s0 == b.s1:
                nxt = out.pop(i + 1)
                out[i] = Op("equal", e.q0, nxt.q1, b.s1 - n, nxt.s1)
        i += 1
    return _tag_whole(out, keys, breaks)


def _tag_whole(ops: list[Op], keys: list[str], breaks: Breaks) -> list[Op]:
    """Shift an equal run's last words across the source-only words after it when the
    source repeats them at the gap's end and the shift makes the gap a speech tag: "2027.
    The shift" against "2027,” the bank said in a note. “The shift" pairs "The" with the
    quote's "The", not with "the bank"."""
    out = list(ops)
    for i in range(len(out) - 2):
        a, gap, b = out[i], out[i + 1], out[i + 2]
        if a.tag != "equal" or gap.tag != "insert" or b.tag != "equal" or \
                breaks.passed_over(gap.s0, gap.s1):
            continue
        for n in (1, 2):
            if a.q1 - a.q0 <= n or keys[gap.s1 - n:gap.s1] != keys[a.s1 - n:a.s1] or \
                    not breaks.passed_over(gap.s0 - n, gap.s1 - n):
                continue
            out[i:i + 3] = [Op("equal", a.q0, a.q1 - n, a.s0, a.s1 - n),
                            Op("insert", gap.q0, gap.q1, gap.s0 - n, gap.s1 - n),
                            Op("equal", a.q1 - n, b.q1, gap.s1 - n, b.s1)]
            break
    return out


def _number_edge(ops: list[Op], quote: list[str], keys: list[str]) -> list[Op]:
    """A number the quote ends on written short ("$8bn" against "$8 billion"): the source's
    magnitude word after the passage is the same number's, so the replace takes it in."""
    if not ops or ops[-1].tag != "replace":
        return ops
    last = ops[-1]
    value = number_value(quote[last.q0:last.q1])
    if value is None or number_value(keys[last.s0:last.s1]) == value:
        return ops
    for k in (1, 2):
        if last.s1 + k <= len(keys) and number_value(keys[last.s0:last.s1 + k]) == value:
            return [*ops[:-1], Op("replace", last.q0, last.q1, last.s0, last.s1 + k)]
    return ops


def _opcodes(quote: list[str], q0: int, q1: int, keys: list[str], s0: int, s1: int) -> list[Op]:
    raw = [(op.tag, op.src_start + q0, op.src_end + q0, op.dest_start + s0, op.dest_end + s0)
           for op in Indel.opcodes(quote[q0:q1], keys[s0:s1])]
    return _merge(raw)


def _tighten(ops: list[Op], quote: list[str], keys: list[str], w0: int, w1: int,
             breaks: Breaks) -> list[Op]:
    """Re-align the quote's words before the first and after the last solid run (three
    equal words or more) against the source words right next to that run.

    LCS takes the leftmost match, so a quote's opening "The" can pair with a "the" a
    sentence earlier and drag that sentence into the passage. Words that are all found,
    with only a speech tag between them and the run, are left as they are: the quote joins
    two passages across the tag."""
    runs = [i for i, op in enumerate(ops) if op.tag == "equal"]
    if not runs:
        return ops
    solid = [i for i in runs if ops[i].q1 - ops[i].q0 >= 3] or \
        [max(runs, key=lambda i: ops[i].q1 - ops[i].q0)]
    first, last = ops[solid[0]], ops[solid[-1]]
    out: list[Op] = []
    head = ops[:solid[0]]
    if first.q0 > 0 and not _joined(head, first.q0, breaks, tail=False):
        lo = max(w0, first.s0 - first.q0 - 2)
        out.extend(_edge_ops(_opcodes(quote, 0, first.q0, keys, lo, first.s0), 0, first.q0,
                             first.s0, quote, keys))
    else:
        out.extend(head)  # source-only words before: trimmed by the caller
    out.extend(ops[solid[0]:solid[-1] + 1])
    tail = ops[solid[-1] + 1:]
    if last.q1 < len(quote) and not _joined(tail, len(quote) - last.q1, breaks, tail=True):
        hi = min(w1, last.s1 + len(quote) - last.q1 + 2)
        out.extend(_edge_ops(_opcodes(quote, last.q1, len(quote), keys, last.s1, hi), last.q1,
                             len(quote), last.s1, quote, keys))
    else:
        out.extend(tail)
    return out


def _joined(ops: list[Op], words: int, breaks: Breaks, *, tail: bool) -> bool:
    """True when ``ops``, the quote's ``words`` edge words beyond the solid run, find them
    all, with nothing but speech tags skipped between them and the run (source-only words
    at the far end aside: the caller trims them)."""
    inner = list(ops)
    while inner and inner[-1 if tail else 0].tag == "insert":
        inner.pop(-1 if tail else 0)
    return sum(op.q1 - op.q0 for op in inner if op.tag == "equal") == words > 0 and all(
        op.tag == "equal" or (op.tag == "insert" and breaks.passed_over(op.s0, op.s1))
        for op in inner)


def _edge_ops(ops: list[Op], q0: int, q1: int, at: int, quote: list[str], keys: list[str]
              ) -> list[Op]:
    """Edge words that match nothing next to the passage are the quote's own: report them
    as missing from the source rather than as replacing whatever words happen to be there."""
    if any(op.tag == "equal" for op in ops) or q1 - q0 < 3:
        return ops  # one or two words: a variant of the source's neighbouring words
    value = number_value(quote[q0:q1])
    if value is not None:
        # "45 per cent" over "45%": the same number, written out, beside the passage.
        after = q0 > 0  # the quote's tail, whose source words start at ``at``
        for k in range(1, 5):
            a, b = (at, at + k) if after else (at - k, at)
            if a >= 0 and b <= len(keys) and number_value(keys[a:b]) == value:
                return [Op("replace", q0, q1, a, b)]
    return [Op("delete", q0, q1, at, at)]


def _compact(ops: list[Op], quote: list[str], keys: list[str], breaks: Breaks) -> list[Op]:
    """Pull a short equal run at either edge across a gap of source-only words.

    LCS takes the leftmost equal word, so "the government" against "The chancellor said
    that the government" matches the first "The". Move such a run next to the rest of the
    passage when the words are there, else count its words as missing from the source —
    unless the gap is a speech tag, which the quote joins two passages across.
    """
    if len(ops) >= 3 and ops[0].tag == "equal" and ops[1].tag == "insert" and \
            not breaks.passed_over(ops[1].s0, ops[1].s1):
        head, nxt = ops[0], ops[2]
        n = head.q1 - head.q0
        gap = ops[1].s1 - ops[1].s0
        if keys[nxt.s0 - n:nxt.s0] == quote[head.q0:head.q1] and nxt.s0 - n >= head.s1:
            ops = [Op("equal", head.q0, head.q1, nxt.s0 - n, nxt.s0), *ops[2:]]
        elif n <= 2 and gap > 3:
            # The quote's words stand where the source has its own: "is" against "isn't".
            ops = [Op("replace", head.q0, head.q1, max(nxt.s0 - n, 0), nxt.s0), *ops[2:]]
    if len(ops) >= 3 and ops[-1].tag == "equal" and ops[-2].tag == "insert" and \
            not breaks.passed_over(ops[-2].s0, ops[-2].s1):
        tail, prv = ops[-1], ops[-3]
        n = tail.q1 - tail.q0
        gap = ops[-2].s1 - ops[-2].s0
        if keys[prv.s1:prv.s1 + n] == quote[tail.q0:tail.q1] and prv.s1 + n <= tail.s0:
            ops = [*ops[:-2], Op("equal", tail.q0, tail.q1, prv.s1, prv.s1 + n)]
        elif n <= 2 and gap > 3:
            ops = [*ops[:-2], Op("replace", tail.q0, tail.q1, prv.s1, min(prv.s1 + n, len(keys)))]
    return ops


def _trim_edge(op: Op, quote: list[str], keys: list[str], *, first: bool, last: bool) -> Op:
    """An edge replace without the source words beyond the quote's own count, unless the
    quote's words are those written short ("We're" for the source's "We are")."""
    if op.tag != "replace":
        return op
    qn, sn = op.q1 - op.q0, op.s1 - op.s0
    if sn <= qn:
        return op
    if qn == 1 and _written_short(quote[op.q0], keys[op.s1 - 2:op.s1] if first else
                                  keys[op.s0:op.s0 + 2]):
        qn = 2  # "We're" takes both of the source's "We are"
    if first:
        return Op(op.tag, op.q0, op.q1, op.s1 - qn, op.s1)
    if last:
        return Op(op.tag, op.q0, op.q1, op.s0, op.s0 + qn)
    return op


def _written_short(word: str, pair: list[str]) -> bool:
    """True when ``word``, a loose key (no apostrophe: "were" for "we're"), is the two
    source words ``pair`` contracted ("we are", "it is", "do not")."""
    if len(pair) != 2:
        return False
    for short, full in _LOOSE_SUFFIXES:
        if pair[1] == full and word == pair[0] + short:
            return True
    return any(expand_contractions([c]) == pair for c in _LOOSE_CONTRACTIONS.get(word, ()))


#: A contraction's ending as a loose key has it, with the word it stands for.
_LOOSE_SUFFIXES = (("re", "are"), ("ve", "have"), ("ll", "will"), ("d", "would"),
                   ("d", "had"), ("m", "am"), ("s", "is"), ("s", "has"), ("nt", "not"))
#: Whole contractions by their loose key ("wont" for "won't").
_LOOSE_CONTRACTIONS: dict[str, list[str]] = {}
for _c in CONTRACTIONS:
    _LOOSE_CONTRACTIONS.setdefault(loose(_c), []).append(_c)


def _stop_at_boundaries(ops: list[Op], breaks: Breaks) -> list[Op]:
    """Cut the source side of the edge operations at the first boundary (a sentence end, a
    quotation mark, a paragraph end) past the passage: a word beyond it was never part of
    what the quote leaves out or changes ("Nothing" after ``“The plan worked,” she said.``).
    An edge insert beyond it goes; an edge replace beyond it leaves the quote's words as
    missing from the source."""
    if len(ops) < 2:
        return ops
    out = list(ops)
    last = out[-1]
    if last.tag in {"insert", "replace"}:
        cut = next((j for j in range(last.s0, last.s1) if breaks.boundary(j)), last.s1)
        out[-1] = Op(last.tag, last.q0, last.q1, last.s0, cut)
    first = out[0]
    if first.tag in {"insert", "replace"}:
        cut = next((j for j in range(first.s1, first.s0, -1) if breaks.boundary(j)), first.s0)
        out[0] = Op(first.tag, first.q0, first.q1, cut, first.s1)
    return [Op("delete", op.q0, op.q1, op.s0, op.s0) if op.tag == "replace" and op.s0 == op.s1
            else op for op in out if op.tag != "insert" or op.s1 > op.s0]
