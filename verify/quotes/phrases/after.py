"""The noun phrase that starts right after a verb ("said Joshua Huder, a senior fellow").
"""

from __future__ import annotations

import re

from verify.quotes.context import MASK, ArticleContext
from verify.quotes.lexicon import (
    PRONOUNS,
    agent_noun,
)
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_roles
from verify.quotes.phrases.base import (
    NOT_IN_DESCRIPTION,
    POSTMODIFIER,
    PREPOSITION,
    Mention,
    bare_word,
    nominal,
    possessive_opens,
    speaker_noun,
)
from verify.quotes.phrases.descriptions import appositive_name, description_at


def subject_after(ctx: ArticleContext, at: int, limit: int) -> Mention | None:
    """The noun phrase starting at ``at`` ("said Joshua Huder, a senior fellow")."""
    text = ctx.masked[at:limit]
    lead = len(text) - len(text.lstrip())
    text = text.lstrip()
    at += lead
    oi = ctx.outlet_at(at, at + 1)
    if oi is not None and ctx.outlets[oi].start >= at - 1:
        o = ctx.outlets[oi]
        return Mention(o.start, o.end, ctx.text[o.start:o.end], "outlet")
    first = re.match(r"[\w'’]+", text)
    if first and first.group().lower() in PRONOUNS:
        return Mention(at, at + first.end(), first.group(), "pronoun")
    if first and re.match(r"(?:one|another|others|some|many|several)\s*[.,;]", text):
        return Mention(at, at + first.end(), first.group(), "phrase")  # "read one."
    m = re.match(r"(?:(?:the|a|an)\s+)?(?:[a-z0-9][\w/-]*\s+){0,3}", text)
    offset = m.end() if m else 0
    run = NAME_RUN.match(text, offset)
    if run and MASK not in run.group() and not all(
            bare_word(w) in NOT_NAMES for w in run.group().split()):  # "said Tuesday"
        skipped = _NOUN_THEN_PREPOSITION.search(text[:run.start()])
        if skipped and speaker_noun(skipped.group(1)):
            # "said a spokesman for the Bundesbank", "said a source familiar with Smith's
            # thinking": the spokesman or the source speaks, not the bank or Smith.
            end = run.end()
            if possessive_opens(text, end):
                tail = re.match(r"(?:[’']s?)?\s+[a-z][\w-]*", text[end:])
                end += tail.end() if tail else 0
            # "said the ambassador to France, Jane Hartley": the name the description gives.
            return appositive_name(ctx, at + end, limit) or \
                Mention(at, at + end, ctx.masked[at:at + end], "phrase")
        if possessive_opens(text, run.end()):
            # "said Unite’s general secretary, Sharon Graham": a possessive opens a description.
            return description_at(ctx, at, text, at + run.start())
        # "said Sanders campaign manager Jeff Weaver": the first name is whose aide the
        # speaker is; the speaker is the name after the role.
        role = _ROLE_THEN_NAME.match(text, run.end())
        if role is not None:
            run = NAME_RUN.match(text, role.end()) or run
        else:
            tail = _ROLE_TO_END.match(text, run.end())
            det = text[:offset].strip().lower()
            # "a senior Treasury official"; "says former White House adviser": an adjective
            # with no determiner is none
            det = det.split()[0] if det else ""
            if det in _ROLE_ADJECTIVES:
                det = ""
            if tail is not None and det in _DETERMINED and \
                    tail.group(1).split()[0] not in _TAIL_PREPOSITIONS and (
                    speaker_noun(tail.group(1).split()[-1]) or (det and nominal(tail.group(1)))):
                # "says Welsh first minister", "admitted the Everton manager", "said the
                # Dutch consul": the name qualifies the noun that ends the phrase, unless a
                # name follows in apposition ("said the German ambassador, Miguel Berger,").
                end = at + tail.end(1)
                return appositive_name(ctx, end, limit) or \
                    Mention(at, end, ctx.masked[at:end], "phrase")
        s2, e2 = strip_roles(ctx.masked, at + run.start(), at + run.end())
        return Mention(s2, e2, ctx.masked[s2:e2], "name")
    if re.match(r"(?:the|a|an|one|another|some|several|two|three|many|other|his|her|their|"
                r"its|our|my)\s", text):
        return description_at(ctx, at, text, at)  # "said his brother, Neil"
    bare = _BARE_AFTER.match(text)
    if bare is not None and nominal(bare.group(1)) and not (
            set(bare.group(1).split()) & NOT_IN_DESCRIPTION) and (
            speaker_noun(bare.group(2)) or agent_noun(bare.group(2))):
        # "says health secretary", "say protesters": a description with no article.
        return Mention(at, at + bare.end(2), ctx.masked[at:at + bare.end(2)], "phrase")
    return None


#: What may open "said a senior Treasury official", "said one Tesla worker": a name inside
#: is whose the role is.
_DETERMINED = frozenset({"", "the", "a", "an", "one", "another", "two", "three", "several",
                         "some", "many", "other", "four", "five"})

#: Adjectives that open a role with no determiner ("says former White House adviser").
_ROLE_ADJECTIVES = frozenset({"former", "senior", "junior", "current", "retired", "acting",
                              "deputy", "assistant", "interim", "longtime", "veteran", "top",
                              "then", "outgoing", "incoming", "ex"})

#: Words that open a phrase on the verb, not a role: "says Johnston in a statement".
_TAIL_PREPOSITIONS = frozenset({"in", "on", "at", "to", "for", "from", "with", "by", "of",
                                "during", "after", "before", "via", "per", "through"})

_BARE_AFTER = re.compile(r"((?:[a-z][\w-]*\s+){0,2})([a-z][\w-]*)(?=\s*(?:[,.;:!?\n)]|$))")


_NOUN_THEN_PREPOSITION = re.compile(rf"\b([\w-]+){POSTMODIFIER}\s+{PREPOSITION}\s+(?:the\s+)?$")
# Lower-case role words that end a name's phrase: "Welsh first minister."
_ROLE_TO_END = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*(?=[,.;:!?\n)]|$)")


# Lower-case role words between two names: "Cruz constituent Dan Golvach".
_ROLE_THEN_NAME = re.compile(r"(?:\s+(?!(?:and|or|but|who|which|that|said|says|in|on|at|of|to|for|"
                             r"with|from|by|as|the|a|an)\b)[a-z][\w-]*){1,3}\s+(?=[A-Z][\w’'.-]*"
                             r"(?:\s+[A-Z][\w’'.-]*)+\s*[,.;:!?\n)]|[A-Z][\w’'.-]*\s*[,.;:!?\n])")
