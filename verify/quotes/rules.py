"""The attribution rules, one function each, in the order :class:`~verify.quotes.attribution.
Attributor` tries them (the list in that module's docstring). Each takes the attributor (the
article's context, and how a mention resolves to a speaker or an outlet) and the quote in
its sentence, and returns an :class:`Attribution` or None when it does not apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from verify.quotes.context import MASK, NAME_RUN, strip_roles
from verify.quotes.interface import AttributionRule as R
from verify.quotes.lexicon import NAMING_VERBS, NOT_SPEECH_FORMS, SPEAKER_NOUNS, VERB_RE
from verify.quotes.phrases import (
    WHAT_IS,
    Mention,
    drop_affiliation,
    head_noun,
    last_appositive_name,
    passive_naming,
    person_noun,
    phrase_at,
    plausible,
    sentence_subject,
    subject_after,
    subject_before,
    verb_base_of,
    verb_subject,
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
    r"^(?:\s+\w+ly)?(?:\s+(?:in|on|to|at|during|of|before|after|with|about|from)\b[^,:;.\x1a]{0,60})?"
    r"(?:\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*|him|her|them|us|me|"
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s*(?:[,:—–]|that\b)))"
    r"(?:\s+(?:on|in)\b[^,:;.\x1a]{0,40})?)?"
    r"\s*(?:[,:—–-]|\bthat\b|\bas\b)?\s*$"
)


# "Sen.", "(D-Mo.)", "J." inside a speaker's name must not look like a sentence end.
_ABBREV_OR_PAREN = re.compile(
    r"\([^()\n]{0,40}\)|\b(?:[A-Z]|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Rev|St|Jr|Sr|"
    r"U\.S|U\.N|D\.C)\.|\b[A-Z][a-z]{0,3}\.(?=\s*,)")


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


def citing(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """1. ``S, citing P, … wrote``: outlet S, speaker P."""
    ctx = att.ctx
    m = re.search(r"citing\s+", q.pre)
    if not m:
        return None
    cite_at = q.s + m.start()
    head = subject_before(ctx, q.s, cite_at)
    person = subject_after(ctx, q.s + m.end(), q.start)
    if person is None:
        return None
    person = drop_affiliation(person)  # "Sam Bendett of CNA"
    outlet_id = None
    if head is not None and head.kind == "outlet":
        outlet_id = att.resolve(head)[1]
    speaker, _ = att.resolve(person)
    verb = VERB_RE.search(q.pre, m.end()) or VERB_RE.search(q.post)
    return Attribution(speaker, (person.start, person.end), outlet_id,
                       verb.group() if verb else "citing", R.CITING)


def cue_before(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """2. A cue right before the quote: ``S said: “Q”``, ``S wrote, “Q”``, ``Said S: “Q”``."""
    ctx = att.ctx
    # Only a verb close before the quote can introduce it (_BETWEEN_VERB_AND_QUOTE): the
    # tail is read, not the whole sentence, so a sentence of many verbs stays linear.
    tail = max(0, len(q.pre) - CUE_GAP_CHARS)
    pre = _dots_in_outlets(ctx, q.s, q.pre, tail)  # "told Space.com:" names no sentence end
    for verb in reversed(list(VERB_RE.finditer(q.pre, tail))):
        if not _BETWEEN_VERB_AND_QUOTE.match(pre[verb.end():]):
            continue
        if verb_base_of(verb.group()) in NAMING_VERBS and q.end - q.start > 60:
            continue
        subj = verb_subject(ctx, q.s, verb)
        if subj is None and _may_invert(verb.group()):
            subj = subject_after(ctx, q.s + verb.end(), q.start)  # "Said Smith: “…”"
        if subj is not None:
            return att.credit(subj, verb.group(), R.CUE_BEFORE)
    return None


def cue_after(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """3. A cue right after the quote: ``“Q,” S said``, ``“Q,” said S``, ``“Q” — S``, or a
    verb outside the lexicon that closes the sentence (``“Q?” Hannity prodded.``)."""
    ctx = att.ctx
    dash = re.match(r"^\s*[—–―-]+\s*", q.post)
    if dash:
        run = NAME_RUN.match(ctx.masked, q.end + dash.end(), q.e)
        after = ctx.masked[run.end():run.end() + 3].lstrip(" \t\xa0")[:1] if run else "?"
        if run and after in {"", ",", ".", "(", "\n", "\r"}:
            s2, e2 = strip_roles(ctx.masked, run.start(), run.end())
            return att.credit(Mention(s2, e2, ctx.masked[s2:e2], "name"), "—", R.DASH)
    inner = ctx.text[q.start:q.end].rstrip("”“»\"'’ \n")
    headline_colon = re.match(r"\s*:", q.post) is not None and in_headline(ctx, q.start)
    if not (inner.endswith((",", "?", "!", "…", "—", "-")) or re.match(r"\s*[,—–―]", q.post)
            or _BARE_ATTRIBUTION.match(q.post) or headline_colon):
        return None  # “Q” of Russia, publicly claiming… is no attribution
    # "‘I thought I was going to die’: survivor recalls flood" is a headline's cue.
    head = re.match(r"^\s*[,;:]?\s*(?:(?:as|so)\s+)?" if headline_colon else
                    r"^\s*[,;]?\s*(?:(?:as|so)\s+)?", q.post)
    at = q.end + (head.end() if head else 0)
    window = ctx.masked[at:q.e]
    relative = _RELATIVE_AFTER_SUBJECT.match(window)
    blanked = 0
    if relative:
        # "“Q,” a senior manager, who did not want to be named, told the Guardian": the
        # clause says who the subject is, its verbs are not the cue.
        a, b = relative.span(1)
        window = window[:a] + " " * (b - a) + window[b:]
        blanked = b - a
    verb = VERB_RE.search(window)
    named_first = NAME_RUN.match(window.lstrip())
    reach = blanked + (160 if named_first and
                       window.lstrip()[named_first.end():].startswith(",") else 90)
    if verb is None or verb.start() > reach:
        if headline_colon:
            return _headline_speaker(att, at, q.e)
        return unlisted_verb_after(att, at, q.e)
    between = _ABBREV_OR_PAREN.sub(lambda m: " " * len(m.group()), window[:verb.start()])
    between = _dots_in_outlets(ctx, at, between)  # "“Q,” Example.org reported": no stop
    if between.strip() and "," in between and not re.search(r"[.;:!?\x1a]", between):
        # "“Q,” Mitch McConnell, R-Ky., said" / "“Q,” Scott Pruitt, the attorney general, said"
        lead = phrase_at(ctx, at + len(between) - len(between.lstrip()), at + verb.start())
        if lead is not None and lead.kind in {"name", "pronoun", "outlet"}:
            return att.credit(lead, verb.group(), R.CUE_AFTER)
    if between.strip():
        if re.search(r"[.;:!?\x1a]", between) or len(between.split()) > 9:
            return None
        described = re.fullmatch(r"\s*((?:the|a|an)\s+[^.;:!?\x1a]+?)\s*", between)
        if described and not _CLAUSE_WORD.search(described.group(1)):
            # "“Q,” the bespectacled, 71-year-old diplomat said"
            a, b = at + described.start(1), at + described.end(1)
            # "“Q,” the college’s chief executive, Gill Walton, told": the name it gives.
            described_as = last_appositive_name(ctx, a, b) or \
                Mention(a, b, ctx.masked[a:b], "phrase")
            return att.credit(described_as, verb.group(), R.CUE_AFTER)
        subj = subject_before(ctx, at, at + verb.start(), bare=True)
        # Titles may precede the subject ("Rep. Gwen Moore"); a clause may not ("“Q,”
        # including provisions he said …" is another clause's verb).
        if subj is not None and not _CLAUSE_WORD.search(ctx.masked[at:subj.start]):
            return att.credit(subj, verb.group(), R.CUE_AFTER)
        return None
    if verb.group().endswith("ing"):
        # "Pompeo said Washington had concluded “Q”, saying he …": the participle's subject
        # is the sentence's, not the words after it.
        opener = sentence_subject(ctx, q.s, q.start)
        return att.credit(opener, verb.group(), R.CUE_AFTER) if opener is not None else None
    subj = subject_after(ctx, at + verb.end(), q.e)
    if subj is not None:
        return att.credit(subj, verb.group(), R.CUE_AFTER)
    return None


def _dots_in_outlets(ctx: ArticleContext, at: int, text: str, lo: int = 0) -> str:
    """``text`` (the masked text from ``at``) with the dots inside outlet names from ``lo``
    on made letters: "Example.org" or "Space.com" is a name, not a sentence end."""
    for oi in ctx.outlets_in(at + lo, at + len(text)):
        o = ctx.outlets[oi]
        a, b = o.start - at, o.end - at
        text = text[:a] + text[a:b].replace(".", "x") + text[b:]
    return text


def _headline_speaker(att: Attributor, at: int, e: int) -> Attribution | None:
    """"‘It’s carnage’: drivers stuck for hours", "‘…’: widow’s appeal to ministers" — in a
    headline, the person noun right after the colon (after at most two adjectives) speaks."""
    ctx = att.ctx
    m = _HEADLINE_NOUN.match(ctx.masked, at, e)
    if m is None or not (person_noun(m.group(2)) or m.group(2).lower() in SPEAKER_NOUNS):
        return None
    return att.credit(Mention(m.start(1), m.end(2), ctx.masked[m.start(1):m.end(2)], "phrase"),
                      ":", R.CUE_AFTER)


_HEADLINE_NOUN = re.compile(r"\s*((?:[a-z][\w-]*\s+){0,2}?)([A-Za-z][\w-]*)(?:['’]s)?\b")


def in_headline(ctx: ArticleContext, at: int) -> bool:
    """True when ``at`` is in a headline: a short paragraph with no full stop at its end."""
    block = ctx.blocks[ctx.block_of(at)]
    if block.end - block.start > HEADLINE_CHARS:
        return False  # read no further: a page's one long block is no headline
    words = ctx.masked[block.start:block.end].split()
    return 0 < len(words) <= HEADLINE_WORDS and words[-1][-1:] not in {".", "!", "?", ":"}


#: Words of a paragraph that can still be a headline, and its characters.
HEADLINE_WORDS = 20
HEADLINE_CHARS = 400


def unlisted_verb_after(att: Attributor, at: int, e: int) -> Attribution | None:
    """"“Q?” Hannity pressed." — a subject and a past or present verb that close the
    sentence right after the quote credit it, whatever the verb."""
    ctx = att.ctx
    ws = re.match(r"\s*", ctx.masked[at:e])
    at += ws.end() if ws else 0
    pronoun = re.match(r"([a-z]+ed)\s+(he|she|they|xe|ze|zie|I|we)\s*[.,;!?]", ctx.masked[at:e])
    if pronoun and pronoun.group(1) not in NOT_SPEECH_FORMS:  # "‘But it is,’ returned she."
        a, b = at + pronoun.start(2), at + pronoun.end(2)
        return att.credit(Mention(a, b, ctx.masked[a:b], "pronoun"), pronoun.group(1), R.CUE_AFTER)
    inverted = re.match(r"([a-z]+ed)\s+(?=[A-Z])", ctx.masked[at:e])  # "“Q!” beamed Ann Lee."
    if inverted and inverted.group(1) not in NOT_SPEECH_FORMS:
        run = NAME_RUN.match(ctx.masked, at + inverted.end(), e)
        follow = ctx.masked[run.end():run.end() + 2].lstrip(" ")[:1] if run else "?"
        if run and follow in {"", ",", ".", "\n"}:
            s2, e2 = strip_roles(ctx.masked, run.start(), run.end())
            name = drop_affiliation(Mention(s2, e2, ctx.masked[s2:e2], "name"))
            if plausible(ctx, name):
                return att.credit(name, inverted.group(1), R.CUE_AFTER)
    inverted = re.match(r"([a-z]+ed)\s+(?=(?:the|a|an)\s)", ctx.masked[at:e])
    if inverted and inverted.group(1) not in NOT_SPEECH_FORMS:
        # "“Q?” grinned the 72-year-old drummer": a description of a person after the verb.
        described = subject_after(ctx, at + inverted.end(), e)
        if described is not None and (described.kind == "name" or (
                described.kind == "phrase" and person_noun(head_noun(described.text)))):
            return att.credit(described, inverted.group(1), R.CUE_AFTER)
    subj = phrase_at(ctx, at, e)
    if subj is None:
        return None
    tail = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|s))\b(?:\s+[a-z]+ly)?\s*(?:[.,;!?\x1a)]|$|"
                    r"\s+(?:on|in|at|during|after|before|to|with|about|from|later|again|back|"
                    r"then|once|now|too)\b)", ctx.masked[subj.end:e])
    if tail is None or tail.group(1) in NOT_SPEECH_FORMS:
        return None
    return att.credit(subj, tail.group(1), R.CUE_AFTER)


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
    if subj is None or subj.kind not in {"name", "pronoun", "outlet"}:
        subj = sentence_subject(ctx, q.s, colon)
    if subj is None or subj.text.lower() == "it":  # "Wait, it gets better: “Q”"
        return None
    return att.credit(subj, ":", R.COLON)


# "X’s words were simple:", "His message was clear:" — the words that follow are X's.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
_WORDS_OF = re.compile(r"\s*((?:[Hh]is|[Hh]er|[Tt]heir)(?=\s)|(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|"
                       r"[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,3}?(?=['’]s?\s))(?:['’]s?)?\s+"
                       r"(?:own\s+|final\s+|last\s+)?(?:words|message|reply|"
                       r"response|answer|advice|verdict|warning|plea)\s+(?:was|were|is|are)\b"
                       r"[^:]{0,40}$")


def words_of_before(masked: str, s: int, start: int) -> re.Match[str] | None:
    """The "X’s words were simple:" that introduces the quote at ``start`` (its sentence
    starting at ``s``), group 1 being X, or None."""
    colon = s + len(masked[s:start].rstrip()) - 1  # the sentence only: a linear read per quote
    if colon < s or masked[colon] != ":":
        return None
    return _WORDS_OF.match(masked, s, colon)



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



def previous_sentence(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """9. A quote that opens its sentence takes the cue of the sentence before it: in the
    same paragraph ("…, Schiff said. “Q”"), or closing the previous paragraph when the
    quote opens its own ("Valastro praised Christie’s leadership.¶“Q”")."""
    ctx = att.ctx
    if ctx.masked[q.s:q.start].strip():
        return None
    bi = ctx.block_of(q.start)
    if q.s == ctx.blocks[bi].start:
        if bi == 0:
            return None
        prev_block = ctx.blocks[bi - 1]
        ps, pe = ctx.sentence_bounds(prev_block.end - 1, prev_block.end)
        if MASK in ctx.masked[ps:pe]:
            return None  # a quoted paragraph before: inheritance decides
    else:
        ps, pe = ctx.sentence_bounds(q.s - 1, q.s - 1)
        if ctx.block_of(ps) != bi:
            return None
    prev = ctx.masked[ps:pe]
    for verb in reversed(list(VERB_RE.finditer(prev))):
        subj = verb_subject(ctx, ps, verb)
        if subj is None and _may_invert(verb.group()):  # "…, said Schiff. “Q”"
            subj = subject_after(ctx, ps + verb.end(), pe)
            if subj is not None and not (plausible(ctx, subj) and (
                    subj.kind != "phrase" or person_noun(head_noun(subj.text)))):
                subj = None  # "… reveals their deleted posts.¶“Q”": an object, not a speaker
        if subj is not None:
            return att.credit(subj, verb.group(), R.PREVIOUS_SENTENCE)
    return action_beat(att, ps, prev, same_paragraph=q.s != ctx.blocks[bi].start)


#: Words of a sentence that can be an action beat before a quote ("The doctor shook his
#: head."), at most.
BEAT_WORDS = 12


def action_beat(att: Attributor, ps: int, prev: str, same_paragraph: bool
                ) -> Attribution | None:
    """"The doctor shook his head. ‘There’s nothing more we can do.’" — a short sentence of
    a person's action, with no reporting verb, right before a quote in its paragraph: the
    person speaks. ``prev`` is the masked sentence before, starting at ``ps``."""
    ctx = att.ctx
    pe = ps + len(prev)
    if not same_paragraph or MASK in prev or len(prev.split()) > BEAT_WORDS or \
            not prev.rstrip().endswith("."):
        return None
    subj = sentence_subject(ctx, ps, pe)
    if subj is None or subj.text.lower() in {"it", "they", "we", "you", "i"} or (
            subj.kind == "phrase" and not person_noun(head_noun(subj.text))) or \
            subj.kind == "outlet" or not plausible(ctx, subj):
        return None
    verb = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|s)|shook|stood|sat|took|smiled|"
                    r"looked|turned|paused|sighed|nodded|shrugged|laughed|frowned)\b",
                    ctx.masked[subj.end:pe])
    if verb is None:
        return None  # "Police arrived at ten." has a verb; "Police, who…" is no beat
    return att.credit(subj, None, R.ACTION_BEAT)


def colon_paragraph(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """9. A colon closing the previous paragraph (``And from Chairwoman Rosenworcel:``)."""
    ctx = att.ctx
    bi = ctx.block_of(q.start)
    if bi == 0 or ctx.masked[ctx.blocks[bi].start:q.start].strip():
        return None
    prev = ctx.blocks[bi - 1]
    tail = ctx.masked[prev.start:prev.end].rstrip()
    if not tail.endswith(":"):
        return None
    ps, _pe = ctx.sentence_bounds(prev.end - 1, prev.end)
    ps = max(ps, prev.start)
    colon = prev.start + len(tail) - 1
    for verb in VERB_RE.finditer(ctx.masked, ps, colon):  # "He then wrote to members:"
        subj = verb_subject(ctx, ps, verb)
        if subj is not None:
            return att.credit(subj, verb.group(), R.COLON_PARAGRAPH)
    subj = sentence_subject(ctx, ps, colon)  # "He then listed the qualities:"
    if subj is not None and subj.kind in {"name", "pronoun", "outlet"}:
        return att.credit(subj, ":", R.COLON_PARAGRAPH)
    runs = [r for r in NAME_RUN.finditer(ctx.masked, prev.start, prev.end)]
    outlets = ctx.outlets_in(prev.start, prev.end)
    if outlets:
        o = ctx.outlets[outlets[-1]]
        return att.credit(Mention(o.start, o.end, o.text, "outlet"), ":", R.COLON_PARAGRAPH)
    if runs:
        r = runs[-1]
        s2, e2 = strip_roles(ctx.masked, r.start(), r.end())
        return att.credit(Mention(s2, e2, ctx.masked[s2:e2], "name"), ":", R.COLON_PARAGRAPH)
    return None


def clause_subject(att: Attributor, q: QuoteSentence) -> Attribution | None:
    """10. A quote inside a sentence with no reporting verb ("Rubio also bemoaned a climate
    in which people “literally hate each other”"): the sentence's subject holds the view."""
    ctx = att.ctx
    if len(re.findall(r"[A-Za-z]+", q.pre)) < 2 or len(ctx.text[q.start:q.end].split()) < 4:
        return None  # a short phrase in running text is a scare quote, not a view held
    if q.pre.lstrip().startswith(MASK):
        return None  # "‘A,’ said X, a GP in Hull, ‘B’": the split quote's, not a clause's
    subj = sentence_subject(ctx, q.s, q.start, loose=True)  # "The petition demands that “Q”"
    if subj is None or not (subj.kind == "phrase" or plausible(ctx, subj)) or \
            subj.text.lower() == "it":  # "It means that …" names nobody
        return None
    return att.credit(subj, None, R.CLAUSE_SUBJECT)


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

