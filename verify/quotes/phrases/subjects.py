"""Who does a reporting verb (before it, after it, the agent of a passive, the subject of
the sentence of a participle), and the noun phrase that opens a sentence.
"""

from __future__ import annotations

import re

from verify.quotes.context import ArticleContext
from verify.quotes.lexicon import (
    DETERMINERS,
    LEADING_PREPOSITIONS,
    NAMING_VERBS,
    PRONOUNS,
    REPORTING_FORMS,
    ROLE_WORDS,
)
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_roles
from verify.quotes.phrases.after import subject_after
from verify.quotes.phrases.base import Mention, bare_word, plausible, possessive_opens, speaker_noun
from verify.quotes.phrases.before import subject_before
from verify.quotes.phrases.descriptions import description_at


def verb_subject(ctx: ArticleContext, s: int, verb: re.Match[str]) -> Mention | None:
    """Who does the reporting verb: the noun phrase before it, or for a participle
    ("…, saying, “Q”") the subject of the sentence; the one quoted ("The Sun quoted a
    neighbour as saying"); the agent of a passive ("was said by allies to be")."""
    at = s + verb.start()
    quoted = _QUOTED_AS.search(ctx.masked, max(s, at - 120), at)
    if quoted is not None:
        found = subject_after(ctx, quoted.start(1), quoted.end(1))
        if found is not None:
            return found
    if _PASSIVE.search(ctx.masked, max(s, at - 12), at):
        agent = re.match(r"\s+by\s+", ctx.masked[s + verb.end():s + verb.end() + 5])
        if agent is not None:
            by = s + verb.end() + agent.end()
            found = subject_after(ctx, by, min(len(ctx.masked), by + 120))
            if found is None:  # "by allies", "by senior officials"
                for w in re.finditer(r"[a-z][\w-]*", ctx.masked[by:by + 40]):
                    if speaker_noun(w.group()):
                        found = Mention(by, by + w.end(), ctx.masked[by:by + w.end()], "phrase")
                        break
            return found
    if verb.group().endswith("ing"):
        before = ctx.masked[s:s + verb.start()]
        progressive = _PROGRESSIVE.search(before)
        if progressive is not None:
            # "…, and Gov. Eric Holcomb was calling it “Q”": the auxiliary's subject.
            subj = subject_before(ctx, s, s + progressive.start())
            if subj is not None and plausible(ctx, subj):
                return subj
        if not before.rstrip().endswith(","):
            subj = subject_before(ctx, s, s + verb.start())
            if subj is not None and subj.kind == "name":
                return subj  # "footage of Hillary Clinton asking, “…”"
        # "…, saying “Q”": the participle's subject is the sentence's, never the noun
        # phrase just before the comma ("Hollande said Tuesday in Paris, noting …").
        return sentence_subject(ctx, s, s + verb.start())
    subj = subject_before(ctx, s, s + verb.start())
    if subj is None:
        # "…, and analysts say it “Q”": a description with no determiner that opens a
        # coordinated clause is its verb's subject, as one opening the sentence is.
        opening = [m.end() for m in _CLAUSE_OPENING.finditer(ctx.masked, max(s, at - 60), at)]
        if opening:
            bare = subject_before(ctx, opening[-1], at, bare=True)
            if bare is not None and bare.start == opening[-1]:
                subj = bare
    return subj if subj is not None and plausible(ctx, subj) else None


_CLAUSE_OPENING = re.compile(r"(?:[,;:]\s+(?:and\s+|but\s+)?|\b(?:and|but)\s+)")


# "The Sun quoted a neighbour as saying", "was quoted as saying" (the subject is then the
# sentence's): the one quoted is between the verb and "as".
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+([^,;:\x1a]{1,80}?)\s+as\s+$")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
_PROGRESSIVE = re.compile(r"\s(?:was|were|is|are|am|been|be|['’](?:s|re|m))\s+"
                          r"(?:(?:\w+ly|already|still|now|also|just|even|again)\s+)?$")
# "what’s called", "what is sometimes dubbed": a naming verb that names a thing.
WHAT_IS = re.compile(r"\b[Ww]hat(?:['’]s|\s+is|\s+are|\s+was|\s+were|\s+has\s+been)\s+"
                      r"(?:\w+ly\s+)?$")


def passive_naming(ctx: ArticleContext, s: int, verb: re.Match[str]) -> bool:
    """True for a naming verb after "what is" ("what’s called", "what is dubbed"): it names
    a thing, and says no one spoke."""
    at = s + verb.start()
    return verb_base_of(verb.group()) in NAMING_VERBS and \
        WHAT_IS.search(ctx.masked, max(s, at - 30), at) is not None


def verb_base_of(verb: str) -> str:
    """The base form of a reporting verb as written ("spelled\nout" -> "spell out")."""
    return REPORTING_FORMS.get(" ".join(verb.split()), verb)


