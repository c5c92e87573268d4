"""Rules 4-8 of :mod:`verify.quotes.attribution`, read in the quote's sentence: ``according to S``,
a colon, a reporting verb earlier in the sentence, an attribution that closes the sentence,
a characterisation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.quotes.context import MASK
from verify.quotes.interface import AttributionRule as R
from verify.quotes.lexicon import VERB_RE
from verify.quotes.name_runs import NAME_RUN, strip_roles
from verify.quotes.phrases import (
    WHAT_IS,
    Mention,
    head_noun,
    passive_naming,
    person_noun,
    phrase_at,
    plausible,
    sentence_subject,
    subject_after,
    subject_before,
    verb_subject,
)

if TYPE_CHECKING:
    from verify.quotes.context import ArticleContext
from verify.quotes.rules.base import (
    _CLAUSE_WORD,
    CHARACTERIZING,
    OUTER_VERBS,
    SENTENCE_VERBS,
    VERB_WINDOW_CHARS,
    Attribution,
    Attributor,
    QuoteSentence,
)


def according_to(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """4. ``according to S``, ``per S``, ``in the words of S`` or ``the verdict of S``
    anywhere in the sentence."""
    ctx = att.ctx
    for base, text in ((q.s, q.pre), (q.end, q.post)):
        m = ACCORDING_TO.search(text)
        if m:
            subj = subject_after(ctx, base + m.end(), base + len(text))
            if subj is not None:
                return att.credit(subj, "according to", R.ACCORDING_TO)
    return None


ACCORDING_TO = re.compile(
    r"\b(?:[Aa]ccording\s+to|per(?=\s+(?:the|a|an|[A-Z]))|[Ii]n\s+the\s+words\s+of|"
    r"(?:is|was|were|came)\s+the\s+(?:verdict|view|assessment|judge?ment|reaction|response|"
    r"message|warning|reply|answer|retort|riposte|word)\s+(?:of|from))\s+")


def colon_before(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """5. A colon: "Republican pollster Daron Shaw: “Q”", "She then addressed the crowd: “Q”"."""
    ctx = att.ctx
    if not q.pre.rstrip().endswith(":"):
        return None
    words_of = words_of_before(ctx.masked, q.s, q.start)
    if words_of is not None:
        # "Her mother’s words were simple: ‘Come home.’": whose words they are.
        a, b = words_of.span(1)
        pronoun = _POSSESSIVE_PRONOUNS.get(ctx.masked[a:b].lower())
        text = ctx.masked[a:b]
        if pronoun:
            owner = Mention(a, b, pronoun, "pronoun")
        elif text[:1].isupper() and NAME_RUN.fullmatch(text):
            owner = Mention(a, b, text, "name")
        else:
            owner = Mention(a, b, text, "phrase")
        if owner.kind != "phrase" or person_noun(head_noun(text)) or plausible(ctx, owner):
            return att.credit(owner, ":", R.COLON)
    colon = q.s + len(q.pre.rstrip()) - 1
    subj = subject_before(ctx, q.s, colon)
    if subj is not None and subj.kind in {"name", "outlet"} and \
            _AFTER_PREPOSITION.search(ctx.masked, max(q.s, subj.start - 12), subj.start):
        subj = None  # "piled on via Twitter:": where the words went, not who said them
    if subj is not None and subj.kind == "pronoun" and \
            _OBJECT_PRONOUN.search(ctx.masked, max(q.s, subj.start - 12), subj.start):
        subj = None  # "was blunt about it:": what the words are about, not who said them
    if subj is None or subj.kind not in {"name", "pronoun", "outlet"}:
        # The subject of the clause the colon closes, when a conjunction opens one ("Whiplash
        # changed the math, though he describes the windfall modestly:"), else the sentence's.
        clause = _CLAUSE_OPENER.search(ctx.masked, q.s, colon)
        last = None
        while clause is not None:
            last, clause = clause, _CLAUSE_OPENER.search(ctx.masked, clause.end(), colon)
        inner = phrase_at(ctx, last.end(), colon) if last is not None else None
        subj = inner if inner is not None and inner.kind in {"name", "pronoun"} else \
            sentence_subject(ctx, q.s, colon)
    if subj is None or subj.text.lower() == "it":  # "Wait, it gets better: “Q”"
        return None
    if _TOPIC.search(ctx.masked[q.s:subj.start]):
        return None  # "On the Bidens: “Q”": what the words are about, not who said them
    return att.credit(_subject_of(ctx, q.s, subj), ":", R.COLON)


def _subject_of(ctx: ArticleContext, s: int, named: Mention) -> Mention:
    """Who speaks before a colon: ``named``, the name that ends the words before it, unless
    it is the object of a verb whose subject opens the sentence ("Sen. Ben Sasse turned on
    the prison chief, Kathleen Hawk Sawyer: “Q”", "Coach Ann Lee praised the rookie, Sam
    Reyes:"): an object is never the speaker."""
    if named.kind != "name":
        return named
    text = ctx.masked[s:named.start]
    at = s + len(text) - len(text.lstrip())
    lead = re.match(r"[^,\x1a]{0,60},\s*", text)  # "In Washington, …"
    for start in ([at, s + lead.end()] if lead else [at]):
        first = phrase_at(ctx, start, named.start)
        if first is None or first.kind not in {"name", "pronoun"} or first.end >= named.start:
            continue
        gap = ctx.masked[first.end:named.start]
        if _PASSIVE_AGENT.search(gap):
            return named  # "Trump was criticised by Eswar Prasad:": the agent speaks
        if not gap.lstrip().startswith(",") and _OBJECT_VERB.search(gap):
            if first.kind == "name":  # "Coach Ann Lee" is Ann Lee
                a, b = strip_roles(ctx.masked, first.start, first.end)
                return Mention(a, b, ctx.masked[a:b], "name")
            return first
    return named


# A verb between the sentence's subject and a name before a colon makes the name its object.
_OBJECT_VERB = re.compile(r"\b(?:[a-z]+(?:ed|ing)|told|hit|took|gave|met|thanked|urged|"
                          r"praised|warned|asked|called|slammed|blasted|quoted|cited|"
                          r"answered|addressed|turned|defended|introduced|welcomed)\b")


# A passive's agent right before the name: "was criticised by", "has been praised by".
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|is|are|been|being|got|gets)\s+(?:\w+ly\s+)?"
                            r"[a-z]+(?:ed|en|wn|t)\s+by\s+$")


