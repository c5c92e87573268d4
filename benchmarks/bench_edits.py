"""Desk edits on real pages: every quotation of each reference text, edited the way a desk
edits a faithful quote, credited the way a desk credits it, checked against its page.

    .venv/bin/python benchmarks/bench_edits.py [--shared ../shared] [--show N]

The reference texts (``corpus/groundtruth``, ``corpus-extra/reference``) say what is on a
page, so the truth never comes from the tool's own reading. Three parts, each a let-through
a desk expects, so every verdict but VERBATIM or MINOR_VARIATION is a false alarm:

- **edits**: each quotation with one edit a desk makes to a faithful quote, chosen by the
  quotation's hash among those that apply: marks (straight, British single), a lower-case
  first letter, the final punctuation dropped, an apostrophe's form, a dash's, a UK/US
  spelling, a number's form, words left out behind an ellipsis (never a negation, a number
  or a qualifier), a bracketed word replacing a pronoun or added;
- **joins**: two pieces of one answer the reference text splits with a speech tag
  (``“A,” she said. “B”``, the second piece in the same paragraph or opening the next)
  quoted as one (“A. B”);
- **outlet credits**: quotations of a corpus page credited in ten desk forms to the outlet
  that published it ("X reported that", "as X put it", "according to X", …).

Prints, per part and form, the quotations, how many passed and the other verdicts (MISSED:
the draft's quotation was not read as one); ``--show N`` lists up to N failures.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import tempfile
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_verbatim import PASS, Page, pages, quotations
from verify.config import default_model_dir
from verify.fetch.client import FetchConfig
from verify.outlets import OutletRegistry
from verify.pipeline import CheckOptions, check
from verify.report.models import QuoteResult

_US_UK = [(r"\b(\w+)iz(e|ed|es|ing|ation)\b", r"\1is\2"),
          (r"\b(col|fav|lab|hon|behavi|neighb|hum|rum|harb|vig|flav|rig)or(s|ed|ing)?\b",
           r"\1our\2"),
          (r"\b(cent|theat|fib)er(s)?\b", r"\1re\2"), (r"\b(def|off)ense\b", r"\1ence"),
          (r"\bprogram(s)?\b", r"programme\1"), (r"\bpercent\b", "per cent"),
          (r"\b(travel|cancel|model|label|signal|counsel|level)(ed|ing)\b", r"\1l\2"),
          (r"\bfulfill\b", "fulfil"), (r"\bskeptic(al|ism|s)?\b", r"sceptic\1"),
          (r"\bgray\b", "grey"), (r"\bjudgment\b", "judgement")]
_UK_US = [(r"\b(\w+)is(e|ed|es|ing|ation)\b", r"\1iz\2"),
          (r"\b(col|fav|lab|hon|behavi|neighb|hum|rum|harb|vig|flav|rig)our(s|ed|ing)?\b",
           r"\1or\2"),
          (r"\b(cent|theat|fib)re(s)?\b", r"\1er\2"), (r"\b(def|off)ence\b", r"\1ense"),
          (r"\bprogramme(s)?\b", r"program\1"), (r"\bper cent\b", "percent"),
          (r"\b(travel|cancel|model|label|signal|counsel|level)l(ed|ing)\b", r"\1\2"),
          (r"\bsceptic(al|ism|s)?\b", r"skeptic\1"), (r"\bgrey\b", "gray")]
#: "-ise" words that are no British "-ize" ("promise", "exercise", "surprise").
_NOT_ISE = re.compile(r"(?:prom|exerc|surpr|adv|rev|compr|comprom|r|ra|pra|expert|superv|telev|"
                      r"prem|parad|no|po|cru|bru|appr|chast|desp|dev|disgu|enterpr|improv|"
                      r"merchand|dem|ar|conc|w|otherw|likew|franch|advert|prec|treat|repr|"
                      r"apprai|exc|inc|mort|val)is(?:e|ed|es|ing)$",
                      re.I)
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
#: Words an ellipsis never hides in a faithful cut: a negation, a number, a qualifier.
_KEEP = re.compile(r"\b(?:not|no|never|nothing|none|nobody|neither|nor|cannot|can't|won't|"
                   r"don't|doesn't|didn't|isn't|wasn't|aren't|weren't|without|unless|if|except|"
                   r"but|only|short|\w+n't|\d[\d.,]*|one|two|three|four|five|six|seven|eight|"
                   r"nine|ten|hundred|thousand|million|billion)\b", re.I)


def _spelling(t: str) -> str | None:
    for pattern, to in _US_UK + _UK_US:
        m = re.search(pattern, t)
        if m is None or (r"(\w+)" in pattern and (
                len(m.group(1)) < 4 or _NOT_ISE.search(m.group(0)) or
                m.group(0).lower().startswith("capsiz"))):
            continue
        return t[:m.start()] + m.expand(to) + t[m.end():]
    return None


def _number(t: str) -> str | None:
    m = re.search(r"(?<![-.$£€\d,])\b([2-9])\b(?![.,:]\d)(?!\s?%)(?!-)", t)
    if m:
        return t[:m.start()] + _NUMBER_WORDS[int(m.group(1))] + t[m.end():]
    m = re.search(r"(\d)\s*(?:per ?cent)\b", t)
    if m:
        return t[:m.start()] + m.group(1) + "%" + t[m.end():]
    m = re.search(r"(\d)%", t)
    return t[:m.start()] + m.group(1) + " per cent" + t[m.end():] if m else None


def _lower_first(t: str) -> str | None:
    w = t.split()[0] if t.split() else ""
    if w.isalpha() and w[:1].isupper() and w[1:].islower() and w.lower() in _FUNCTION_OPENERS:
        return w[0].lower() + t[1:]
    return None


_FUNCTION_OPENERS = {"the", "a", "an", "this", "that", "it", "we", "they", "there", "and", "but",
                     "so", "if", "when", "what", "our", "my", "you", "he", "she", "in", "on",
                     "for", "to", "as", "at", "all", "some", "there's", "it's", "that's"}


def _drop_final(t: str) -> str | None:
    return t[:-1] if len(t) > 20 and t[-1] in ".,;" else None


def _dash(t: str) -> str | None:
    return t.replace("—", " - ", 1) if "—" in t else None


def _apostrophe(t: str) -> str | None:
    return t.replace("’", "'") if "’" in t else (t.replace("'", "’") if "'" in t else None)


def _ellipsis(t: str) -> str | None:
    words = t.split()
    if len(words) < 12:
        return None
    i = len(words) // 3
    j = i + max(3, len(words) // 4)
    cut = " ".join(words[i:j])
    if _KEEP.search(cut) or any(c in cut for c in ".;:?!—–"):
        return None
    return " ".join(words[:i]) + " … " + " ".join(words[j:])


_PRONOUN = re.compile(r"\b(he|she|they|it)\b(?![’'])")


def _bracket(t: str) -> str | None:
    m = _PRONOUN.search(t)
    if m is None:
        return None
    name = {"he": "[the senator]", "she": "[the minister]", "they": "[the officials]",
            "it": "[the plan]"}[m.group(1)]
    return t[:m.start()] + name + t[m.end():]


def _bracket_added(t: str) -> str | None:
    words = t.split()
    return " ".join([*words[:2], "[also]", *words[2:]]) if len(words) >= 6 else None


EDITS: dict[str, Callable[[str], str | None]] = {
    "spelling": _spelling, "number form": _number, "lower-case opening": _lower_first,
    "final stop dropped": _drop_final, "dash": _dash, "apostrophe": _apostrophe,
    "ellipsis": _ellipsis, "bracket for a pronoun": _bracket, "bracket added": _bracket_added}
#: The marks a draft sets the quotation in, by the quotation's hash: (open, close).
MARKS = (("“", "”"), ('"', '"'), ("‘", "’"))

OUTLET_FORMS = (
    "{o} reported that “{q}”", "“{q},” {o} reported.", "According to {o}, “{q}”",
    "As {o} put it, “{q}”", "{o} wrote: “{q}”", "In its report, {o} said “{q}”",
    "“{q},” according to {o}.", "A report by {o} said “{q}”",
    "{o} quoted an unnamed source: “{q}”", "The story, first reported by {o}, said “{q}”")

#: ``“A,” tag. “B”`` or ``“A,” tag, “b”`` in a reference text, the second piece in the same
#: paragraph or opening the next.
_JOIN = re.compile(r"“([^“”\n]{8,400}?)([,.?!])” ([^“”\n.!?]{3,90}?)([.,])\s+“([^“”\n]{8,400}?)”")
_REPORTING = re.compile(r"\b(?:said|says|added|adds|told|tells|explained|continued|wrote|asked|"
                        r"recalled|noted|argued|insisted|warned|responded|replied|answered|countered)\b")


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def _in_marks(text: str, opening: str, closing: str) -> str:
    """``text`` set in the draft's marks, its own inner marks the other kind."""
    inner = {"“": "‘", "”": "’"} if opening in "“\"" else {"‘": "“", "’": "”"}
    if opening == "‘":
        text = re.sub(r"‘([^‘’]*)’", r"“\1”", text)
    else:
        text = text.translate(str.maketrans({k: v for k, v in inner.items() if k in "“”"}))
    return opening + text + closing


