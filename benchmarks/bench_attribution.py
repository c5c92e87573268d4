"""Credits as a desk writes them: named, unnamed, and wrong, checked against all originals.

    .venv/bin/python benchmarks/bench_attribution.py [--corpus ../shared/corpus] [--errors N]
    .venv/bin/python benchmarks/bench_attribution.py --polnear ../shared/polnear/train ...

Drafts are built by benchmarks/desk/drafts.py: about 24 quotations a draft from 8 corpus
originals, all 8 passed with --source at once, each quotation faithful, edited or reworded,
and credited to the right named speaker, to a description with no name, or to the wrong
named person. Prints, for the tune and the held-out part separately:

- unnamed credits: how many came back MISATTRIBUTED (target 0) and how many have
  attribution status ``unnamed``;
- wrong named credits on faithful words: the share MISATTRIBUTED (target >= 95 %);
- right named credits: false MISATTRIBUTED, and the share ``confirmed``;
- the words' verdicts against what each edit must get.

Those "right" credits are the extractor's own reading of the corpus page. ``--polnear``
takes them from people instead: every quoted content of PolNeAR whose annotated source is
a name becomes a draft line crediting that name (and, in turn, another article's name), the
article's text is the original, eight articles a draft, all eight passed at once. It prints
the share of human-right credits called MISATTRIBUTED (false alarms) and of wrong ones
caught, per folder (train to tune on, dev held out). PolNeAR stays outside the repository.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.desk.drafts import (
    UNNAMED,
    UNNAMED_HELD_OUT,
    Item,
    draft,
    held_out,
    items,
    originals,
)
from verify.fetch.client import FetchConfig
from verify.match.semantic import SentenceTransformerEmbedder
from verify.outlets import OutletRegistry
from verify.pipeline import CheckOptions, check
from verify.report.models import QuoteResult

PER_DRAFT = 8
FAITHFUL_WORDS = {"faithful", "formatting", "ellipsis"}
FOUND = {"VERBATIM", "MINOR_VARIATION"}


def part(it: Item) -> str:
    """tune or held-out: the original and, for unnamed credits, the phrasing."""
    if held_out(it.original.name):
        return "held-out"
    if it.credit == "unnamed" and it.form >= len(UNNAMED) - UNNAMED_HELD_OUT:
        return "held-out"
    return "tune"


def run(corpus: Path) -> list[tuple[Item, QuoteResult | None]]:
    registry = OutletRegistry.load()
    origs = originals(corpus, registry)
    embedder = SentenceTransformerEmbedder()
    out: list[tuple[Item, QuoteResult | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for d, start in enumerate(range(0, len(origs), PER_DRAFT)):
            group = origs[start:start + PER_DRAFT]
            its = [it for k, o in enumerate(group) for it in items(o, origs, credit_cycle=k)]
            path = Path(tmp) / f"draft{d}.md"
            path.write_text(draft(its), encoding="utf-8")
            opts = CheckOptions(sources=[str(o.page) for o in group],
                                fetch=FetchConfig(cache_dir=Path(tmp) / "cache"))
            report = check([str(path)], opts, embedder=embedder)
            out.extend(zip(its, _in_order(its, report.articles[0].quotes), strict=True))
    return out


def _in_order(its: list[Item], quotes: list[QuoteResult]) -> list[QuoteResult | None]:
    """The draft's quotation for each item, matched in document order (the same words may
    stand twice in a draft, credited differently)."""
    found: list[QuoteResult | None] = []
    k = 0
    for it in its:
        key = _key(it.words)
        j = next((j for j in range(k, len(quotes)) if _key(quotes[j].text) == key), None)
        found.append(None if j is None else quotes[j])
        k = k if j is None else j + 1
    return found


def _key(words: str) -> str:
    return " ".join(words.strip().rstrip(",.;:").split()).lower()


def summarise(results: list[tuple[Item, QuoteResult | None]], errors: int) -> None:
    for name in ("tune", "held-out"):
        rows = [(it, q) for it, q in results if part(it) == name]
        lost = sum(1 for _, q in rows if q is None)
        rows = [(it, q) for it, q in rows if q is not None]
        print(f"== {name}: {len(rows)} quotations ({lost} not extracted from the draft as "
              "written)")
        unnamed = [(it, q) for it, q in rows if it.credit == "unnamed"]
        mis = [q for _, q in unnamed if q.verdict.value == "MISATTRIBUTED"]
        status = Counter(q.attribution.status if q.attribution else None
                         for it, q in unnamed if it.edit in FAITHFUL_WORDS)
        print(f"  unnamed credits: {len(unnamed)}, MISATTRIBUTED {len(mis)}; on faithful "
              f"words attribution status {dict(status)}")
        wrong = [(it, q) for it, q in rows if it.credit == "wrong" and it.edit in FAITHFUL_WORDS]
        hit = sum(1 for _, q in wrong if q.verdict.value == "MISATTRIBUTED")
        print(f"  wrong named credits on faithful words: {len(wrong)}, MISATTRIBUTED "
              f"{hit} ({hit / max(len(wrong), 1):.1%})")
        right = [(it, q) for it, q in rows if it.credit == "named"]
        false = sum(1 for _, q in right if q.verdict.value == "MISATTRIBUTED")
        conf = Counter(q.attribution.status if q.attribution else None
                       for it, q in right if it.edit in FAITHFUL_WORDS)
        print(f"  right named credits: {len(right)}, false MISATTRIBUTED {false}; on faithful "
              f"words attribution status {dict(conf)}")
        by_edit: dict[str, Counter[str]] = defaultdict(Counter)
        for it, q in rows:
            v = q.verdict.value
            ok = (v in FOUND if it.edit == "faithful" else v == it.expected) or (
                it.credit == "wrong" and v == "MISATTRIBUTED" and it.edit in FAITHFUL_WORDS)
            by_edit[it.edit]["right" if ok else v] += 1
        print("  words' verdicts by edit: " + "; ".join(
            f"{e} {dict(c)}" for e, c in sorted(by_edit.items())))
        shown = 0
        for it, q in rows:
            v = q.verdict.value
            bad = (it.credit in {"unnamed", "named"} and v == "MISATTRIBUTED") or (
                it.credit == "wrong" and it.edit in FAITHFUL_WORDS and v != "MISATTRIBUTED") or (
                it.edit not in FAITHFUL_WORDS and it.expected != "MINOR_VARIATION"
                and v in FOUND)  # a changed quotation that passed
            if bad and shown < errors and name == "tune":  # misses are read on tune only
                shown += 1
                print(f"    [{it.credit}/{it.edit}] {q.verdict.value} "
                      f"{q.attribution.status if q.attribution else None}: {it.line[:100]!r}"
                      f" | {q.explanation[-160:]!r}")


def polnear(folder: Path, errors: int) -> list[tuple[str, str, str, QuoteResult | None]]:
    """Human-annotated credits of one PolNeAR folder (see the module docstring)."""
    from benchmarks.bench_extraction import load_gold
    from benchmarks.desk.drafts import NAMED
    from verify.match.attribution import is_unnamed, names_match

    anns: dict[str, Path] = {}
    for a in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(a.stem.rsplit("_", 1)[0], a)
    cases: list[tuple[Path, str, str]] = []  # (article, words, annotated name)
    for txt in sorted((folder / "text").glob("*.txt")):
        if txt.stem not in anns:
            continue
        text = txt.read_text("utf-8")
        for g in load_gold(text, anns[txt.stem].read_text("utf-8")):
            m = re.search(r"[“\"]([^“”\"]+)[”\"]", text[g.start:g.end])
            names = [" ".join(text[a:b].split()) for a, b in g.sources]
            if not m or not names or len(m.group(1).split()) < 6:
                continue
            name = names[0]
            if is_unnamed(name) or not name[:1].isupper() or len(name.split()) > 5:
                continue
            cases.append((txt, m.group(1).strip().rstrip(",.;:"), name))
    rnd = random.Random(folder.name)
    registry = OutletRegistry.load()
    # A wrong credit is another article's person: an outlet cannot be checked against a
    # local file with no URL.
    people = [n for _, _, n in cases if len(n.split()) >= 2 and not registry.find(n)]
    rows: list[tuple[str, str, str, QuoteResult | None]] = []  # (credit, line, name, result)
    embedder = SentenceTransformerEmbedder()
    articles = sorted({c[0] for c in cases})
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(articles), PER_DRAFT):
            group = set(articles[start:start + PER_DRAFT])
            lines: list[tuple[str, str, str, str]] = []
            for k, (_, words, name) in enumerate(c for c in cases if c[0] in group):
                credit, who = "right", name
                if k % 2:
                    credit = "wrong"
                    who = rnd.choice([n for n in people if not names_match(n, name)])
                lines.append((credit, NAMED[k % len(NAMED)].format(q=words, who=who), words,
                              name))
            path = Path(tmp) / f"d{start}.md"
            path.write_text("\n\n".join(line for _, line, _, _ in lines) + "\n", "utf-8")
            opts = CheckOptions(sources=[str(a) for a in sorted(group)],
                                fetch=FetchConfig(cache_dir=Path(tmp) / "cache"))
            got = check([str(path)], opts, embedder=embedder).articles[0].quotes
            k = 0
            for credit, line, words, name in lines:
                key = _key(words)
                j = next((j for j in range(k, len(got)) if _key(got[j].text) == key), None)
                rows.append((credit, line, name, None if j is None else got[j]))
                k = k if j is None else j + 1
    found = [(c, line, n, q) for c, line, n, q in rows if q is not None
             and q.verdict.value in FOUND | {"MISATTRIBUTED"}]
    print(f"== {folder}: {len(rows)} quotations credited to an annotated name "
          f"({sum(q is None for *_, q in rows)} not extracted from the draft; "
          f"{len(found)} found in the original)")
    for credit in ("right", "wrong"):
        sel = [q for c, _, _, q in found if c == credit]
        mis = sum(q.verdict.value == "MISATTRIBUTED" for q in sel)
        status = Counter(q.attribution.status if q.attribution else None for q in sel)
        print(f"  {credit} credits: {len(sel)}, MISATTRIBUTED {mis} ({mis / max(len(sel), 1):.1%});"
              f" attribution status {dict(status)}")
    shown = 0
    for c, line, n, q in found:
        bad = (c == "right") == (q.verdict.value == "MISATTRIBUTED")
        if bad and shown < errors:
            shown += 1
            print(f"    [{c}] {q.verdict.value}: {line[:100]!r} (annotated {n!r}) | "
                  f"{q.explanation[-140:]!r}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parents[2] / "shared"
                    / "corpus")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses")
    ap.add_argument("--polnear", type=Path, nargs="+", help="PolNeAR folders: human credits")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.polnear:
        for folder in args.polnear:
            polnear(folder, args.errors)
        print(f"{time.perf_counter() - t0:.1f} s")
        return
    results = run(args.corpus)
    summarise(results, args.errors)
    print(f"{time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
