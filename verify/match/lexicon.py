"""Word classes that decide whether a difference changes meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from verify.match.normalize import us_forms

NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere",
             "without", "cannot", "n't", "hardly", "barely"}
MODALS = {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "ought"}
QUANTIFIERS = {"all", "some", "many", "few", "most", "every", "each", "any", "several", "more",
               "less", "fewer", "only", "much", "always", "often", "sometimes", "rarely",
               "both", "either", "half", "least"}
FUNCTION_WORDS = {
    "a", "an", "the", "that", "which", "who", "whom", "this", "these", "those", "of", "in",
    "on", "at", "to", "for", "with", "by", "from", "as", "into", "onto", "upon", "and", "or",
    "but", "so", "then", "just", "very", "really", "also", "well", "oh", "um", "uh", "er",
    "like", "is", "are", "was", "were", "be", "been", "it", "its", "there", "here", "do",
    "does", "did", "have", "has", "had", "i", "we", "you", "he", "she", "they", "me", "us",
    "him", "her", "them", "my", "our", "your", "his", "their", "up", "out", "about", "over",
}
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12}
PERCENT = {"%", "percent", "per cent", "pc"}
CONTRACTIONS = {
    "won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not",
    "ain't": "am not", "let's": "let us", "i'm": "i am",
    # Speech a desk writes out ("leave ’em" as "leave them"): keys drop the apostrophe.
    "em": "them", "til": "until", "gonna": "going to", "wanna": "want to", "gotta": "got to",
}
_CONTRACTION_SUFFIX = [("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"),
                       ("'d", " would"), ("'m", " am"), ("'s", " is")]
_NUM = re.compile(r"^(\d+(?:[.,]\d+)*)(%|[a-z]{1,3})?$")


def expand_contractions(words: list[str]) -> list[str]:
    """Expand "don't" to "do not", "it's" to "it is" (keys are already case-folded)."""
    out: list[str] = []
    for w in words:
        if w in CONTRACTIONS:
            out.extend(CONTRACTIONS[w].split())
            continue
        for suffix, full in _CONTRACTION_SUFFIX:
            if w.endswith(suffix) and len(w) > len(suffix):
                out.extend([w[: -len(suffix)], *full.split()])
                break
        else:
            out.append(w)
    return out


def number_value(words: list[str]) -> float | None:
    """The value of a number written in digits, words or both ("4.2bn", "4.2 billion",
    "ten", "two hundred", "30 percent"); None when the words are not one number."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        m = _NUM.match(w)
        if m:
            if seen and current:
                return None
            current, seen = float(m.group(1).replace(",", "")), True
            unit = m.group(2)
            if unit in SCALES:
                total, current = total + current * SCALES[unit], 0.0
            elif unit and unit not in {"%", "pc"}:  # "40pc", a British paper's per cent
                return None
        elif (v := word_number(w)) is not None:
            current, seen = current + v, True
        elif w == "hundred" and seen:
            current *= 100
        elif w in SCALES and seen:
            total, current = total + current * SCALES[w], 0.0
        elif w in {"percent", "per", "cent", "pc", "%", "and", "a"}:
            continue
        else:
            return None
    return total + current if seen else None


def same_decade(a: str, b: str) -> bool:
    """True when two keys name one decade, one of them without its century ("’90s" /
    "1990s", "90s" / "nineties" aside)."""
    ma, mb = _DECADE.fullmatch(a.replace("'", "")), _DECADE.fullmatch(b.replace("'", ""))
    if ma is None or mb is None or ma.group(2) != mb.group(2):
        return False
    return not (ma.group(1) and mb.group(1)) or ma.group(1) == mb.group(1)


_DECADE = re.compile(r"(1[0-9]|20)?(\d0)s")


def word_number(word: str) -> int | None:
    """The value of a number word, hyphenated compounds included ("twenty-five"), or None."""
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _, unit = word.partition("-")
    if unit and NUMBER_WORDS.get(tens, 0) >= 20 and NUMBER_WORDS.get(tens, 0) % 10 == 0 and \
            0 < NUMBER_WORDS.get(unit, 0) < 10:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


