"""What every finder shares: the :class:`Mention` it returns, whether a mention is a plausible
speaker, and the tests of single words (a person's noun, a speaker's noun, a head noun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.quotes.context import ArticleContext
from verify.quotes.lexicon import (
    ALL_PERSON_NOUNS,
    ORG_WORDS,
    SENTENCE_OPENERS,
    SPEAKER_NOUNS,
    VERB_RE,
    agent_noun,
)
from verify.quotes.name_runs import NOT_NAMES
from verify.quotes.names import is_place


@dataclass(frozen=True, slots=True)
class Mention:
    """A noun phrase credited with words: a name, a pronoun, an outlet, or a description."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | outlet | phrase


def plausible(ctx: ArticleContext, mention: Mention) -> bool:
    """A speaker is a name, a pronoun, an outlet, or a description of a person or body.

    Not a dateline in capitals, and not a lone participle or adverb that opens its
    sentence ("Reprising", "Wait") unless it is the surname of someone named earlier."""
    words = mention.text.split()
    if mention.kind == "name":
        # "WASHINGTON (AP) —" is a dateline; "the DNC said" is a body.
        shouted = mention.text.isupper() and (len(mention.text) > 5 or bool(
            re.match(r"\s*[(—–-]", ctx.masked[mention.end:mention.end + 4])))
        if shouted or all(bare_word(w) in NOT_NAMES for w in words):
            return False
        if is_place(mention.text) and _LOCATED.search(ctx.masked[max(0, mention.start - 40):
                                                                 mention.start]):
            return False  # "in Laredo, Texas and explained": where, not who
        return len(words) > 1 or not lone_sentence_opener(ctx, mention)
    if mention.kind == "phrase":
        if mention.text.lower() in INDEFINITE_PRONOUNS or CLOSE_TO.match(mention.text):
            return True  # "Another added:", "Those close to him say"
        head = head_noun(mention.text)
        singular = head[:-1] if head.endswith("s") else head
        if {head, singular} & CREDITABLE_HEADS or agent_noun(head):
            return True
        # "one person involved", "two people briefed": an indefinite description whose
        # noun is followed by a participle or adjective.
        words = mention.text.split()
        return words[0].lower() in _INDEFINITE and any(speaker_noun(w) for w in words[1:3])
    return True


# What makes a place name a location: a place before it and a comma ("Laredo, Texas"), or
# a preposition of place ("in Texas"). A place alone ("Russia said") is its government.
_LOCATED = re.compile(r"(?:\b[A-Z][\w.’'-]*,|\b(?:in|from|of|near|across|throughout|to)"
                      r")\s*$")


def lone_sentence_opener(ctx: ArticleContext, mention: Mention) -> bool:
    """True for a single capitalised participle or adverb that opens its sentence
    ("Reprising", "Led", "Perhaps"), unless it is the surname of someone named in full."""
    word = bare_word(mention.text)
    if not (word.endswith(("ing", "ed", "ly")) or word in SENTENCE_OPENERS):
        return False
    after = ctx.masked[mention.end:mention.end + 30]
    if re.match(r"\s+[a-z]+ed\b", after) or VERB_RE.match(after.lstrip()):
        return False  # "Ofsted rated the school": a verb follows its subject
    before = ctx.masked[max(0, mention.start - 3):mention.start]
    if before.strip() and not re.search(r"(?:[.!?:\x1a\"”]\s*|\n\s*)$", before):
        return False
    return not ctx.full_name_for(word, mention.start)


PREPOSITION = r"(?:for|at|of|from|close\s+to|to|with|in)"
#: An adjective that may follow a person's noun before its preposition: "a source familiar
#: with", "an aide close to", "a lawmaker loyal to".
POSTMODIFIER = r"(?:\s+(?:familiar|close|loyal|near|linked|allied|friendly|connected|related|"\
    r"opposed|sympathetic|hostile|known))?"


CLOSE_TO = re.compile(r"(?:^|(?<=[\s(]))((?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Tt]he)\s+)?"
                       r"(?:[Tt]hose|[Pp]eople|[Ss]ources|[Aa]llies|[Ff]riends|[Ff]igures|"
                       r"[Ss]omeone|[Aa]nyone)\s+(?:close\s+to|familiar\s+with|around|loyal\s+to|"
                       r"inside|within)\s+[^,;:.!?\x1a\n]{1,60})$")


POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# Heads of descriptions that can be credited: a speaker or a body.
CREDITABLE_HEADS = SPEAKER_NOUNS | ORG_WORDS
_VERBAL = re.compile(r"\b(?:is|was|were|are|has|had|have|would|will|could|should|did|does|do|"
                     r"may|might|must|can|been|be|not)\b|(?:ed|ly|ing)$")


def nominal(words: str) -> bool:
    """True when lower-case words after a name read as the rest of a noun phrase ("Dutch
    consul"), not as a clause ("Senate was wrong")."""
    return _VERBAL.search(words) is None


def possessive_opens(text: str, end: int) -> bool:
    """True when the name run ending at ``end`` of ``text`` is a possessive that opens a
    description: "Unite’s general secretary", "the Conservatives’ leader" (a run never
    takes the apostrophe after a plural's s)."""
    run_tail = text[max(0, end - 2):end]
    if POSSESSIVE.search(run_tail):
        return re.match(r"\s+[a-z]", text[end:]) is not None
    return run_tail[-1:] in {"s", "S"} and re.match(r"['’]\s+[a-z]", text[end:]) is not None


TRAILING_FUNCTION_WORDS = {"the", "a", "an", "of", "to", "for", "at", "on", "in", "with", "by",
                            "from", "and", "or", "but", "as", "this", "that", "his", "her",
                            "their", "its"}


# Words after which a determiner opens a complement, not the speaker: "a spokeswoman for the
# company", "people familiar with the plans".
COMPLEMENT_WORDS = {"with", "for", "of", "to", "on", "in", "at", "about", "from", "by", "near",
                     "close", "inside", "within", "around"}
_INDEFINITE = {"a", "an", "one", "two", "three", "four", "several", "some", "many"}
INDEFINITE_PRONOUNS = {"another", "others", "one", "some", "many", "several"}
NOT_IN_DESCRIPTION = TRAILING_FUNCTION_WORDS | {"who", "which", "when", "so", "if", "than"}


def person_noun(word: str) -> bool:
    """True for a noun naming a person, singular or plural ("analysts", "drummers",
    "ex-partner")."""
    w = _unprefixed(bare_word(word))
    return w in ALL_PERSON_NOUNS or (w.endswith("s") and w[:-1] in ALL_PERSON_NOUNS) or \
        agent_noun(w)


def speaker_noun(word: str) -> bool:
    """True for a noun that can be credited with words, singular or plural ("officials")."""
    w = _unprefixed(bare_word(word))
    return w in SPEAKER_NOUNS or (w.endswith("s") and (w[:-1] in SPEAKER_NOUNS or (
        w.endswith("es") and w[:-2] in SPEAKER_NOUNS)))


def _unprefixed(word: str) -> str:
    """"ex-partner" -> "partner", "co-founder" -> "founder": the noun a prefix qualifies."""
    head, _, rest = word.partition("-")
    return rest if rest and head in {"ex", "former", "co", "vice", "step", "deputy", "acting",
                                     "then", "self", "would-be"} else word


def drop_affiliation(person: Mention) -> Mention:
    """"Sam Bendett of CNA" -> "Sam Bendett": the person, without where they work or live."""
    affiliation = re.search(r"\s+(?:of|at|from)\s+\S.*$", person.text)
    if affiliation is None or person.kind != "name":
        return person
    return Mention(person.start, person.start + affiliation.start(),
                   person.text[:affiliation.start()], "name")


def head_noun(phrase: str) -> str:
    """The noun a description is about: "the former secretary of state" -> "secretary"."""
    # "to" before a name or "the" ("ambassador to Britain"), never an infinitive's.
    words = re.split(r"\s+(?:of|for|at|from|with|in|to(?=\s+(?:[A-Z]|the\s)))\s+", phrase,
                     maxsplit=1)[0].lower().split()
    return words[-1].strip(".,") if words else ""


def bare_word(word: str) -> str:
    """Lower case, without surrounding punctuation or a possessive ("Obama’s" -> "obama")."""
    return re.sub(r"['’]s$", "", word.lower().strip(".,;:()\"“”"))


def has_name(text: str) -> bool:
    """True when a word after the first is capitalised ("the Labour leader")."""
    return any(w[:1].isupper() for w in text.split()[1:])
