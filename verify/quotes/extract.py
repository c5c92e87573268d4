"""Extraction: quote marks, then kinds, then attributions, then inheritance."""

from __future__ import annotations

import re

from verify.input.interface import Document
from verify.outlets import OutletRegistry
from verify.quotes.attribution import Attribution, Attributor, credit_doubt
from verify.quotes.context import ArticleContext
from verify.quotes.interface import AttributionRule as R
from verify.quotes.interface import Quote, QuoteKind, RawQuote
from verify.quotes.lexicon import NAME_PARTICLES, TITLE_CUES, VERB_RE
from verify.quotes.marks import find_quotes
from verify.quotes.names import speaker_name

FRAGMENT_MAX_WORDS = 3
#: How many paragraphs a quote with no cue of its own may float after its speaker's last one.
INHERIT_MAX_BLOCKS = 2
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\r?\n[ \t>]*(?=\w)")
_MD_QUOTE_PREFIX = re.compile(r"(?m)^[ \t]*>[ \t]?")
_SPACE = re.compile(r"\s+")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,1000})\]\([^)\s\[\]]{1,2000}\)")  # bounded: linear
_INHERIT_GAP = re.compile(r"^[\s,;.\x1a]*$")


def join_text(doc: Document, pieces: tuple[tuple[int, int], ...]) -> str:
    """The quoted words over line breaks and hyphenation: "self-\\ndefense" -> "self-defense"."""
    parts = []
    for s, e in pieces:
        chunk = doc.text[s:e]
        if doc.kind == "markdown":
            chunk = _MD_LINK.sub(r"\1", _MD_QUOTE_PREFIX.sub("", chunk))
        chunk = _HYPHEN_BREAK.sub(r"\1-", chunk)
        parts.append(_SPACE.sub(" ", chunk).strip())
    return " ".join(p for p in parts if p)


_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by",
                "from", "is", "it", "vs"}
_BEFORE_NAME = re.compile(r"(?:\b(?:on|of|in|at|to|from|watch|watching|hosted|host|the)|['’]s)"
                          r"\s*$", re.I)