_ORDINAL_WORDS = {w: i for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth"],
    start=1)} | {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                 "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
                 "hundredth": 100}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal in words or digits ("first", "1st", "twenty-first"), or
    None."""
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    tens, _, unit = word.partition("-")
    if unit and unit in _ORDINAL_WORDS and _ORDINAL_WORDS[unit] < 10 and \
            NUMBER_WORDS.get(tens, 0) >= 20 and NUMBER_WORDS.get(tens, 0) % 10 == 0:
        return NUMBER_WORDS[tens] + _ORDINAL_WORDS[unit]  # "twenty-first"
    m = _ORDINAL_DIGITS.match(word)
    return int(m.group(1)) if m else None


#: Months and weekdays, each with the abbreviations news styles use for it.
_CALENDAR = {abbr: full for full, abbrs in {
    "january": ("jan",), "february": ("feb",), "march": ("mar",), "april": ("apr",),
    "june": ("jun",), "july": ("jul",), "august": ("aug",), "september": ("sep", "sept"),
    "october": ("oct",), "november": ("nov",), "december": ("dec",),
    "monday": ("mon",), "tuesday": ("tue", "tues"), "wednesday": ("wed",),
    "thursday": ("thu", "thur", "thurs"), "friday": ("fri",), "saturday": ("sat",),
    "sunday": ("sun",)}.items() for abbr in (*abbrs, full)}


def same_calendar_word(a: str, b: str) -> bool:
    """True when two words name the same month or weekday ("Nov" / "November")."""
    return a != b and a in _CALENDAR and _CALENDAR[a] == _CALENDAR.get(b)


#: Words and the abbreviations news styles write for them (AP and British house styles:
#: titles before a name, addresses, a company's form, "versus", "number").
_ABBREVIATED = {
    "senator": ("sen",), "representative": ("rep",), "governor": ("gov",),
    "lieutenant": ("lt",), "general": ("gen",), "sergeant": ("sgt",), "colonel": ("col",),
    "captain": ("capt",), "commander": ("cmdr",), "corporal": ("cpl",), "major": ("maj",),
    "admiral": ("adm",), "professor": ("prof",), "doctor": ("dr",), "reverend": ("rev",),
    "honourable": ("hon",), "honorable": ("hon",), "president": ("pres",),
    "street": ("st",), "saint": ("st",), "avenue": ("ave",), "boulevard": ("blvd",),
    "road": ("rd",), "mount": ("mt",), "fort": ("ft",), "department": ("dept",),
    "company": ("co",), "corporation": ("corp",), "incorporated": ("inc",),
    "limited": ("ltd",), "brothers": ("bros",), "association": ("assn", "assoc"),
    "government": ("govt",), "versus": ("vs", "v"), "junior": ("jr",), "senior": ("sr",),
    "approximately": ("approx",), "number": ("no",), "numbers": ("nos",),
}


def same_abbreviation(a: str, b: str) -> bool:
    """True when one word (a key, case-folded) is the other's abbreviation ("sen" /
    "senator", "st" / "street" or "saint", "vs" / "versus"). "no" for "number" is the
    caller's to allow only before a numeral: "no" is a negation too."""
    return a != b and (a in _ABBREVIATED.get(b, ()) or b in _ABBREVIATED.get(a, ()))


def is_month(word: str) -> bool:
    """True for a month's name or abbreviation ("november", "nov"); "may" is left out, a
    modal as often as a month."""
    return _CALENDAR.get(word, "") in _MONTHS


_MONTHS = frozenset({"january", "february", "march", "april", "june", "july", "august",
                     "september", "october", "november", "december"})


def has_number(words: list[str]) -> bool:
    """True when any word is a number in digits or words."""
    return any(_NUM.match(w) or word_number(w) is not None or
               w in {"hundred", *SCALES} - {"k", "m", "b", "t"} for w in words)


#: Endings of the listed words' inflections and derivations the list lacks ("judgements",
#: "enrolment"), tried longest first.
_ENDINGS = ("ments", "ment", "ings", "ing", "ers", "er", "ed", "es", "s", "ly")
# Endings that stay British in words the list cannot know (new coinages: "weaponised",
# "trialled"): each rule rewrites one to the American form.
_SPELLING_RULES = [
    (re.compile(r"is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    # travelled, fuelled; not filled/filed, polled/poled
    (re.compile(r"(?:(?<=\w{4})|(?<=[aeiou]{2}))ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=\w{2})(?:ae|oe)(?=\w{2})"), "e"),  # anaemia, manoeuvre; not shoe/she
]


def us_spelling(word: str) -> str:
    """The American spelling of a (case-folded) word: the listed form, the listed form of its
    stem with the word's ending, or the word with its British ending rewritten; other words
    unchanged."""
    forms = us_forms()
    if word in forms:
        return forms[word]
    for ending in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > 2:
            for base in (stem, stem + "e"):  # "centring": "centre"
                if base in forms:
                    return forms[base] + ending
    for pattern, repl in _SPELLING_RULES:
        word = pattern.sub(repl, word)
    return word


def spelling_variants(a: str, b: str) -> bool:
    """True when two words differ only by UK/US spelling."""
    if a == b:
        return False
    if us_spelling(a) == us_spelling(b):
        return True
    # A compound that opens on a listed word ("colourblind" / "colorblind"): the same rest
    # after a listed pair.
    forms = us_forms()
    for cut in range(3, min(len(a), len(b)) - 2):
        rest = a[cut:]
        if b.endswith(rest) and len(rest) >= 3:
            head_a, head_b = a[:cut], b[:len(b) - len(rest)]
            if forms.get(head_a) == head_b or forms.get(head_b) == head_a:
                return True
    return False


@cache
def fillers() -> frozenset[tuple[str, ...]]:
    """Fillers of spoken English ("uh", "you know", "I mean"), each as a tuple of keys
    (``data/fillers.txt``); read on first use."""
    text = (Path(__file__).parent / "data" / "fillers.txt").read_text("utf-8")
    return frozenset(tuple(line.split()) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def only_fillers(words: list[str]) -> bool:
    """True when ``words`` (keys) are nothing but fillers, one phrase after another."""
    phrases = fillers()
    longest = max((len(p) for p in phrases), default=0)
    i = 0
    while i < len(words):
        step = next((n for n in range(min(longest, len(words) - i), 0, -1)
                     if tuple(words[i:i + n]) in phrases), 0)
        if not step:
            return False
        i += step
    return bool(words)


def content_words(keys: Iterable[str]) -> set[str]:
    """The words that carry a passage's meaning (no function words, three letters or more)."""
    return {w for w in keys if w not in FUNCTION_WORDS and len(w) > 2}
