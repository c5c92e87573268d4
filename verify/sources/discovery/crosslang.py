"""Discovery across languages: what a quotation translated into English keeps of its
original, and the language that original is probably in.

A draft in English that quotes, in its own translation, words said or printed in another
language gives a search nothing to match: its phrases are the desk's, not the original's.
What survives translation is searched instead: the names in the quotation and the credited
person's, its numbers written the way the original's language writes them (50,000 is
"50.000" in German), and the outlet's site, passed in the outlet's language to a search
service that takes one.

The language comes from the outlet registry (``language``, given only for outlets that
publish in one language other than English) or, for a person or an outlet the registry does
not list, from the draft's own words beside the quotation: "said in German", "translated
from French", "told the Italian daily". A person's name alone gives no language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from verify.outlets import Outlet

#: Languages the draft may name ("said in German"), by their English names.
LANGUAGES = {"german": "de", "french": "fr", "spanish": "es", "italian": "it",
             "portuguese": "pt", "dutch": "nl", "polish": "pl", "russian": "ru",
             "turkish": "tr", "japanese": "ja", "korean": "ko", "arabic": "ar"}
#: Adjectives before a kind of outlet ("the German newspaper", "an Austrian broadcaster")
#: that give its language; Swiss, Belgian, Canadian or Indian outlets could be in several.
NATIONAL = {**LANGUAGES, "austrian": "de", "brazilian": "pt", "mexican": "es",
            "argentine": "es", "argentinian": "es", "colombian": "es", "chilean": "es",
            "peruvian": "es", "venezuelan": "es", "south korean": "ko"}
_KINDS = (r"(?:daily|newspaper|paper|weekly|magazine|tabloid|broadcaster|public broadcaster|"
          r"news agency|news site|news website|news outlet|outlet|radio(?: station)?|"
          r"television(?: channel)?|tv(?: channel| station)?|channel|station|network)")
_NAMES = "|".join(sorted(LANGUAGES, key=len, reverse=True))
_NATIONAL = "|".join(n.replace(" ", r"\s+") for n in sorted(NATIONAL, key=len, reverse=True))
#: "said in German." / "told reporters in French that" / "speaking in Spanish, …" — never
#: "in German media" or "in French Guiana", where the word is not the language spoken.
_SPOKEN_IN = re.compile(
    rf"\b(?:said|says|saying|spoke|speaks|speaking|wrote|writes|writing|posted|tweeted|added|"
    rf"answered|replied|declared|told\s+[^.;:\"“”]{{1,60}}?)\s+in\s+({_NAMES})"
    rf"(?=\s*[,.;:)\]—–\"“”]|\s+(?:that|to|on|at|during|after|before|when|while|and|as|"
    rf"from|via)\b|\s*$)", re.I)
_TRANSLATED = re.compile(rf"\btranslated\s+from\s+(?:the\s+)?({_NAMES})\b|\b({_NAMES})-language\b",
                         re.I)
_OUTLET_KIND = re.compile(rf"\b(?:the|a|an)\s+({_NATIONAL})\s+{_KINDS}\b", re.I)


def draft_language(around: str) -> str | None:
    """The language the draft says the quoted words were said or printed in, from the
    words beside the quotation ("said in German", "translated from French", "the Italian
    daily"); None when it does not say, or names two languages."""
    found = {LANGUAGES[m.group(1).lower()] for m in _SPOKEN_IN.finditer(around)}
    found |= {LANGUAGES[(m.group(1) or m.group(2)).lower()] for m in _TRANSLATED.finditer(around)}
    found |= {NATIONAL[" ".join(m.group(1).lower().split())]
              for m in _OUTLET_KIND.finditer(around)}
    return found.pop() if len(found) == 1 else None


def credit_language(outlets: Sequence[Outlet], around: str) -> str | None:
    """The language a quotation's original is probably in: the credited outlet's (every
    outlet the words may mean must give the same one); for an outlet the registry does not
    list, or none, what the draft says beside the quotation. None when unknown — an outlet
    the registry lists without a language may well be English."""
    listed = [o for o in outlets if o.listed]
    if listed:
        languages = {o.language for o in listed}
        return languages.pop() if len(languages) == 1 else None
    return draft_language(around)


def search_language(quote: str, outlets: Sequence[Outlet], around: str) -> str | None:
    """The language to search the original of ``quote`` in, when it is not the quotation's
    own (a translated quotation); None to search as for any quotation."""
    wanted = credit_language(outlets, around)
    if wanted is None:
        return None
    # Only here: a run whose credits give no foreign language never loads the detector.
    from verify.match.language import detect, primary

    own = detect(quote)
    if own is None or primary(own) == primary(wanted):
        return None
    return wanted


# ---------------------------------------------------------------- what survives

#: Languages writing 50,000 as "50.000" and 2.5 as "2,5".
_DOT_THOUSANDS = frozenset({"de", "es", "it", "pt", "nl", "tr", "id", "da"})
#: Languages writing 50,000 as "50 000" (often with a narrow space) and 2.5 as "2,5".
_SPACE_THOUSANDS = frozenset({"fr", "pl", "ru", "uk", "cs", "sk", "sv", "nb", "fi", "hu"})
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
                     r"|(?<![\w.,])\d+(?:\.\d+)?(?!\d|[.,]\d)")
