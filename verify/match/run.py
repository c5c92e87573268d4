"""The match stage of a check: each quote's plan, the model's lifecycle, one judging.

The quotes with a readable candidate become :class:`~verify.match.select.QuotePlan`\\ s
against the run's readable sources; the embedding model is created only when a text is in
no cache (a run that aligns every quote word by word never loads it), and the vectors are
kept in the cache folder for the next run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Protocol

from verify.match.embeddings import CachingEmbedder, EmbeddingStats, VectorStore
from verify.match.nli import NLIModel
from verify.match.select import Outcome, QuotePlan, ReadSource, judge_all
from verify.match.semantic import Embedder, make_embedder
from verify.match.verdicts import SourceIndex
from verify.outlets import OutletRegistry
from verify.quotes.interface import Quote

StageProgress = Callable[[int, int], None]
"""progress(done, total) of one stage."""


class Planned(Protocol):
    """A quote on its way through the stages, as the match stage reads it (the sources
    stage's ``QuoteWork``): the quote and the readable sources it is judged against."""

    @property
    def quote(self) -> Quote:
        """The quote."""

    @property
    def judged_against(self) -> tuple[int, ...]:
        """Positions of its readable sources in the run's list."""


class _Locator(Protocol):
    @property
    def locator(self) -> str: ...


class Readable(Protocol):
    """A candidate original as the match stage reads it (the sources stage's
    ``LoadedSource``): its index, where it came from, a paywall's reason, its quotes."""

    @property
    def index(self) -> SourceIndex | None:
        """The source prepared for matching (None when it could not be read)."""

    @property
    def ref(self) -> _Locator:
        """How it was named (its ``locator``)."""

    @property
    def paywall(self) -> str | None:
        """Why only a teaser could be read, if so."""

    def quotes(self, registry: OutletRegistry, limit: int | None = None) -> list[Quote]:
        """The source's own quotations, for the credit check."""


def judge_quotes(work: Sequence[Sequence[Planned]], readable: Sequence[Readable],
                 registry: OutletRegistry, *, semantic: bool, model: str,
                 model_dir: Path | None, nli_model: str | None, cache_dir: Path | None,
                 max_quotes: int, embedder: Embedder | None = None,
                 stats: EmbeddingStats | None = None, progress: StageProgress | None = None,
                 model_progress: StageProgress | None = None) -> list[Outcome]:
    """An outcome for each quote that has readable sources (``judged_against``), in order.

    ``semantic`` turns the model's step on (``model`` in ``model_dir``, the given
    ``embedder`` if any, and ``nli_model`` if named); ``cache_dir`` keeps the vectors;
    ``max_quotes`` caps the quotations read in each source for the credit check;
    ``stats``, when given, is filled with what the embedder did."""
    plans = [QuotePlan(w.quote, w.judged_against) for quotes in work for w in quotes
             if w.judged_against]
    nli = NLIModel(nli_model) if nli_model and semantic else None
    store = VectorStore.open(cache_dir) if semantic and cache_dir else None
    lazy = run_embedder(embedder, model, model_dir, store, model_progress) if semantic else None
    try:
        outcomes = judge_all(
            plans, [_read_source(s) for s in readable],
            registry=registry,
            source_quotes=lambda i: readable[i].quotes(registry, max_quotes),
            embedder=lazy, nli=nli, progress=progress)
    finally:
        if store is not None:
            store.close()
    if stats is not None and lazy is not None:
        for f in fields(lazy.stats):
            setattr(stats, f.name, getattr(lazy.stats, f.name))
    return outcomes


def run_embedder(given: Embedder | None, model: str, model_dir: Path | None,
                 store: VectorStore | None, progress: StageProgress | None = None
                 ) -> CachingEmbedder:
    """The run's embedder: each distinct text embedded once, vectors kept in the cache
    folder; the model itself is created only when a text is in no cache. The progress
    callback hears (0, 1) when it is (loading can take seconds)."""
    def make() -> Embedder:
        if progress:
            progress(0, 1)
        return given if given is not None else make_embedder(model, model_dir)

    # Both runtimes give the same vectors (cosine >= 0.9999), so they share stored vectors.
    return CachingEmbedder(make, given.name if given is not None else model, store)


def _read_source(s: Readable) -> ReadSource:
    assert s.index is not None  # only readable sources are indexed
    return ReadSource(s.index, s.ref.locator, s.paywall)
