"""Score quote detection and attribution on a brat-annotated folder in PolNeAR's layout.

    .venv/bin/python benchmarks/bench_extraction.py ../shared/polnear/dev [--errors N]

Gold, matching and speaker scoring follow ../shared/docs/extraction.md §4:
- one annotator per article: the first .ann file in sorted order;
- gold items: each segment of an event's Content span that contains “, ” or ";
- a prediction matches the best unused gold item whose overlap (shared characters / length
  of the shorter span) is at least 0.5 (one to one, greedy);
- the speaker is right when the prediction's ``speaker_span`` overlaps the gold Source span;
- an article where the extractor raises counts as zero predictions.
Predictions are this benchmark's own, so its figures are not those of a per-quote scorer:
- the quotes of kind ``quote`` and the fragments credited to a speaker or an outlet; titles
  and scare quotes are not attributions and stay out of the score;
- one prediction per attributed content, the unit PolNeAR annotates: quotes of one clause
  credited to the same mention with only running text between them ("… is a “loser,” a
  “liar” and a “whiner.”") are one prediction, and a quote running over paragraphs is one
  prediction per paragraph (each paragraph reopens with a mark).
Prints precision, recall, F1 (also at overlap 0.8), speaker accuracy, end-to-end P/R/F1,
the count of articles that raised, and articles per second (extraction only, one core);
with ``--by-rule``, per attribution rule: its predictions, their detection precision, their
speaker accuracy and their end-to-end precision; speaker accuracy is what decides the rules
the credit check trusts (``verify.quotes.interface.AttributionRule.sure``).
The data stays outside the repository; tests use invented fixtures.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from verify.input.text import text_to_document
from verify.outlets import OutletRegistry
from verify.quotes import QuoteKind, extract
from verify.quotes.lexicon import VERB_RE

_QUOTE_CHARS = ("“", "”", '"')
_LINE = re.compile(r"^([TE#]\d+)\t(.*)$")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    sources: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    speaker: tuple[int, int] | None
    rule: str = "none"


def load_gold(text: str, ann: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        m = _LINE.match(line)
        if not m:
            continue  # continuation lines of a multi-line covered text
        ident, rest = m.groups()
        if ident.startswith("T"):
            head = rest.split("\t", 1)[0]
            kind, _, offsets = head.partition(" ")
            frags = [tuple(int(x) for x in f.split()) for f in offsets.split(";")]
            spans[ident] = (kind, frags)  # type: ignore[assignment]
        elif ident.startswith("E"):
            roles = dict(r.split(":", 1) for r in rest.split() if ":" in r)
            events.append({k.rstrip("0123456789"): v for k, v in roles.items()})
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None:
            continue
        src = spans.get(ev.get("Source", ""))
        sources = tuple(src[1]) if src else ()
        for s, e in content[1]:
            if any(ch in text[s:e] for ch in _QUOTE_CHARS):
                out.append(Gold(s, e, sources))
    return out


def predict(text: str, registry: OutletRegistry) -> list[Pred]:
    """Attributed contents from the extractor's quotes (see the module docstring): titles and
    scare quotes (fragments with no cue, so no speaker) stay out of the score, as the method
    in extraction.md §5 recommends."""
    doc = text_to_document(text, input="t", kind="text")
    preds: list[Pred] = []
    for q in extract(doc, registry):
        credited = q.speaker is not None or q.outlet is not None
        if not (q.kind is QuoteKind.QUOTE or (q.kind is QuoteKind.FRAGMENT and credited)):
            continue
        if len(q.pieces) > 1:  # a quote over paragraphs: one content per paragraph, marks in
            preds.extend(Pred(s - 1, _with_mark(text, e), q.speaker_span, q.rule)
                         for s, e in q.pieces)
            continue
        last = preds[-1] if preds else None
        if last is not None and q.speaker_span is not None and last.speaker == q.speaker_span \
                and _one_content(text[last.end:q.start]):
            preds[-1] = Pred(last.start, q.end, last.speaker, last.rule)
        else:
            preds.append(Pred(q.start, q.end, q.speaker_span, q.rule))
    return preds


def _with_mark(text: str, end: int) -> int:
    """The end of a paragraph's piece of a quote: after its closing mark, or its last word."""
    if text[end:end + 1] in _QUOTE_CHARS:
        return end + 1
    return len(text[:end].rstrip())


_CONTENT_GAP = re.compile(r"[^\n.!?;:]{0,160}")


