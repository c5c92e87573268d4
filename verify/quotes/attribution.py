"""Attribution rules: who is credited with a quote, and in which outlet the words appeared.

Rules over the sentence around the quote with every quotation masked out (so quoted words
never look like attributions), in this order:

1. ``S, citing P, … wrote`` — outlet S, speaker P;
2. a cue right before the quote: ``S said: “Q”``, ``S wrote, “Q”``, ``S replied bizarrely, “Q”``;
3. a cue right after it: ``“Q,” S said``, ``“Q,” said S``, ``“Q,” as S spelled out``, ``“Q” — S``,
   also with a verb outside the lexicon when it closes the sentence (``“Q?” Hannity prodded.``,
   ``‘Q?’ grinned the drummer``), and in a headline after a colon (``‘Q’: survivor recalls
   flood``, ``‘Q’: drivers stuck on M6``);
4. ``according to S``, ``in the words of S``, ``was the verdict of S`` anywhere in the sentence;
5. a colon: ``Republican pollster Daron Shaw: “Q”``, ``Her mother’s words were simple: ‘Q’``;
6. a reporting verb earlier in the sentence (mixed quotes: ``S said that X has “Q”``), the
   outer clause when the nearer one is a pronoun for the same person;
7. an attribution that closes the sentence (``X “Q” in 2008, said Paul Beck.``);
8. a characterisation (``S blasted Clinton as a “disgrace”``);
9. the cue of the previous sentence, or, lacking one, the person of a short action before the
   quote in its paragraph (``The doctor shook his head. ‘Q’``), or a colon closing the
   previous paragraph (``And from Chairwoman Rosenworcel:``);
10. the subject of a sentence that holds a view with no reporting verb (``Rubio bemoaned a
    climate in which people “literally hate each other”``), for quotes of four words or more.

The subject is grown to its noun phrase; pronouns, relative pronouns, surnames and definite
descriptions ("the influential US daily") are resolved to the nearest earlier full name or
outlet.

The rules are functions of :mod:`verify.quotes.rules`, tried in this order (:data:`RULES`);
the noun-phrase finders are in :mod:`verify.quotes.phrases`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from verify.quotes import rules as r
from verify.quotes.context import MASK, ArticleContext
from verify.quotes.gender import NOUN_PRONOUN, agrees
from verify.quotes.interface import AttributionRule, Doubt, DoubtCode
from verify.quotes.lexicon import (
    ALL_PERSON_NOUNS,
    DETERMINERS,
    OUTLET_NOUNS,
    PERSON_PRONOUNS,
    PRONOUNS,
    UNNAMED_PERSON_NOUNS,
    UNNAMED_ROLES,
    VERB_RE,
)
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_roles
from verify.quotes.phrases import (
    Mention,
    bare_word,
    has_name,
    head_noun,
    person_noun,
    sentence_subject,
)
from verify.quotes.rules import Attribution, QuoteSentence

__all__ = ["RULES", "Attribution", "Attributor", "Mention", "bare_word"]

#: Characters of a quote's sentence read on each side of it (real sentences are shorter).
SENTENCE_CHARS = 600

Rule = Callable[["Attributor", QuoteSentence], Attribution | None]

#: The rules in the order they are tried, and whether an outlet named in the quote's own
#: sentence is added to what they find (not for a cue taken from another sentence).
RULES: tuple[tuple[Rule, bool], ...] = (
    (r.citing, True),
    (r.cue_before, True),
    (r.cue_after, True),
    (r.according_to, True),
    (r.colon_before, True),
    (r.verb_in_sentence, True),
    (r.cue_closing_sentence, True),
    (r.characterization, True),
    (r.previous_sentence, False),
    (r.colon_paragraph, False),
    (r.clause_subject, True),
)


def credit_doubt(ctx: ArticleContext, attr: Attribution, speaker: str | None) -> Doubt | None:
    """Why the credit of a quote is not a sure reading, or None when a name stands with a
    reporting cue in the quote's own sentence (or its split). What the mention is (a
    pronoun, a description, a shared surname) is told before where the rule read it."""
    if speaker is None:
        return None
    beyond = Doubt(DoubtCode.BEYOND_SENTENCE,
                   f"the credit is read from beyond the quote's sentence ({attr.rule})")
    if attr.speaker_span is None:
        return beyond if not attr.rule.in_sentence else Doubt(
            DoubtCode.NO_MENTION, "no mention of the speaker stands with the quote")
    at = attr.speaker_span[0]
    mention = " ".join(ctx.masked[at:attr.speaker_span[1]].split())
    first = mention.split()[0].lower() if mention.split() else ""
    words = mention.split()
    kin = ctx.namesakes(words[0]) if len(words) == 1 else set()
    if first in PRONOUNS and speaker != mention:
        near = attr.rule.in_sentence and _only_antecedent(ctx, at, first, speaker)
        if not near and not _last_person_is(ctx, at, speaker):
            return Doubt(DoubtCode.PRONOUN_FAR,
                         f"the credit is the pronoun \"{mention}\", read as {speaker}, though "
                         "another person is named after them")
        if near and _opened_sentence_before(ctx, at, speaker):
            return None  # "McDonald promised more. “…,” he said.": as sure as the name
        return Doubt(DoubtCode.PRONOUN_NEAR if near else DoubtCode.PRONOUN,
                     f"the credit is the pronoun \"{mention}\", read as {speaker}"
                     + ("" if attr.rule.in_sentence else f" ({attr.rule})"))
    # "the Flexport economist Phil Levy": a description the name itself ends is the name.
    titled = mention.endswith(" " + speaker) and len(speaker.split()) > 1 and \
        speaker[:1].isupper()
    if (first in DETERMINERS or not mention[:1].isupper()) and speaker != mention and \
            not titled:
        pronoun = NOUN_PRONOUN.get(head_noun(mention), "")
        if pronoun and (attr.rule.in_sentence or attr.rule.sure) and \
                _only_antecedent(ctx, at, pronoun, speaker):
            return Doubt(DoubtCode.DESCRIPTION_NEAR,
                         f"the credit is the description \"{mention}\", read as {speaker}, "
                         f"the only {'woman' if pronoun == 'she' else 'man'} named before it "
                         "in its paragraph")
        return Doubt(DoubtCode.DESCRIPTION,
                     f"the credit is the description \"{mention}\", read as {speaker}")
    if not (first in DETERMINERS or not mention[:1].isupper()) and \
            _INDEFINITE_BEFORE.search(ctx.masked, max(0, at - 50), at):
        return Doubt(DoubtCode.IN_DESCRIPTION,
                     f"the name \"{mention}\" stands inside a description with no name of its "
                     "own (\"" + " ".join(ctx.masked[max(0, at - 50):attr.speaker_span[1]]
                                          .split()[-6:]) + "\")")
    if len({k.split()[0].lower() for k in kin}) > 1:
        return Doubt(DoubtCode.SHARED_SURNAME, f"the surname \"{mention}\" is shared by "
                                               f"{' and '.join(sorted(kin))}, read as {speaker}",
                     tuple(sorted(kin)))
    return beyond if not attr.rule.in_sentence else None


_CONJUNCTION = re.compile(r"\s*(?:But|And|Yet|So|Still|However|Meanwhile)\b,?\s+")

#: An indefinite article or number opening the noun phrase a name stands in, with no comma
#: or verb between: "one Indigenous rights representative", "a Labour party spokesman".
#: So is a preposition after a noun: "one Labour insider in Westminster" is no one.
_INDEFINITE_BEFORE = re.compile(r"(?:(?:^|[\s(])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|"
                                r"[Ss]everal|[Ss]ome|[Mm]any)\s+(?:[a-z][\w’'-]*\s+){0,3}|"
                                r"\b[a-z][\w’'-]*\s+(?:in|at|from|for|near|inside|outside)\s+"
                                r"(?:the\s+)?)$")


def _last_person_is(ctx: ArticleContext, at: int, speaker: str) -> bool:
    """The last person named before ``at`` is ``speaker`` (by name or surname): a pronoun
    read past a nearer person (whose first name seemed of the other gender, or who was not
    the subject) is a guess."""
    i = bisect.bisect_left(ctx.name_starts, at) - 1
    # A nearer name counts when it is surely a person's: its first name or title tells a
    # gender, or it opened its clause ("accusing Big Machine" is passed over).
    while i >= 0 and not (ctx.names[i].person and (ctx.names[i].gender or ctx.names[i].subject)):
        i -= 1
    if i < 0:
        return False
    last = ctx.names[i].text.split()[-1].lower()
    return last in {w.lower() for w in speaker.split()}


def _opened_sentence_before(ctx: ArticleContext, at: int, speaker: str) -> bool:
    """The pronoun at ``at`` is as sure as a name: its person opens the sentence right before
    the pronoun's own, in the same paragraph, and no other person is named from there to
    the pronoun ("Powell has broken with the White House before. She told CBS: “…”")."""
    s, _ = ctx.sentence_bounds(at, at + 1)
    if s == 0:
        return False
    ps, _ = ctx.sentence_bounds(s - 1, s)
    if ps >= s or ctx.block_of(ps) != ctx.block_of(at):
        return False
    names = ctx.names[bisect.bisect_left(ctx.name_starts, ps):
                      bisect.bisect_left(ctx.name_starts, at)]
    if not names or not _OPENER.fullmatch(ctx.masked[ps:names[0].start]):
        return False
    surname = names[0].text.split()[-1].lower()
    if surname not in {w.lower() for w in speaker.split()}:
        return False
    return not any(n.person and n.text.split()[-1].lower() != surname for n in names[1:])


#: What may stand before the name that opens a sentence: spaces, and titles or roles in
#: capitals ("Dr.", "Senate Democratic Leader"), never a preposition ("Of Mayor Diaz, …").
_OPENER = re.compile(r"\s*(?:(?!(?:Of|On|About|For|To|With|In|At|From|As|After|Before|Unlike|"
                     r"Like|Asked)\b)[A-Z][\w.’'-]*\s+){0,4}")


def _only_antecedent(ctx: ArticleContext, at: int, pronoun: str, speaker: str) -> bool:
    """The pronoun's person is named in its own paragraph, and no other person it could
    mean is named there before it."""
    block = ctx.blocks[ctx.block_of(at)] if ctx.blocks else None
    if block is None:
        return False
    people = {n.text for n in ctx.names[bisect.bisect_left(ctx.name_starts, block.start):
                                        bisect.bisect_left(ctx.name_starts, at)]
              if n.person and agrees(pronoun, n.gender)}
    return people == {speaker}


class Attributor:
    """Applies the rules to each quote of one article."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.m = ctx.masked

    def attribute(self, start: int, end: int) -> Attribution:
        """Attribution for the quote occupying [start, end) of the text."""
        s, e = self._bounds(start, end)
        q = QuoteSentence(s, start, end, e, self.m[s:start], self.m[end:e])
        for rule, same_sentence in RULES:
            found = rule(self, q)
            if found is not None:
                return self._with_outlet(found, s, e) if same_sentence else found
        return self._with_outlet(Attribution(), s, e) if self._outlet_in_sentence(s, e) else \
            Attribution()

    def has_cue(self, start: int, end: int) -> bool:
        """True when the quote's sentence holds a reporting verb or naming cue."""
        s, e = self._bounds(start, end)
        tail = r.closing_clause(self.m[end:e])
        return bool(VERB_RE.search(self.m[s:start]) or VERB_RE.search(self.m[end:e])
                    or r.ACCORDING_TO.search(self.m[s:e])
                    or r.CHARACTERIZING.search(self.m[s:start])
                    or (tail and r.closing_finding(tail.group(1)))
                    or (re.match(r"\s*:", self.m[end:e]) and r.in_headline(self.ctx, start))
                    or r.words_of_before(self.m, s, start) is not None)

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        """The quote's sentence, read at most SENTENCE_CHARS either side of the quote: the
        rules look at the words around it, and a "sentence" of megabytes (no full stop in a
        hostile page) would make every quote's look cost the whole page."""
        s, e = self.ctx.sentence_bounds(start, end)
        return max(s, start - SENTENCE_CHARS), min(e, end + SENTENCE_CHARS)

    def resolve(self, mention: Mention) -> tuple[str | None, str | None]:
        """(speaker, outlet_id) for a mention."""
        ctx = self.ctx
        if mention.kind == "outlet":
            idx = ctx.outlet_at(mention.start, mention.end)
            return None, ctx.resolve_outlet(idx) if idx is not None else None
        published = ctx.publication_in(mention.start, mention.end)
        if published is not None:  # "a report in the Harbor Gazette", "Example.org"
            return None, ctx.resolve_outlet(published)
        if mention.kind == "pronoun":
            word = mention.text.lower()
            if word in PERSON_PRONOUNS:
                person = ctx.last_person_before(mention.start, word)
                described = self._described_before(mention.start, person)
                if described is not None:
                    # "A spokesperson for UCEA said … “Q,” he said.": the spokesperson.
                    return self.resolve(described)
                return (person.text if person else mention.text), None
            outlet = self.last_speaking_outlet(mention.start)
            if outlet:
                return None, outlet
            if word == "it":
                # "Stagecoach apologised for what it called ‘…’": the body that opens the
                # sentence.
                s, _ = ctx.sentence_bounds(mention.start, mention.end)
                body = sentence_subject(ctx, s, mention.start)
                if body is not None and body.end <= mention.start and body.kind == "name" \
                        and bare_word(body.text.split()[0]) not in NOT_NAMES:  # "When HP …, it"
                    return self.resolve(body)
            return mention.text, None
        if mention.kind == "phrase":
            named = self._apposed_name(mention)
            if named is not None:
                # "Bob Iger, Disney's chief executive, has put it bluntly:": Iger.
                return self.resolve(named)
            head = head_noun(mention.text)
            # "the victim's sister" is someone of the victim's, never the last person named.
            definite = mention.text.split()[0].lower() in {"the", "this", "that"} and \
                not POSSESSIVE_WORD.search(mention.text)
            # "the paper" is the outlet last named; "Smithsonian magazine" names its own.
            if head in OUTLET_NOUNS and definite:
                outlet = self.last_speaking_outlet(mention.start)
                if outlet:
                    return None, outlet
            if head in ALL_PERSON_NOUNS and definite and \
                    not has_name(mention.text):
                person = ctx.last_person_before(mention.start, NOUN_PRONOUN.get(head, ""))
                unnamed = head in UNNAMED_ROLES or head in UNNAMED_PERSON_NOUNS
                # "the spokesman" is a named person only if one was introduced as such; a
                # credit read this way is never sure (:func:`credit_doubt`).
                if person is not None and mention.start - person.end < 600 and (
                        not unnamed or _introduced_as(ctx, person, head)) and \
                        not _someone_else(ctx, person, head, mention.start) and \
                        not _named_together(ctx, person, NOUN_PRONOUN.get(head, "")):
                    return person.text, None
            return mention.text, None
        # A name: a lone word may be the surname of someone named in full earlier.
        words = mention.text.split()
        if len(words) == 1:
            full = ctx.full_name_for(words[0], mention.start)
            if full:
                return full, None
        return mention.text, None

    def _apposed_name(self, mention: Mention) -> Mention | None:
        """The name a description stands in apposition to, set off by commas on both sides
        ("Bob Iger, Disney's chief executive, said"): the person it describes."""
        m = self.m
        if not m.startswith(",", mention.end):
            return None
        lead = re.search(r"(\S+(?:\s+\S+){0,4}),\s*$", m[max(0, mention.start - 60):mention.start])
        if lead is None:
            return None
        at = mention.start - len(m[max(0, mention.start - 60):mention.start]) + lead.start(1)
        for run in NAME_RUN.finditer(m, at, mention.start):
            if re.fullmatch(r",\s*", m[run.end():mention.start]):
                a, b = strip_roles(m, run.start(), run.end())
                name = m[a:b]
                # A lone word only as the surname of someone named in full before ("In
                # London, the mayor said" is no person "London").
                if name and bare_word(name.split()[0]) not in NOT_NAMES and (
                        len(name.split()) >= 2 or self.ctx.full_name_for(name, a)):
                    return Mention(a, b, name, "name")
        return None

    def _described_before(self, at: int, person: Any) -> Mention | None:
        """The description of a person that is the subject of the sentence right before the
        one at ``at`` (in its paragraph or the one before), when no person is named after
        it: whom a pronoun there means."""
        ctx = self.ctx
        s, _ = ctx.sentence_bounds(at, at + 1)
        if s == 0:
            return None
        # Back over the quotation the pronoun's sentence opens with, to the sentence before.
        j = s - 1
        while j > 0 and (ctx.masked[j].isspace() or ctx.masked[j] == MASK):
            j -= 1
        ps, pe = ctx.sentence_bounds(j, j + 1)
        if ps >= s or ctx.block_of(at) - ctx.block_of(ps) > 1:
            return None
        lead = _CONJUNCTION.match(ctx.masked, ps, pe)  # "But a spokesperson for … said"
        subject = sentence_subject(ctx, lead.end() if lead else ps, pe)
        if subject is None or subject.kind != "phrase" or not person_noun(head_noun(
                re.sub(r"\s+(?:of|for|at|from|with|in|to|on)$", "", subject.text))):
            return None
        if re.search(r"\s(?:of|for|at|from|with|in|to|on)$", subject.text):
            # "a spokesperson for" the body it names: the description as written.
            gap = re.match(r"\s+(?:the\s+)?", ctx.masked[subject.end:pe])
            body = NAME_RUN.match(ctx.masked, subject.end + gap.end(), pe) if gap else None
            if body is not None:
                subject = Mention(subject.start, body.end(),
                                  ctx.masked[subject.start:body.end()], "phrase")
        # A person named after the description (not inside it: "a spokesman for Tom Reyes")
        # is nearer the pronoun; one it stands in apposition to ("Eswar Prasad, a trade
        # professor at Cornell, said") is the person it describes.
        if person is not None and (person.start >= subject.end or re.fullmatch(
                r"\s*,\s*", ctx.masked[person.end:subject.start])):
            return None
        return subject

    def credit(self, mention: Mention, cue: str | None, rule: AttributionRule) -> Attribution:
        """The attribution that credits ``mention``, resolved, by ``rule``."""
        speaker, outlet = self.resolve(mention)
        return Attribution(speaker, (mention.start, mention.end), outlet, cue, rule)

    def last_speaking_outlet(self, offset: int) -> str | None:
        """The outlet most recently named before ``offset``."""
        ctx = self.ctx
        i = bisect.bisect_left(ctx.outlet_starts, offset) - 1
        while i >= 0 and ctx.outlets[i].end > offset:
            i -= 1
        return ctx.resolve_outlet(i) if i >= 0 else None

    def _outlet_in_sentence(self, s: int, e: int) -> str | None:
        """An outlet the sentence says the words appeared in: "in the Times", "told CNN",
        "X reported", "on Fox News", "in an interview with Harbor Radio"."""
        ctx = self.ctx
        for i in ctx.outlets_in(s, e):
            o = ctx.outlets[i]
            before = self.m[max(s, o.start - 24):o.start]
            after = self.m[o.end:o.end + 30]
            if _TOLD_OUTLET.search(before) or VERB_RE.match(after.lstrip()):
                return ctx.resolve_outlet(i)
        return None

    def _with_outlet(self, found: Attribution, s: int, e: int) -> Attribution:
        if found.outlet_id is not None:
            return found
        outlet = self._outlet_in_sentence(s, e)
        if outlet is None:
            return found
        return Attribution(found.speaker, found.speaker_span, outlet, found.cue, found.rule)


