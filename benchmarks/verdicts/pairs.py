"""Build the (quote, source) evaluation pairs from real quotations in ../shared/corpus.

Each real quotation found in a ground-truth text (six words or more, credited to a speaker
by the extractor) yields a faithful copy and edited variants with the verdict they must
get when checked against that same text:

- faithful, marks (quote marks, apostrophes, spacing)   -> VERBATIM
- formatting (case, UK/US spelling, hyphenation, number format, contraction, a comma),
  ellipsis, bracket                                     -> MINOR_VARIATION
- number, negation, name, antonym, content word         -> ALTERED
- speaker swap (same words, another speaker credited)   -> MISATTRIBUTED, when the source
  credits a named person or body; when it credits a description with no name ("a company
  spokesperson", "the agency"), a pronoun or a platform, nothing contradicts the named
  credit: "swap, source unnamed" -> VERBATIM
- fabricated (a quotation from another article)         -> NOT_FOUND
- paraphrase (written by hand, paraphrases.jsonl)       -> PARAPHRASE

Generation is deterministic. The corpus is publishers' text: the pairs are built at run
time and never stored in the repository.
"""

from __future__ import annotations

import csv
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from verify.input.text import text_to_document
from verify.match.attribution import PLATFORMS, is_place, is_unnamed
from verify.outlets import OutletRegistry
from verify.quotes import QuoteKind, extract

HERE = Path(__file__).parent
PER_ARTICLE = 3
SPELLING = [("colour", "color"), ("organisation", "organization"), ("centre", "center"),
            ("defence", "defense"), ("labour", "labor"), ("favour", "favor"),
            ("programme", "program"), ("realise", "realize"), ("recognise", "recognize"),
            ("travelled", "traveled"), ("analyse", "analyze"), ("behaviour", "behavior"),
            ("neighbour", "neighbor"), ("honour", "honor"), ("apologise", "apologize")]
ANTONYMS = {"increase": "decrease", "increased": "decreased", "rise": "fall", "good": "bad",
            "better": "worse", "best": "worst", "more": "less", "strong": "weak",
            "win": "lose", "won": "lost", "support": "oppose", "accept": "reject",
            "higher": "lower", "high": "low", "love": "hate", "happy": "sad", "safe": "dangerous",
            "easy": "hard", "new": "old", "open": "closed", "always": "never", "right": "wrong",
            "true": "false", "big": "small", "large": "small", "great": "terrible",
            "important": "unimportant", "agree": "disagree", "possible": "impossible",
            "first": "last", "early": "late", "allow": "forbid", "help": "hurt",
            "success": "failure", "positive": "negative", "clear": "unclear", "like": "dislike"}
FILLERS = ["purple", "bicycle", "volcano", "umbrella", "saxophone", "glacier", "marmalade",
           "lighthouse", "telescope", "cinnamon"]
SWAP_NAMES = ["Johnson", "Martinez", "Lindqvist", "Okafor", "Kowalski", "Tanaka"]
AUXILIARIES = ["is", "are", "was", "were", "will", "would", "can", "could", "should", "has",
               "have", "had", "does", "did", "must"]
PRONOUNS = ["he", "she", "they", "it", "we"]


@dataclass(frozen=True)
class Pair:
    """One evaluation case."""

    kind: str
    expected: str
    quote: str
    speaker: str | None
    source: Path
    original: str


def _sub_word(text: str, old: str, new: str) -> str | None:
    m = re.search(rf"\b{re.escape(old)}\b", text)
    return None if m is None else text[:m.start()] + new + text[m.end():]


