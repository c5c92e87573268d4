"""Publications the outlet registry does not list, found by their shape (a web address, a
last word such as News or Gazette) or by what the article says of them ("CityWire reported",
"a report by Ridgeline")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from verify.outlets import (
    DOMAIN_NAME,
    LEADING_PUBLICATION_WORDS,
    PUBLICATION_WORDS,
    WEAK_PUBLICATION_WORDS,
    OutletMention,
    unlisted_outlet,
)
from verify.quotes.lexicon import (
    ALL_PERSON_NOUNS,
    ORG_WORDS,
    ROLE_WORDS,
)
from verify.quotes.name_runs import NOT_NAMES, strip_nonnames
from verify.quotes.names import is_place

#: After a name, a verb that makes it a publication: "CityWire reported", "Gothamist first
#: reported", "Riverbend News reports", "CityWire’s report". Each regex opens on its words,
#: not on a space or a boundary, so the scan skips the text between them.
_PUBLISHED_VERB = re.compile(r"(?:reported|reports)\b")
_VERB_LEAD = re.compile(r"(?:\s+(?:first|also|later|previously|originally|exclusively|earlier|"
                        r"has|had|have|was\s+first))*\s+$")
_PUBLISHED_OWN = re.compile(r"['’]s\s+(?:own\s+|latest\s+|exclusive\s+)?"
                            r"(?:report|reporting|investigation)\b")
#: Before a name, words that make it a publication: "a report by X", "according to a report
#: in X", "an article in X", "first reported by X", "writing in X", "an interview on X".
_PUBLISHED_BEFORE = re.compile(
    r"(?:(?:report|reports|story|article|investigation|piece|broadcast|segment|editorial|"
    r"expos[ée]|reporting|podcast|column|bulletin)\s+(?:by|in|from|for)|"
    r"interview\s+(?:on|for|in)|(?:reported|published|broadcast|aired)\s+(?:by|in|on)|"
    r"(?:writing|wrote|written)\s+(?:in|for)|"
    r"(?:said|says|added|wrote|told\s+[\w.]+(?:\s+[\w.]+)?)\s*,\s*according\s+to)"
    r"\s+(?:the\s+)?")
#: A lower-case word after an acronym that is not a preposition, a conjunction or a time:
#: the acronym qualifies a noun ("US media", "UN officials").
_MODIFIES = re.compile(r"\s+(?!(?:on|in|at|that|about|after|before|during|when|last|this|"
                       r"and|but|or|for|from|by|with|while|as|earlier|later|today|"
                       r"yesterday|recently|over|via|he|she|they|it|we|i|the|a|an)\b)"
                       r"[a-z]")
_PUBLISHED_BEFORE_END = re.compile(_PUBLISHED_BEFORE.pattern + "$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DOMAIN_MENTION = re.compile(rf"(?<![\w@/.:-]){DOMAIN_NAME.pattern}(?![\w-]|\.\w)")
#: Web addresses that are where words are posted or how they are linked, not who publishes.
_NOT_OUTLET_DOMAINS = {"twitter.com", "x.com", "pic.twitter.com", "facebook.com",
                       "instagram.com", "youtube.com", "youtu.be", "tiktok.com", "t.co",
                       "bit.ly", "reddit.com", "linkedin.com", "threads.net", "medium.com",
                       "substack.com", "t.me", "whatsapp.com", "bsky.app"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sen",
           "rep", "gov", "gen", "rev", "st", "president", "senator", "governor", "mayor"}


def unlisted_outlets(masked: str, runs: Sequence[tuple[int, int, re.Match[str]]],
                     listed: Sequence[OutletMention]) -> list[OutletMention]:
    """Mentions of publications the registry does not know, each an :class:`OutletMention`
    of the ``unlisted:`` outlet it names.

    A name is a publication's when its shape says so — a web address ("Example.org",
    "CityWire.com") or a last word such as News, Times, Gazette, Radio, Magazine ("Harbor
    Gazette") — or when the article says so: a last word such as Post or Star after "the"
    or with a publishing verb ("the Coastal Post", "Valley Post reported"), and any other
    name with a publishing verb ("CityWire reported", "Gothamist first reported", "a report
    by Ridgeline", "according to a report in Ridgeline") unless it is a person's (a title
    or role before it, or the surname of someone named in full), a place or a body.
    ``runs`` are the text's capitalised runs (block start, block end, match), read once
    for this and for people's names; the publishing verbs are found once: linear."""
    # Spans already taken, each list sorted and its spans disjoint: the listed outlets, then
    # the web addresses (found in order, before the names). A name run overlaps no other.
    taken: _Taken = (sorted((m.start, m.end) for m in listed), [])
    found = _web_addresses(masked, taken)
    verb_after = _publishing_verbs_after(masked)
    surnames: set[str] | None = None
    for lo, _hi, run in runs:
        e = run.end()
        if masked.endswith(("'s", "’s"), run.start(), e):
            e -= 2
        s = run.start()
        low = masked[s:e].lower().split()
        last = low[-1].rstrip(".")
        # The word before the name, read from a few characters: most names stop here.
        prev = masked[max(lo, s - 8):s]
        prev_word = prev.rsplit(None, 1)[-1].lower() if prev[-1:].isspace() and \
            prev.strip() else ""
        published = e in verb_after or (prev_word in _PREPOSITIONS and published_before(
            masked, max(lo, s - 60), s))
        # "Hawaii News Now": a publication word inside a name of three words or more.
        inner = len(low) > 2 and any(w.rstrip(".") in PUBLICATION_WORDS for w in low[1:-1])
        # "Times Union", "Daily Express", "Evening Standard": one opening the name.
        leading = len(low) > 1 and low[0] in LEADING_PUBLICATION_WORDS
        # An acronym after "told" is a station or a network ("told MSN", "told WKRN"); a
        # capitalised "The" in mid-sentence opens a title ("told The Real Deal").
        told = prev_word == "told"
        titled = low[0] == "the" and prev_word in _PREPOSITIONS | {"told", "with"} and \
            masked.startswith("The ", s)
        shaped = last in PUBLICATION_WORDS or last in WEAK_PUBLICATION_WORDS or inner or leading
        if not (shaped or published or told or titled):
            continue  # the common case
        s, e = _strip_titles(masked, *strip_nonnames(masked, s, e))
        article = re.match(r"(?:An?|The)\s+(?=\S)", masked[s:e])  # "A Harbor Gazette report"
        s += article.end() if article else 0
        words = masked[s:e].split()
        if not words or not _free(taken, s, e):
            continue
        text = " ".join(words)
        before = masked[max(lo, s - 60):s]
        strong = (last in PUBLICATION_WORDS or inner or leading) and len(words) > 1
        said_so = last in WEAK_PUBLICATION_WORDS and len(words) > 1 and (
            published or _THE_BEFORE.search(before) is not None)
        acronym = told and re.fullmatch(r"[A-Z]{2,6}", text) is not None and \
            text.lower() not in NOT_NAMES and not is_place(text) and \
            not _MODIFIES.match(masked, e)  # "told US media": whose media, not which outlet
        if strong or said_so or acronym:
            found.append(_mention(masked, s, e, text))
        elif (published or titled) and not masked.startswith(("-", "‑"), e) and \
                not is_place("the " + text):
            if surnames is None:
                surnames = _person_surnames(r for _lo, _hi, r in runs)
            if _may_be_publication(words, before, surnames):
                found.append(_mention(masked, s, e, text))
    return found



#: Spans taken by outlets already found: the listed ones, then the web addresses.
_Taken = tuple[list[tuple[int, int]], list[tuple[int, int]]]


def _free(taken: _Taken, s: int, e: int) -> bool:
    """True when ``s:e`` overlaps no span already taken (each list sorted, spans disjoint)."""
    for spans in taken:
        i = bisect.bisect_left(spans, (e, e))
        if i > 0 and spans[i - 1][1] > s:
            return False
    return True


def _mention(masked: str, s: int, e: int, name: str) -> OutletMention:
    """The mention of the unlisted outlet ``name`` at ``s:e``, with a "the" before it."""
    the = _THE_BEFORE.search(masked, max(0, s - 4), s)
    start = the.start() if the else s
    outlet = unlisted_outlet(name)
    return OutletMention(start, e, masked[start:e], (outlet.id,), False)


def _web_addresses(masked: str, taken: _Taken) -> list[OutletMention]:
    """Web addresses named as publications ("CityWire.com"), each span added to ``taken``."""
    found: list[OutletMention] = []
    for m in _DOMAIN_MENTION.finditer(masked):
        if masked.startswith("/", m.end()) or m.group().lower().removeprefix("www.") in \
                _NOT_OUTLET_DOMAINS:
            continue  # a link ("pic.twitter.com/…"), a platform, a link shortener
        if _free(taken, m.start(), m.end()):
            mention = _mention(masked, m.start(), m.end(), m.group())
            found.append(mention)
            taken[1].append((mention.start, mention.end))
    return found


def _publishing_verbs_after(masked: str) -> set[int]:
    """Where a name would end for a publishing verb to follow it ("CityWire reported",
    "CityWire’s report"): found once for the text, so the scan of names stays linear."""
    verb_after = {m.start() for m in _PUBLISHED_OWN.finditer(masked)}
    for m in _PUBLISHED_VERB.finditer(masked):
        lead = _VERB_LEAD.search(masked, max(0, m.start() - 40), m.start())
        if lead is not None:
            verb_after.add(lead.start())
    return verb_after


#: After an outlet's name, the piece it published: "Ridgeline’s report", "a Harbor Gazette
#: investigation".
ITS_REPORT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:report|reporting|investigation|story|"
                        r"article|piece|analysis|broadcast|essay|editorial|column|profile|"
                        r"feature|podcast|documentary|interview)")
