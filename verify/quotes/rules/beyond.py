"""Rules 9-10 of :mod:`verify.quotes.attribution`, read beyond the quote's sentence or guessed:
the previous sentence's cue (or an action beat, or a colon closing the previous paragraph),
and the subject of a sentence that holds a view.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from verify.quotes.context import MASK
from verify.quotes.interface import AttributionRule as R
from verify.quotes.lexicon import VERB_RE
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_roles
from verify.quotes.phrases import (
    Mention,
    bare_word,
    head_noun,
    person_noun,
    plausible,
    sentence_subject,
    subject_after,
    verb_subject,
)

if TYPE_CHECKING:
    pass
from verify.quotes.rules.base import Attribution, Attributor, QuoteSentence, _may_invert


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
    # "Here are some of the highlights:" names no one.
    runs = [r for r in NAME_RUN.finditer(ctx.masked, prev.start, prev.end)
            if not all(bare_word(w) in NOT_NAMES for w in r.group().split())]
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
