"""The decision procedure, cheapest step first.

1. Split the quote at ellipses and [bracketed insertions]; its pieces must appear in order.
2. Align each piece word by word (:mod:`verify.match.align`).
3. Classify the word differences (:mod:`verify.match.diff`): only minor ones give
   MINOR_VARIATION, none gives VERBATIM, any major one gives ALTERED — whatever the
   similarity.
4. No passage aligns: embeddings retrieve the closest sentence window; PARAPHRASE only when
   the window is close *and* shares the quote's content words without a conflicting number
   or negation, else NOT_FOUND.
   Words found whole in a sentence that negates, denies, reports as others' claim, makes
   hypothetical or asks them give OUT_OF_CONTEXT (:mod:`verify.match.context`).
5. Words that are there get their credit checked (:mod:`verify.match.attribution`); a named
   credit the source contradicts makes them MISATTRIBUTED.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from rapidfuzz import fuzz

from verify.input.interface import Document
from verify.match import thresholds as T
from verify.match.align import NO_ALIGNMENT, Alignment, Op, align, build_index
from verify.match.attribution import check_attribution, not_checked
from verify.match.breaks import TAG_MAX_WORDS, Breaks
from verify.match.context import out_of_context, sentence_span
from verify.match.diff import (
    CRITICAL_KINDS,
    Difference,
    classify,
    form_only,
    punctuation_differs,
    splice_apart,
)
from verify.match.interface import Judgement, Verdict
from verify.match.lexicon import (
    FUNCTION_WORDS,
    NEGATIONS,
    content_words,
    expand_contractions,
    has_number,
    number_value,
)
from verify.match.nli import Entailment, NLIModel
from verify.match.normalize import Tokens, squash
from verify.match.semantic import Embedder, Window, cosine_best, reported, sentence_windows
from verify.outlets import OutletRegistry, reads_as_outlet
from verify.quotes.interface import EDITORIAL_MARK, Quote, QuoteKind

_NO_NLI = " (similarity only: no entailment model is configured)"


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the quote between editorial marks."""

    text: str
    tokens: Tokens
    after: str | None
    """The mark before this piece: "bracket", "ellipsis" or None for the first."""


#: A bracketed letter glued to the rest of its word changes only its case ("[W]hen" for a
#: quotation that starts mid-sentence): the word, not an insertion.
_BRACKETED_CASE = re.compile(r"\[([A-Za-z])\](?=[a-z])")


#: A contraction's ending glued to a bracket ("[the senator]’s" for "he’s") belongs to the
#: bracketed words: what they replace is the whole contracted word.
_GLUED_SUFFIX = re.compile(r"^[’'](?:s|re|ll|ve|d|m)\b", re.I)


def segments(text: str) -> list[Segment]:
    """Split a quote at ellipses and bracketed insertions."""
    text = _BRACKETED_CASE.sub(r"\1", text)
    out: list[Segment] = []
    mark: str | None = None
    pos = 0
    for m in [*EDITORIAL_MARK.finditer(text), None]:  # None: the piece after the last mark
        piece = text[pos:m.start() if m is not None else len(text)]
        if mark == "bracket" and not text[pos - 1:pos].isspace():
            piece = _GLUED_SUFFIX.sub("", piece)
        if Tokens.of(piece).spans:
            out.append(Segment(piece, Tokens.of(piece), mark if out else None))
        if m is None:
            break
        mark = "bracket" if m.group(1).startswith("[") else (
            "ellipsis" if mark != "bracket" or not out else mark)
        pos = m.end()
    return out


class SourceIndex:
    """A source document prepared for matching (tokens, key index), built once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = Tokens.of(doc.text)
        self.index = build_index(self.tokens.loose_keys)
        self.breaks = Breaks(self.tokens, [b.start for b in doc.blocks])

    @cached_property
    def folded(self) -> str:
        """The text case-folded, to ask cheaply whether a name is in it at all."""
        return self.doc.text.casefold()

    @cached_property
    def windows(self) -> list[Window]:
        """Sentence windows for semantic retrieval."""
        return sentence_windows(self.doc.text)

    @cached_property
    def window_content(self) -> list[set[str]]:
        """The content words of each window, for the cheap prefilter: the document's own
        tokens in the window's span (tokenising each window again cost more than all the
        rest of a warm run's reading)."""
        starts = [s for s, _ in self.tokens.spans]
        keys = self.tokens.loose_keys
        return [content_words(keys[bisect.bisect_left(starts, w.start):
                                   bisect.bisect_left(starts, w.end)]) for w in self.windows]


