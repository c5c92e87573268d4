"""Verbatim recall: every quotation of every reference text, checked word for word against
its own page.

    .venv/bin/python benchmarks/bench_verbatim.py [--shared ../shared] [--show N]

A reference text says what is on a page (``corpus/groundtruth/*.txt``, human-checked
article bodies; ``corpus-extra/reference/*.txt``, the article as Readability extracts it).
Each quotation in it is copied, word for word, into a draft of its own paragraph with no
credit, and the draft is checked against that page alone, read as ``verify`` reads any
page. A faithful copy must come back VERBATIM or MINOR_VARIATION; NOT_FOUND means the
words were not where the tool looked, ALTERED that it read them wrong. The truth is the
reference text, never the tool's own extraction of the page.

Prints, per set: quotations, the share VERBATIM or MINOR_VARIATION, and the count of
every other verdict; ``--show N`` lists up to N failures with their page.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verify.config import default_model_dir
from verify.fetch.client import FetchConfig
from verify.input.text import text_to_document
from verify.outlets import OutletRegistry
from verify.pipeline import CheckOptions, check
from verify.quotes import QuoteKind, extract

PASS = {"VERBATIM", "MINOR_VARIATION"}
#: Quotations shorter than this are fragments and scare quotes, not checked as quotations.
MIN_WORDS = 3


@dataclass(frozen=True)
class Page:
    """A page and the reference text of what it says."""

    set: str
    page: Path
    reference: Path


def pages(shared: Path) -> list[Page]:
    """Every page with a reference text, in the corpus and in corpus-extra."""
    out = []
    for name, ref_col in (("corpus", "local_ground_truth"), ("corpus-extra", "reference_text")):
        folder = shared / name
        with open(folder / "MANIFEST.tsv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row.get(ref_col):
                    out.append(Page(name, folder / "pages" / row["file"], folder / row[ref_col]))
    return out


def quotations(reference: Path, registry: OutletRegistry) -> list[str]:
    """The quotations of a reference text (what its own marks enclose)."""
    doc = text_to_document(reference.read_text(encoding="utf-8"), input=str(reference),
                           kind="text")
    return [q.text for q in extract(doc, registry)
            if q.kind is QuoteKind.QUOTE and len(q.text.split()) >= MIN_WORDS]


def draft(texts: list[str]) -> str:
    """A draft quoting each text, uncredited, in a paragraph of its own."""
    return "\n\n".join("“" + t.replace("“", "‘").replace("”", "’") + "”" for t in texts) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    ap.add_argument("--show", type=int, default=0, help="list up to N failures")
    args = ap.parse_args()
    registry = OutletRegistry.load()
    verdicts: dict[str, Counter[str]] = {}
    failures: list[tuple[str, str, str, str]] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        opts = CheckOptions(fetch=FetchConfig(cache_dir=Path(tmp) / "cache"),
                            model_dir=default_model_dir())
        for page in pages(args.shared):
            texts = quotations(page.reference, registry)
            if not texts:
                continue
            path = Path(tmp) / "draft.md"
            path.write_text(draft(texts), encoding="utf-8")
            opts.sources = [str(page.page)]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                report = check([str(path)], opts)
            got = {q.text: q for a in report.articles for q in a.quotes}
            counts = verdicts.setdefault(page.set, Counter())
            for text in texts:
                q = got.get(text.replace("“", "‘").replace("”", "’"))
                verdict = q.verdict.value if q is not None else "MISSED"
                counts[verdict] += 1
                if verdict not in PASS:
                    why = q.explanation if q is not None else "the draft's quote was not read"
                    failures.append((page.page.name, verdict, text, why))
    print(f"{'set':<14}{'quotes':>8}{'pass':>8}{'share':>9}  others")
    for name, counts in verdicts.items():
        total = sum(counts.values())
        ok = sum(counts[v] for v in PASS)
        others = ", ".join(f"{v} {n}" for v, n in counts.most_common() if v not in PASS)
        print(f"{name:<14}{total:>8}{ok:>8}{ok / total:>9.2%}  {others or '-'}")
    print(f"({time.perf_counter() - t0:.0f} s)")
    for page_name, verdict, text, why in failures[:args.show]:
        print(f"\n{verdict} {page_name}\n  “{text[:160]}”\n  {why[:240]}")


if __name__ == "__main__":
    main()