def _formatting(q: str, rnd: random.Random) -> str | None:
    tries = []
    for uk, us in SPELLING:
        for a, b in ((uk, us), (us, uk)):
            tries.append(lambda q=q, a=a, b=b: _sub_word(q, a, b))
    tries.append(lambda: (lambda m: q[:m.start()] + m.group(1) + " " + m.group(2) + q[m.end():]
                          if m else None)(re.search(r"\b([a-z]+)-([a-z]+)\b", q)))
    tries.append(lambda: (lambda m: q[:m.start()] + m.group(1) + "bn" + q[m.end():]
                          if m else None)(re.search(r"\b(\d+(?:\.\d+)?) billion\b", q)))
    tries.append(lambda: (lambda m: q[:m.start()] + m.group(1) + "%" + q[m.end():]
                          if m else None)(re.search(r"\b(\d+(?:\.\d+)?) (?:percent|per cent)\b",
                                                    q)))
    tries.append(lambda: (lambda m: q[:m.start()] + m.group(1) + " not" + q[m.end():]
                          if m else None)(re.search(r"\b(do|does|did|is|are|was|were)n[’']t\b",
                                                    q)))
    tries.append(lambda: (lambda m: q[:m.start()] + q[m.start() + 1:]
                          if m else None)(re.search(r",(?= )", q[:-2])))
    rnd.shuffle(tries)
    for t in tries:
        out = t()
        if out and out != q:
            return out
    words = q.split()
    if len(words) > 3 and words[2][:1].islower():  # a case change inside the quote
        words[2] = words[2].capitalize()
        return " ".join(words)
    return None


def _ellipsis(q: str, rnd: random.Random) -> str | None:
    words = q.split()
    if len(words) < 12:
        return None
    for _ in range(10):  # an honest cut: no negation or number inside the omitted words
        start = rnd.randint(3, len(words) - 7)
        cut = " ".join(words[start:start + 3]).lower()
        if not re.search(r"\b(?:not|no|never|n[’']t|\d+)\b|n[’']t\b", cut):
            return " ".join(words[:start]) + " … " + " ".join(words[start + 3:])
    return None


def _bracket(q: str, speaker: str | None) -> str | None:
    for p in PRONOUNS:
        m = re.search(rf"\b{p}\b(?![’'])", q, re.I)  # not "they’re": editors bracket words
        if m and m.start() > 0:
            label = f"[{speaker.split()[-1]}]" if speaker and p in {"he", "she"} else \
                f"[{'the company' if p == 'it' else 'the officials'}]"
            return q[:m.start()] + label + q[m.end():]
    return None


def _number(q: str) -> str | None:
    m = re.search(r"\b\d+(?:[.,]\d+)?\b", q)
    if m:
        digits = m.group()
        changed = digits[:-1] + str((int(digits[-1]) + 3) % 10)
        return q[:m.start()] + changed + q[m.end():]
    for word, new in (("two", "three"), ("three", "four"), ("four", "five"), ("five", "six"),
                      ("ten", "eleven"), ("one", "two"), ("million", "billion")):
        out = _sub_word(q, word, new)
        if out:
            return out
    return None


def _negation(q: str) -> str | None:
    for pat, rep in ((r"\b(\w+)n[’']t\b", r"\1"), (r"\b(is|are|was|were|will|would|can|could|"
                                                    r"should|does|did|do) not\b", r"\1"),
                     (r"\bnever\b", "always")):
        if re.search(pat, q):
            return re.sub(pat, rep, q, count=1)
    for aux in AUXILIARIES:
        out = _sub_word(q, aux, aux + " not")
        if out:
            return out
    return None


def _name(q: str, rnd: random.Random) -> str | None:
    words = list(re.finditer(r"\b[A-Z][a-z]{2,}\b", q))
    words = [w for w in words if w.start() > 0 and q[w.start() - 2:w.start()] not in {". "}]
    if not words:
        return None
    w = words[0]
    new = rnd.choice([n for n in SWAP_NAMES if n != w.group()])
    return q[:w.start()] + new + q[w.end():]


def _antonym(q: str) -> str | None:
    for word, opp in ANTONYMS.items():
        out = _sub_word(q, word, opp)
        if out:
            return out
    return None


def _content_word(q: str, rnd: random.Random) -> str | None:
    words = [m for m in re.finditer(r"\b[a-z]{6,}\b", q) if q[m.start() - 1:m.start()] != "["]
    if not words:
        return None
    w = rnd.choice(words)
    return q[:w.start()] + rnd.choice(FILLERS) + q[w.end():]