@dataclass(frozen=True, slots=True)
class Lexical:
    """The word-by-word steps against one source: a judgement, or None when no passage
    aligns and the semantic step must decide."""

    judgement: Judgement | None
    coverage: float
    """Share of the quote's words found in order (what the semantic step reports)."""


def judge_lexical(quote: Quote, source: SourceIndex, *,
                  embedder: Callable[[], Embedder] | None = None,
                  nli: NLIModel | None = None) -> Lexical:
    """Steps 1-3 against one source. ``embedder`` is only called for an aligned quote
    reworded throughout (a PARAPHRASE candidate)."""
    segs = segments(quote.text)
    if not segs:
        return Lexical(Judgement(Verdict.UNCHECKED, 0.0, "the quote has no words to check"), 0.0)
    if len(segs) > 1:
        # The cheapest step first: the whole quote, brackets and ellipses included, may be in
        # the source as it stands ("a 30 min[ute] activity"), across a speech tag too ("If
        # you're scared [of Manziel],” one executive joked, “then I'm really scared").
        whole = Segment(quote.text, Tokens.of(quote.text), None)
        (a,) = _align_segments([whole], source)
        if a.matched == len(whole.tokens) and all(
                op.tag == "equal" or (op.tag == "insert" and source.breaks.passed_over(
                    op.s0, op.s1) is not None) for op in a.ops):
            segs, aligned = [whole], [a]
        else:
            aligned = _align_segments(segs, source)
    else:
        aligned = _align_segments(segs, source)
    total = sum(len(s.tokens) for s in segs)
    # Words a replacement only changes in form ("will not" for "won't") are found too.
    formal = [{i for i, op in enumerate(a.ops) if form_only(op, seg.tokens, source.tokens)}
              for seg, a in zip(segs, aligned, strict=True)]
    matched = sum(a.matched + sum(a.ops[i].q1 - a.ops[i].q0 for i in f)
                  for a, f in zip(aligned, formal, strict=True))
    coverage = matched / total
    if quote.kind is not QuoteKind.QUOTE:
        return Lexical(_judge_short(quote, segs, aligned, source, coverage), coverage)
    longest = max((_longest_equal(a, source.breaks, f)
                   for a, f in zip(aligned, formal, strict=True)), default=0)
    if coverage >= T.ALIGN_MIN_COVERAGE and longest >= min(T.ALIGN_MIN_WORDS, total):
        return Lexical(_judge_aligned(quote, segs, aligned, source, coverage, embedder, nli),
                       coverage)
    if len(segs) == 1 and coverage >= T.SPLICE_MIN_COVERAGE and \
            (spliced := _spliced(quote, source)) is not None:
        return Lexical(spliced, spliced.coverage)
    return Lexical(None, coverage)


#: A clause break inside a quote, where two passages may have been joined.
_JOIN = re.compile(r"[.,;:!?—–]+[\"”’]*\s+")


def _spliced(quote: Quote, source: SourceIndex) -> Judgement | None:
    """ALTERED when the quote, split at one of its clause breaks, is two passages of the
    source found each nearly word for word, not next to each other, and joined with no
    ellipsis ("Since 2008, there has been no gain, financial players are making money" from
    two paragraphs apart). None when no split gives that."""
    for m in _JOIN.finditer(quote.text):
        left, right = quote.text[:m.start()], quote.text[m.end():]
        lt, rt = Tokens.of(left), Tokens.of(right)
        if min(len(lt), len(rt)) < T.SPLICE_MIN_WORDS:
            continue
        a = align(lt.loose_keys, source.tokens, 0, None, source.index, source.breaks)
        b = align(rt.loose_keys, source.tokens, 0, None, source.index, source.breaks)
        if a.empty or b.empty or a.matched < T.SPLICE_MIN_SHARE * len(lt) or \
                b.matched < T.SPLICE_MIN_SHARE * len(rt):
            continue
        if a.s_end <= b.s_start and (a.s_end == b.s_start or source.breaks.passed_over(
                a.s_end, b.s_start) or b.s_start - a.s_end <= T.SPLICE_ADJACENT_WORDS):
            continue  # next to each other, or one answer across a speech tag
        lo, hi = sorted((a.s_end, b.s_start)) if a.s_end <= b.s_start else (b.s_end, a.s_start)
        apart = splice_apart(source.breaks, lo, hi) if lo < hi else None
        where = apart or "out of their order in the source"
        skipped = " ".join(source.tokens.surface[lo:hi]) if lo < hi else ""
        passage, span = _passage(source, [a, b])
        cov = round((a.matched + b.matched) / (len(lt) + len(rt)), 3)
        diff = Difference("insert", where, skipped, "splice", False)
        return Judgement(Verdict.ALTERED, cov, "the words are in the source, but the quote "
                         + _describe(diff), passage=passage, passage_span=span,
                         differences=[diff], coverage=cov)
    return None


