"""Score the verdicts on (quote, source) pairs built from ../shared/corpus, given the
correct source.

    .venv/bin/python benchmarks/bench_verdicts.py [--corpus ../shared/corpus] [--errors N]
                                                  [--distractors N]

Prints per-verdict precision and recall, macro-F1, alteration recall (ALTERED or
MISATTRIBUTED when the quote was changed; by edit kind), the false-alarm rate on faithful
and formatting-only variants, and milliseconds per quote on the lexical path and when the
model is needed. See benchmarks/verdicts/pairs.py for how the pairs are made.

With ``--distractors N`` every pair is judged against its right source plus N other corpus
texts at once, all pairs in one call of :func:`verify.match.select.judge_all` over one index
of every corpus text, as a desk run with a folder of originals does; the figures must equal
those against the right source alone. Time is then per run, not per quote.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.verdicts.pairs import Pair, build
from verify.input.text import text_to_document
from verify.match.embeddings import CachingEmbedder
from verify.match.normalize import Tokens
from verify.match.select import QuotePlan, ReadSource, judge_all
from verify.match.semantic import (
    DEFAULT_MODEL,
    Embedder,
    SentenceTransformerEmbedder,
    make_embedder,
)
from verify.match.verdicts import SourceIndex, judge
from verify.outlets import OutletRegistry
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind

CHANGED = {"number", "negation", "name", "antonym", "content word", "speaker swap"}
FAITHFUL = {"faithful", "marks", "formatting", "ellipsis", "bracket", "swap, source unnamed"}
#: Any verdict a desk would have to look at is a false alarm on a faithful variant.
ALARMS = {"ALTERED", "MISATTRIBUTED", "NOT_FOUND", "PARAPHRASE", "OUT_OF_CONTEXT",
          "TRANSLATION", "UNCHECKED"}


def model(runtime: str, folder: Path) -> Embedder:
    """The default model on onnxruntime (its ONNX copy made in ``folder`` if missing) or on
    sentence-transformers."""
    if runtime == "sentence-transformers":
        return SentenceTransformerEmbedder()
    return make_embedder(DEFAULT_MODEL, folder)


def run(pairs: list[Pair], registry: OutletRegistry, embedder: Embedder
        ) -> list[tuple[Pair, str, float, bool]]:
    """Judge every pair: (pair, verdict, seconds, used the model)."""
    embedder.encode(["warm up"])  # load time is not per-quote time
    calls = {"n": 0}

    def counting() -> Embedder:
        calls["n"] += 1
        return embedder

    sources: dict[Path, tuple[SourceIndex, list[Quote]]] = {}
    out = []
    for pair in pairs:
        if pair.source not in sources:
            doc = text_to_document(pair.source.read_text("utf-8"), input=str(pair.source),
                                   kind="text")
            sources[pair.source] = (SourceIndex(doc), extract(doc, registry))
        index, source_quotes = sources[pair.source]
        quote = Quote("q", 0, 0, pair.quote, QuoteKind.QUOTE, speaker=pair.speaker)
        before = calls["n"]
        t0 = time.perf_counter()
        j = judge(quote, index, registry=registry, embedder=counting,
                  source_quotes=lambda q=source_quotes: q)
        out.append((pair, j.verdict.value, time.perf_counter() - t0, calls["n"] > before))
    return out


def run_with_distractors(pairs: list[Pair], registry: OutletRegistry, corpus: Path, n: int,
                         model: Embedder) -> list[tuple[Pair, str, float, bool]]:
    """Judge every pair against its source and ``n`` others, all in one desk-sized call."""
    files = sorted((corpus / "groundtruth").glob("*.txt"))
    docs = [text_to_document(f.read_text("utf-8"), input=str(f), kind="text") for f in files]
    sources = [ReadSource(SourceIndex(d), d.input) for d in docs]
    quotes_of: dict[int, list[Quote]] = {}
    at = {str(f): i for i, f in enumerate(files)}
    plans = []
    flat = [_words(d.text) for d in docs]
    for k, pair in enumerate(pairs):
        right = at[str(pair.source)]
        # Distractors are other pages: none that holds the quote's words or its original's
        # (a fabricated quote's own page, a syndicated copy of the right one).
        words = {_words(pair.quote), _words(pair.original)}
        pool = [i for i in range(len(files)) if i != right
                and not any(w in flat[i] for w in words)]
        others = random.Random(k).sample(pool, n)
        quote = Quote("q", 0, 0, pair.quote, QuoteKind.QUOTE, speaker=pair.speaker)
        plans.append(QuotePlan(quote, (right, *others) if k % 2 else (*others, right)))
    model.encode(["warm up"])
    embedder = CachingEmbedder(lambda: model, model.name)

    def source_quotes(i: int) -> list[Quote]:
        if i not in quotes_of:
            quotes_of[i] = extract(docs[i], registry)
        return quotes_of[i]

    t0 = time.perf_counter()
    outcomes = judge_all(plans, sources, registry=registry, source_quotes=source_quotes,
                         embedder=embedder)
    elapsed = time.perf_counter() - t0
    print(f"{len(pairs)} pairs, each against its source and {n} others ({len(files)} corpus "
          f"texts in one index): {elapsed:.1f} s in all, {embedder.stats.model_calls} model "
          f"calls, {embedder.stats.texts_encoded} texts encoded")
    return [(p, o.judgement.verdict.value, 0.0, False) for p, o in zip(pairs, outcomes,
                                                                       strict=True)]


def _words(text: str) -> str:
    """The words of a text, without punctuation, marks or line breaks."""
    return " " + " ".join(Tokens.of(text).loose_keys) + " "


def report(results: list[tuple[Pair, str, float, bool]], errors: int) -> None:
    labels = sorted({p.expected for p, *_ in results})
    print(f"{len(results)} pairs from {len({p.source for p, *_ in results})} articles; "
          f"by kind: {dict(Counter(p.kind for p, *_ in results))}")
    print(f"{'verdict':<16}{'precision':>10}{'recall':>9}{'F1':>7}{'support':>9}")
    f1s = []
    for label in labels:
        tp = sum(1 for p, v, *_ in results if v == label and p.expected == label)
        pred = sum(1 for _, v, *_ in results if v == label)
        gold = sum(1 for p, *_ in results if p.expected == label)
        prec, rec = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s.append(f1)
        print(f"{label:<16}{prec:>10.3f}{rec:>9.3f}{f1:>7.3f}{gold:>9}")
    print(f"macro-F1 {sum(f1s) / len(f1s):.3f}")
    changed = [(p, v) for p, v, *_ in results if p.kind in CHANGED]
    caught = sum(1 for _, v in changed if v in {"ALTERED", "MISATTRIBUTED"})
    print(f"alteration recall {caught / len(changed):.3f} ({caught}/{len(changed)})")
    by_kind = defaultdict(list)
    for p, v in changed:
        by_kind[p.kind].append(v in {"ALTERED", "MISATTRIBUTED"})
    for kind, hits in sorted(by_kind.items()):
        print(f"  {kind:<14}{sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})")
    faithful = [(p, v) for p, v, *_ in results if p.kind in FAITHFUL]
    alarms = sum(1 for _, v in faithful if v in ALARMS)
    print(f"false alarms on faithful and formatting-only variants {alarms / len(faithful):.3%} "
          f"({alarms}/{len(faithful)})")
    if all(s == 0.0 for *_, s, _ in results):
        wrong = [(p, v) for p, v, *_ in results if v != p.expected]
        for p, v in wrong[:errors]:
            print(f"  [{p.kind}] expected {p.expected}, got {v}: {p.quote[:90]!r}")
        return
    lexical = [s for *_, s, model in results if not model]
    semantic = [s for *_, s, model in results if model]
    print(f"ms per quote: lexical path {1000 * sum(lexical) / max(len(lexical), 1):.1f} "
          f"(n={len(lexical)}), with the model {1000 * sum(semantic) / max(len(semantic), 1):.1f}"
          f" (n={len(semantic)})")
    wrong = [(p, v) for p, v, *_ in results if v != p.expected]
    for p, v in wrong[:errors]:
        print(f"  [{p.kind}] expected {p.expected}, got {v}: {p.quote[:90]!r}"
              f" | original {p.original[:60]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parents[2] / "shared"
                    / "corpus")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong verdicts")
    ap.add_argument("--distractors", type=int, default=0,
                    help="judge each pair against its source and this many other corpus texts")
    ap.add_argument("--runtime", choices=["onnxruntime", "sentence-transformers"],
                    default="onnxruntime", help="where the default model runs")
    args = ap.parse_args()
    registry = OutletRegistry.load()
    pairs = build(args.corpus, registry)
    with tempfile.TemporaryDirectory() as tmp:
        embedder = model(args.runtime, Path(tmp))
        print(f"runtime: {args.runtime}")
        if args.distractors:
            report(run_with_distractors(pairs, registry, args.corpus, args.distractors,
                                        embedder), args.errors)
        else:
            report(run(pairs, registry, embedder), args.errors)


if __name__ == "__main__":
    main()
