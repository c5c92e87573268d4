"""Drafts with gold, in the desk format (``NN-slug.md`` or ``.txt`` beside
``NN-slug.gold.json``), and how a check of them is scored.

A gold file names its draft, its part (``tune`` or ``held-out``), its originals and
distractors (page files: ``corpus/FILE`` for ../shared/corpus, ``FILE`` for
../shared/corpus-extra) and one entry per quotation: an ``anchor`` (words inside the
draft's marks, unique in the draft), a ``category`` (the edit, or how it is credited), what
the draft credits (``credited_to``: a name, a description, an outlet, or ``Name /
Outlet``), the ``true_speaker``, the ``page`` the words come from and their ``page_text``
(optionally its ``page_url``; other fields are ignored).

Scoring reads only the gold fields and the report: whether the quotation was found in the
draft, whether its page was among the candidates search found, which page the verdict
rests on, and the verdict. The drafts' words are never looked at here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: Categories a faithful desk lets through: the checker must not accuse them.
PASSING = frozenset({"faithful", "formatting", "ellipsis", "bracket", "join", "unnamed",
                     "outlet"})
#: Categories the checker must flag.
FAILING = frozenset({"number", "negation", "name", "word", "splice", "wrong-credit",
                     "paraphrase", "fabricated"})
#: Verdicts that let a quotation through, and those that flag it.
CLEARED = frozenset({"VERBATIM", "MINOR_VARIATION"})
FLAGGED = frozenset({"ALTERED", "MISATTRIBUTED", "NOT_FOUND", "PARAPHRASE"})


@dataclass(frozen=True)
class GoldQuote:
    """One quotation of a draft and what a fact-checker decided about it."""

    anchor: str
    category: str
    credited_to: str = ""
    true_speaker: str = ""
    page: str = ""
    page_text: str = ""
    note: str = ""
    page_url: str = ""
    """The page's address, when the gold gives it (used when the index does not know the
    page by its name)."""
    credit_form: str = ""
    """For a wrong credit, how the draft gives the words to their speaker: ``name`` (a name
    in the quote's own sentence, the issue's "named credit"), ``pronoun``, ``description``,
    ``elsewhere`` (only a sentence before) or ``outlet``; labelled by a reader of the
    drafts who never read the code."""

    @property
    def outlet_credit(self) -> bool:
        """True when the draft credits the words to an outlet ("outlet", "Name / Outlet")."""
        return self.category == "outlet" or "/" in self.credited_to


@dataclass(frozen=True)
class GoldDraft:
    """A draft file and its gold."""

    path: Path
    part: str
    originals: tuple[str, ...]
    distractors: tuple[str, ...]
    quotes: tuple[GoldQuote, ...]


def load(folder: Path) -> list[GoldDraft]:
    """Every draft of ``folder`` that has a gold file, in name order. A gold file that does
    not parse or names no draft is an error naming it."""
    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        try:
            data: dict[str, Any] = json.loads(gold.read_text("utf-8"))
            draft = folder / data["draft"]
            quotes = tuple(GoldQuote(**{k: str(v) for k, v in q.items()
                                        if k in GoldQuote.__dataclass_fields__})
                           for q in data.get("quotes", []))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{gold}: not a gold file ({exc})") from exc
        if not draft.exists():
            raise ValueError(f"{gold}: its draft {draft.name} is missing")
        out.append(GoldDraft(draft, str(data.get("part", "tune")),
                             tuple(data.get("originals", [])),
                             tuple(data.get("distractors", [])), quotes))
    return out


def norm(text: str) -> str:
    """Text as an anchor is compared: quote marks, spaces and case evened out."""
    text = re.sub(r"[‘’´`]", "'", re.sub(r"[“”„«»]", '"', text))
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def find(quotes: list[Any], anchor: str) -> Any | None:
    """The tool's quotation (a report's ``QuoteResult``) holding the gold anchor, or the
    one it begins in."""
    key = norm(anchor)
    for q in quotes:
        if key in norm(q.text):
            return q
    head = " ".join(key.split()[:4])
    return next((q for q in quotes if head in norm(q.text)), None)


def page_path(shared: Path, name: str) -> Path:
    """A gold page name as a file: ``corpus/X`` in the corpus, ``corpus-intl/X`` in the
    other-language corpus, a bare name in corpus-extra."""
    if name.startswith("corpus/"):
        return shared / "corpus" / "pages" / name.removeprefix("corpus/")
    if name.startswith("corpus-intl/"):
        return shared / "corpus-intl" / "pages" / name.removeprefix("corpus-intl/")
    return shared / "corpus-extra" / "pages" / name


def _same_page(a: str | None, b: str | None) -> bool:
    """Two addresses of one page (scheme, "www." and a trailing slash aside)."""
    if not a or not b:
        return False

    def key(u: str) -> str:
        parts = urlsplit(u)
        return (parts.hostname or "").removeprefix("www.") + parts.path.rstrip("/")

    return key(a) == key(b)


@dataclass
class PartScore:
    """What one part's drafts got."""

    drafts: int = 0
    quotes: int = 0
    not_extracted: int = 0
    with_page: int = 0
    original_found: int = 0
    requests: int = 0
    outlet_credits: int = 0
    outlet_page_chosen: int = 0
    passing: int = 0
    passing_cleared: int = 0
    passing_misattributed: int = 0
    failing: int = 0
    failing_flagged: int = 0
    unchecked: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    """One line per faithful quotation accused, per original not found and per outlet
    page not chosen (for --errors)."""

    def lines(self, name: str) -> list[str]:
        """The part's figures, for printing."""
        def share(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.1%}" if b else "0/0"
        return [
            f"== {name}: {self.drafts} drafts, {self.quotes} quotations "
            f"({self.not_extracted} not extracted from the draft)",
            f"  originals found among the candidates: {share(self.original_found, self.with_page)}",
            f"  search queries per quotation: {self.requests / max(self.quotes, 1):.2f} "
            f"({self.requests} in all)",
            "  credited outlet's page chosen as the evidence: "
            f"{share(self.outlet_page_chosen, self.outlet_credits)}",
            f"  passing quotations cleared: {share(self.passing_cleared, self.passing)}; "
            f"MISATTRIBUTED: {self.passing_misattributed}",
            f"  failing quotations flagged: {share(self.failing_flagged, self.failing)}",
            f"  UNCHECKED: {self.unchecked}; verdicts {dict(self.verdicts)}",
        ]


