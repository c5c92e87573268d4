"""Meaning, not only words: out of context, paraphrase, indirect speech, splices.

    .venv/bin/python benchmarks/bench_meaning.py [--drafts DIR] [--shared ../shared] [--show]

Hand-written drafts in the desk gold format (``benchmarks/desk/meaning/`` by default; see
:mod:`benchmarks.discovery.gold`), each checked in one call against its originals and
distractors, as :mod:`benchmarks.bench_desk` does. For each category the verdict counts and
the recall of the verdict it should get, for the tuning and held-out parts apart:

- out-of-context → OUT_OF_CONTEXT;
- paraphrase, indirect (indirect speech made direct) → PARAPHRASE;
- splice (passages joined without an ellipsis) → ALTERED;
- splice-ellipsis, faithful → VERBATIM or MINOR_VARIATION (any other is a false alarm);
- fabricated → NOT_FOUND.

``--show`` lists the tuning part's misses; the held-out part is only ever counted.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_desk import Scored, arguments, by_part, score

MEANING = Path(__file__).parent / "desk" / "meaning"
#: What each category should get.
EXPECTED: dict[str, frozenset[str]] = {
    "out-of-context": frozenset({"OUT_OF_CONTEXT"}),
    "paraphrase": frozenset({"PARAPHRASE"}),
    "indirect": frozenset({"PARAPHRASE"}),
    "splice": frozenset({"ALTERED"}),
    "splice-ellipsis": frozenset({"VERBATIM", "MINOR_VARIATION"}),
    "faithful": frozenset({"VERBATIM", "MINOR_VARIATION"}),
    "fabricated": frozenset({"NOT_FOUND"}),
}


def right(r: Scored) -> bool:
    """The verdict the category should get (other categories: not scored here)."""
    return r.verdict in EXPECTED.get(r.category, frozenset())


def table(rows: list[Scored]) -> None:
    for part, cats in by_part(rows):
        print(f"\n{part}")
        for cat in EXPECTED:
            got = cats.get(cat, [])
            if got:
                n = sum(right(r) for r in got)
                verdicts = Counter(r.verdict for r in got)
                print(f"  {cat:<16}{n:>4}/{len(got):<4} {n / len(got):>5.0%}  "
                      + ", ".join(f"{v} {k}" for v, k in verdicts.most_common()))
        faithful = [r for c in ("faithful", "splice-ellipsis") for r in cats.get(c, [])]
        alarms = sum(not right(r) for r in faithful)
        ooc = sum(r.verdict == "OUT_OF_CONTEXT" for r in faithful)
        print(f"  false alarms {alarms}/{len(faithful)}; faithful called OUT_OF_CONTEXT {ooc}")


def main() -> None:
    args = arguments(__doc__.splitlines()[0], MEANING)
    rows = score(args.drafts, args.shared)
    table(rows)
    if args.show:
        for r in rows:
            if r.part == "tune" and not right(r):
                print(f"\n{r.draft} [{r.category}] {r.verdict}\n  {r.anchor[:100]}\n"
                      f"  {r.explanation[:300]}")


if __name__ == "__main__":
    main()
