"""Quotations in single marks and in the world's marks (benchmarks/marks/cases.py).

    .venv/bin/python benchmarks/bench_marks.py [--errors] [--part tune|held|all]

Each case is read as a plain-text draft and its quotations extracted. A quotation of the
set is found when a predicted quotation (each paragraph of a quotation over paragraphs
counts on its own) overlaps it by at least half of the shorter; precision counts every
predicted quotation, scare quotes and titles included, so an apostrophe read as a mark costs
it. The credit is right when the predicted speaker (or, lacking one, the outlet) contains the
name the case gives. Figures by style (single marks, other marks) for the tuning part, for
each round's held-out third and for all held-out cases together; ``--errors`` lists the
tuning part's misses only.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.marks.cases import ANY, CASES, ROUNDS, Case
from verify.input.text import text_to_document
from verify.outlets import OutletRegistry
from verify.quotes import extract


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0
    credited: int = 0
    credit_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "found", "predicted", "right", "credited", "credit_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def line(self, name: str) -> str:
        r = self.found / max(self.gold, 1)
        p = self.right / max(self.predicted, 1)
        s = self.credit_right / max(self.credited, 1)
        return (f"{name:<14} quotations {self.gold:>3}  recall {r:.3f}  precision {p:.3f}  "
                f"speaker {s:.3f} ({self.credit_right}/{self.credited})")


def parts() -> list[tuple[Case, str]]:
    """Each case with its part: every third case of a round is held out ("held-1", …)."""
    out = []
    for n, cases in enumerate(ROUNDS, start=1):
        out += [(case, f"held-{n}" if i % 3 == 2 else "tune") for i, case in enumerate(cases)]
    return out


def score(case: Case, registry: OutletRegistry, into: Score) -> None:
    text = case.text
    gold: list[tuple[int, int, str | None, str]] = []
    at = 0
    for words, who in case.quotes:
        start = text.index(words, at)
        gold.append((start, start + len(words), who, words))
        at = start + len(words)
    doc = text_to_document(text, input="case.txt", kind="text")
    preds = []
    for q in extract(doc, registry):
        for a, b in q.pieces:
            preds.append((a, b, q))
    into.gold += len(gold)
    into.predicted += len(preds)
    used: set[int] = set()
    for start, end, who, words in gold:
        best, best_ov = None, 0.0
        for k, (a, b, _q) in enumerate(preds):
            if k in used:
                continue
            ov = max(0, min(b, end) - max(a, start)) / max(1, min(b - a, end - start))
            if ov > best_ov:
                best, best_ov = k, ov
        if best is None or best_ov < 0.5:
            into.errors.append(f"missed  {words!r}\n        in {text!r}")
            continue
        used.add(best)
        into.found += 1
        into.right += 1
        q = preds[best][2]
        if who is None or who == ANY:
            continue
        into.credited += 1
        got = q.speaker or q.outlet or ""
        if any(w.lower() in got.lower() for w in who.split("|")):
            into.credit_right += 1
        else:
            into.errors.append(f"credit  {words!r}: {got or None!r} ({q.rule}), want {who!r}"
                               f"\n        in {text!r}")
    for k, (a, b, _q) in enumerate(preds):
        if k not in used:
            into.errors.append(f"extra   {text[a:b]!r}\n        in {text!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list the tuning part's misses")
    args = ap.parse_args()
    registry = OutletRegistry.load()
    scores: dict[tuple[str, str], Score] = {}
    t0 = time.perf_counter()
    raised = 0
    for case, part in parts():
        one = Score()
        try:
            score(case, registry, one)
        except Exception as exc:  # counted, and the run goes on
            raised += 1
            one.errors.append(f"raised  {type(exc).__name__}: {exc}\n        in {case.text!r}")
        for p in (part, "held" if part != "tune" else None):
            for key in ((p, case.style), (p, "all")) if p else ():
                scores.setdefault(key, Score()).add(one)
    seconds = time.perf_counter() - t0
    held = [f"held-{n}" for n in range(1, len(ROUNDS) + 1)]
    for p in ("tune", *held, "held"):
        print(f"[{p}]")
        for style in ("single", "other", "all"):
            if (p, style) in scores:
                print("  " + scores[p, style].line(style))
    print(f"{len(CASES)} cases, {raised} raised, {seconds:.2f} s")
    if args.errors:
        for style in ("single", "other"):
            for e in scores.get(("tune", style), Score()).errors:
                print(e)


if __name__ == "__main__":
    main()