# The words before an outlet that make it where the words appeared.
_TOLD_OUTLET = re.compile(r"\b(?:in|on|to|told|by|(?:interview|speaking|spoke|talking)\s+with)"
                          r"\s+$", re.I)

#: A possessive inside a description: "the victim's sister" is someone of the victim's.
POSSESSIVE_WORD = re.compile(r"\w['’]s?\s")

#: Roles and the abbreviated titles that introduce them ("Sen. Ann Lee … the senator").
_ROLE_TITLES = {"senator": r"sen\.?", "representative": r"rep\.?", "congressman": r"rep\.?",
                "congresswoman": r"rep\.?", "governor": r"gov\.?", "general": r"gen\.?",
                "doctor": r"dr\.?", "professor": r"prof\.?", "lieutenant": r"lt\.?",
                "colonel": r"col\.?", "sergeant": r"sgt\.?", "detective": r"det\.?",
                "superintendent": r"supt\.?", "inspector": r"insp\.?",
                "councillor": r"cllr\.?", "reverend": r"rev\.?"}


def _someone_else(ctx: ArticleContext, person: Any, head: str, before: int) -> bool:
    """True when the article already set the description apart from the person: a sentence
    before ``before`` names both ("Dempsey told the man to remove the bedding"), so "the
    man" is not Dempsey."""
    lo = max(0, before - 3000)
    surname = re.escape(person.text.split()[-1])
    for m in re.finditer(rf"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b",
                         ctx.masked[lo:before], re.I):
        s, e = ctx.sentence_bounds(lo + m.start(), lo + m.end())
        a, b = lo + m.start(), lo + m.end()
        apposed = re.search(rf"\b{surname}\s*,\s*$", ctx.masked[s:a]) or re.match(
            rf"\s*,?\s*(?:[A-Z][\w.’'-]*\s+)*{surname}\b", ctx.masked[b:e])
        if not apposed and re.search(rf"\b{surname}\b", ctx.masked[s:e]):
            return True
    return False


