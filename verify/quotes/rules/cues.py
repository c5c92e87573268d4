"""Rules 1-3 of :mod:`verify.quotes.attribution`: ``S, citing P``, a cue right before the quote,
a cue right after it (also in a headline, and with a verb outside the lexicon).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.quotes.interface import AttributionRule as R
from verify.quotes.lexicon import INVERTED_NOUN_VERB, NAMING_VERBS, NOT_SPEECH_FORMS, SPEAKER_NOUNS, VERB_RE
from verify.quotes.name_runs import NAME_RUN, strip_roles
from verify.quotes.phrases import (
    Mention,
    drop_affiliation,
    head_noun,
    last_appositive_name,
    person_noun,
    phrase_at,
    plausible,
    sentence_subject,
    subject_after,
    subject_before,
    verb_base_of,
    verb_subject,
)
from verify.quotes.phrases.base import speaker_noun
from verify.quotes.rules.base import (
    _ABBREV_OR_PAREN,
    _BARE_ATTRIBUTION,
    _BETWEEN_VERB_AND_QUOTE,
    _CLAUSE_WORD,
    _RELATIVE_AFTER_SUBJECT,
    CUE_GAP_CHARS,
    Attribution,
    Attributor,
    QuoteSentence,
    _dots_in_outlets,
    _may_invert,
)
from verify.quotes.rules.sentence import words_of_before

if TYPE_CHECKING:
    from verify.quotes.context import ArticleContext


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
    if words_of_before(ctx.masked, q.s, q.start) is not None:
        return None  # "Reyes recalled the mayor's promise: “Q”": the colon rule's, the mayor's
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
    verb = INVERTED_NOUN_VERB.match(window, len(window) - len(window.lstrip())) or \
        VERB_RE.search(window)
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
        # including provisions he said …" is another clause's verb). "and" between two
        # roles of one person ("lead researcher and NASA scientist Lucas Paganini") opens
        # no clause; a relative clause before the verb makes it another clause's ("“Q” -
        # Democrats in Iowa who watched the debate said they …").
        if subj is not None and not _CLAUSE_WORD.search(
                _roles_joined(ctx.masked[at:subj.start])) and \
                not re.search(r"\bwho\b", window[subj.end - at:verb.start()]):
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


def _roles_joined(words: str) -> str:
    """``words`` with each "and" that joins two roles of one person blanked ("lead
    researcher and NASA scientist"): it opens no clause."""
    return _ROLE_AND.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1))
                         if speaker_noun(m.group(1)) else m.group(), words)


_ROLE_AND = re.compile(r"\b([a-z][\w-]+)\s+and\b")


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
