"""Judge many quotes against many sources: retrieve, then judge, then one semantic batch.

For each quote, the run's :class:`~verify.match.retrieve.SourceSet` names the few sources
that share its distinctive words; only those are aligned word by word. Quotes that align in
none of them go to the semantic step together: every quote and every candidate window is
embedded once, in one batch, and each quote takes its closest window across its sources.
The choice among sources and the overrides that follow from where the words were read
(a paywall teaser) live here, so the pipeline only hands over a plan per quote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

import numpy as np

from verify.input.wholepage import ORIGINS
from verify.match import thresholds as T
from verify.match.attribution import check_attribution, is_unnamed, not_checked
from verify.match.interface import Judgement, Verdict
from verify.match.language import ENCODED, detect, looks_english, primary, same_language
from verify.match.nli import NLIModel
from verify.match.retrieve import Hit, SourceSet
from verify.match.semantic import Embedder, Window
from verify.match.verdicts import (
    SourceIndex,
    credited,
    judge_lexical,
    judge_window,
    not_found,
    reports_speaker,
    semantic_windows,
)
from verify.outlets import OutletRegistry, unlisted_outlet
from verify.quotes.interface import Quote, QuoteKind

if TYPE_CHECKING:
    from verify.match.translation import Encoder, Passage

#: Order of preference between verdicts of the same coverage in different sources.
VERDICT_RANK = {Verdict.VERBATIM: 6, Verdict.MINOR_VARIATION: 5, Verdict.MISATTRIBUTED: 4,
                Verdict.ALTERED: 3, Verdict.PARAPHRASE: 2, Verdict.NOT_FOUND: 1,
                Verdict.UNCHECKED: 0, Verdict.SOURCE_UNAVAILABLE: 0,
                Verdict.OUT_OF_CONTEXT: 3}
VERDICT_RANK[Verdict.TRANSLATION] = 2  # issue 25: a translation, as good as a paraphrase


@dataclass(frozen=True, slots=True)
class ReadSource:
    """A readable candidate original, as the match stage needs it."""

    index: SourceIndex
    locator: str
    """The URL or path the user or a link gave."""
    paywall: str | None = None
    """Set when only a paywall teaser could be read (the reason)."""


@dataclass(frozen=True, slots=True)
class QuotePlan:
    """One quote and the sources it may be judged against (positions in the run's list)."""

    quote: Quote
    sources: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    """The verdict of one quote and the source it rests on."""

    judgement: Judgement
    source: int | None
    """Position of the source the verdict rests on; None when no source was judged."""
    judged: tuple[int, ...]
    """The sources the quote was aligned with (the retrieved few)."""


#: Verdicts of a source that holds the quote's words (aligned), whatever the credit.
_HOLDS = frozenset({Verdict.VERBATIM, Verdict.MINOR_VARIATION, Verdict.ALTERED,
                    Verdict.MISATTRIBUTED,
                    Verdict.OUT_OF_CONTEXT})


def better(a: Judgement, b: Judgement) -> bool:
    """Prefer the source where more of the quote was found, then the better verdict."""
    return (round(a.coverage, 3), VERDICT_RANK[a.verdict], a.score) > (
        round(b.coverage, 3), VERDICT_RANK[b.verdict], b.score)


@dataclass
class _Pending:
    """A quote that aligned nowhere, with the windows it is compared with."""

    at: int
    windows: list[tuple[int, Window]]
    coverage: dict[int, float]
    foreign: tuple[int, ...] = ()
    """Its candidates in another language than the quotation's (issue 25)."""


def judge_all(plans: Sequence[QuotePlan], sources: Sequence[ReadSource], *,
              registry: OutletRegistry, source_quotes: Callable[[int], list[Quote]],
              embedder: Embedder | None = None, nli: NLIModel | None = None,
              progress: Callable[[int, int], None] | None = None,
              index: SourceSet | None = None) -> list[Outcome]:
    """An outcome per plan, in order.

    ``source_quotes(i)`` gives the quotations of source ``i`` (for the credit check);
    ``embedder`` is asked only for the texts that need the model (pass a
    :class:`~verify.match.embeddings.CachingEmbedder` to create the model lazily and keep
    vectors across runs); ``index`` may be passed when the caller already built it."""
    run = _Run(sources, index or SourceSet([s.index for s in sources]), registry,
               source_quotes, embedder, nli)
    out: list[Outcome | None] = []
    pending: list[_Pending] = []
    for at, plan in enumerate(plans):
        found = run.lexical(at, plan)
        out.append(found if isinstance(found, Outcome) else None)
        if isinstance(found, _Pending):
            pending.append(found)
        elif progress:
            progress(len(out) - len(pending), len(plans))
    translated = run.translated(plans, pending)
    for p in pending:
        if p.at in translated:
            out[p.at] = translated[p.at]
    pending = [p for p in pending if p.at not in translated]
    for p, outcome in zip(pending, run.semantic(plans, pending), strict=True):
        shown = run.closest.get(p.at)
        if shown is not None and outcome.judgement.verdict is Verdict.NOT_FOUND and (
                shown.judgement.score >= outcome.judgement.score):
            outcome = shown
        out[p.at] = outcome
    if progress and pending:
        progress(len(plans), len(plans))
    assert all(o is not None for o in out)
    return [o for o in out if o is not None]


class _Run:
    """What the two passes of :func:`judge_all` share."""

    def __init__(self, sources: Sequence[ReadSource], index: SourceSet,
                 registry: OutletRegistry, source_quotes: Callable[[int], list[Quote]],
                 embedder: Embedder | None, nli: NLIModel | None) -> None:
        self.sources, self.index, self.registry = sources, index, registry
        self.source_quotes, self.embedder, self.nli = source_quotes, embedder, nli
        self.lazy = _constant(embedder) if embedder is not None else None
        self.languages: dict[int, str | None] = {}
        self.encoder: Encoder | None = None
        self.passages: dict[int, list[Passage]] = {}
        self.closest: dict[int, Outcome] = {}

    def lexical(self, at: int, plan: QuotePlan) -> Outcome | _Pending:
        """Align the quote with the sources it retrieves; pending when none aligns and the
        semantic step can run."""
        if not plan.sources:
            raise ValueError(f"quote {plan.quote.id} has no readable source to judge")
        quote = plan.quote
        hits = self.index.rank(quote.text, plan.sources)
        # A quote sharing no word with any source is still judged once, so a fragment or a
        # wordless quote gets its own verdict (UNCHECKED) rather than NOT_FOUND.
        first = hits or [Hit(plan.sources[0], 0.0, 0)]
        own = self._credited_pages(quote, [h.source for h in hits])
        tried: list[int] = []
        found: list[tuple[Judgement, int]] = []
        coverage: dict[int, float] = {}
        # The best few first, and the credited outlet's pages wherever they rank; only when
        # none of them aligns, a few more (a short quote of common words can rank its page
        # below pages that share one rare word).
        head = first[:T.RETRIEVE_LEXICAL]
        head += [h for h in hits[T.RETRIEVE_LEXICAL:] if h.source in own]
        rest = [h for h in hits[T.RETRIEVE_LEXICAL:T.RETRIEVE_LEXICAL_MORE] if h not in head]
        for batch in (head, rest):
            for h in batch:
                i = h.source
                tried.append(i)
                src = self.sources[i].index
                lex = judge_lexical(quote, src, embedder=self.lazy, nli=self.nli)
                coverage[i] = lex.coverage
                if lex.judgement is None:
                    continue
                found.append((credited(quote, lex.judgement, src, self.registry,
                                       partial(self.source_quotes, i)), i))
            if found:
                j, i = self._evidence(found, own)
                if j.verdict is not Verdict.NOT_FOUND or not self._foreign(quote, plan.sources):
                    return _finish(plan, j, i, tuple(tried), self.sources)
                break  # issue 25: words not found, but an original in another language
        foreign = self._foreign(quote, plan.sources)
        windows = [(h.source, w) for h in hits[:T.RETRIEVE_SEMANTIC] if h.source not in foreign
                   for w in semantic_windows(quote, self.sources[h.source].index)]
        # The credit as a hint: the passages of any of its sources that report the credited
        # speaker in indirect speech, wherever the source ranks.
        near = {h.source for h in hits[:T.RETRIEVE_SEMANTIC]}
        name = quote.speaker.split()[-1].casefold() if quote.speaker else ""
        windows += [(i, w) for i in plan.sources if i not in near and i not in foreign and name
                    and name in self.sources[i].index.folded
                    for w in self.sources[i].index.windows
                    if reports_speaker(w, quote.speaker)]
        if foreign:
            return _Pending(at, windows if self.embedder is not None else [], coverage, foreign)
        if windows and self.embedder is not None:
            return _Pending(at, windows, coverage)
        j = not_found(quote, max(coverage.values(), default=0.0), shared=bool(windows),
                      sources=len(plan.sources))
        return _finish(plan, j, tried[0], tuple(tried), self.sources)

    def language(self, i: int) -> str | None:
        """The language of source ``i`` (its main text), read once."""
        if i not in self.languages:
            self.languages[i] = detect(self.sources[i].index.doc.main_text)
        return self.languages[i]

    def _foreign(self, quote: Quote, candidates: Sequence[int]) -> tuple[int, ...]:
        """The candidates written in another language than the quotation, in a language the
        encoder knows (issue 25). English sources are told apart without any model."""
        others = tuple(i for i in candidates if self.language(i) not in {"en", None})
        if not others:
            return ()
        mine = "en" if looks_english(quote.text) is not False else detect(quote.text)
        return tuple(i for i in others if not same_language(mine, self.language(i))
                     and primary(self.language(i)) in ENCODED)

    def translated(self, plans: Sequence[QuotePlan], pending: list[_Pending]
                   ) -> dict[int, Outcome]:
        """The quotes with candidates in another language, compared with them across
        languages: TRANSLATION or ALTERED when a passage says the same; NOT_FOUND with the
        closest passage when none does and nothing in the quote's language is left to try
        (then the ordinary semantic step decides)."""
        cross = [p for p in pending if p.foreign]
        if not cross:
            return {}
        # Imported here: an English-only run never needs it (its start time is unchanged).
        from verify.match.translation import (
            Encoder,
            best_passage,
            credited_across,
            judge_translation,
            left_to_a_person,
            passage_vectors,
            passages,
        )
        if self.encoder is None:
            self.encoder = Encoder()
        for i in sorted({i for p in cross for i in p.foreign}):
            if i not in self.passages:
                lang = self.language(i)
                assert lang is not None
                self.passages[i] = passages(self.sources[i].index.doc.main_text, i, lang)
        vecs = {i: passage_vectors(self.passages[i], self.encoder)
                for i in sorted({i for p in cross for i in p.foreign})}
        qvecs = self.encoder.encode([plans[p.at].quote.text for p in cross])
        out: dict[int, Outcome] = {}
        for p, qv in zip(cross, qvecs, strict=True):
            cands = [c for i in p.foreign for c in self.passages[i]]
            if not cands:
                continue
            plan = plans[p.at]
            cvecs = np.concatenate([vecs[i] for i in p.foreign])
            best, cos = best_passage(qv, cands, cvecs, max(len(plan.quote.text), 1))
            j = judge_translation(plan.quote.text, best, cos)
            if j.verdict is Verdict.ALTERED:
                best, cos, j = _within(plan.quote.text, best, j, cands, cvecs @ qv)
            if j.verdict is Verdict.NOT_FOUND and p.windows:
                # The quote's own language may still hold a paraphrase; if not, the closest
                # passage in the other language is the one shown.
                self.closest[p.at] = _finish(plan, j, best.source,
                                             tuple(p.coverage) or p.foreign, self.sources)
                continue
            if j.verdict is not Verdict.NOT_FOUND and plan.quote.kind is QuoteKind.QUOTE:
                doc = self.sources[best.source].index.doc
                j = check_attribution(plan.quote, j, doc, self.registry,
                                      partial(self.source_quotes, best.source))
                if j.verdict is Verdict.MISATTRIBUTED and j.attribution is not None:
                    j = left_to_a_person(j, j.explanation.split(", but ")[0], j.attribution,
                                         best.language)
                elif not self._outlet_credit(plan.quote):
                    j = credited_across(plan.quote, j, doc.text, best)
            out[p.at] = _finish(plan, j, best.source, tuple(p.coverage) or p.foreign,
                                self.sources)
        return out

    def _outlet_credit(self, quote: Quote) -> bool:
        """The draft credits a publication, not a person ("according to Rzeczpospolita")."""
        who = quote.speaker or ""
        return bool(who and (self.registry.find(who) or (quote.outlet and (
            who.lower() in quote.outlet.lower() or quote.outlet.lower() in who.lower()))))

    def _credited_pages(self, quote: Quote, candidates: Sequence[int]) -> set[int]:
        """The candidates that are the credited outlet's own pages (on its domains or under
        its name; for an ambiguous name, any outlet it may mean), and those published under
        the credited speaker's name (a publication read as a speaker: "according to
        Gothamist")."""
        outlets = [self.registry.get(o) for o in (quote.outlet_id, *quote.outlet_others) if o]
        if quote.speaker and not is_unnamed(quote.speaker):
            outlets.append(unlisted_outlet(quote.speaker))  # "according to Gothamist"
        if not outlets:
            return set()
        out = set()
        for i in candidates:
            doc = self.sources[i].index.doc
            if any(o.publishes(doc.url, doc.site_name) for o in outlets):
                out.add(i)
        return out

    def _evidence(self, found: list[tuple[Judgement, int]], own: set[int]
                  ) -> tuple[Judgement, int]:
        """The judgement the verdict rests on: the best one; but among the sources that hold
        the words (aligned about as well as the best), the credited outlet's page, whose
        explanation then names the other copies."""
        best = found[0]
        for j, i in found[1:]:
            if better(j, best[0]):
                best = (j, i)
        if not own:
            return best
        holders = [(j, i) for j, i in found if j.verdict in _HOLDS
                   and j.coverage >= best[0].coverage - T.CREDITED_PAGE_MARGIN]
        mine = [(j, i) for j, i in holders if i in own]
        if not mine:
            return best
        chosen = mine[0]
        for j, i in mine[1:]:
            if better(j, chosen[0]):
                chosen = (j, i)
        others = [self._where(i) for _j, i in holders if i != chosen[1]]
        if not others:
            return chosen
        j = chosen[0]
        also = "; the words are also on " + ", ".join(others[:3]) + (
            f" and {len(others) - 3} more" if len(others) > 3 else "")
        return replace(j, explanation=j.explanation + also), chosen[1]

    def _where(self, i: int) -> str:
        src = self.sources[i]
        return src.index.doc.url or src.locator

    def semantic(self, plans: Sequence[QuotePlan], pending: list[_Pending]) -> list[Outcome]:
        """Every pending quote and its windows embedded in one call; each quote takes its
        closest window across its sources."""
        if not pending:
            return []
        assert self.embedder is not None
        texts = list(dict.fromkeys([plans[p.at].quote.text for p in pending]
                                   + [w.text for p in pending for _, w in p.windows]))
        row = {t: n for n, t in enumerate(texts)}
        vecs = self.embedder.encode(texts)
        out = []
        for p in pending:
            plan = plans[p.at]
            sims = vecs[[row[w.text] for _, w in p.windows]] @ vecs[row[plan.quote.text]]
            hint = np.array([T.SPEAKER_WINDOW_BONUS if reports_speaker(w, plan.quote.speaker)
                             else 0.0 for _, w in p.windows])
            k = int(np.argmax(sims + hint))
            src, window = p.windows[k]
            j = judge_window(plan.quote, window, float(sims[k]), p.coverage.get(src, 0.0),
                             self.nli)
            out.append(_finish(plan, j, src, tuple(p.coverage), self.sources))
        return out


def _within(quote: str, best: Passage, j: Judgement, cands: Sequence[Passage],
            sims: np.ndarray) -> tuple[Passage, float, Judgement]:
    """A quotation rendering one clause of a longer passage is judged against that clause
    when it is nearly as close (the difference was in a clause it did not render)."""
    from verify.match.translation import SAME_MEANING, judge_translation

    inner = [k for k, c in enumerate(cands) if c.source == best.source and c != best
             and best.window.start <= c.window.start and c.window.end <= best.window.end
             and float(sims[k]) >= max(SAME_MEANING, float(j.score) - T_CLAUSE_MARGIN)]
    for k in sorted(inner, key=lambda k: -float(sims[k])):
        again = judge_translation(quote, cands[k], float(sims[k]))
        if again.verdict is Verdict.TRANSLATION:
            return cands[k], float(sims[k]), again
    return best, float(j.score), j


#: How much less close a clause may be than its sentence and still be the one rendered.
T_CLAUSE_MARGIN = 0.2


def _constant(embedder: Embedder) -> Callable[[], Embedder]:
    return lambda: embedder


def _finish(plan: QuotePlan, j: Judgement, at: int, judged: tuple[int, ...],
            sources: Sequence[ReadSource]) -> Outcome:
    """Overrides that depend on where the words were read, and the credit finding for words
    that were not found."""
    src = sources[at]
    walled: ReadSource | None = None
    if src.paywall and j.verdict in {Verdict.NOT_FOUND, Verdict.PARAPHRASE, Verdict.UNCHECKED}:
        walled = src
    elif j.verdict is Verdict.NOT_FOUND:  # the words may be behind another candidate's wall
        walled = next((sources[i] for i in plan.sources if sources[i].paywall), None)
    if walled is not None:
        j = Judgement(Verdict.SOURCE_UNAVAILABLE, 0.0,
                      f"SOURCE_UNAVAILABLE: {walled.paywall}: {walled.locator}",
                      attribution=not_checked("the words could not be read behind a paywall"))
        return Outcome(j, at, judged)
    if j.passage_span is not None and (origin := src.index.doc.origin_at(j.passage_span[0])):
        found = j.verdict in {Verdict.VERBATIM, Verdict.MINOR_VARIATION, Verdict.ALTERED,
                              Verdict.MISATTRIBUTED,
                              Verdict.OUT_OF_CONTEXT}
        j = replace(j, explanation=f"{j.explanation}; the "
                                   f"{'words were found' if found else 'closest passage is'} in "
                                   f"{ORIGINS.get(origin, origin)}")
    if j.attribution is None:
        reason = {Verdict.PARAPHRASE: "the words are reworded in the source, so whose words "
                                      "they are was not checked",
                  Verdict.NOT_FOUND: "the words were not found, so their credit was not "
                                     "checked"}.get(j.verdict, "the words were not checked, so "
                                                    "neither was their credit")
        j = replace(j, attribution=not_checked(reason))
    return Outcome(j, at, judged)


def unjudged(quote: Quote, unreadable: Sequence[tuple[str, str]],
             search_notes: Sequence[str] = ()) -> Judgement:
    """The verdict of a quote with no readable candidate: UNCHECKED when there was none at
    all, SOURCE_UNAVAILABLE with each candidate's reason otherwise."""
    if not unreadable:
        searched = f"; search: {'; '.join(search_notes)}" if search_notes else ""
        return Judgement(Verdict.UNCHECKED, 0.0,
                         "no candidate source: no link near the quote and no --source given"
                         + searched, attribution=not_checked("no source to compare with"))
    return Judgement(Verdict.SOURCE_UNAVAILABLE, 0.0,
                     "; ".join(f"{loc}: {why}" for loc, why in unreadable),
                     attribution=not_checked("no source could be read"))