def _named_together(ctx: ArticleContext, person: Any, pronoun: str) -> bool:
    """True when another person the description could mean is a subject of the same sentence
    as ``person`` ("Emma Stone and Sarah Lee arrived. … the actress says"): which one it
    means is not said."""
    s, e = ctx.sentence_bounds(person.start, person.end)
    lo, hi = bisect.bisect_left(ctx.name_starts, s), bisect.bisect_left(ctx.name_starts, e)
    return person.subject and any(
        n.person and n.subject and n.text != person.text and agrees(pronoun, n.gender)
        for n in ctx.names[lo:hi])


def _introduced_as(ctx: ArticleContext, person: Any, role: str) -> bool:
    """True when the person's mention stands with the role ("spokesman Tom Lee", "Tom Lee,
    a spokesman for the ministry", "Sen. Ann Lee" for "the senator")."""
    s, e = ctx.sentence_bounds(person.start, person.end)
    s, e = max(s, person.start - 60), min(e, person.end + 60)
    title = _ROLE_TITLES.get(role)
    pattern = rf"\b(?:{re.escape(role)}|{title})(?!\w)" if title else \
        rf"\b{re.escape(role)}(?!\w)"
    found = re.search(pattern, ctx.masked[s:e].lower())
    if found is None:
        return False
    # "Rishi Sunak’s spokesperson": the role is someone of the person's, not the person.
    between = ctx.masked[person.end - 2:s + found.start()]
    return not re.match(r"(?:..)?['’]s\s+(?:[\w-]+\s+){0,2}$", between)
