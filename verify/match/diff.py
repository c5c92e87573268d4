"""Word differences between a quote and its aligned passage, each with its kind and weight.

Minor kinds (the words mean the same): case, punctuation, hyphenation, spelling (UK/US),
number_format ("4.2bn" / "4.2 billion"), contraction ("do not" / "don't"), function_word
(an article or preposition added or dropped), bracket and ellipsis (editorial marks).
Major kinds (meaning may change): number, negation, name, modal, quantifier, word, missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from verify.match.align import Op
from verify.match.lexicon import (
    FUNCTION_WORDS,
    MODALS,
    NEGATIONS,
    QUANTIFIERS,
    expand_contractions,
    has_number,
    number_value,
    spelling_variants,
)
from verify.match.normalize import Tokens, loose

MINOR_KINDS = frozenset({"case", "punctuation", "hyphenation", "spelling", "number_format",
                         "contraction", "function_word", "bracket", "ellipsis"})


@dataclass(frozen=True, slots=True)
class Difference:
    """One difference between the quote and the source passage."""

    op: str
    """replace, delete (in the quote, not the source), insert (in the source, not the
    quote), or edit (same words, other case or punctuation)."""
    quote: str
    """The quote's words."""
    source: str
    """The source's words."""
    kind: str
    """What differs (see the module docstring)."""
    minor: bool
    """True when the difference keeps the meaning."""


def _kind_of_words(q: list[str], s: list[str], q_surface: list[str], s_surface: list[str],
                   ) -> tuple[str, bool]:
    """Classify differing word groups ``q`` (quote) against ``s`` (source), as keys."""
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
    if any(t[:1].isupper() for t in q_surface[1:] + s_surface[1:]) or (
            q_surface[:1] and q_surface[0][:1].isupper() and s_surface[:1]
            and s_surface[0][:1].isupper()):
        return "name", False
    if all(w in FUNCTION_WORDS for w in q + s):
        return "function_word", True
    return "word", False


def classify(ops: tuple[Op, ...], quote: Tokens, source: Tokens) -> list[Difference]:
    """The differences of an alignment, in quote order."""
    out: list[Difference] = []
    for op in ops:
        qk, sk = quote.keys[op.q0:op.q1], source.keys[op.s0:op.s1]
        qs, ss = quote.surface[op.q0:op.q1], source.surface[op.s0:op.s1]
        if op.tag == "equal":
            for a, b in zip(qs, ss, strict=True):
                if a != b and a.casefold() == b.casefold():
                    out.append(Difference("edit", a, b, "case", True))
                elif a != b and loose(a.casefold()) == loose(b.casefold()):
                    out.append(Difference("edit", a, b, "punctuation", True))
            continue
        kind, minor = _kind_of_words(qk, sk, qs, ss)
        out.append(Difference(op.tag, " ".join(qs), " ".join(ss), kind, minor))
    return out


def punctuation_differs(quote_text: str, passage_text: str) -> bool:
    """True when two texts with the same words differ in punctuation inside the quote
    (quotation marks and the quote's closing punctuation are ignored)."""
    from verify.match.normalize import normalize_chars

    def marks(t: str) -> str:
        t = normalize_chars(t).replace('"', "").replace("'", "")
        return "".join(ch for ch in t if not ch.isalnum() and not ch.isspace())

    edge = " .,;:!?-\"'”’"
    return marks(quote_text.rstrip(edge)) != marks(passage_text.rstrip(edge))