#: Each edit kind: (the verdict it must get, how to make it from a quote and its speaker).
EDITS: dict[str, tuple[str, Callable[[str, random.Random, str | None], str | None]]] = {
    "formatting": ("MINOR_VARIATION", lambda q, rnd, spk: _formatting(q, rnd)),
    "ellipsis": ("MINOR_VARIATION", lambda q, rnd, spk: _ellipsis(q, rnd)),
    "bracket": ("MINOR_VARIATION", lambda q, rnd, spk: _bracket(q, spk)),
    "number": ("ALTERED", lambda q, rnd, spk: _number(q)),
    "negation": ("ALTERED", lambda q, rnd, spk: _negation(q)),
    "name": ("ALTERED", lambda q, rnd, spk: _name(q, rnd)),
    "antonym": ("ALTERED", lambda q, rnd, spk: _antonym(q)),
    "content word": ("ALTERED", lambda q, rnd, spk: _content_word(q, rnd)),
}


def paraphrases() -> list[dict[str, str]]:
    """The hand-written paraphrases: file, quote, paraphrase, speaker."""
    return [json.loads(line) for line in
            (HERE / "paraphrases.jsonl").read_text("utf-8").splitlines() if line.strip()]


def build(corpus: Path, registry: OutletRegistry) -> list[Pair]:
    """All pairs, in a fixed order."""
    rows = list(csv.DictReader((corpus / "MANIFEST.tsv").open(encoding="utf-8"),
                               delimiter="\t"))
    per_source: list[tuple[Path, list]] = []
    for row in rows:
        if not row["local_ground_truth"]:
            continue
        path = corpus / row["local_ground_truth"]
        doc = text_to_document(path.read_text("utf-8"), input=str(path), kind="text")
        quotes = [q for q in extract(doc, registry)
                  if q.kind is QuoteKind.QUOTE and q.speaker and len(q.text.split()) >= 6
                  and not re.search(r"[“”\"]", q.text)]
        if quotes:
            per_source.append((path, quotes[:PER_ARTICLE]))
    hand = paraphrases()
    pairs: list[Pair] = []
    for i, (path, quotes) in enumerate(per_source):
        other = per_source[(i + len(per_source) // 2) % len(per_source)][1][0].text
        for j, q in enumerate(quotes):
            rnd = random.Random(f"{path.name}:{j}")
            t, spk = q.text, q.speaker

            def add(kind: str, expected: str, text: str | None, speaker: str | None = spk,
                    path: Path = path, original: str = t) -> None:
                if text:
                    pairs.append(Pair(kind, expected, text, speaker, path, original))

            add("faithful", "VERBATIM", t)
            add("marks", "VERBATIM", t.replace("’", "'") if "’" in t else "  ".join(t.split(" ", 1)))
            add("formatting", "MINOR_VARIATION", _formatting(t, rnd))
            add("ellipsis", "MINOR_VARIATION", _ellipsis(t, rnd))
            add("bracket", "MINOR_VARIATION", _bracket(t, spk))
            add("number", "ALTERED", _number(t))
            add("negation", "ALTERED", _negation(t))
            add("name", "ALTERED", _name(t, rnd))
            add("antonym", "ALTERED", _antonym(t))
            add("content word", "ALTERED", _content_word(t, rnd))
            if spk and spk[:1].isupper() and j == 0:
                if is_unnamed(spk) or is_place(spk) or spk.lower() in PLATFORMS:
                    add("swap, source unnamed", "VERBATIM", t, speaker="Maria Gonzalez")
                else:
                    add("speaker swap", "MISATTRIBUTED", t, speaker="Maria Gonzalez")
            if j == 0:
                add("fabricated", "NOT_FOUND", other, speaker=spk)
        for para in hand:
            if para["file"] == path.name:
                pairs.append(Pair("paraphrase", "PARAPHRASE", para["paraphrase"],
                                  para.get("speaker"), path, para["quote"]))
    return pairs