def judge(quote: Quote, source: SourceIndex, *, registry: OutletRegistry,
          embedder: Callable[[], Embedder] | None,
          source_quotes: Callable[[], list[Quote]], nli: NLIModel | None = None) -> Judgement:
    """Judge ``quote`` against one readable source: the lexical steps, the credit check on
    found words, and the semantic step when nothing aligns.

    ``embedder`` is called only when a quote needs the semantic step; ``nli``, when given,
    decides between PARAPHRASE, ALTERED (a contradiction) and NOT_FOUND where similarity
    alone would have to guess. Several sources at once: :func:`verify.match.select.judge_all`."""
    lex = judge_lexical(quote, source, embedder=embedder, nli=nli)
    if lex.judgement is not None:
        return credited(quote, lex.judgement, source, registry, source_quotes)
    windows = semantic_windows(quote, source)
    if not windows or embedder is None:
        return not_found(quote, lex.coverage, shared=bool(windows))
    best, cos = cosine_best(embedder(), quote.text, windows)
    assert best is not None
    return judge_window(quote, best, cos, lex.coverage, nli)


def credited(quote: Quote, result: Judgement, source: SourceIndex, registry: OutletRegistry,
             source_quotes: Callable[[], list[Quote]]) -> Judgement:
    """The credit check for words that were found (VERBATIM, MINOR_VARIATION, ALTERED)."""
    if result.verdict not in {Verdict.VERBATIM, Verdict.MINOR_VARIATION, Verdict.ALTERED,
                              Verdict.OUT_OF_CONTEXT}:
        return result
    if quote.kind is not QuoteKind.QUOTE:
        return replace(result, attribution=not_checked(
            f"a {quote.kind.value}: the words are confirmed, their credit is not checked"))
    return check_attribution(quote, result, source.doc, registry, source_quotes)


def _longest_equal(a: Alignment, breaks: Breaks, formal: set[int] | frozenset[int] = frozenset()
                   ) -> int:
    """The most quote words found in a row, across speech tags the quote joins passages
    across ("We tried. It failed." for ``“We tried,” he says. “It failed.”``) and through
    the replacements ``formal`` (indices of ops that only change the words' form)."""
    best = run = 0
    for i, op in enumerate(a.ops):
        if op.tag == "equal" or i in formal:
            run += op.q1 - op.q0
            best = max(best, run)
        elif not (op.tag == "insert" and breaks.passed_over(op.s0, op.s1)):
            run = 0
    return best


def _align_segments(segs: list[Segment], source: SourceIndex) -> list[Alignment]:
    """Align the pieces of a quote in order: the longest piece anywhere first (the anchor),
    then each later piece just after its predecessor and each earlier piece just before
    its successor, within the gap an ellipsis or a bracket allows. A page may say a
    piece's words more than once ("how much or how little pupils …" in a sentence of its
    own and again in the one quoted): when the pieces do not all fall in order around the
    anchor found first, the anchor's later places on the page and the other pieces as
    anchors are tried, and the reading that keeps the most words in order wins."""
    full = sum(len(s.tokens) for s in segs)
    best: list[Alignment] | None = None
    for anchor in sorted(range(len(segs)), key=lambda i: -len(segs[i].tokens)):
        keys, lo = segs[anchor].tokens.loose_keys, 0
        for _ in range(_ANCHOR_TRIES):
            first = align(keys, source.tokens, lo, None, source.index, source.breaks)
            if first.empty:
                break
            got = _align_from(segs, source, anchor, first)
            if best is None or _in_order(got) > _in_order(best):
                best = got
            if len(segs) == 1 or _in_order(best) == full:
                return best
            lo = first.s_end
    return best if best is not None else [NO_ALIGNMENT] * len(segs)