def _one_content(gap: str) -> bool:
    """True when the words between two quotes credited to the same mention are running text
    of one clause ("… is a “loser,” a “liar” and a “whiner.”"), not an attribution."""
    return bool(_CONTENT_GAP.fullmatch(gap)) and VERB_RE.search(gap) is None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def match(preds: list[Pred], golds: list[Gold], threshold: float) -> list[tuple[Pred, Gold]]:
    pairs = sorted(((overlap((p.start, p.end), (g.start, g.end)), i, j)
                    for i, p in enumerate(preds) for j, g in enumerate(golds)), reverse=True)
    used_p, used_g, out = set(), set(), []
    for ov, i, j in pairs:
        if ov < threshold:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((preds[i], golds[j]))
    return out


def speaker_ok(p: Pred, g: Gold) -> bool:
    return p.speaker is not None and any(overlap(p.speaker, s) > 0 for s in g.sources)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders with text/ and attributions/")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses of each kind")
    ap.add_argument("--by-rule", action="store_true",
                    help="precision and speaker accuracy per attribution rule")
    args = ap.parse_args()
    registry = OutletRegistry.load()
    for folder in args.folders:
        anns: dict[str, list[Path]] = defaultdict(list)
        for a in sorted((folder / "attributions").glob("*.ann")):
            anns[a.stem.rsplit("_", 1)[0]].append(a)
        totals = defaultdict(int)
        raised = 0
        elapsed = 0.0
        misses: dict[str, list[str]] = defaultdict(list)
        by_rule: dict[str, list[bool]] = defaultdict(list)
        made_by_rule: dict[str, int] = defaultdict(int)
        for txt in sorted((folder / "text").glob("*.txt")):
            text = txt.read_text("utf-8")
            golds = load_gold(text, anns[txt.stem][0].read_text("utf-8")) if anns[txt.stem] \
                else []
            t0 = time.process_time()
            try:
                preds = predict(text, registry)
            except Exception as exc:
                raised += 1
                preds = []
                misses["raised"].append(f"{txt.name}: {type(exc).__name__}: {exc}")
            elapsed += time.process_time() - t0
            pairs = match(preds, golds, 0.5)
            totals["pred"] += len(preds)
            totals["gold"] += len(golds)
            totals["tp"] += len(pairs)
            totals["tp80"] += len(match(preds, golds, 0.8))
            totals["spk"] += sum(speaker_ok(p, g) for p, g in pairs)
            for p, g in pairs:
                by_rule[p.rule].append(speaker_ok(p, g))
            for p in preds:
                made_by_rule[p.rule] += 1
            if args.errors:
                got = {id(p) for p, _ in pairs}
                hit = {id(g) for _, g in pairs}
                for p in preds:
                    if id(p) not in got:
                        misses["false positive"].append(f"{txt.name}: {text[p.start:p.end]!r}")
                for g in golds:
                    if id(g) not in hit:
                        misses["missed"].append(f"{txt.name}: {text[g.start:g.end]!r}")
                for p, g in pairs:
                    if not speaker_ok(p, g):
                        said = text[p.speaker[0]:p.speaker[1]] if p.speaker else None
                        gold = [text[s:e] for s, e in g.sources]
                        misses["wrong speaker"].append(
                            f"{txt.name}: {text[p.start:p.end][:60]!r} -> {said!r}, gold {gold}")
        n_articles = len(list((folder / "text").glob("*.txt")))
        p, r, f = prf(totals["tp"], totals["pred"], totals["gold"])
        p8, r8, f8 = prf(totals["tp80"], totals["pred"], totals["gold"])
        acc = totals["spk"] / totals["tp"] if totals["tp"] else 0.0
        ep, er, ef = prf(totals["spk"], totals["pred"], totals["gold"])
        print(f"{folder}: {n_articles} articles, {totals['gold']} gold quoted segments, "
              f"{totals['pred']} predicted")
        print(f"  detection @0.5  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        print(f"  detection @0.8  P {p8:.3f}  R {r8:.3f}  F1 {f8:.3f}")
        print(f"  speaker accuracy on matched  {acc:.3f}")
        print(f"  end-to-end      P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}")
        print(f"  articles that raised: {raised}")
        print(f"  speed: {n_articles / elapsed:.1f} articles/s (CPU time, one core)")
        if args.by_rule:
            # Per rule: its predictions, the share that are gold quotes (detection
            # precision), the speaker accuracy on those, and the share of its predictions
            # that are a gold quote with the right speaker (the rule's end-to-end precision).
            print(f"  {'rule':<23} {'predicted':>9} {'precision':>9} {'speaker':>8} {'e2e P':>6}")
            for rule, made in sorted(made_by_rule.items(), key=lambda kv: -kv[1]):
                oks = by_rule.get(rule, [])
                print(f"  rule {rule:<18} {made:>9} {len(oks) / made:>9.3f} "
                      f"{sum(oks) / max(len(oks), 1):>8.3f} {sum(oks) / made:>6.3f}")
        for kind, items in misses.items():
            for line in items[: args.errors or len(items)]:
                print(f"  [{kind}] {line}")


if __name__ == "__main__":
    main()