def score(draft: GoldDraft, report: Any, requests: int, url_of: dict[str, str],
          into: PartScore) -> None:
    """Add one draft's report (``verify.report.models.Report`` of that draft alone, checked
    with ``requests`` search requests) to ``into``. ``url_of`` maps page names to URLs."""
    into.drafts += 1
    into.requests += requests
    quotes = [q for a in report.articles for q in a.quotes]
    for g in draft.quotes:
        into.quotes += 1
        anchor = norm(g.anchor)
        got = next((q for q in quotes if anchor and anchor in norm(q.text)), None)
        if got is None:
            into.not_extracted += 1
            continue
        verdict = got.verdict.value
        into.verdicts[verdict] += 1
        into.unchecked += verdict == "UNCHECKED"
        url = url_of.get(g.page) or g.page_url or None
        where = f"{draft.path.name}: {g.category} «{g.anchor[:40]}»"
        if url:
            into.with_page += 1
            if any(_same_page(c.url, url) for c in got.candidates):
                into.original_found += 1
            else:
                into.misses.append(f"{where}: original not among {len(got.candidates)} "
                                   "candidates")
            if g.outlet_credit:
                into.outlet_credits += 1
                chosen = got.evidence.url if got.evidence is not None else None
                if _same_page(chosen, url):
                    into.outlet_page_chosen += 1
                else:
                    into.misses.append(f"{where}: evidence {chosen}, not {url}")
        if g.category in PASSING:
            into.passing += 1
            into.passing_cleared += verdict in CLEARED
            if verdict == "MISATTRIBUTED":
                into.passing_misattributed += 1
                into.misses.append(f"{where}: MISATTRIBUTED ({got.explanation[:160]})")
        elif g.category in FAILING:
            into.failing += 1
            into.failing_flagged += verdict in FLAGGED