#: Places of one anchor on the page tried before the next piece is taken as the anchor.
_ANCHOR_TRIES = 4


def _in_order(aligned: list[Alignment]) -> int:
    """Words matched by the pieces that stand after the piece before them."""
    total, end = 0, -1
    for a in aligned:
        if a.empty or a.s_start < end:
            continue
        total, end = total + a.matched, a.s_end
    return total


def _align_from(segs: list[Segment], source: SourceIndex, anchor: int, first: Alignment
                ) -> list[Alignment]:
    """The pieces aligned around ``first``, the anchor piece's place on the page."""
    out: list[Alignment | None] = [None] * len(segs)
    out[anchor] = first
    for i in range(anchor + 1, len(segs)):
        prev = next((a for a in reversed(out[:i]) if a is not None and not a.empty), None)
        out[i] = _near(segs[i], source, after=prev.s_end if prev else None)
    for i in range(anchor - 1, -1, -1):
        nxt = next((a for a in out[i + 1:] if a is not None and not a.empty), None)
        out[i] = _near(segs[i], source, before=nxt.s_start if nxt else None,
                       gap_mark=segs[i + 1].after)
    return [a if a is not None else NO_ALIGNMENT for a in out]


def _gap(mark: str | None) -> int:
    return T.BRACKET_MAX_GAP if mark == "bracket" else T.ELLIPSIS_MAX_GAP