def sentence_subject(ctx: ArticleContext, s: int, limit: int, loose: bool = False) -> Mention | None:
    """The noun phrase that opens the sentence, after a leading phrase and comma ("As a
    phone rang, the announcer said"; "Democratic nominee Hillary Clinton chimed in")."""
    text = ctx.masked[s:limit]
    quote_lead = re.match(r"\s*(?:\x1a+[\s,]*)?", text)
    base = quote_lead.end() if quote_lead else 0
    leads = [base]
    for _ in range(2):  # "Following a swiftly called, late-afternoon meeting, the Council…"
        m = re.match(r"[^,\x1a]{0,100},\s*", text[leads[-1]:])
        if not m:
            break
        leads.append(leads[-1] + m.end())
    for offset in dict.fromkeys([*reversed(leads), 0]):
        ws = re.match(r"\s*", text[offset:])
        at = s + offset + (ws.end() if ws else 0)
        found = phrase_at(ctx, at, limit, loose)
        if found is not None:
            return found
    return None


def phrase_at(ctx: ArticleContext, at: int, limit: int, loose: bool = False) -> Mention | None:
    """A subject noun phrase starting exactly at ``at``, or None. ``loose`` accepts any
    determiner phrase ("the petition"), not only a description of a speaker."""
    first = re.match(r"[\w'’]+", ctx.masked[at:limit])
    if first is None or first.group().lower() in _LEADING_PREPOSITIONS:
        return None  # "With Democratic leaders worried, …": a phrase, not the subject
    if first.group().lower() in PRONOUNS:
        return Mention(at, at + first.end(), first.group(), "pronoun")
    oi = ctx.outlet_at(at, at + 1)
    if oi is not None and ctx.outlets[oi].start >= at - 1:
        o = ctx.outlets[oi]
        return Mention(o.start, o.end, ctx.text[o.start:o.end], "outlet")
    det = re.match(r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|"
                   r"[Ss]everal|[Ss]ome|[Oo]ther|(?!(?:That|It|Here|There|What|Who|He|She|Let)['’]s)"
                   r"[A-Z][\w’'.-]*['’]s)\s+)", ctx.masked[at:limit])
    body_at = at + (det.end() if det else 0)
    run = NAME_RUN.match(ctx.masked, body_at, limit)
    if run and not all(bare_word(w) in NOT_NAMES for w in run.group().split()):
        s2, e2 = strip_roles(ctx.masked, run.start(), run.end())
        follow = ctx.masked[run.end():run.end() + 30].lstrip()
        dateline = re.match(r"\([A-Z]{2,}\)\s*[—–-]", follow)  # "Washington (AFP) –"
        name = Mention(s2, e2, ctx.masked[s2:e2], "name")
        if possessive_opens(ctx.masked[run.start():limit], run.end() - run.start()):
            # "the Royal College of Nursing’s general secretary, Nicola Ranger, told"
            found = description_at(ctx, at, ctx.masked[at:limit], at)
            if found.kind == "name" or plausible(ctx, found):
                return found
        role = re.match(r"\s+([a-z][\w-]*)\b", ctx.masked[run.end():limit])
        if det is not None and role is not None and det.group().strip().lower() in DETERMINERS:
            # "the Polish foreign minister, Radosław Sikorski, said": the name in apposition.
            found = description_at(ctx, at, ctx.masked[at:limit], at)
            if found.kind == "name":
                return found
        if det is not None and role is not None and speaker_noun(role.group(1)) and \
                det.group().strip().lower() in DETERMINERS:
            # "the Swedish coach said": after a determiner the name qualifies the role.
            end = run.end() + role.end()
            return Mention(at, end, ctx.masked[at:end], "phrase")
        after_role = _ROLE_BEFORE_NAME.match(ctx.masked, run.end(), limit)
        if after_role is not None and det is None and any(
                w in ROLE_WORDS or speaker_noun(w) for w in after_role.group().split()):
            # "Clinton campaign chairman John Podesta wrote": the name after the role.
            second = NAME_RUN.match(ctx.masked, after_role.end(), limit)
            if second is not None:
                s3, e3 = strip_roles(ctx.masked, second.start(), second.end())
                return Mention(s3, e3, ctx.masked[s3:e3], "name")
        if (follow[:1].islower() or follow[:1] in "(,") and not dateline \
                and plausible(ctx, name):
            return name
    if det:
        words = re.match(r"(?:[\w-]+\s+){0,3}?([\w-]+)(?=\s+[a-z])", ctx.masked[body_at:limit])
        if words:
            end = body_at + words.end()
            head = words.group(1).lower()
            # "the former secretary of state talked": titles run on to their noun.
            while head in ROLE_WORDS:
                more = re.match(r"\s+([a-z][\w-]*)\b", ctx.masked[end:limit])
                if more is None or more.group(1).endswith(("ed", "ing")) or \
                        more.group(1) in REPORTING_FORMS:
                    break
                end += more.end()
                head = more.group(1)
            phrase = Mention(at, end, ctx.masked[at:end], "phrase")
            if plausible(ctx, phrase) or (loose and not head.endswith(("ed", "ing"))
                                           and head not in REPORTING_FORMS):
                return phrase
    return None


_LEADING_PREPOSITIONS = LEADING_PREPOSITIONS


# Lower-case role words between a name and a name of two words or more, in a subject:
# "Clinton campaign chairman John Podesta wrote".
_ROLE_BEFORE_NAME = re.compile(r"(?:\s+(?!(?:and|or|but|who|which|that|in|on|at|of|to|for|with|"
                               r"from|by|as|the|a|an)\b)[a-z][\w-]*){1,3}\s+(?=[A-Z][\w’'.-]*"
                               r"(?:\s+[A-Z][\w’'.-]*)+)")
