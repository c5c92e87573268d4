"""verify batch on a synthetic archive built from the corpus: the pool and Ray, 1 and 2 workers.

    .venv/bin/python benchmarks/bench_batch.py [--articles 10000] [--workers 1 2]
                                               [--engines local ray] [--corpus ../shared/corpus]

Each article quotes 3-10 quotations of one to three corpus originals (benchmarks/desk: the
words faithful, edited or reworded, credited to the right named speaker, to an unnamed
description or to the wrong person), each linked to its original's address; the originals
are answered from a WARC file (--replay), so no request leaves the machine. Each run is the
real `verify batch` command with an empty cache. Prints articles/s, quotes/s, each
worker's peak RSS after the first 500 articles and at the end (the `workers` largest
processes of the command's process tree, read from /proc every half second), the verdict
counts, and how many quotations got the verdict they were built to get.

The originals repeat across articles (about a hundred corpus pages), so each worker reads
most of them once and then finds them in its SourceMemo: the projection is for an archive
that cites its originals again and again. One whose every article cites new pages pays
their reading too (about twice the cost per article, measured in-process).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.desk.drafts import Item, items, originals  # noqa: E402
from verify.fetch.warc import WarcRecorder  # noqa: E402
from verify.outlets import OutletRegistry  # noqa: E402

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


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _hwm(pid: int) -> float | None:
    """Peak RSS of ``pid`` so far (MB)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class Watch(threading.Thread):
    """Peak RSS of every process of the run: a snapshot once ``out`` has ``first`` lines,
    and the last one read before the run ended."""

    def __init__(self, proc: subprocess.Popen[str], out: Path, first: int = 500) -> None:
        super().__init__(daemon=True)
        self.proc, self.out, self.first = proc, out, first
        self.peaks: dict[int, float] = {}
        self.at_first: dict[int, float] | None = None

    def run(self) -> None:
        while self.proc.poll() is None:
            for pid in _tree(self.proc.pid):
                if (mb := _hwm(pid)) is not None:
                    self.peaks[pid] = mb
            if self.at_first is None and self.out.exists() and \
                    self.out.read_bytes().count(b"\n") >= self.first:
                self.at_first = dict(self.peaks)
            time.sleep(0.5)


def _workers(peaks: dict[int, float], n: int) -> list[float]:
    return sorted(peaks.values(), reverse=True)[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--engines", nargs="+", default=["local", "ray"], choices=["local", "ray"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        expected = build(args.corpus, args.articles, work / "arts", work / "originals.warc.gz")
        print(f"built {args.articles} articles in {time.perf_counter() - t0:.0f} s")
        rates: dict[tuple[str, int], float] = {}
        for engine in args.engines:
            for w in args.workers:
                out = work / f"out-{engine}-{w}.jsonl"
                t = time.perf_counter()
                proc = subprocess.Popen(
                    [str(VERIFY), "batch", str(work / "arts"), "-o", str(out),
                     "--replay", str(work / "originals.warc.gz"), "--engine", engine,
                     "--workers", str(w), "--cache-dir", str(work / f"c-{engine}-{w}")],
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                watch = Watch(proc, out)
                watch.start()
                _, err = proc.communicate()
                wall = time.perf_counter() - t
                watch.join()
                if proc.returncode:
                    sys.exit(err[-2000:])
                rows = [json.loads(x) for x in out.read_text().splitlines()]
                verdicts = Counter(q["verdict"] for r in rows for q in r.get("quotes", []))
                quotes = sum(verdicts.values())
                agree = total = 0
                for r in rows:
                    want = expected[r["id"]].split(",")
                    got = [q["verdict"] for q in r.get("quotes", [])]
                    if len(got) == len(want):
                        total += len(want)
                        agree += sum(a == b for a, b in zip(got, want, strict=True))
                rates[engine, w] = len(rows) / wall
                start = _workers(watch.at_first or {}, w)
                end = _workers(watch.peaks, w)
                print(f"{engine} x{w}: {len(rows)} articles in {wall:.0f} s = "
                      f"{rates[engine, w]:.1f} articles/s, {quotes / wall:.0f} quotes/s; "
                      f"errors {sum(1 for r in rows if r.get('error'))}")
                print(f"  worker peak RSS (MB) after {watch.first}: "
                      f"{', '.join(f'{x:.0f}' for x in start) or '-'}; at the end: "
                      f"{', '.join(f'{x:.0f}' for x in end)}"
                      + (f" ({max(e / s for s, e in zip(start, end, strict=False)) - 1:+.1%})"
                         if start else ""))
                print(f"  verdicts: {dict(verdicts.most_common())}")
                print(f"  as built: {agree}/{total} quotations "
                      f"({agree / max(total, 1):.1%}) of the articles whose quotes were all found")
        for engine in args.engines:
            if (engine, 1) in rates and (engine, 2) in rates:
                print(f"{engine}: 2 workers / 1 worker: "
                      f"{rates[engine, 2] / rates[engine, 1]:.2f} x")
        for w in args.workers:
            if ("local", w) in rates and ("ray", w) in rates:
                print(f"ray / local at {w} workers: {rates['ray', w] / rates['local', w]:.2f} x")
        # The cost with the most workers measured: it includes their contention.
        best = max(rates, key=lambda k: (k[1], rates[k]))
        per_article = best[1] / rates[best]  # core-seconds per article
        print(f"projection for 10^6 articles on a 16-core node: "
              f"{1e6 * per_article / 16 / 3600:.1f} h (from {per_article:.3f} core-s/article, "
              f"{best[0]} x{best[1]})")


if __name__ == "__main__":
    main()