def _near(seg: Segment, source: SourceIndex, *, after: int | None = None,
          before: int | None = None, gap_mark: str | None = None) -> Alignment:
    """Align a piece next to an already aligned neighbour; anywhere only when it is long
    enough to stand on its own (a lone "The" must not jump to the top of the page)."""
    keys = seg.tokens.loose_keys
    if after is not None:
        lo, hi = after, after + _gap(seg.after) + len(keys) + 4
    elif before is not None:
        lo, hi = max(0, before - _gap(gap_mark) - len(keys) - 4), before
    else:
        lo, hi = 0, None
    a = align(keys, source.tokens, lo, hi, source.index, source.breaks)
    mark = seg.after if after is not None else gap_mark
    if mark == "bracket" and a.matched < len(keys) and (after is not None or before is not None):
        # A bracket right beside a speech tag the quote joins across ("If you're scared
        # [of Manziel], then …" over "“If you're scared of him,” one executive joked, “then
        # …"): the window reaches past the tag, and the words skipped must be that tag and
        # at most the bracket's own few.
        reach = TAG_MAX_WORDS + 2
        wide = align(keys, source.tokens, max(0, lo - (reach if before is not None else 0)),
                     None if hi is None else hi + (reach if after is not None else 0),
                     source.index, source.breaks)
        gap = (after, wide.s_start) if after is not None else (wide.s_end, before)
        if wide.matched > a.matched and gap[0] is not None and gap[1] is not None and \
                _bracket_beside_tag(source.breaks, gap[0], gap[1]):
            return wide
    if a.matched >= max(1, len(keys) // 2) or len(keys) < T.ALIGN_MIN_WORDS:
        return a
    wide = align(keys, source.tokens, 0, None, source.index, source.breaks)
    return wide if wide.matched > a.matched else a


def _bracket_beside_tag(breaks: Breaks, g0: int, g1: int) -> bool:
    """True when source tokens [g0, g1) are a speech tag with at most a bracket's few words
    before or after it."""
    if not 0 <= g0 < g1:
        return False
    return any(breaks.passed_over(j, g1) for j in range(g0, min(g0 + T.BRACKET_MAX_GAP, g1) + 1)
               if j < g1) or any(breaks.passed_over(g0, j)
                                 for j in range(max(g0 + 1, g1 - T.BRACKET_MAX_GAP), g1 + 1))


def _passage(source: SourceIndex, aligned: list[Alignment]) -> tuple[str, tuple[int, int]]:
    spans = source.tokens.spans
    found = [a for a in aligned if not a.empty]
    s = spans[min(a.s_start for a in found)][0]
    e = spans[max(a.s_end for a in found) - 1][1]
    return " ".join(source.doc.text[s:e].split()), (s, e)


def _within_gaps(ops: tuple[Op, ...], segs: list[Segment], i: int, breaks: Breaks
                 ) -> tuple[Op, ...]:
    """A piece's alignment without source words it takes in at an edge beside an ellipsis
    or a bracket when a clause break parts them from the piece: the mark stands for them
    ("in a building … It would" over "in a building, no windows or anything like that. It
    would": the "no" is the ellipsis', not a dropped negation). "I do … support" over "I do
    not support" keeps its dropped "not": nothing parts it from "I do"."""
    if ops and ops[-1].tag == "insert" and i + 1 < len(segs) and segs[i + 1].after and \
            _CLAUSE_PUNCT.search(breaks.between(ops[-1].s0)):
        ops = ops[:-1]
    if ops and ops[0].tag == "insert" and segs[i].after and \
            _CLAUSE_PUNCT.search(breaks.between(ops[0].s1)):
        ops = ops[1:]
    return ops


_CLAUSE_PUNCT = re.compile(r"[,;:.!?—–()]")


def _gap_differences(segs: list[Segment], aligned: list[Alignment], source: SourceIndex
                     ) -> list[Difference]:
    out: list[Difference] = []
    prev: Alignment | None = None
    for seg, a in zip(segs, aligned, strict=True):
        if a.empty:
            out.append(Difference("delete", seg.text.strip(), "", "missing", False))
            continue
        if prev is not None and seg.after is not None:
            skipped = source.tokens.surface[prev.s_end:a.s_start]
            if a.s_start < prev.s_end:
                out.append(Difference("delete", seg.text.strip(), "", "order", False))
            else:
                out.append(Difference("replace" if seg.after == "bracket" else "delete",
                                      "[…]" if seg.after == "bracket" else "…",
                                      " ".join(skipped), seg.after, True))
        prev = a
    return out


def _judge_aligned(quote: Quote, segs: list[Segment], aligned: list[Alignment],
                   source: SourceIndex, coverage: float,
                   embedder: Callable[[], Embedder] | None = None,
                   nli: NLIModel | None = None) -> Judgement:
    diffs: list[Difference] = []
    for i, (seg, a) in enumerate(zip(segs, aligned, strict=True)):
        if not a.empty:
            diffs.extend(classify(_within_gaps(a.ops, segs, i, source.breaks), seg.tokens,
                                  source.tokens, source.breaks))
    diffs.extend(_gap_differences(segs, aligned, source))
    passage, span = _passage(source, aligned)
    lexical = round(fuzz.ratio(squash(quote.text), squash(passage)) / 100, 3)
    major = [d for d in diffs if not d.minor]
    # Across a speech tag the passage holds the tag's marks: its punctuation tells nothing.
    if not major and len(segs) == 1 and not any(d.kind in _PASSED_OVER for d in diffs) \
            and punctuation_differs(quote.text, passage):
        diffs.append(Difference("edit", quote.text.strip(), passage, "punctuation", True))
    found = _Found(Judgement(Verdict.UNCHECKED, 0.0, "", passage=passage, passage_span=span,
                             lexical_score=lexical, differences=diffs, coverage=coverage))
    reporter = _indirect(quote, source, span)
    if reporter is not None and not any(d.kind in CRITICAL_KINDS and not _backshift(d)
                                        for d in major):
        return found(Verdict.PARAPHRASE, round(coverage, 3),
                     f"the source reports {reporter} saying this in indirect speech, not in "
                     f"quotation marks: these are not the speaker's own words"
                     + (f" ({'; '.join(_describe(d) for d in major[:3])})" if major else ""))
    if major:
        words = "; ".join(_describe(d) for d in major[:4])
        reworded = _reworded(quote, major, embedder, passage)
        if reworded is not None:
            found = _Found(replace(found.evidence, semantic_score=round(reworded, 3)))
            said = nli.judge(passage, quote.text) if nli is not None else None
            if said is None or said.label == "entailment":
                how = _nli_note(said)
                return found(Verdict.PARAPHRASE, round(reworded, 3),
                             f"reworded throughout ({coverage:.0%} of the words kept; "
                             f"{words}) but the same in substance (cosine {reworded:.2f}, "
                             f"no number, negation, name or modal changed); quotation "
                             f"marks promise the exact words{how}")
            if said.label == "contradiction":
                return found(Verdict.ALTERED, round(coverage, 3),
                             f"contradicts the source (entailment model: contradiction, "
                             f"p={said.probability:.2f}); {words}")
        return found(Verdict.ALTERED, round(coverage, 3),
                     f"the passage aligns ({coverage:.0%} of the words) but {words}")
    # An outlet's credit is what it reported, others' claims included: only a person's
    # credit can be given others' words.
    person = quote.speaker if quote.speaker and not quote.outlet_id and \
        not reads_as_outlet(quote.speaker) else None
    context = out_of_context(source.doc.text, span[0], span[1], quote.text, person)
    if context is not None:
        return found(Verdict.OUT_OF_CONTEXT, round(coverage, 3), context.explain())
    if diffs:
        return found(Verdict.MINOR_VARIATION, round(coverage, 3), _minor_note(diffs))
    return found(Verdict.VERBATIM, 1.0, "found word for word in the source")


@dataclass(frozen=True, slots=True)
class _Found:
    """The evidence of a judgement (passage, scores, differences); calling it with a
    verdict, a score and a reason gives the judgement."""

    evidence: Judgement

    def __call__(self, verdict: Verdict, score: float, why: str) -> Judgement:
        return replace(self.evidence, verdict=verdict, score=score, explanation=why)


def _reworded(quote: Quote, major: list[Difference], embedder: Callable[[], Embedder] | None,
              passage: str) -> float | None:
    """The cosine of quote and passage when the quote is the passage reworded throughout —
    several ordinary words changed, none of them critical — and close in meaning."""
    if embedder is None or any(d.kind in CRITICAL_KINDS for d in major):
        return None
    changed = sum(len(d.quote.split()) for d in major)
    if len(major) < T.REWORDED_MIN_CHANGES and changed < T.REWORDED_MIN_SHARE * len(
            quote.text.split()):
        return None
    vecs = embedder().encode([quote.text, passage])
    cos = float(vecs[0] @ vecs[1])
    return cos if cos >= T.REWORDED_MIN_COSINE else None


#: What a quote passes over between two passages of the source without a mark.
_PASSED_OVER = frozenset({"speech_tag", "interposed"})


def _minor_note(diffs: list[Difference]) -> str:
    """What a MINOR_VARIATION's differences are, naming the speech tags joined across."""
    kinds = sorted({d.kind for d in diffs} - _PASSED_OVER)
    tags = ", ".join(f'"{d.source}"' for d in diffs if d.kind == "speech_tag")
    blocks = ", ".join(f'"{d.source}"' for d in diffs if d.kind == "interposed")
    joined = " and ".join(filter(None, [
        f"joins two passages across the speech tag {tags}" if tags else "",
        f"passes over {blocks}, set between two paragraphs of the passage" if blocks else ""]))
    if not kinds:
        return f"same words; the quote {joined}"
    only = "same words; only " + ", ".join(k.replace("_", " ") for k in kinds) + " differ"
    return f"{only}; the quote {joined}" if joined else only


def _describe(d: Difference) -> str:
    if d.kind == "splice":
        return (f"joins two passages {d.quote} without an ellipsis (the source's "
                f'"{_clip(d.source)}" lies between them)')
    if d.op == "replace":
        return f'"{d.source}" became "{d.quote}" ({d.kind.replace("_", " ")})'
    if d.op == "delete":
        return f'"{d.quote}" is not in the source ({d.kind.replace("_", " ")})'
    return f'the source\'s "{d.source}" was left out ({d.kind.replace("_", " ")})'


_QUOTE_MARKS = re.compile(r"[\"“”]")
#: A single mark that opens a quotation right before a span ("… saying 'over 1.5 degrees").
_SINGLE_OPEN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[:,—–-]))[‘']\s*$")
_CLAUSE_START = re.compile(r"[,;]\s+")
_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:[A-Z][\w'’.-]*\s*){1,4})")
#: Modals a report shifts back ("will" told as "would"): in indirect speech made direct,
#: the shift back is no change of meaning.
_BACKSHIFT = [{"will", "would"}, {"can", "could"}, {"shall", "should"}, {"may", "might"}]


def _backshift(d: Difference) -> bool:
    pair = {w.casefold() for w in (d.quote.split() + d.source.split())}
    return d.kind == "modal" and any(pair == b for b in _BACKSHIFT)


def _indirect(quote: Quote, source: SourceIndex, span: tuple[int, int]) -> str | None:
    """Who the source reports, when the passage is inside a sentence of indirect speech
    whose subject names the quote's credited speaker ("Okafor said the barrier would
    hold"), with no quotation mark in it: the words are the reporter's, not the speaker's."""
    if quote.kind is not QuoteKind.QUOTE or not quote.speaker:
        return None
    text = source.doc.text
    s, e = sentence_span(text, *span)
    if _QUOTE_MARKS.findall(text, s, span[0]).__len__() % 2 or \
            _SINGLE_OPEN_BEFORE.search(text, max(s, span[0] - 3), span[0]):
        return None  # the words open inside the source's quotation marks: they are the speaker's
    # The report may open the sentence or one of its clauses ("Although X suggested …,
    # Hawk Sawyer told lawmakers no evidence …").
    for at in [s, *(m.end() for m in _CLAUSE_START.finditer(text, s, span[0]))]:
        said = reported(text, at, e)
        if said is not None and said.start <= span[0] and reports_speaker(said, quote.speaker):
            return said.reporter
    # "According to Mann, the situation is dire", "…, according to Hansen."
    by = _ACCORDING.search(text, s, e)
    if by is not None and reports_speaker(Window(0, 0, "", by.group(1)), quote.speaker):
        return by.group(1)
    return None


def _clip(text: str, words: int = 12) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def _judge_short(quote: Quote, segs: list[Segment], aligned: list[Alignment],
                 source: SourceIndex, coverage: float) -> Judgement:
    if coverage >= T.FRAGMENT_MIN_COVERAGE:
        result = _judge_aligned(quote, segs, aligned, source, coverage)
        if result.verdict is not Verdict.ALTERED:
            return result
    return Judgement(Verdict.UNCHECKED, round(coverage, 3),
                     f"{quote.kind.value}: not found word for word; short phrases and titles "
                     "are only confirmed by an exact match", coverage=coverage)


def _nli_note(said: Entailment | None) -> str:
    if said is None:
        return _NO_NLI
    return f" (entailment model: entailment, p={said.probability:.2f})"


def semantic_windows(quote: Quote, source: SourceIndex) -> list[Window]:
    """The windows of ``source`` worth embedding for ``quote``: those sharing the most
    content words with it (a cheap prefilter before the model)."""
    q_content = content_words(Tokens.of(quote.text).loose_keys)
    if not q_content:
        return []
    scored = [(shared, w) for w, content in zip(source.windows, source.window_content,
                                                strict=True)
              if (shared := len(q_content & content))]
    scored.sort(key=lambda p: (-p[0], len(p[1].text)))
    return [w for _, w in scored[:T.SEMANTIC_MAX_WINDOWS]]


def not_found(quote: Quote, coverage: float, *, shared: bool, sources: int = 1) -> Judgement:
    """NOT_FOUND when the semantic step cannot run: no window shares a content word, or the
    step is off."""
    if not shared:
        where = "the source" if sources == 1 else f"the {sources} sources"
        return Judgement(Verdict.NOT_FOUND, 0.0,
                         f"no passage of {where} shares a content word with the quote",
                         coverage=coverage)
    return Judgement(Verdict.NOT_FOUND, round(coverage, 3),
                     "no passage aligns word by word, and semantic matching is off",
                     coverage=coverage)


def reports_speaker(window: Window, speaker: str | None) -> bool:
    """True when ``window`` is indirect speech whose subject names ``speaker`` (their last
    name among the reporter's words): the source reporting what the credited person said."""
    if not window.reporter or not speaker:
        return False
    names = [w for w in Tokens.of(speaker).loose_keys if w not in FUNCTION_WORDS]
    return bool(names) and names[-1] in Tokens.of(window.reporter).loose_keys


def judge_window(quote: Quote, best: Window, cos: float, coverage: float,
                 nli: NLIModel | None = None) -> Judgement:
    """Step 4: PARAPHRASE or NOT_FOUND (ALTERED on an entailment model's contradiction) for
    the closest source window ``best``, at cosine ``cos``. A window that reports the credited
    speaker's words in indirect speech needs less cosine: the source says these words are
    theirs, in other words."""
    q_tokens = Tokens.of(quote.text)
    q_content = content_words(q_tokens.loose_keys)
    w_tokens = Tokens.of(best.text)
    overlap = _shared(q_content, content_words(w_tokens.loose_keys)) / max(len(q_content), 1)
    conflicts = _conflicts(q_tokens.keys, w_tokens.keys)
    passage = best.text
    found = _Found(Judgement(
        Verdict.UNCHECKED, 0.0, "", passage=passage, passage_span=(best.start, best.end),
        semantic_score=round(cos, 3),
        lexical_score=round(fuzz.ratio(squash(quote.text), squash(passage)) / 100, 3),
        coverage=coverage))
    if nli is not None and cos >= T.NLI_MIN_COSINE:
        said = nli.judge(passage, quote.text)
        if said.label == "contradiction":
            return found(Verdict.ALTERED, round(cos, 3),
                         f"contradicts the source: the closest passage (cosine {cos:.2f}) "
                         f"says otherwise (entailment model: contradiction, "
                         f"p={said.probability:.2f})")
        if said.label == "entailment":
            return found(Verdict.PARAPHRASE, round(cos, 3),
                         f"not word for word: the closest passage (cosine {cos:.2f}) says "
                         f"the same in other words{_nli_note(said)}; quotation marks "
                         "promise the exact words")
        return found(Verdict.NOT_FOUND, round(cos, 3),
                     f"no passage aligns; the closest (cosine {cos:.2f}) neither says nor "
                     f"contradicts this (entailment model: neutral)")
    theirs = reports_speaker(best, quote.speaker)
    least = T.PARAPHRASE_SPEAKER_MIN_COSINE if theirs else T.PARAPHRASE_MIN_COSINE
    if cos >= least and overlap >= T.PARAPHRASE_MIN_CONTENT_OVERLAP and not conflicts:
        who = (f"; the source reports {best.reporter} saying this in indirect speech, so these "
               "are not the speaker's own words" if theirs else "")
        return found(Verdict.PARAPHRASE, round(cos, 3),
                     f"not word for word: the closest passage says the same in other words "
                     f"(cosine {cos:.2f}, {overlap:.0%} of the content words shared){who}; "
                     f"quotation marks promise the exact words{_NO_NLI}")
    why = f"; {conflicts}" if conflicts else ""
    return found(Verdict.NOT_FOUND, round(cos, 3),
                 f"no passage aligns; the closest (cosine {cos:.2f}, {overlap:.0%} of the "
                 f"content words shared) does not say this{why}")


#: Letters two words must share at their start to count as one word in other forms
#: ("river" / "riverbank", "protect" / "protection").
_STEM = 5


def _shared(quote: set[str], window: set[str]) -> int:
    """The quote's content words the window holds, in the same or another form."""
    stems = {w[:_STEM] for w in window if len(w) >= _STEM}
    return sum(1 for w in quote if w in window or (len(w) >= _STEM and w[:_STEM] in stems))


#: Negations that reverse a clause; "without" negates only its object ("rest without being
#: afraid" is "rest unafraid"), so it does not make two clauses disagree.
_POLARITY = NEGATIONS - {"without"}


def _conflicts(q: list[str], w: list[str]) -> str:
    qn = {x for x in expand_contractions(q) if x in _POLARITY}
    wn = {x for x in expand_contractions(w) if x in _POLARITY}
    if bool(qn) != bool(wn):
        return "negation differs"
    q_vals = {v for x in q if has_number([x]) and (v := number_value([x])) is not None}
    w_vals = {v for x in w if has_number([x]) and (v := number_value([x])) is not None}
    if q_vals - w_vals:
        return "numbers differ: " + ", ".join(f"{v:g}" for v in sorted(q_vals - w_vals))
    return ""


