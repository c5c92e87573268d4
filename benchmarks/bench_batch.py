"""verify batch on a synthetic archive built from the corpus, with the pool at 1 and 2 workers.

    .venv/bin/python benchmarks/bench_batch.py [--articles 10000] [--workers 1 2]
                                               [--corpus ../shared/corpus]

Each article quotes 3-10 quotations of one to three corpus originals (benchmarks/desk: the
words faithful, edited or reworded, credited to the right named speaker, to an unnamed
description or to the wrong person), each linked to its original's address; the originals
are answered from a WARC file (--replay), so no request leaves the machine. Each run is the
real `verify batch` command with an empty cache. Prints articles/s, quotes/s, the peak RSS
of the largest process, and the verdict counts; and how many lines agree with the verdict
each quotation was built to get.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.desk.drafts import Item, items, originals  # noqa: E402
from verify.fetch.warc import WarcRecorder  # noqa: E402
from verify.sources.outlets import OutletRegistry  # noqa: E402

VERIFY = Path(sys.executable).parent / "verify"


def build(corpus: Path, n: int, folder: Path, warc: Path, seed: int = 3) -> dict[str, str]:
    """Write ``n`` articles to ``folder`` and the originals to ``warc``; return, per
    article, the expected verdict of each quotation in order (for the agreement count)."""
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
        urls = {Path(row["file"]).stem: row["original_url"]
                for row in csv.DictReader(fh, delimiter="\t") if row["original_url"]}
    origs = [o for o in originals(corpus, OutletRegistry.load()) if urls.get(Path(o.name).stem)]
    pool = {o.name: items(o, origs) for o in origs}
    recorder = WarcRecorder(warc)
    for o in origs:
        recorder.record(urls[Path(o.name).stem], 200, [("Content-Type", "text/html; charset=utf-8")],
                        o.page.read_bytes())
    recorder.close()
    rng = random.Random(seed)
    expected: dict[str, str] = {}
    folder.mkdir(parents=True)
    for i in range(n):
        chosen = rng.sample(origs, rng.randint(1, min(3, len(origs))))
        picks: list[Item] = []
        for _ in range(rng.randint(3, 10)):
            o = rng.choice(chosen)
            if pool[o.name]:
                picks.append(rng.choice(pool[o.name]))
        lines = [f"# Archive story {i}", ""]
        for it in picks:
            lines += [f"{it.line} ([source]({urls[Path(it.original.name).stem]}))", ""]
        (folder / f"story-{i:06d}.md").write_text("\n".join(lines), encoding="utf-8")
        expected[f"story-{i:06d}.md"] = ",".join(it.expected for it in picks)
    return expected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        build(args.corpus, args.articles, work / "arts", work / "originals.warc.gz")
        print(f"built {args.articles} articles in {time.perf_counter() - t0:.0f} s")
        rates = {}
        for w in args.workers:
            out = work / f"out-{w}.jsonl"
            t = time.perf_counter()
            proc = subprocess.run([str(VERIFY), "batch", str(work / "arts"), "-o", str(out),
                                   "--replay", str(work / "originals.warc.gz"),
                                   "--workers", str(w), "--cache-dir", str(work / f"c{w}")],
                                  capture_output=True, text=True)
            wall = time.perf_counter() - t
            if proc.returncode:
                sys.exit(proc.stderr[-2000:])
            rows = [json.loads(x) for x in out.read_text().splitlines()]
            verdicts = Counter(q["verdict"] for r in rows for q in r.get("quotes", []))
            quotes = sum(verdicts.values())
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            rates[w] = len(rows) / wall
            print(f"workers {w}: {len(rows)} articles in {wall:.0f} s = {rates[w]:.1f} "
                  f"articles/s, {quotes / wall:.0f} quotes/s; peak RSS of the largest process "
                  f"so far {rss:.0f} MB; errors {sum(1 for r in rows if r.get('error'))}")
            print(f"  verdicts: {dict(verdicts.most_common())}")
        if 1 in rates and 2 in rates:
            print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f} x")
        per_article = 1 / rates[max(rates)] * max(rates)  # core-seconds per article
        print(f"projection for 10^6 articles on a 16-core node: "
              f"{1e6 * per_article / 16 / 3600:.1f} h (from {per_article:.3f} core-s/article)")


if __name__ == "__main__":
    main()
