"""Cost of a desk check as quotes and sources grow: Q quotes x S originals, cold and warm.

    .venv/bin/python benchmarks/bench_scale.py [--corpus ../shared/corpus] [--quotes 8 32 128]
                                               [--sources 2 8 32] [--repeat 1]

Drafts come from benchmarks/desk/drafts.py (real quotations of corpus originals, faithful,
edited and reworded, credited to named, unnamed and wrong speakers); for each cell the S
originals are the S corpus pages with the most usable quotations (nested: the 2 are among
the 8, the 8 among the 32) and the draft takes Q quotations round-robin over them, so the
right original of every quotation is always passed. All S originals are passed at once with
--source, as a desk does.

Each run is a fresh process (imports and the model load are counted) calling the library's
check(); "cold" has an empty cache folder (pages and embeddings), "warm" re-runs with the
cache the cold run left. The default model runs on onnxruntime from its ONNX copy, made
once before the grid (that one-time cost is printed first).
Prints per cell and run: wall seconds, peak RSS, whether the model was loaded, model calls,
texts encoded, vectors read from the cache, and the windows of all sources (the bound on
texts encoded is those windows + Q).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.desk.drafts import Item, Original, draft, items, originals
from verify.input.reader import read_local
from verify.match.verdicts import SourceIndex
from verify.outlets import OutletRegistry

ROOT = Path(__file__).resolve().parent.parent
#: The ONNX copy of the default model, made once before the grid (its time is printed).
MODEL_DIR: Path | None = None

DRIVER = """
import json, resource, sys
from pathlib import Path
from verify.fetch.client import FetchConfig
from verify.match.embeddings import EmbeddingStats
from verify.pipeline import CheckOptions, check
stats = EmbeddingStats()
opts = CheckOptions(sources=sys.argv[4:], fetch=FetchConfig(cache_dir=Path(sys.argv[2])),
                    model_dir=Path(sys.argv[3]))