def _quotations(page: Page, registry: OutletRegistry) -> list[str]:
    """The reference text's quotations a draft can quote whole: none with a quotation inside
    (its marks would be the test's own) and no title ("Takin’ It to the Streets"), which a
    desk does not quote as anyone's words."""
    out = []
    for text in quotations(page.reference, registry):
        words = [w for w in re.findall(r"[A-Za-z’']+", text) if len(w) > 3]
        if any(m in text for m in "“”\"‘") or (words and all(w[0].isupper() for w in words)):
            continue
        out.append(text)
    return out


def edited(page: Page, registry: OutletRegistry) -> list[tuple[str, str, str]]:
    """(kind, source words, the draft's line) for each quotation of the page an edit fits."""
    out = []
    for text in _quotations(page, registry):
        h = _hash(text)
        names = list(EDITS)
        for r in range(len(names)):
            kind = names[(h + r) % len(names)]
            new = EDITS[kind](text)
            if new and new != text:
                out.append((kind, text, _in_marks(new, *MARKS[h % len(MARKS)])))
                break
    return out


def joined(page: Page) -> list[tuple[str, str, str]]:
    """("join", the tag, the draft's line) for two pieces of one answer around a tag."""
    out = []
    text = page.reference.read_text(encoding="utf-8")
    for m in _JOIN.finditer(text):
        a, stop, tag, sep, b = m.groups()
        if len(tag.split()) > 14 or not _REPORTING.search(tag):
            continue
        after = re.split(r"[.;:\n]", text[m.end():m.end() + 80], maxsplit=1)[0]
        speaker = re.findall(r"\b[A-Z][a-z]+", tag)[:1]
        if _REPORTING.search(after) and set(re.findall(r"\b[A-Z][a-z]+", after)) - set(speaker):
            continue  # the second piece is someone else's (“…,” Weingarten responded)
        glue = ("." if stop == "," else stop) if sep == "." else ("," if stop == "," else stop)
        out.append(("join", tag, f"“{a}{glue} {b}”"))
    return out