_BYLINE = re.compile(r"\s*,?\s*by\s+[A-Z]")
_TITLE_TAIL = 120
_AFTER_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w.]*['’]s\s*$")


def _is_title(pre: str, text: str, post: str = "") -> bool:
    """A quoted title: after "titled", "headlined", "the book …"; a short Title Case name of
    a show or work after "on", "of", "watching" or a possessive ("on “Face the Nation”",
    "NBC’s “Today”"); or a headline with its byline ("“Hamilton to tour,” by Gordon Cox")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not words:
        return False
    # Every cue below ends the text before the quote: its tail is enough, and searching a
    # whole long sentence for an end-anchored pattern, once per quote, was quadratic.
    pre = pre[-_TITLE_TAIL:]
    if _BYLINE.match(post):
        return True
    capital = sum(1 for w in words if w[0].isupper())
    if TITLE_CUES.search(pre):
        explicit = re.search(r"(?:titled|entitled|headlined|headline)\s*[,:]?\s*$", pre, re.I)
        return bool(explicit) or capital / len(words) >= 0.6
    title_case = all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
    inner = text.rstrip(" ,.")
    shortest = 1 if _AFTER_POSSESSIVE_NAME.search(pre) else 2
    return (title_case and shortest <= len(words) <= 7 and not re.search(r"[.!?;:]", inner)
            and bool(_BEFORE_NAME.search(pre)))


def _is_utterance(pre: str, text: str) -> bool:
    """A short quote that is a whole sentence of speech (“Mr. D’Souza?”, “Too many.”): it
    opens its sentence, starts with a capital and ends with its own punctuation."""
    return not pre.strip(" \t\n\x1a([") and text[:1].isupper() and \
        text.rstrip("”’\"' ")[-1:] in {".", "?", "!", ","}


def extract(doc: Document, registry: OutletRegistry, *, limit: int | None = None,
            unclosed: list[int] | None = None) -> list[Quote]:
    """Find every quotation in ``doc`` with its kind, speaker, outlet and cue. Past the
    first ``limit`` quotations, the rest are listed without their credits (the rules cost
    about a millisecond a quote; a hostile page can hold a hundred thousand).

    A quotation that never closes has no known end (its last paragraph, or its only one,
    runs out with no closing mark): its words cannot be checked, so it is not reported;
    its offset is appended to ``unclosed`` when given, so that a caller can say so."""
    raws: list[RawQuote] = []
    for r in find_quotes(doc.text, doc.blocks):
        if r.closed or r.blockquote:
            raws.append(r)
        elif unclosed is not None:
            unclosed.append(r.start)
    if not raws:
        return []
    rules_text = _blank_markdown_links(doc.text) if doc.kind == "markdown" else doc.text
    ctx = ArticleContext(rules_text, doc.blocks, raws, registry)
    attributor = Attributor(ctx)
    quotes: list[Quote] = []
    prev: tuple[RawQuote, Attribution] | None = None
    for n, raw in enumerate(raws, start=1):
        text = join_text(doc, raw.pieces)
        words = len(text.split())
        s, e = ctx.sentence_bounds(raw.start, raw.end)
        pre = ctx.masked[max(s, raw.start - _TITLE_TAIL):raw.start]
        if _is_title(pre, text, ctx.masked[raw.end:min(e, raw.end + _TITLE_TAIL)]):
            kind = QuoteKind.TITLE
        elif words <= FRAGMENT_MAX_WORDS:
            kind = QuoteKind.FRAGMENT
        else:
            kind = QuoteKind.QUOTE
        if limit is not None and n > limit:
            quotes.append(Quote(id=f"q{n}", start=raw.start, end=raw.end, text=text,
                                kind=kind, pieces=raw.pieces))
            continue
        attr = attributor.attribute(raw.start, raw.end)
        if kind is QuoteKind.TITLE and attr.rule is R.CLAUSE_SUBJECT:
            attr = Attribution()  # a title is nobody's view: "His favourite book is “…”"
        utterance = kind is QuoteKind.QUOTE or (kind is QuoteKind.FRAGMENT
                                                 and _is_utterance(pre, text))
        if prev is not None and kind is not QuoteKind.TITLE and attr.speaker is None \
                and attr.outlet_id is None and _continues(ctx, prev, raw):
            attr = _continued(prev[1])  # "“A,” interposed Miss Lavish, “like myself?”"
        elif not utterance and kind is QuoteKind.FRAGMENT and \
                not attributor.has_cue(raw.start, raw.end):
            attr = Attribution()  # a scare quote: credited to no one
        elif attr.speaker is None and attr.outlet_id is None and utterance \
                and prev is not None:
            attr = _inherit(ctx, prev, raw) or attr
        if kind is QuoteKind.FRAGMENT and _short_utterance(ctx, raw, text, pre, attr, prev,
                                                           quotes):
            kind = QuoteKind.QUOTE  # “Not yet,” xe said, “maybe soon.”
        outlet = ctx.registry.get(attr.outlet_id) if attr.outlet_id else None
        speaker = speaker_name(attr.speaker)
        doubt = credit_doubt(ctx, attr, speaker)
        # "“…,” Williams said." or "De Bolle put it bluntly: “…”" names its speaker in the
        # quote's own sentence: the sentence before ("Vindman and Williams described the
        # call.") cannot change that credit.
        own = doubt is None and attr.rule.in_sentence and attr.speaker_span is not None \
            and s <= attr.speaker_span[0] < e and _full_name(ctx, speaker, raw.start)
        quotes.append(Quote(
            id=f"q{n}", start=raw.start, end=raw.end, text=text, kind=kind,
            speaker=speaker, speaker_span=attr.speaker_span,
            outlet=outlet.name if outlet else None, outlet_id=attr.outlet_id,
            outlet_others=tuple(sorted(ctx.unsure.get(attr.outlet_id, ())))
            if attr.outlet_id else (),
            cue=attr.cue, pieces=raw.pieces, rule=attr.rule,
            credit_doubt=doubt,
            around=_around(ctx, s, e, own, prev[1].speaker_span if prev is not None and
                           prev[1].rule.in_sentence and prev[1].speaker_span is not None and
                           prev[1].speaker_span[1] <= raw.start else None),
        ))
        if kind is not QuoteKind.TITLE and (attr.speaker or attr.outlet_id):
            prev = (raw, attr)
    return quotes


_MD_LINK_SYNTAX = re.compile(
    r"\[([^\[\]\n]{1,1000})\](\([^)\s\[\]]{1,2000}(?:\s+\"[^\"\n]{0,500}\")?\))")


def _blank_markdown_links(text: str) -> str:
    """Keep a Markdown link's anchor words and blank its syntax and URL (same length), so
    "The Times [wrote](https://…):" reads as "The Times  wrote …:" to the rules."""
    return _MD_LINK_SYNTAX.sub(
        lambda m: " " + m.group(1) + " " * (len(m.group(2)) + 1), text)


#: The words between the halves of a split quote: the attribution clause, then a comma.
_SPLIT_GAP = re.compile(r"^[\s,]*[^.!?;:\n\x1a“”\"]{1,120},\s*$")


def _continues(ctx: ArticleContext, prev: tuple[RawQuote, Attribution], raw: RawQuote
               ) -> bool:
    """The second half of a split quote: only the first half's attribution clause and a
    comma stand between them, in the same sentence ("“A,” said X, “B”")."""
    p_raw, p_attr = prev
    span = p_attr.speaker_span
    if p_attr.speaker is None or span is None or not p_raw.end <= span[0] < raw.start:
        return False
    return bool(_SPLIT_GAP.match(ctx.masked[p_raw.end:raw.start]))


#: The most of the article kept as a quote's surroundings (a sentence of megabytes in a
#: hostile page must not be copied per quote).
AROUND_CHARS = 1200


_PARTICLES = "(?:" + "|".join(sorted(NAME_PARTICLES)) + ")"


def _full_name(ctx: ArticleContext, speaker: str | None, before: int) -> bool:
    """The article names ``speaker`` in full (two words or more) by ``before``: a person of
    their own, not a nickname or a short form of someone named earlier ("AOC")."""
    last = speaker.split()[-1] if speaker and speaker.split() else ""
    if not last[:1].isupper():
        return False
    first = (rf"\b[A-Z][\w'’-]+\.?\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}(?:{_PARTICLES}\s+){{0,2}}"
             rf"{re.escape(last)}\b")
    return any(m.group().split()[0] not in {"The", "A", "An", "And"}
               for m in re.finditer(first, ctx.masked[max(0, before - 5000):before]))


def _around(ctx: ArticleContext, s: int, e: int, own: bool,
            credited: tuple[int, int] | None) -> str:
    """The quote's sentence [s, e) and the sentence before it (not when the quote's ``own``
    sentence names its speaker for sure), quotations blanked, and the name ``credited`` with
    an earlier quotation there ("…,” said Sen. Ben Sasse.") blanked too: the writer gave
    that person other words, not these."""
    before = ctx.sentence_bounds(s - 1, s)[0] if s > 0 and not own else s
    lo, hi = max(before, s - AROUND_CHARS // 2), min(e, s + AROUND_CHARS)
    text = ctx.masked[lo:hi]
    if credited is not None and lo <= credited[0] and credited[1] <= hi:
        a, b = credited[0] - lo, credited[1] - lo
        text = text[:a] + " " * (b - a) + text[b:]
    return _URL.sub(" ", text)


_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+")


def _short_utterance(ctx: ArticleContext, raw: RawQuote, text: str, pre: str,
                     attr: Attribution, prev: tuple[RawQuote, Attribution] | None,
                     done: list[Quote]) -> bool:
    """A short quotation beside its speech tag is speech, not a scare quote: one that opens
    its sentence with its own punctuation and a speech tag right after it ("“Not yet,” xe
    said"), or the second half of a split quotation whose first half is speech."""
    if _is_utterance(pre, text) and attr.rule is R.CUE_AFTER:
        return True
    if prev is None or not done:
        return False
    head = next((q for q in reversed(done) if q.start == prev[0].start), None)
    return head is not None and head.kind is QuoteKind.QUOTE and _continues(ctx, prev, raw)


def _continued(attr: Attribution) -> Attribution:
    return Attribution(attr.speaker, attr.speaker_span, attr.outlet_id, attr.cue, R.SPLIT)


def _inherit(ctx: ArticleContext, prev: tuple[RawQuote, Attribution], raw: RawQuote
             ) -> Attribution | None:
    """A quote with no cue of its own continues its neighbour's: the second half of a
    split quote ("A," he said. "B"), or a floating quote in the next paragraph. The
    neighbour's speaker carries over; its outlet only within one sentence, since an outlet
    credit belongs to the sentence that names it ("“A,” the Times reported. “B,” Example.org
    reported." is no quote of the Times's)."""
    p_raw, p_attr = prev
    if p_attr.outlet_id is not None and ctx.sentence_bounds(p_raw.start, p_raw.end) != \
            ctx.sentence_bounds(raw.start, raw.end):
        if p_attr.speaker is None:
            return None  # the neighbour's credit was the outlet alone: nothing carries
        p_attr = Attribution(p_attr.speaker, p_attr.speaker_span, None, p_attr.cue, p_attr.rule)
    gap = ctx.masked[p_raw.end:raw.start]
    _s, prev_sentence_end = ctx.sentence_bounds(p_raw.start, p_raw.end)
    after_attribution = ctx.masked[max(prev_sentence_end, p_raw.end):raw.start]
    same_block = ctx.block_of(p_raw.end) == ctx.block_of(raw.start)
    span = p_attr.speaker_span
    if p_attr.speaker:  # point at the mention nearest the quote ("… he said. “B”")
        span = ctx.nearest_mention(p_attr.speaker, p_raw.end, raw.start) or span
    if same_block and (len(gap.split()) <= 12 or _INHERIT_GAP.match(gap)
                       or not VERB_RE.search(after_attribution)):
        return Attribution(p_attr.speaker, span, p_attr.outlet_id, p_attr.cue, R.INHERITED)
    nb = ctx.block_of(raw.start)
    starts_block = not ctx.masked[ctx.blocks[nb].start:raw.start].strip()
    if starts_block and nb - ctx.block_of(p_raw.end) == 1 and not VERB_RE.search(
            after_attribution):
        return Attribution(p_attr.speaker, span, p_attr.outlet_id, p_attr.cue, R.INHERITED)
    if nb - ctx.block_of(p_raw.end) <= INHERIT_MAX_BLOCKS:
        # Nothing closer claims it: news quotes float on the last speaker (GGT's rule).
        return Attribution(p_attr.speaker, span, p_attr.outlet_id, p_attr.cue, R.FLOATING)
    return None