# A preposition right before a pronoun that ends the words before a colon.
_OBJECT_PRONOUN = re.compile(r"\b(?:about|of|on|to|with|for|at|from|over|into)\s+$")


# A conjunction after a comma that opens the clause a colon closes.
_CLAUSE_OPENER = re.compile(r",\s+(?:though|although|while|whereas|but|and|yet|so|because|"
                            r"since)\s+")


# A preposition right before the name that ends the words before a colon.
_AFTER_PREPOSITION = re.compile(r"\b(?:via|on|in|through|at|from|over|onto|into|across)\s+"
                                r"(?:the\s+)?$")


# A preposition right before the colon's noun phrase makes it the topic.
_TOPIC = re.compile(r"(?:^|[\s(])(?:[Oo]n|[Aa]bout|[Oo]f|[Rr]egarding|[Cc]oncerning|[Ff]or|[Tt]o|"
                    r"[Ww]ith|[Aa]s\s+for|[Aa]s\s+to|[Ii]n|[Ff]rom|[Aa]gainst|[Oo]ver|[Tt]owards?)"
                    r"\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")


# "X’s words were simple:", "His message was clear:" — the words that follow are X's.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


#: Nouns for what someone said: "the mayor's promise:", "Her words were simple:".
_WORDS_NOUN = (r"(?:words|message|reply|response|answer|advice|verdict|warning|plea|promise|"
               r"pledge|vow|remarks?|comments?|statement|boast|prediction|assessment|"
               r"explanation|threat|instructions?|motto|slogan|refrain|mantra|catchphrase)")
_WORDS_OF = re.compile(r"(?:^|(?<=[\s(]))((?:[Hh]is|[Hh]er|[Tt]heir)(?=\s)|"
                       r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+"
                       r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*|"
                       r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?=['’]s?\s))(?:['’]s?)?\s+"
                       r"(?:(?:own|final|last|earlier|famous|stark|blunt|parting)\s+)?"
                       + _WORDS_NOUN + r"(?:\s+(?:was|were|is|are)\b[^:]{0,40})?\s*$")


def words_of_before(masked: str, s: int, start: int) -> re.Match[str] | None:
    """The "X’s words were simple:" that introduces the quote at ``start`` (its sentence
    starting at ``s``), group 1 being X, or None."""
    colon = s + len(masked[s:start].rstrip()) - 1  # the sentence only: a linear read per quote
    if colon < s or masked[colon] != ":":
        return None
    return _WORDS_OF.search(masked, max(s, colon - 160), colon)


