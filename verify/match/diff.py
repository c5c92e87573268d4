"""Word differences between a quote and its aligned passage, each with its kind and weight.

Minor kinds (the words mean the same): case, punctuation, hyphenation, spelling (UK/US),
number_format ("4.2bn" / "4.2 billion"), contraction ("do not" / "don't"), function_word
(an article or preposition added or dropped), bracket and ellipsis (editorial marks),
speech_tag (the source's "he said" between two passages the quote joins), interposed (a
block the page sets between two paragraphs of the passage: "SEE MORE: …"), filler (the
source's "uh", "you know", "I mean" that the quote leaves out, ``data/fillers.txt``),
abbreviation ("Nov." / "November", "Sen." / "Senator", "No. 1" / "number one").
Major kinds (meaning may change): number, negation, name, modal, quantifier, word, missing,
splice (the quote runs on, with no ellipsis, from the end of one sentence of the source to
the start of another that is not the next: the sentences between are left out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.match.align import Op
from verify.match.breaks import Breaks
from verify.match.lexicon import (
    FUNCTION_WORDS,
    MODALS,
    NEGATIONS,
    QUANTIFIERS,
    expand_contractions,
    has_number,
    is_month,
    number_value,
    only_fillers,
    ordinal_value,
    same_abbreviation,
    same_calendar_word,
    same_decade,
    spelling_variants,
)
from verify.match.normalize import Tokens, key, loose

#: Capitalised only because they open a sentence: never taken for names.
SENTENCE_OPENERS = frozenset({"when", "while", "if", "because", "although", "though", "after",
                              "before", "since", "yes", "no", "now", "well", "yet", "still",
                              "what", "why", "how", "where", "who", "let", "let's", "i"})
#: Differences that change what is claimed, whatever else is kept: never a paraphrase.
CRITICAL_KINDS = frozenset({"number", "negation", "name", "modal", "quantifier", "missing",
                            "order", "splice"})
MINOR_KINDS = frozenset({"case", "punctuation", "hyphenation", "spelling", "number_format",
                         "contraction", "function_word", "bracket", "ellipsis", "speech_tag",
                         "interposed", "filler", "abbreviation"})


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference between the quote and the source passage."""

    op: str
    """replace, delete (in the quote, not the source), insert (in the source, not the
    quote), or edit (same words, other case or punctuation)."""
    quote: str
    """The quote's words (for a splice: how far apart the joined passages are)."""
    source: str
    """The source's words."""
    kind: str
    """What differs (see the module docstring)."""
    minor: bool
    """True when the difference keeps the meaning."""


def _kind_of_words(q: list[str], s: list[str], q_surface: list[str], s_surface: list[str],
                   ) -> tuple[str, bool]:
    """Classify differing word groups ``q`` (quote) against ``s`` (source), as keys."""
    if not q and only_fillers(s):
        return "filler", True  # spoken "uh", "you know" a quotation leaves out
    if q and s and "".join(map(loose, q)) == "".join(map(loose, s)):
        return "hyphenation", True
    if len(q) == len(s) and q and all(a == b or spelling_variants(loose(a), loose(b))
                                      for a, b in zip(q, s, strict=True)):
        return "spelling", True
    if q and s and expand_contractions(q) == expand_contractions(s):
        return "contraction", True
    qv, sv = number_value(q), number_value(s)
    if qv is not None and sv is not None and qv == sv:
        return "number_format", True
    # A range's "to" for its dash, which is no word: "30 to 60 per cent" / "30–60%".
    for a, b in ((q, s), (s, q)):
        if a[:1] == ["to"] and b[:1] != ["to"] and len(a) > 1 and \
                (av := number_value(a[1:])) is not None and av == number_value(b):
            return "number_format", True
    if len(q) == len(s) == 1 and ordinal_value(q[0]) is not None and \
            ordinal_value(q[0]) == ordinal_value(s[0]):
        return "number_format", True  # "1st" / "first"
    if len(q) == len(s) == 1 and same_decade(q[0], s[0]):
        return "number_format", True  # "’90s" / "1990s"
    if len(q) == len(s) == 1 and same_calendar_word(q[0], s[0]):
        return "abbreviation", True  # "Nov" / "November"
    if q and len(q) == len(s) and _abbreviated(q, s):
        return "abbreviation", True  # "Sen." / "Senator", "No. 1" / "number one"
    if has_number(q) or has_number(s):
        return "number", False
    qn = {w for w in expand_contractions(q) if w in NEGATIONS}
    sn = {w for w in expand_contractions(s) if w in NEGATIONS}
    if qn != sn:
        return "negation", False
    if {w for w in q if w in MODALS} != {w for w in s if w in MODALS}:
        return "modal", False
    if {w for w in q if w in QUANTIFIERS} != {w for w in s if w in QUANTIFIERS}:
        return "quantifier", False
    if any(t[:1].isupper() and t.lower() not in FUNCTION_WORDS | SENTENCE_OPENERS
           for t in q_surface + s_surface):
        return "name", False
    if all(w in FUNCTION_WORDS for w in q + s):
        return "function_word", True
    return "word", False