def credited(outlet: str, page: Page, registry: OutletRegistry) -> list[tuple[str, str, str]]:
    """(form, words, the draft's line) for quotations of the page credited to ``outlet``."""
    out = []
    for k, text in enumerate(t for t in _quotations(page, registry) if len(t.split()) >= 5):
        if k >= 6:
            break
        form = OUTLET_FORMS[(_hash(text) + k) % len(OUTLET_FORMS)]
        words = text.rstrip(",.;: ")
        out.append((form, words, "The day began quietly. " + form.format(o=outlet, q=words)))
    return out


def run(items: list[tuple[str, str, str]], page: Path, opts: CheckOptions, tmp: Path
        ) -> list[tuple[str, str, QuoteResult | None]]:
    """Each item's draft line checked, all in one draft, against ``page``."""
    path = tmp / "draft.md"
    path.write_text("\n\n".join(line for *_, line in items) + "\n", encoding="utf-8")
    opts.sources = [str(page)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = check([str(path)], opts)
    got = [q for a in report.articles for q in a.quotes]
    out = []
    for kind, _, line in items:
        m = re.search(r"[“\"‘](.+?)[”\"’](?=[\s,.;:]|$)", line)
        head = _key(m.group(1) if m else line)[:40]
        q = next((q for q in got if _key(q.text)[:40] == head), None)
        out.append((kind, line, q))
    return out


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    ap.add_argument("--show", type=int, default=0, help="list up to N failures")
    args = ap.parse_args()
    registry = OutletRegistry.load()
    outlets = {}
    with open(args.shared / "corpus" / "MANIFEST.tsv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            outlets[row["file"]] = re.sub(r"\s*\(.*\)$", "", row["outlet"])
    results: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    failures: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        opts = CheckOptions(fetch=FetchConfig(cache_dir=Path(tmp) / "cache"),
                            model_dir=default_model_dir())
        for page in pages(args.shared):
            parts = {"edits": edited(page, registry), "joins": joined(page)}
            if page.set == "corpus" and page.page.name in outlets:
                parts["outlet credits"] = credited(outlets[page.page.name], page, registry)
            for part, items in parts.items():
                if not items:
                    continue
                for kind, line, q in run(items, page.page, opts, Path(tmp)):
                    verdict = q.verdict.value if q is not None else "MISSED"
                    results[part][kind][verdict] += 1
                    if verdict not in PASS:
                        why = q.explanation if q is not None else "not read as a quotation"
                        failures.append((page.page.name, verdict, line, why))
    for part, kinds in results.items():
        total = sum(sum(c.values()) for c in kinds.values())
        ok = sum(c[v] for c in kinds.values() for v in PASS)
        print(f"\n{part}: {ok}/{total} passed ({ok / max(total, 1):.1%})")
        for kind, c in sorted(kinds.items()):
            others = ", ".join(f"{v} {n}" for v, n in c.most_common() if v not in PASS)
            print(f"  {kind[:44]:<46}{sum(c[v] for v in PASS):>5}/{sum(c.values()):<5}"
                  f"{others}")
    for name, verdict, line, why in failures[:args.show]:
        print(f"\n{verdict} {name}\n  {line[:200]}\n  {why[:240]}")


if __name__ == "__main__":
    main()