report = check([sys.argv[1]], opts, stats=stats)
print(json.dumps({"stats": stats.__dict__, "summary": report.summary,
                  "quotes": [(q.text, q.verdict.value) for q in report.articles[0].quotes],
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_once(draft_path: Path, cache: Path, sources: list[Path]) -> dict:
    """One fresh process: wall time, peak RSS and what the embedder did."""
    assert MODEL_DIR is not None
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(draft_path), str(cache),
                             str(MODEL_DIR), *map(str, sources)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, env=env, text=True)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"check failed: {err.strip()[-2000:]}")
    data = json.loads(out.strip().splitlines()[-1])
    data["wall"] = wall
    return data


#: One quotation in this many is fabricated: words from an original that is not passed.
FABRICATED_EVERY = 8


def cell_items(chosen: list[Original], rest: list[Original], origs: list[Original], q: int
               ) -> list[Item]:
    """Q items: round-robin over the chosen originals (each one's items in a fixed shuffled
    order, cycled when they run out), and every eighth quotation fabricated."""
    pool = []
    for i, o in enumerate(chosen):
        its = items(o, origs, credit_cycle=i)
        random.Random(o.name).shuffle(its)
        pool.append(its)
    # A fabricated quotation is one none of the passed pages says, in any words: a story's
    # other copy ("Space exploration and, especially, humans becoming multiplanetary …" on
    # SpaceNews for Al Jazeera's "…, and especially humans becoming multi-planetary, …") is
    # rightly a PARAPHRASE, not NOT_FOUND.
    fakes = [it for o in rest for it in items(o, origs, edits=("faithful",))
             if not _said_in(it.words, chosen)]
    out: list[Item] = []
    k = n = 0
    while len(out) < q:
        if len(out) % FABRICATED_EVERY == FABRICATED_EVERY - 1 and fakes:
            out.append(replace(fakes[n % len(fakes)], edit="fabricated", expected="NOT_FOUND"))
            n += 1
            continue
        its = pool[k % len(pool)]
        out.append(its[(k // len(pool)) % len(its)])
        k += 1
    return out


def _said_in(words: str, chosen: list[Original]) -> bool:
    """True when a quotation of one of ``chosen`` shares three fifths of the longer words of
    ``words``: the same words, said there too."""
    mine = set(re.findall(r"[a-z]{4,}", words.lower()))
    return bool(mine) and any(
        len(mine & set(re.findall(r"[a-z]{4,}", q.lower()))) >= 0.6 * len(mine)
        for o in chosen for q, _ in o.quotes)


def expected(it: Item) -> set[str]:
    """The verdicts an item may rightly get."""
    if it.edit == "fabricated":
        return {"NOT_FOUND"}
    if it.credit == "wrong" and it.edit in {"faithful", "formatting", "ellipsis"}:
        return {"MISATTRIBUTED"}
    if it.edit == "faithful":
        return {"VERBATIM", "MINOR_VARIATION"}
    return {it.expected}


def right(its: list[Item], quotes: list[list[str]]) -> tuple[int, int, list[str]]:
    """How many items got a verdict they may rightly get (quotes matched in order), and a
    line for each that did not."""
    ok = k = 0
    wrong = []
    for it in its:
        key = " ".join(it.words.split()).lower()
        for j in range(k, len(quotes)):
            if " ".join(quotes[j][0].rstrip(",.;:").split()).lower() == key:
                if quotes[j][1] in expected(it):
                    ok += 1
                else:
                    wrong.append(f"    [{it.credit}/{it.edit}] got {quotes[j][1]}: "
                                 f"{it.line[:110]!r}")
                k = j + 1
                break
        else:
            wrong.append(f"    [{it.credit}/{it.edit}] not extracted: {it.line[:110]!r}")
    return ok, len(its), wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--quotes", type=int, nargs="+", default=[8, 32, 128])
    ap.add_argument("--sources", type=int, nargs="+", default=[2, 8, 32])
    ap.add_argument("--repeat", type=int, default=1, help="runs per cell; the minimum is shown")
    ap.add_argument("--errors", action="store_true", help="print the quotations judged wrong")
    args = ap.parse_args()
    registry = OutletRegistry.load()
    origs = sorted(originals(args.corpus, registry), key=lambda o: -len(o.quotes))
    print(f"{'Q':>4} {'S':>3} {'run':<5} {'wall s':>7} {'RSS MB':>7} {'model':>6} "
          f"{'calls':>5} {'encoded':>7} {'cached':>6} {'windows':>7} {'right':>7}  verdicts")
    global MODEL_DIR
    with tempfile.TemporaryDirectory() as tmp:
        MODEL_DIR = Path(tmp) / "models"
        t0 = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "verify"), "model", "--build",
                        "--model-dir", str(MODEL_DIR)], check=True, capture_output=True)
        print(f"(the ONNX copy of the default model, made once: {time.perf_counter() - t0:.1f} s;"
              " every run below loads it)")
        for s in args.sources:
            chosen = origs[:s]
            windows = sum(len(SourceIndex(read_local(str(o.page))).windows) for o in chosen)
            for q in args.quotes:
                path = Path(tmp) / f"draft-{q}-{s}.md"
                its = cell_items(chosen, origs[max(args.sources):], origs, q)
                path.write_text(draft(its), encoding="utf-8")
                best: dict[str, dict] = {}
                for _ in range(args.repeat):
                    cache = Path(tempfile.mkdtemp(dir=tmp))
                    for label in ("cold", "warm"):
                        r = run_once(path, cache, [o.page for o in chosen])
                        if label not in best or r["wall"] < best[label]["wall"]:
                            best[label] = r
                for label, r in best.items():
                    st = r["stats"]
                    summary = ", ".join(f"{n} {v}" for v, n in sorted(r["summary"].items()))
                    ok, n, wrong = right(its, r["quotes"])
                    print(f"{q:>4} {s:>3} {label:<5} {r['wall']:>7.2f} {r['rss_mb']:>7.0f} "
                          f"{'yes' if st['model_loaded'] else 'no':>6} {st['model_calls']:>5} "
                          f"{st['texts_encoded']:>7} {st['disk_hits']:>6} {windows:>7} "
                          f"{ok:>3}/{n:<3}  {summary}", flush=True)
                    if args.errors and label == "cold":
                        print("\n".join(wrong))
        # Every quotation word for word: the model must never load, whatever the sources.
        s, q = max(args.sources), max(args.quotes)
        chosen = origs[:s]
        its = [it for i, o in enumerate(chosen)
               for it in items(o, origs, credit_cycle=i, edits=("faithful",))][:q]
        path = Path(tmp) / "draft-verbatim.md"
        path.write_text(draft(its), encoding="utf-8")
        r = run_once(path, Path(tempfile.mkdtemp(dir=tmp)), [o.page for o in chosen])
        ok, n, wrong = right(its, r["quotes"])
        if args.errors:
            print("\n".join(wrong))
        print(f"{len(its):>4} {s:>3} {'cold':<5} {r['wall']:>7.2f} {r['rss_mb']:>7.0f} "
              f"{'yes' if r['stats']['model_loaded'] else 'no':>6} "
              f"{r['stats']['model_calls']:>5} {r['stats']['texts_encoded']:>7} "
              f"{r['stats']['disk_hits']:>6} {'':>7} {ok:>3}/{n:<3}  every quotation word for "
              "word")


if __name__ == "__main__":
    main()