def _abbreviated(q: list[str], s: list[str]) -> bool:
    """True when two word groups differ only by abbreviations and numbers' forms, word for
    word ("sen warren" / "senator warren", "no 1" / "number one", "21st" / "twenty-first"),
    and differ somewhere by an abbreviation. "no" is "number" only before a numeral."""
    abbreviated = False
    for i, (a, b) in enumerate(zip(q, s, strict=True)):
        if a == b:
            continue
        if same_abbreviation(a, b):
            short = q if a in {"no", "nos"} else s
            if {a, b} & {"no", "nos"} and not (
                    i + 1 < len(q) and short[i + 1][:1].isdigit() and
                    has_number([q[i + 1]]) and has_number([s[i + 1]])):
                return False  # "no" as a negation ("no one"), not "No. 1"
            abbreviated = True
            continue
        av, bv = number_value([a]), number_value([b])
        if av is not None and av == bv:
            continue
        if ordinal_value(a) is not None and ordinal_value(a) == ordinal_value(b):
            continue
        return False
    return abbreviated


def form_only(op: Op, quote: Tokens, source: Tokens) -> bool:
    """True when a replacement only changes the words' form ("will not" / "won't",
    "feel good" / "feel-good", "5 per cent" / "5%"), as :func:`classify` would say."""
    return op.tag == "replace" and _kind_of_words(
        quote.keys[op.q0:op.q1], source.keys[op.s0:op.s1],
        quote.surface[op.q0:op.q1], source.surface[op.s0:op.s1])[1]


def classify(ops: tuple[Op, ...], quote: Tokens, source: Tokens, breaks: Breaks | None = None
             ) -> list[Difference]:
    """The differences of an alignment, in quote order. With ``breaks``, source words the
    quote skips that are only a speech tag are a minor difference."""
    out: list[Difference] = []
    moved = _day_moved(ops, quote, source)
    for i, op in enumerate(ops):
        if i in moved:
            if (day := moved[i]) is not None:
                out.append(day)
            continue
        if op.tag == "insert" and breaks is not None and (
                skipped := breaks.passed_over(op.s0, op.s1)):
            out.append(Difference("insert", "", skipped[1], skipped[0], True))
            continue
        if op.tag == "insert" and breaks is not None and (
                apart := splice_apart(breaks, op.s0, op.s1)) and not _kind_of_words(
                [], source.keys[op.s0:op.s1], [], source.surface[op.s0:op.s1])[1]:
            # The quote's words name how far apart the joined passages are.
            out.append(Difference("insert", apart, " ".join(source.surface[op.s0:op.s1]),
                                  "splice", False))
            continue
        if op.tag == "replace" and i in (0, len(ops) - 1):
            op = _fit_edge(op, quote, source, first=i == 0)
        qk, sk = quote.keys[op.q0:op.q1], source.keys[op.s0:op.s1]
        qs, ss = quote.surface[op.q0:op.q1], source.surface[op.s0:op.s1]
        if op.tag == "equal":
            for k, (a, b) in enumerate(zip(qs, ss, strict=True)):
                if a != b and a.casefold() == b.casefold():
                    if op.q0 + k == 0:
                        continue  # a quote may start its own sentence: "we will" / "We will"
                    out.append(Difference("edit", a, b, "case", True))
                elif a != b and loose(a.casefold()) == loose(b.casefold()):
                    out.append(Difference("edit", a, b, "punctuation", True))
                elif key(a) != key(b) and loose(key(a)) != loose(key(b)):
                    out.append(Difference("edit", a, b, "spelling", True))  # "defence"
            continue
        kind, minor = _kind_of_words(qk, sk, qs, ss)
        out.append(Difference(op.tag, " ".join(qs), " ".join(ss), kind, minor))
    return out