#: An article before a capitalised name ("the Harbor Gazette").
LEADING_ARTICLE = re.compile(r"(?:an?|the)\s+(?=[A-Z])", re.I)
_PREPOSITION_BEFORE = re.compile(r"(?:by|in|from|for|on|to|the)\s+$", re.I)


def published_before(masked: str, lo: int, at: int) -> bool:
    """True when the words ending at ``at`` say that what follows published something ("a
    report by ", "according to an article in the "); a preposition first, read from a few
    characters, so most names cost one short match."""
    if _PREPOSITION_BEFORE.search(masked, max(lo, at - 8), at) is None:
        return False
    return _PUBLISHED_BEFORE_END.search(masked, lo, at) is not None


#: Words right before a name after which a publishing phrase can end ("a report by X").
_PREPOSITIONS = frozenset({"by", "in", "from", "for", "on", "to", "the"})


def _strip_titles(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading role words ("Former Harbor Gazette") but keep at least one word."""
    while True:
        m = re.match(r"(\S+)\s+", text[s:e])
        if not m or m.group(1).lower().rstrip(".,") not in ROLE_WORDS or \
                m.group(1).lower() in PUBLICATION_WORDS:
            return s, e
        s += m.end()


def _may_be_publication(words: list[str], before: str, surnames: set[str]) -> bool:
    """Whether a name with a publishing verb can be a publication's: not a person with a
    title or role before it, not the surname of someone named in full, not a place, a body
    or a lone common word."""
    low = [w.lower().rstrip(".,") for w in words]
    prev = re.search(r"([\w.]+)\s*(?:\b[Tt]he\s+)?$", before)
    prev_word = prev.group(1).lower().rstrip(".") if prev else ""
    if prev_word in (ROLE_WORDS - {"the", "of"}) or prev_word in ALL_PERSON_NOUNS or \
            prev_word in _TITLES:
        return False  # "reporter Jane Doe reported", "Dr Kim reports"
    if low[0] in _TITLES or all(w in ROLE_WORDS for w in low):
        return False
    if set(low) & (ORG_WORDS - PUBLICATION_WORDS - WEAK_PUBLICATION_WORDS - {"media"}):
        return False  # "the Pentagon reported", "Police reported": a body's findings
    if all(w in NOT_NAMES for w in low) or is_place(" ".join(words)):
        return False
    return not (len(words) == 1 and low[0] in surnames)


def _person_surnames(runs: Iterable[re.Match[str]]) -> set[str]:
    """Last words of the names that look like people's (two to four capitalised words, no
    body, place or publication word): "Smith reported" is Jane Smith's if she is named."""
    out: set[str] = set()
    for run in runs:
        for name in re.split(r"\s+(?:and|or)\s+", run.group()):  # "Emily Post and Jane Smith"
            words = re.sub(r"['’]s$", "", name).split()
            low = [w.lower().rstrip(".,") for w in words]
            if 2 <= len(words) <= 4 and not set(low) & (
                    ORG_WORDS | PUBLICATION_WORDS | WEAK_PUBLICATION_WORDS | NOT_NAMES) and \
                    not is_place(" ".join(words)):
                out.add(low[-1])
    return out