#: The shortest term worth sending (GDELT rejects shorter unquoted keywords).
MIN_TERM = 3
#: Names of the quotation and numbers in a query at most.
MOST_NAMES, MOST_NUMBERS = 3, 2
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du",
                        "dos", "das", "al", "bin", "ibn", "la", "le"})
#: Nationality words, which each language writes its own way: their commonest endings, and
#: a few that end otherwise.
_DEMONYM = re.compile(r"(?:ian|ean|ican|ese|ish)s?$|^(?:israeli|iraqi|pakistani|saudi|"
                      r"somali|kuwaiti|qatari|yemeni|emirati|bangladeshi|nepali|azerbaijani|"
                      r"thai|afghan|cuban|moroccan|kenyan|ugandan|sudanese|swiss|dutch|"
                      r"french|greek|turk|turkish|czech|slovak|scot|welsh|irish)s?$")


def local_number(raw: str, language: str) -> str | None:
    """A number of an English quotation ("50,000", "2.5") as ``language`` writes it
    ("50.000", "2,5" in German); None when that is not sure (French thousands are split by
    a space, which a search reads as two numbers)."""
    lang = language.split("-")[0].lower()
    whole, _, decimals = raw.partition(".")
    groups = whole.split(",")
    if lang in _DOT_THOUSANDS:
        return ".".join(groups) + ("," + decimals if decimals else "")
    if lang in _SPACE_THOUSANDS:
        return None if len(groups) > 1 else whole + ("," + decimals if decimals else "")
    return raw


def surviving_names(quote: str) -> list[str]:
    """The names a translation keeps as written: runs of capitalised words inside the
    quotation ("Olaf Scholz"), never a title, a month or a word opening a sentence, and no
    run holding a name each language writes its own way ("Cologne" / "Köln", "Russian
    Federation") or a nationality."""
    from verify.match.translation import is_exonym, quote_names

    kept = set(quote_names(quote))
    runs: list[list[str]] = []
    last_end = -1
    for m in re.finditer(r"[^\W\d_][\w'’-]*", quote):
        word = m.group()
        bare = re.sub(r"['’]s$", "", word)
        if bare in kept:
            gap = quote[last_end:m.start()].split() if last_end >= 0 else None
            if runs and gap is not None and all(w in _PARTICLES for w in gap) and len(gap) <= 2:
                runs[-1] += [*gap, bare]
            else:
                runs.append([bare])
            last_end = m.end() if bare == word else -1  # a possessive ends the name
        elif word.lower() not in _PARTICLES:
            last_end = -1
    names = [" ".join(r) for r in runs
             if not any(is_exonym(w) or _DEMONYM.search(w.lower()) for w in r)
             and (len(r) > 1 or len(r[0]) >= MIN_TERM)]
    # Full names first: "Olaf Scholz" finds fewer wrong pages than "Leo".
    return sorted(dict.fromkeys(names), key=lambda n: -len(n.split()))


@dataclass(frozen=True)
class Terms:
    """What a translated quotation keeps of its original, as search terms."""

    names: tuple[str, ...]
    """The credited person's name, then the names inside the quotation."""
    numbers: tuple[str, ...]
    """The quotation's numbers as the original's language writes them."""
    english_numbers: tuple[str, ...]
    """The same numbers as the quotation writes them (for a service that searches English
    translations of pages)."""
    from_quote: int
    """How many terms come from the quotation itself (not the credit)."""

    @property
    def local(self) -> str:
        """The terms in the original's language."""
        return " ".join([*self.names, *self.numbers])

    @property
    def english(self) -> str:
        """The terms as an English translation of the original would have them."""
        return " ".join([*self.names, *self.english_numbers])

    def __len__(self) -> int:
        return len(self.names) + len(self.numbers)


def surviving_terms(quote: str, language: str, credited: Sequence[str]) -> Terms:
    """The search terms of a quotation translated from ``language``: the credited people's
    names (``credited``), up to MOST_NAMES names of the quotation, up to MOST_NUMBERS of its
    numbers (the largest first: years and amounts, not "two")."""
    people = [n for n in credited if n]
    inside = [n for n in surviving_names(quote)
              if not any(n.lower() in p.lower() for p in people)][:MOST_NAMES]
    pairs = []
    for m in _NUMBER.finditer(quote):
        local = local_number(m.group(), language)
        if local is not None and len(local) >= MIN_TERM and len(m.group()) >= MIN_TERM:
            pairs.append((local, m.group()))
    pairs = sorted(dict.fromkeys(pairs), key=lambda p: -len(p[1]))[:MOST_NUMBERS]
    return Terms(tuple(dict.fromkeys([*people, *inside])), tuple(p[0] for p in pairs),
                 tuple(p[1] for p in pairs), len(inside) + len(pairs))