def _day_moved(ops: tuple[Op, ...], quote: Tokens, source: Tokens
               ) -> dict[int, Difference | None]:
    """A date written the other way round ("3 November" / "November 3"): the word the quote
    moves across the other is one minor difference of form, not a number left out and
    another added. Maps the three ops' indices to the difference (on the first) or None."""
    out: dict[int, Difference | None] = {}
    for i in range(len(ops) - 2):
        a, mid, b = ops[i:i + 3]
        if mid.tag != "equal" or mid.q1 - mid.q0 != 1 or {a.tag, b.tag} != {"insert", "delete"}:
            continue
        src, quo = (a, b) if a.tag == "insert" else (b, a)
        if src.s1 - src.s0 != 1 or quo.q1 - quo.q0 != 1 or \
                source.keys[src.s0] != quote.keys[quo.q0]:
            continue
        pair = (quote.keys[mid.q0], quote.keys[quo.q0])
        if not any(is_month(x) and _day(y) is not None for x, y in (pair, pair[::-1])):
            continue
        m, d = quote.surface[mid.q0], quote.surface[quo.q0]
        q_text, s_text = (f"{m} {d}", f"{d} {m}") if b is quo else (f"{d} {m}", f"{m} {d}")
        out.update({i: Difference("edit", q_text, s_text, "number_format", True),
                    i + 1: None, i + 2: None})
    return out


def _day(word: str) -> int | None:
    """The day of a month a token gives ("3", "3rd"), or None."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def splice_apart(breaks: Breaks, s0: int, s1: int) -> str | None:
    """How far apart two passages are ("3 paragraphs apart", "2 sentences apart") when a
    quote joins them without a mark, skipping source tokens [s0, s1) that end at a boundary
    (a sentence end, a quotation mark, a paragraph end) and hold a sentence end or a
    paragraph end: the quote runs on into another sentence. None otherwise."""
    if not (0 < s0 < s1 < len(breaks.tokens)) or not breaks.boundary(s1):
        return None
    if not breaks.boundary(s0) and not any(breaks.sentence_end(j) or breaks.paragraph_end(j)
                                           for j in range(s0 + 1, s1)):
        return None
    paragraphs = sum(1 for j in range(s0, s1 + 1) if breaks.paragraph_end(j))
    if paragraphs:
        return f"{paragraphs} paragraph{'s' if paragraphs > 1 else ''} apart"
    sentences = sum(1 for j in range(s0, s1 + 1) if breaks.sentence_end(j))
    if sentences:
        return f"{sentences} sentence{'s' if sentences > 1 else ''} apart"
    return "of one sentence, across the words between them"


def _fit_edge(op: Op, quote: Tokens, source: Tokens, *, first: bool) -> Op:
    """At the passage's edge, the source side of a replacement may hold a neighbouring word
    the quote never included ("they don’t" for "do not"): drop such words when what is left
    differs only in form."""
    qk, qs = quote.keys[op.q0:op.q1], quote.surface[op.q0:op.q1]
    for cut in range(1, op.s1 - op.s0):
        s0, s1 = (op.s0 + cut, op.s1) if first else (op.s0, op.s1 - cut)
        _kind, minor = _kind_of_words(qk, source.keys[s0:s1], qs, source.surface[s0:s1])
        if minor:
            return Op(op.tag, op.q0, op.q1, s0, s1)
    return op


def punctuation_differs(quote_text: str, passage_text: str) -> bool:
    """True when two texts with the same words differ in punctuation inside the quote
    (quotation marks and the quote's closing punctuation are ignored)."""
    from verify.match.normalize import normalize_chars

    def marks(t: str) -> str:
        t = normalize_chars(t).replace('"', "").replace("'", "")
        return "".join(ch for ch in t if not ch.isalnum() and not ch.isspace())

    edge = " .,;:!?-…)]\"'”’"
    return marks(quote_text.rstrip(edge)) != marks(passage_text.rstrip(edge))
