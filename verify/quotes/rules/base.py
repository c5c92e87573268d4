"""What every rule shares: the :class:`Attribution` it returns, the :class:`QuoteSentence` it reads,
the :class:`Attributor` it asks to resolve a mention, and the patterns of more than one rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from verify.quotes.interface import AttributionRule as R
from verify.quotes.lexicon import NAMING_VERBS, SHORT_TITLES, VERB_RE
from verify.quotes.phrases import (
    Mention,
    verb_base_of,
)

if TYPE_CHECKING:
    from verify.quotes.context import ArticleContext



#: Earlier verbs of a sentence tried as the outer reporting clause of a pronoun's verb.
OUTER_VERBS = 4


#: Characters between a reporting verb and the quote it introduces, at most.
CUE_GAP_CHARS = 300


#: The verbs of a sentence tried as its reporting verb: the last SENTENCE_VERBS within
#: VERB_WINDOW_CHARS before the quote.
SENTENCE_VERBS = 8


VERB_WINDOW_CHARS = 1000


_BETWEEN_VERB_AND_QUOTE = re.compile(
    # "told to the committee", never the infinitive of "vowed to resist Obama on each front,"
    r"^(?:\s+\w+ly)?(?:\s+(?:in|on|at|during|of|before|after|with|about|from|to(?=\s+(?:(?:the|a|"
    r"an|his|her|their|its|our|my|this|these|those|reporters|journalists|him|them|us|me)\b|"
    r"[A-Z0-9])))\b[^,:;.\x1a]{0,60})?"
    r"(?:\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*|him|her|them|us|me|"
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s*(?:[,:—–]|that\b)))"
    r"(?:\s+(?:on|in)\b[^,:;.\x1a]{0,40})?)?"
    r"\s*(?:[,:—–-]|\bthat\b|\bas\b)?\s*$"
)


# "Sen.", "(D-Mo.)", "J." inside a speaker's name must not look like a sentence end.
_ABBREV_OR_PAREN = re.compile(
    r"\([^()\n]{0,40}\)|\b(?:[A-Z]|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Rev|St|Jr|Sr|"
    r"U\.S|U\.N|D\.C|" + "|".join(sorted(t.capitalize() for t in SHORT_TITLES)) + r")\.|"
    r"\b[A-Z][a-z]{0,3}\.(?=\s*,)")


CHARACTERIZING = re.compile(
    r"(?:\bas,?\s+(?:(?:an?|the|being|some|his|her|their)\s+)?(?:[\w-]+\s+)?|"
    r"\b(?:called|calling|calls|dubbed|dubbing|labeled|labelled|branded|termed|rated|rates|"
    r"rating|deemed|judged)\s+"
    r"(?:[\w'’.-]+\s+){0,4})$")


# "“Q” Grubbs said." / "“Q” said Nick Merrill" — an attribution after a quote that lacks its
# comma: a name (or pronoun) and a reporting verb, or the verb first, then the sentence ends.
_BARE_ATTRIBUTION = re.compile(
    r"\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}|(?:he|she|they|xe|ze|zie)\s+)?(?:" + VERB_RE.pattern + r")"
    r"(?:\s+(?:[A-Z][\w'’.-]*\s*){1,3})?\s*[.,;]")


# A subject of a few words, then a relative clause between commas (group 1), then more.
_RELATIVE_AFTER_SUBJECT = re.compile(r"\s*[^,.;:!?\x1a]{1,80}?(,\s*(?:who|which)\b[^.;:!?\x1a]{1,160}?,)")


_CLAUSE_WORD = re.compile(r"\b(?:[a-z]+ing|but|though|and|or|while|because|than|that|which|"
                          r"who|when|if|compared)\b")


@dataclass(frozen=True, slots=True)
class Attribution:
    """What the rules found for one quote."""

    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    outlet_id: str | None = None
    cue: str | None = None
    rule: R = R.NONE


class Attributor(Protocol):
    """What a rule asks of the attributor (:class:`verify.quotes.attribution.Attributor`):
    the article's context, and how a mention resolves to a speaker or an outlet."""

    ctx: ArticleContext

    def resolve(self, mention: Mention) -> tuple[str | None, str | None]:
        """The speaker and the outlet id ``mention`` stands for."""
        ...

    def credit(self, mention: Mention, cue: str | None, rule: R) -> Attribution:
        """The attribution that credits ``mention``, resolved, by ``rule``."""
        ...


@dataclass(frozen=True, slots=True)
class QuoteSentence:
    """A quote and the sentence around it, as the rules read them."""

    s: int
    """Start of the sentence (read at most SENTENCE_CHARS before the quote)."""
    start: int
    """Offset of the quote's opening mark."""
    end: int
    """Offset just after its closing mark."""
    e: int
    """End of the sentence (read at most SENTENCE_CHARS after the quote)."""
    pre: str
    """The masked text from ``s`` to ``start``."""
    post: str
    """The masked text from ``end`` to ``e``."""


def _dots_in_outlets(ctx: ArticleContext, at: int, text: str, lo: int = 0) -> str:
    """``text`` (the masked text from ``at``) with the dots inside outlet names from ``lo``
    on made letters: "Example.org" or "Space.com" is a name, not a sentence end."""
    for oi in ctx.outlets_in(at + lo, at + len(text)):
        o = ctx.outlets[oi]
        a, b = o.start - at, o.end - at
        text = text[:a] + text[a:b].replace(".", "x") + text[b:]
    return text


def _may_invert(verb: str) -> bool:
    """A verb whose subject can follow it ("Said Smith: “…”"); after a naming verb or a
    participle the noun is its object ("calling Christie “a bully”")."""
    base = verb_base_of(verb)
    return base not in NAMING_VERBS and base not in _ADDRESSING_VERBS and not verb.endswith("ing")


# Verbs whose object is who is spoken to or of ("told the crowd", "praised the staff"): the
# noun after them never says them.
_ADDRESSING_VERBS = {"tell", "inform", "assure", "reassure", "advise", "urge", "thank", "accuse",
                     "praise", "attack", "blast", "condemn", "criticize", "criticise", "mock",
                     "laud", "hail", "scold", "lambast", "taunt", "tease", "beg", "question",
                     "quote", "cite", "dismiss", "denounce", "slam", "rip", "decry", "applaud",
                     "charge"}
