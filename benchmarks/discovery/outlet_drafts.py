"""Drafts that credit quotations to the outlets that published them, built at run time from
../shared/corpus and written in the desk format (``NN-slug.md`` + ``NN-slug.gold.json``,
see benchmarks/discovery/gold.py), with no link: the originals can only be found by search.

Each quotation is one the extractor credits to a named speaker in a corpus page's ground
truth, shown by the page. A draft quotes three pages, up to two quotations each, credited the way
desks credit an outlet: the outlet alone ("X reported that", "“…,” X reported", "according
to a report by X", "a report in X said", "X first reported", "“…,” X reports") or the
speaker and the outlet ("Y told X:", "“…,” Y told X.", "“…,” Y said, according to X"); and
its first paragraph names another outlet, as a follow-up does. The outlet is the
manifest's name, whether or not the registry lists it. Quotations are faithful, a number or
a content word changed (those must be flagged), or faithful words credited to a speaker of
another page (MISATTRIBUTED).

Pages are split by a stable hash (benchmarks/desk/drafts.py): drafts whose first page is
held out form the "held-out" part. Generation is deterministic; the corpus is publishers'
text, so drafts are written to a temporary folder and never stored.
"""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.desk.drafts import held_out
from benchmarks.verdicts.pairs import EDITS
from verify.input.reader import document_from_bytes
from verify.input.text import text_to_document
from verify.match.attribution import PLATFORMS, is_place, is_unnamed, names_match
from verify.outlets import OutletRegistry
from verify.quotes import QuoteKind, extract

#: The outlet alone ({o}: the outlet, {q}: the words).
OUTLET_ONLY = ["{o} reported that “{q}.”", "“{q},” {o} reported.",
               "According to a report by {o}, “{q}.”", "A report in {o} said: “{q}.”",
               "{o} first reported that “{q}.”", "“{q},” {o} reports."]
#: The speaker ({w}) and the outlet.
WITH_SPEAKER = ["{w} told {o}: “{q}.”", "“{q},” {w} told {o}.",
                "“{q},” {w} said, according to {o}."]
#: Edits, in turn: faithful words twice as often as each change.
EDIT_CYCLE = ["faithful", "number", "faithful", "word", "faithful", "wrong-credit"]


@dataclass(frozen=True)
class Source:
    """A corpus page, its outlet as the manifest names it, and its credited quotations."""

    key: str
    outlet: str
    quotes: tuple[tuple[str, str], ...]
    """(words, speaker) pairs."""


def sources(corpus: Path, registry: OutletRegistry) -> list[Source]:
    """Corpus pages with a usable quotation, in manifest order."""
    rows = list(csv.DictReader((corpus / "MANIFEST.tsv").open(encoding="utf-8"),
                               delimiter="\t"))
    out = []
    for row in rows:
        if not row["local_ground_truth"] or not row["outlet"] or len(row["outlet"]) < 3:
            continue
        html = (corpus / "pages" / row["file"]).read_bytes()
        if len(html) > 800_000:
            continue
        gt = (corpus / row["local_ground_truth"]).read_text("utf-8")
        doc = text_to_document(gt, input=row["file"], kind="text")
        try:
            page = document_from_bytes(html, input=row["file"], url=row["original_url"])
        except Exception:  # a page with no text is no original
            continue
        if page.paywalled:
            continue
        shown = " ".join(page.text.split())
        quotes = []
        for q in extract(doc, registry):
            words = q.text.strip().rstrip(",.;:")
            if q.kind is QuoteKind.QUOTE and q.speaker and q.speaker[:1].isupper() and \
                    len(q.speaker.split()) >= 2 and not is_unnamed(q.speaker) and \
                    not is_place(q.speaker) and q.speaker.lower() not in PLATFORMS and \
                    8 <= len(words.split()) <= 40 and not re.search(r"[“”\"‘’']", words) \
                    and words in shown:
                quotes.append((words, q.speaker))
        if quotes:
            outlet = re.sub(r"\s*\([^)]*\)", "", row["outlet"]).strip()
            out.append(Source("corpus/" + row["file"], outlet, tuple(quotes[:4])))
    return out


def write(corpus: Path, registry: OutletRegistry, folder: Path, *, per_draft: int = 3
          ) -> list[Path]:
    """Write the drafts and their gold files into ``folder``; return the gold files."""
    srcs = sources(corpus, registry)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    n_item = 0
    for d in range(0, len(srcs) - per_draft + 1, per_draft):
        group = srcs[d:d + per_draft]
        rnd = random.Random(group[0].key)
        others = [s for s in srcs if s not in group]
        other_outlet = rnd.choice([s.outlet for s in others if s.outlet not in
                                   {g.outlet for g in group}])
        paras = ["# What the papers said", "",
                 f"{other_outlet} reported on the dispute last week, and the story has moved "
                 "quickly since.", ""]
        gold = []
        for src in group:
            for words, speaker in src.quotes[:2]:
                edit = EDIT_CYCLE[n_item % len(EDIT_CYCLE)]
                n_item += 1
                text, category, credited = words, "faithful", speaker
                if edit == "number":
                    text = EDITS["number"][1](words, rnd, speaker) or ""
                    category = "number"
                elif edit == "word":
                    text = EDITS["content word"][1](words, rnd, speaker) or ""
                    category = "word"
                if not text or (text == words and edit not in {"faithful", "wrong-credit"}):
                    text, category = words, "faithful"
                if edit == "wrong-credit":
                    names = [s for o in others for _, s in o.quotes
                             if not names_match(s, speaker)]
                    credited, category = rnd.choice(names), "wrong-credit"
                if category == "wrong-credit" or rnd.random() < 0.4:
                    form = rnd.choice(WITH_SPEAKER)
                    line = form.format(w=credited, o=src.outlet, q=text)
                    credited_to = f"{credited} / {src.outlet}"
                else:
                    line = rnd.choice(OUTLET_ONLY).format(o=src.outlet, q=text)
                    credited_to = src.outlet
                    category = "outlet" if category == "faithful" else category
                paras += [line, ""]
                gold.append({"anchor": text, "category": category,
                             "credited_to": credited_to, "true_speaker": speaker,
                             "page": src.key, "page_text": words,
                             "note": "generated by benchmarks/discovery/outlet_drafts.py"})
            paras += ["The discussion continued late into the evening.", ""]
        texts = [g["anchor"] for g in gold]
        for g in gold:
            g["anchor"] = _anchor(g["anchor"], [t for t in texts if t != g["anchor"]])
        name = f"G{d // per_draft + 1:02d}-outlets"
        (folder / f"{name}.md").write_text("\n".join(paras), "utf-8")
        part = "held-out" if held_out(group[0].key) else "tune"
        gold_file = folder / f"{name}.gold.json"
        gold_file.write_text(json.dumps({
            "draft": f"{name}.md", "part": part, "originals": [s.key for s in group],
            "distractors": [], "quotes": gold}, indent=1, ensure_ascii=False), "utf-8")
        written.append(gold_file)
    return written


def _anchor(text: str, others: list[str]) -> str:
    """Six words of ``text`` found in no other quotation of the draft."""
    words = text.split()
    for i in range(max(len(words) - 6, 0), -1, -1):
        anchor = " ".join(words[i:i + 6])
        if not any(anchor in o for o in others):
            return anchor
    return text
