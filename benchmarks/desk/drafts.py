"""Drafts written the way a desk writes them, from real quotations in ../shared/corpus.

Each original is a corpus page (its HTML, read as a desk's folder of originals would be);
its quotations are those the extractor finds in the page's ground-truth text, credited by the
page to a named speaker, and shown by the page's extracted text. A draft holds quotations
from several originals, each quoted faithfully, edited (the edit kinds of
benchmarks/verdicts/pairs.py) or reworded (the hand-written paraphrases), and credited
to the right named speaker, to a description with no name ("a spokesperson said"), or to the
wrong named person (someone quoted in another original). Every original of the draft is
passed at once.

Credit phrasings and originals are each split in two by a stable hash: the "tune" part is
what thresholds may be looked at on; the "held-out" part is reported beside it, untouched.
Generation is deterministic; the corpus is publishers' text, so drafts are built at run time
and never stored in the repository.
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.verdicts.pairs import EDITS, paraphrases
from verify.input.reader import read_local
from verify.input.text import text_to_document
from verify.match.attribution import PLATFORMS, is_place, is_unnamed, names_match
from verify.outlets import OutletRegistry
from verify.quotes import QuoteKind, extract

#: Named credits, as desks write them ({who}: the speaker, {q}: the words).
NAMED = ["{who} said: “{q}.”", "“{q},” {who} said.", "“{q},” said {who}.",
         "In an interview, {who} said: “{q}.”", "“{q},” {who} told reporters."]
#: Credits that name nobody. The last four are held out.
UNNAMED = ["“{q},” a spokesperson said.", "One person involved told {outlet}: “{q}.”",
           "“{q},” said a person familiar with the matter.", "A senior adviser said: “{q}.”",
           "“{q},” officials said.", "“{q},” one participant said.",
           "An aide, who asked not to be named, said: “{q}.”",
           "“{q},” said a representative for the group.",
           "People close to him said: “{q}.”", "“{q},” sources said."]
UNNAMED_HELD_OUT = 4


def held_out(name: str) -> bool:
    """A stable 30 % of originals, never tuned on."""
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % 10 < 3


@dataclass(frozen=True)
class Original:
    """A corpus page and the quotations it credits to a named speaker."""

    page: Path
    name: str
    outlet: str
    """The outlet that published the page (the manifest's name)."""
    quotes: tuple[tuple[str, str], ...]
    """(words, speaker) pairs."""


@dataclass(frozen=True)
class Item:
    """One quotation of a draft, with what it must get."""

    line: str
    """The sentence as the draft has it."""
    words: str
    edit: str
    """faithful, a pairs.py edit kind, or paraphrase."""
    expected: str
    """The verdict the words must get (faithful: VERBATIM or MINOR_VARIATION)."""
    credit: str
    """named, unnamed or wrong."""
    form: int
    """Which credit phrasing (index into NAMED or UNNAMED)."""
    original: Original


def originals(corpus: Path, registry: OutletRegistry) -> list[Original]:
    """Every corpus page with at least one usable quotation, in manifest order."""
    rows = list(csv.DictReader((corpus / "MANIFEST.tsv").open(encoding="utf-8"),
                               delimiter="\t"))
    out = []
    for row in rows:
        if not row["local_ground_truth"]:
            continue
        gt = corpus / row["local_ground_truth"]
        page = corpus / "pages" / row["file"]
        doc = text_to_document(gt.read_text("utf-8"), input=gt.name, kind="text")
        # Credited by the page to a named person or body (not a place or a platform).
        quotes = [q for q in extract(doc, registry) if q.kind is QuoteKind.QUOTE and q.speaker
                  and not is_unnamed(q.speaker) and q.speaker[:1].isupper()
                  and not is_place(q.speaker) and q.speaker.lower() not in PLATFORMS
                  and 6 <= len(q.text.split()) <= 60 and not re.search(r"[“”\"]", q.text)]
        if not quotes:
            continue
        try:
            shown = " ".join(read_local(str(page)).text.split())
        except Exception:  # an unreadable page is no original
            continue
        kept = tuple((_bare(q.text), q.speaker) for q in quotes
                     if _bare(q.text) in shown)
        if kept:
            outlet = re.sub(r"\s*\([^)]*\)", "", row["outlet"])  # "MSN (syndicated)" -> "MSN"
            out.append(Original(page, gt.name, outlet, kept))
    return out


def _bare(words: str) -> str:
    """The words without the punctuation the credit sentence supplies."""
    return words.strip().rstrip(",.;:")


def items(orig: Original, others: list[Original], *, credit_cycle: int = 0,
          edits: tuple[str, ...] = ("faithful", "formatting", "ellipsis", "number", "negation",
                                    "content word", "paraphrase")) -> list[Item]:
    """Every edit of every quotation of ``orig``, with credits taken in turn."""
    rnd = random.Random(orig.name)
    hand = {p["quote"].rstrip(",.;: "): p["paraphrase"] for p in paraphrases()
            if p["file"] == orig.name}
    out: list[Item] = []
    n = credit_cycle
    for words, speaker in orig.quotes:
        for edit in edits:
            if edit == "faithful":
                text, expected = words, "VERBATIM"
            elif edit == "paraphrase":
                text, expected = hand.get(words, ""), "PARAPHRASE"
            else:
                expected, make = EDITS[edit]
                text = make(words, rnd, speaker) or ""
            text = _bare(text)
            if not text or (text == words and edit != "faithful"):
                continue
            credit = ("named", "unnamed", "wrong")[n % 3]
            n += 1
            out.append(_item(text, edit, expected, credit, speaker, orig, others, rnd))
    return out


def _item(text: str, edit: str, expected: str, credit: str, speaker: str, orig: Original,
          others: list[Original], rnd: random.Random) -> Item:
    if credit == "unnamed":
        form = rnd.randrange(len(UNNAMED))
        line = UNNAMED[form].format(q=text, outlet=orig.outlet)
    else:
        who = speaker
        if credit == "wrong":
            names = [s for o in others if o is not orig for _, s in o.quotes
                     if len(s.split()) >= 2 and not names_match(s, speaker)]
            who = rnd.choice(names)
        form = rnd.randrange(len(NAMED))
        line = NAMED[form].format(q=text, who=who)
    return Item(line, text, edit, expected, credit, form, orig)


def draft(items_: list[Item], title: str = "What they said") -> str:
    """A Markdown draft: a paragraph per quotation, with running text between them."""
    paras = [f"# {title}", ""]
    for k, it in enumerate(items_):
        paras.append(it.line)
        paras.append("")
        if k % 4 == 3:
            paras += ["The discussion continued late into the evening, and more meetings "
                      "are planned for the coming weeks.", ""]
    return "\n".join(paras)
