"""Desk drafts written by hand, against real pages the project was not tuned on.

    .venv/bin/python benchmarks/bench_desk.py [--shared ../shared] [--show]

Each draft in ``benchmarks/desk/hand/`` was written by someone who never read this code,
the way a newsroom writes (pronouns after other named people, "X of Y", objects before a
colon, outlet credits, unnamed credits, British single marks, straight quotes, split and
partial quotes), with its gold decided as a careful fact-checker would, before the tool ran
(``NN-*.gold.json``: each quotation's anchor, category, credit and page; see
``benchmarks/desk/hand/README.md``). A draft is checked in one call against its originals
and the distractor pages named in its gold (``../shared/corpus-extra/pages``, or
``../shared/corpus/pages`` for names starting ``corpus/``).

Scores, for the tuning part and the held-out part (gold ``part``) apart:

- false alarms: any verdict but VERBATIM / MINOR_VARIATION on a quotation a desk lets
  through (faithful, formatting, ellipsis, bracket, join, unnamed, outlet);
- alteration recall: changed numbers, negations, names, content words and splices flagged;
- wrong credits called MISATTRIBUTED: all of them, and those the draft gives by a name in
  the quote's own sentence (gold ``credit_form`` "name": the issue's "wrong named credits";
  a pronoun, a description or a sentence before is a reading the tool leaves unchecked);
- unnamed credits contradicted (must be none).

``--show`` lists the tuning part's misses; the held-out part is only ever counted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.discovery.gold import CLEARED, PASSING, GoldDraft, find, load, page_path
from verify.config import default_model_dir
from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check
from verify.report.models import QuoteResult

HAND = Path(__file__).parent / "desk" / "hand"
#: Categories a desk lets through, in the table's order: any other verdict is a false alarm.
LET_THROUGH = ("faithful", "formatting", "ellipsis", "bracket", "join", "unnamed", "outlet")
assert set(LET_THROUGH) == PASSING
#: Changes to the words that must be flagged (any verdict but VERBATIM / MINOR_VARIATION).
CHANGED = ("number", "negation", "name", "word", "splice")


@dataclass
class Scored:
    """One gold quotation and what the tool said of it."""

    draft: str
    part: str
    category: str
    anchor: str
    credit_form: str
    verdict: str
    attribution: str | None
    explanation: str

    @property
    def right(self) -> bool:
        if self.category in LET_THROUGH:
            return self.verdict in CLEARED and not (
                self.category == "unnamed" and self.attribution == "contradicted")
        if self.category in CHANGED:
            return self.verdict not in CLEARED and self.verdict != "MISSED"
        if self.category == "wrong-credit":
            return self.verdict == "MISATTRIBUTED"
        if self.category == "fabricated":
            return self.verdict in {"NOT_FOUND", "PARAPHRASE"}
        return self.verdict not in CLEARED and self.verdict != "MISSED"  # paraphrase


def checked(gold: GoldDraft, shared: Path, cache: Path) -> list[QuoteResult]:
    """The draft checked in one call against its originals and distractors: its quotes."""
    pages = [str(page_path(shared, p)) for p in gold.originals + gold.distractors]
    opts = CheckOptions(sources=pages, fetch=FetchConfig(cache_dir=cache),
                        model_dir=default_model_dir())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = check([str(gold.path)], opts)
    return [q for a in report.articles for q in a.quotes]


def score(folder: Path, shared: Path) -> list[Scored]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for gold in load(folder):
            quotes = checked(gold, shared, Path(tmp) / "c")
            for g in gold.quotes:
                q = find(quotes, g.anchor)
                out.append(Scored(
                    gold.path.name, gold.part, g.category, g.anchor, g.credit_form,
                    q.verdict.value if q else "MISSED",
                    q.attribution.status if q and q.attribution else None,
                    q.explanation if q else "the tool found no quotation here"))
    return out


def by_part(rows: list[Scored]) -> list[tuple[str, dict[str, list[Scored]]]]:
    """The rows of each part (tune, then held-out) that has any, by category."""
    by: dict[str, dict[str, list[Scored]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        by[r.part][r.category].append(r)
    return [(part, by[part]) for part in ("tune", "held-out") if by.get(part)]


def table(rows: list[Scored]) -> None:
    for part, cats in by_part(rows):
        print(f"\n{part}")
        for cat in (*LET_THROUGH, *CHANGED, "wrong-credit", "paraphrase", "fabricated"):
            got = cats.get(cat, [])
            if got:
                verdicts = Counter(r.verdict for r in got)
                print(f"  {cat:<13}{sum(r.right for r in got):>4}/{len(got):<4} "
                      + ", ".join(f"{v} {n}" for v, n in verdicts.most_common()))
        through = [r for c in LET_THROUGH for r in cats.get(c, [])]
        changed = [r for c in CHANGED for r in cats.get(c, [])]
        wrong = cats.get("wrong-credit", [])
        named = [r for r in wrong if r.credit_form == "name"]
        unnamed = [r for r in cats.get("unnamed", []) if r.attribution == "contradicted"]
        alarms = sum(not r.right for r in through)
        print(f"  false alarms {alarms}/{len(through)} ({alarms / max(1, len(through)):.1%}); "
              f"alterations flagged {sum(r.right for r in changed)}/{len(changed)}; "
              f"wrong credits MISATTRIBUTED {sum(r.right for r in wrong)}/{len(wrong)} "
              f"(named in the quote's sentence {sum(r.right for r in named)}/{len(named)}); "
              f"unnamed contradicted {len(unnamed)}")


def arguments(description: str, drafts: Path) -> argparse.Namespace:
    """The desk benches' command line: --shared, --drafts (default ``drafts``), --show."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    ap.add_argument("--drafts", type=Path, default=drafts)
    ap.add_argument("--show", action="store_true", help="list the tuning part's misses")
    return ap.parse_args()


def main() -> None:
    args = arguments(__doc__.splitlines()[0], HAND)
    rows = score(args.drafts, args.shared)
    table(rows)
    if args.show:
        for r in rows:
            if r.part == "tune" and not r.right:
                print(f"\n{r.draft} [{r.category}] {r.verdict} ({r.attribution})\n"
                      f"  {r.anchor[:100]}\n  {r.explanation[:300]}")


if __name__ == "__main__":
    main()