def verb_in_sentence(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """6. A reporting verb earlier in the sentence (``S said that X has “Q”``), the outer
    clause when the nearer one is a pronoun for the same person."""
    ctx = att.ctx
    verbs = list(VERB_RE.finditer(q.pre))
    # The reporting verb is among the last few before the quote: trying every verb of a
    # sentence of thousands, for every quote in it, was quadratic.
    first = len(verbs)
    while first > 0 and len(verbs) - first < SENTENCE_VERBS and \
            len(q.pre) - verbs[first - 1].start() <= VERB_WINDOW_CHARS:
        first -= 1
    for i in range(len(verbs) - 1, first - 1, -1):
        subj = verb_subject(ctx, q.s, verbs[i])
        if subj is None or in_relative_clause(ctx.masked, q.s, subj.start):
            continue  # "said the Duchess, who agreed to everything that Alice said; “Q”"
        found = att.credit(subj, verbs[i].group(), R.VERB_IN_SENTENCE)
        if subj.kind == "pronoun":
            # "Cruz said he calls it “Q”": the reporting clause is the outer one (one of
            # the few verbs before; farther ones are other clauses).
            for outer in verbs[max(0, i - OUTER_VERBS):i]:
                head = verb_subject(ctx, q.s, outer)
                if head is not None and head.kind == "name" and \
                        att.resolve(head)[0] == found.speaker:
                    return att.credit(head, outer.group(), R.VERB_IN_SENTENCE)
        return found
    active = [v for v in verbs[first:] if not passive_naming(ctx, q.s, v)]
    if active and not q.pre.lstrip().startswith(MASK):
        # (A sentence that opens on a quote has its subject after the verb: "‘A,’ said X, a
        # GP in Hull, ‘B’" is the split rule's.)
        subj = sentence_subject(ctx, q.s, q.start)
        if subj is not None:
            return att.credit(subj, active[0].group(), R.VERB_IN_SENTENCE)
    return None


def in_relative_clause(masked: str, lo: int, at: int) -> bool:
    """True when the subject at ``at`` is that of an object relative clause ("everything
    that Alice said"): its verb says what the clause's noun is, not who spoke the quote.
    (A subject relative, "Trump, who said “Q”", is the speaker's own clause.)"""
    that = _OBJECT_RELATIVE.search(masked, max(lo, at - 40), at)
    return that is not None


# A "that" after a noun it is the object of, right before a subject.
_OBJECT_RELATIVE = re.compile(
    r"\b(?:everything|anything|something|nothing|all|what|much|little|words|remarks|"
    r"comments)\s+that\s+$")


def cue_closing_sentence(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """7. "Clinton “drew quite well” in 2008, said professor Paul Beck." — a mixed quote whose
    sentence closes on its attribution."""
    ctx = att.ctx
    tail = closing_clause(q.post)
    if tail is None:
        return None
    at = q.end + tail.start(1)
    clause = ctx.masked[at:at + len(tail.group(1))]
    verb = VERB_RE.match(clause)
    if verb is not None:  # ", said Paul Beck"
        subj = subject_after(ctx, at + verb.end(), at + len(clause))
        return att.credit(subj, verb.group(), R.CUE_CLOSING) if subj is not None else None
    verb = VERB_RE.search(clause)
    if verb is None:
        # "Hospital ‘let down’ mother, coroner rules": a finding closes the sentence.
        finding = closing_finding(clause)
        if finding is None:
            return None
        subj = Mention(at, at + finding.end(1), finding.group(1), "phrase")
        return att.credit(subj, finding.group(2), R.CUE_CLOSING)
    if clause[verb.end():].strip(" .") or verb.start() > 80:
        return None
    subj = subject_before(ctx, at, at + verb.start())  # ", professor Paul Beck said"
    if subj is None or _CLAUSE_WORD.search(ctx.masked[at:subj.start]):
        return None
    return att.credit(subj, verb.group(), R.CUE_CLOSING)


# Bodies whose findings a sentence may close on, and the verbs of a finding.
FINDING_NOUNS = {"coroner", "inquest", "inquiry", "review", "report", "study", "survey", "poll",
                 "audit", "court", "judge", "jury", "tribunal", "watchdog", "regulator",
                 "ombudsman", "research", "analysis", "investigation", "panel"}


_FINDING = re.compile(r"((?:(?:the|a|an|new)\s+)?(?:[\w’'-]+\s+){0,2}?[\w-]+)\s+"
                      r"(rules|ruled|finds|found|concludes|concluded|shows|showed|suggests|"
                      r"suggested|reveals|revealed)")


def closing_clause(post: str) -> re.Match[str] | None:
    """The clause after the last comma of the text after a quote (group 1), where a
    sentence can close on its attribution ("…, said Paul Beck.", "…, coroner rules")."""
    return _CLOSING_CLAUSE.search(post.rstrip(" \n.\"”’"))


_CLOSING_CLAUSE = re.compile(r",\s*([^,;:\x1a]{0,140})$")


def closing_finding(clause: str) -> re.Match[str] | None:
    """``clause`` as a body's finding ("coroner rules", "the report finds"), if it is one."""
    finding = _FINDING.fullmatch(clause.rstrip(" .\n"))
    if finding is None or finding.group(1).split()[-1].lower() not in FINDING_NOUNS:
        return None
    return finding


def characterization(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """8. "Christie blasted Clinton as a “disgrace”": the sentence's subject is credited."""
    ctx = att.ctx
    named = CHARACTERIZING.search(q.pre)
    if not named:
        return None
    if WHAT_IS.search(q.pre, max(0, named.start() - 30), named.start()):
        return None  # "what’s called “Q”": a name, no one's words
    subj = sentence_subject(ctx, q.s, q.start)
    return att.credit(subj, "as", R.CHARACTERIZATION) if subj is not None else None
