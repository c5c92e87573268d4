"""The article seen from outside its quotes: masked text, sentences, names and outlets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from verify.input.interface import TextBlock
from verify.outlets import (
    DOMAIN_NAME,
    PUBLICATION_WORDS,
    WEAK_PUBLICATION_WORDS,
    OutletMention,
    OutletRegistry,
    Resolution,
    unlisted_outlet,
)
from verify.quotes.gender import agrees, gender_of
from verify.quotes.interface import RawQuote
from verify.quotes.lexicon import (
    ABBREVIATIONS,
    ALL_PERSON_NOUNS,
    LEADING_PREPOSITIONS,
    NAME_CONNECTORS,
    NOT_SPEECH_FORMS,
    ORG_WORDS,
    PLACE_NOUNS,
    ROLE_WORDS,
    UNLISTED_ATTRIBUTION,
    VERB_RE,
)
from verify.quotes.names import is_place

MASK = "\x1a"
#: Capital letters of the Latin, Greek and Cyrillic alphabets, for a character class: names
#: open with "Ó", "Émile", "Łukasz" as well as A to Z.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_NAME_TOKEN = rf"(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Prof|Rev)\.|(?:[A-Z]\.){{2,}}|" \
    rf"[{UPPER}]\.|[{UPPER}?][\w'’\-]*\w|[{UPPER}])"
_NAME_GAP = r"(?:[ \t]+|[ \t]*-?\r?\n[ \t]*)"
NAME_RUN = re.compile(
    rf"(?<![\w\-’']){_NAME_TOKEN}(?:{_NAME_GAP}(?:(?:{'|'.join(sorted(NAME_CONNECTORS))})"
    rf"{_NAME_GAP})*{_NAME_TOKEN})*"
)
NOT_NAMES = {
    "on", "in", "at", "last", "next", "the", "this", "that", "these", "those", "but", "and",
    "or", "so", "when", "after", "before", "while", "since", "if", "as", "for", "from", "with",
    "by", "to", "of", "yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "it", "he",
    "she", "they", "we", "i", "his", "her", "their", "its", "our", "there", "here", "what",
    "why", "how", "who", "where", "even", "still", "meanwhile", "however", "speaking",
    "century", "war", "street", "avenue", "road", "week", "year", "day", "month",
    "following", "during", "despite", "although", "though", "because", "unlike", "like",
    "among", "amid", "under", "over", "until", "once", "asked", "now", "then", "later",
    "earlier", "instead", "indeed", "also", "yet", "my", "your", "one", "some",
    "u.s.", "u.k.", "u.n.", "u.s", "u.k", "u.n", "d.c.", "eu", "nato",
}
# A preposition that only places what follows: "the farm near Builth Wells" names a place.
_LOCATED_AT = re.compile(r"\b(?:near|outside|across|throughout|beyond|towards?)\s+(?:the\s+)?$")
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Xx]e|[Zz]ie|[Zz]e)\b")
_SENT_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(\[A-Z0-9" + MASK + r"])")


@dataclass(frozen=True, slots=True)
class Name:
    """A capitalised name run found outside quotes."""

    start: int
    end: int
    text: str
    person: bool
    subject: bool = False
    """True when the name opens its clause ("Then, last week, Taylor Swift posted")."""
    gender: str | None = None
    """"M" or "F" when the name as written tells it (a lone surname, read as an earlier
    full name, does not: two people of the article may share it)."""


class ArticleContext:
    """Masked text (quotes blanked out) with sentence bounds, person names and outlets."""

    def __init__(self, text: str, blocks: Sequence[TextBlock], raws: Sequence[RawQuote],
                 registry: OutletRegistry) -> None:
        self.text = text
        self.blocks = blocks
        self.block_starts = [b.start for b in blocks]
        chars = list(text)
        for q in raws:
            for i in range(q.start, q.end):
                if chars[i] != "\n":
                    chars[i] = MASK
        self.masked = "".join(chars)
        self.raws = raws
        self.registry = registry
        # Capitalised runs, read once: publications' names and people's come from them.
        runs = [(b.start, b.end, m) for b in blocks
                for m in NAME_RUN.finditer(self.masked, b.start, b.end)]
        listed = registry.find(self.masked)
        self.outlets: list[OutletMention] = sorted(
            [*listed, *unlisted_outlets(self.masked, runs, listed)], key=lambda m: m.start)
        self.outlet_starts = [m.start for m in self.outlets]
        self._resolved: dict[int, Resolution] = {}
        self._context_counts: dict[str, int] = {}
        self.unsure: dict[str, set[str]] = {}
        """Outlet ids picked for some mention without certainty, and what else the words
        may mean there ("ABC": abc-us, or abc-au)."""
        self.names = self._find_names(runs)
        self.name_starts = [n.start for n in self.names]
        self.boundaries = self._sentence_boundaries()
        self._namesakes: dict[str, set[str]] | None = None

    # -- sentences ----------------------------------------------------------------
    def _sentence_boundaries(self) -> list[int]:
        cuts = set(self.block_starts)
        for m in _SENT_END.finditer(self.masked):
            word = re.search(r"([\w.]+)[.!?]*$", self.masked[max(0, m.start() - 12):m.start() + 1])
            token = word.group(1).lower().rstrip(".") if word else ""
            if m.group().startswith(".") and (token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
                continue
            cuts.add(m.end())
        for q in self.raws:
            inner = self.text[q.pieces[-1][0]:q.pieces[-1][1]].rstrip()
            after = self.masked[q.end:q.end + 40]
            nxt = after.lstrip()
            if inner.endswith((".", "?", "!", "…")) and nxt[:1] and (
                    nxt[0].isupper() or nxt[0] in "“\"" + MASK) and after[:1].isspace() \
                    and not _attribution_follows(self.masked[q.end:q.end + 80]):
                cuts.add(q.end)
        return sorted(cuts)

    def block_of(self, offset: int) -> int:
        """Index of the block holding ``offset``."""
        return max(bisect.bisect_right(self.block_starts, offset) - 1, 0)

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end): from the last cut at or before ``start`` to the
        first cut after ``end``, kept inside the block."""
        block = self.blocks[self.block_of(start)] if self.blocks else None
        i = bisect.bisect_right(self.boundaries, start) - 1
        s = self.boundaries[i] if i >= 0 else 0
        j = bisect.bisect_left(self.boundaries, end)
        e = self.boundaries[j] if j < len(self.boundaries) else len(self.text)
        if block is not None:
            s = max(s, block.start)
            end_block = self.blocks[self.block_of(max(end - 1, start))]
            e = min(e, end_block.end)
        return s, e

    # -- names and outlets -------------------------------------------------------------
    def _find_names(self, runs: Sequence[tuple[int, int, re.Match[str]]]) -> list[Name]:
        names = []
        for block_start, _block_end, m in runs:
            s, e = m.start(), m.end()
            # Indexed, not sliced: a slice copied the rest of the list for every name.
            for oi in range(bisect.bisect_left(self.outlet_starts, s - 40), len(self.outlets)):
                o = self.outlets[oi]
                if o.start >= e:
                    break
                if o.end <= s:
                    continue
                if o.start <= s:
                    s = o.end  # "WSWS Editorial Board Chairman David North"
                else:
                    e = o.start
            s, e = strip_roles(self.masked, *_strip_nonnames(self.masked, s, e))
            if e <= s or not self.masked[s:e].strip():
                continue
            words = re.sub(r"['’]s$", "", self.masked[s:e]).split()
            low = {w.lower().strip(".,") for w in words}
            person = len(words) >= 2 and not (low & (ORG_WORDS | NOT_NAMES)) and \
                words[-1].lower() not in PLACE_NOUNS and not any(
                w.isupper() and len(w) > 2 for w in words) and not _LOCATED_AT.search(
                    self.masked, max(0, s - 12), s)
            names.append(Name(s, e, " ".join(words), person,
                              self._is_subject(block_start, m.start(), e, s),
                              gender_of(" ".join(words)) if person else None))
        # A lone surname ("Okafor was more hopeful.") is that person, for pronouns later; it
        # tells their gender only when no one else named so far shares it.
        surnames: dict[str, str] = {}
        shared: set[str] = set()
        for i, n in enumerate(names):
            parts = n.text.split()
            if not parts:
                continue
            key = parts[-1].lower()
            if n.person:
                if key in surnames and surnames[key].split()[0] != parts[0]:
                    shared.add(key)
                surnames[key] = n.text
            elif len(parts) == 1 and key in surnames:
                full = surnames[key]
                names[i] = Name(n.start, n.end, full, True, n.subject,
                                None if key in shared else gender_of(full))
        return names

    def _is_subject(self, block_start: int, s: int, e: int, name_start: int | None = None
                    ) -> bool:
        """A name opens its clause, or a reporting verb follows it ("North explained"); a
        name after a preposition ("Of Mayor Diaz, he said") does not open its clause."""
        lead_words = self.masked[s:name_start].split() if name_start else []
        if lead_words and lead_words[0].lower() in LEADING_PREPOSITIONS:
            return False
        after = self.masked[e:e + 40]
        gap = re.match(r"\s+(?:[a-z]+ly\s+|also\s+|has\s+|had\s+)?", after)
        if gap and VERB_RE.match(after, gap.end()):
            return True
        before = self.masked[block_start:s]
        cut = max(before.rfind(ch) for ch in ".!?:;" + MASK)
        lead = before[cut + 1:].strip()
        return not lead or (lead.endswith(",") and len(lead.split()) <= 5)

    def resolve_outlet(self, index: int) -> str:
        """Outlet id meant by ``self.outlets[index]`` (cached)."""
        return self.outlet_resolution(index).outlet_id

    def outlet_resolution(self, index: int) -> Resolution:
        """The outlet meant by ``self.outlets[index]`` and the others it may mean, read
        against the whole article's context (cached)."""
        if index not in self._resolved:
            mention = self.outlets[index]
            counts = None
            if len(mention.candidates) > 1:
                todo = [c for c in mention.candidates if c not in self._context_counts]
                self._context_counts.update(self.registry.context_counts(todo, self.masked))
                counts = self._context_counts
            found = self.registry.resolution(self.outlets, index, self.masked, counts)
            self._resolved[index] = found
            if found.others:
                self.unsure.setdefault(found.outlet_id, set()).update(found.others)
        return self._resolved[index]

    def outlet_at(self, start: int, end: int) -> int | None:
        """Index of an outlet mention overlapping [start, end)."""
        i = bisect.bisect_right(self.outlet_starts, end) - 1
        while i >= 0 and self.outlets[i].end > start:
            if self.outlets[i].start < end:
                return i
            i -= 1
        return None

    def publication_in(self, start: int, end: int) -> int | None:
        """Index of the outlet mention that a credit at [start, end) is: the outlet itself
        ("the Harbor Gazette"), or a report of it ("a report in the Harbor Gazette",
        "according to a report by CityWire", "Ridgeline’s report", "The New Yorker essay")
        — not a person who works for it ("a spokesman for the Harbor Gazette", "the
        Gazette’s editor")."""
        lead = _DETERMINER.match(self.masked, start, end)
        at = lead.end() if lead else start
        i = self.outlet_at(at, at + 1)
        if i is not None and _ITS_REPORT.fullmatch(self.masked, self.outlets[i].end, end):
            return i  # "Ridgeline’s report", "a Harbor Gazette investigation"
        i = self.outlet_at(max(start, end - 1), end)
        if i is None:
            return None
        o = self.outlets[i]
        if o.end < end - 2 or o.start < start - 4:
            return None
        before = self.masked[start:o.start]
        if not before.strip(" \t\n") or _published_before(self.masked, start, o.start):
            return i
        return None

    def outlets_in(self, start: int, end: int) -> list[int]:
        """Indices of outlet mentions inside [start, end)."""
        lo = bisect.bisect_left(self.outlet_starts, start)
        hi = bisect.bisect_left(self.outlet_starts, end)
        return [i for i in range(lo, hi) if self.outlets[i].end <= end]

    def last_person_before(self, offset: int, pronoun: str = "") -> Name | None:
        """The person a pronoun at ``offset`` most likely means: the nearest earlier person
        in the same paragraph; else the nearest earlier name that was a subject (opened its
        clause or took a reporting verb) within 1,500 characters; else the nearest. A person
        whose name tells a gender the ``pronoun`` does not agree with is passed over ("she"
        after only a man was named means no one named)."""
        i = bisect.bisect_left(self.name_starts, offset) - 1
        nearest = None
        block = self.block_of(offset)
        # The subject of the pronoun's own sentence is its person whatever the name list says
        # ("Lindsey Graham assures his audience he will …").
        sentence = self.sentence_bounds(offset, offset)[0] if pronoun else offset
        while i >= 0:
            n = self.names[i]
            if n.person and n.end <= offset and (
                    (n.subject and n.start >= sentence) or agrees(pronoun, n.gender)):
                if nearest is None:
                    nearest = n
                    if self.block_of(n.start) == block:
                        return n
                if n.subject:
                    return n
                if offset - n.end > 1500:
                    break
            i -= 1
        return nearest

    def nearest_mention(self, speaker: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The last mention of ``speaker`` in [lo, hi): their name or surname, or a "he" or
        "she" that means them — the span a reader sees as theirs nearest a floating quote."""
        key = speaker.split()[-1].lower() if speaker.split() else ""
        best: tuple[int, int] | None = None
        i = bisect.bisect_left(self.name_starts, lo)
        while i < len(self.names) and self.names[i].start < hi:
            n = self.names[i]
            words = n.text.split()
            possessive = self.masked[n.end - 2:n.end] in {"'s", "’s"}  # "Clinton’s campaign"
            if n.end <= hi and words and not possessive and (
                    n.text == speaker or words[-1].lower() == key):
                best = (n.start, n.end)
            i += 1
        for m in _PERSON_PRONOUN.finditer(self.masked, max(lo, best[1] if best else lo), hi):
            person = self.last_person_before(m.start(), m.group())
            if person is not None and person.text == speaker:
                best = (m.start(), m.end())
        return best

    def namesakes(self, surname: str) -> set[str]:
        """The full names of the article's people whose last word is ``surname``."""
        if self._namesakes is None:
            self._namesakes = {}
            for n in self.names:
                parts = n.text.split()
                if n.person and len(parts) >= 2:
                    key = re.sub(r"['’]s$", "", parts[-1].lower().strip(".,"))
                    self._namesakes.setdefault(key, set()).add(n.text)
        return self._namesakes.get(re.sub(r"['’]s$", "", surname.lower().strip(".,")), set())

    def full_name_for(self, surname: str, offset: int) -> str | None:
        """The nearest earlier full name whose last word is ``surname``."""
        i = bisect.bisect_left(self.name_starts, offset) - 1
        key = re.sub(r"['’]s$", "", surname.lower())
        while i >= 0:
            n = self.names[i]
            parts = n.text.split()
            if n.person and len(parts) >= 2 and parts[-1].lower().strip(".,") == key:
                return n.text
            i -= 1
        return None


def _attribution_follows(after: str) -> bool:
    """True when the words after a quote are its attribution ("“Why?” Smith asked.")."""
    clause = re.split(r"[.!?;:\x1a\n]", after, maxsplit=1)[0]
    verb = VERB_RE.search(clause)
    lead = clause[:verb.start()] if verb is not None else ""
    # "“Why?” Smith asked." — not "“Q.” He echoed that promise Monday, saying …"
    if verb is not None and len(lead.split()) <= 6 and not (
            "," in lead and verb.group().endswith("ing")):
        return True
    unlisted = UNLISTED_ATTRIBUTION.match(after)
    return unlisted is not None and unlisted.group(1) not in NOT_SPEECH_FORMS


def _strip_nonnames(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading words that start sentences but are not names ("On Tuesday", "Last")."""
    while True:
        m = re.match(r"\s*(\S+)\s*", text[s:e])
        if not m or m.group(1).lower().rstrip(".,") not in NOT_NAMES:
            return s, e
        s += m.end()


def strip_roles(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading role and title words from a name run ("UK Foreign Minister James
    Cleverly" -> "James Cleverly"), keeping at least the last word, and all of a run that is
    a title alone ("Attorney General")."""
    while s < e and text[s].isspace():
        s += 1
    words = text[s:e].split()
    if len(words) > 1 and all(w.lower().rstrip(".,") in ROLE_WORDS for w in words):
        return s, e  # a title used as the speaker: "says Attorney General"
    # A role inside the run ends a place or body before the name: "New Jersey Gov. Chris
    # Christie", "Tulsa police Chief Chuck Jordan" -> the words after the last role. Not in
    # the name of a body itself: "Office for National Statistics".
    tokens = list(re.finditer(r"\S+", text[s:e]))
    if tokens and tokens[0].group().lower() in ORG_WORDS:
        return s, e
    for i in range(len(tokens) - 2, 0, -1):
        word = tokens[i].group().lower().rstrip(".,")
        if word in ROLE_WORDS and word not in {"of", "the", "us", "uk", "state"} and \
                tokens[i + 1].group()[:1].isupper():
            s += tokens[i + 1].start()
            break
    while True:
        m = re.match(r"\S+\s*", text[s:e])
        if not m or s + m.end() >= e:
            return s, e
        word = m.group().strip().lower().rstrip(".,")
        rest = text[s + m.end():e]
        if word in ROLE_WORDS or (word.isalpha() and word.upper() == m.group().strip()
                                  and len(word) <= 4 and rest[:1].isupper()):
            s += m.end()
            continue
        return s, e


# -- publications the registry does not list -------------------------------------------
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
    listed_spans = sorted((m.start, m.end) for m in listed)
    domain_spans: list[tuple[int, int]] = []
    found: list[OutletMention] = []

    def free(s: int, e: int) -> bool:
        for taken in (listed_spans, domain_spans):
            i = bisect.bisect_left(taken, (e, e))
            if i > 0 and taken[i - 1][1] > s:
                return False
        return True

    def add(s: int, e: int, name: str) -> tuple[int, int]:
        the = _THE_BEFORE.search(masked, max(0, s - 4), s)
        start = the.start() if the else s
        outlet = unlisted_outlet(name)
        found.append(OutletMention(start, e, masked[start:e], (outlet.id,), False))
        return start, e

    for m in _DOMAIN_MENTION.finditer(masked):
        if masked.startswith("/", m.end()) or m.group().lower().removeprefix("www.") in \
                _NOT_OUTLET_DOMAINS:
            continue  # a link ("pic.twitter.com/…"), a platform, a link shortener
        if free(m.start(), m.end()):
            domain_spans.append(add(m.start(), m.end(), m.group()))
    verb_after = {m.start() for m in _PUBLISHED_OWN.finditer(masked)}
    for m in _PUBLISHED_VERB.finditer(masked):
        lead = _VERB_LEAD.search(masked, max(0, m.start() - 40), m.start())
        if lead is not None:
            verb_after.add(lead.start())
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
        published = e in verb_after or (prev_word in _PREPOSITIONS and _published_before(
            masked, max(lo, s - 60), s))
        # "Hawaii News Now": a publication word inside a name of three words or more.
        inner = len(low) > 2 and any(w.rstrip(".") in PUBLICATION_WORDS for w in low[1:-1])
        # An acronym after "told" is a station or a network ("told MSN", "told WKRN"); a
        # capitalised "The" in mid-sentence opens a title ("told The Real Deal").
        told = prev_word == "told"
        titled = low[0] == "the" and prev_word in _PREPOSITIONS | {"told", "with"} and \
            masked.startswith("The ", s)
        shaped = last in PUBLICATION_WORDS or last in WEAK_PUBLICATION_WORDS or inner
        if not (shaped or published or told or titled):
            continue  # the common case
        s, e = _strip_titles(masked, *_strip_nonnames(masked, s, e))
        article = re.match(r"(?:An?|The)\s+(?=\S)", masked[s:e])  # "A Harbor Gazette report"
        s += article.end() if article else 0
        words = masked[s:e].split()
        if not words or not free(s, e):
            continue
        text = " ".join(words)
        before = masked[max(lo, s - 60):s]
        strong = (last in PUBLICATION_WORDS or inner) and len(words) > 1
        said_so = last in WEAK_PUBLICATION_WORDS and len(words) > 1 and (
            published or _THE_BEFORE.search(before) is not None)
        acronym = told and re.fullmatch(r"[A-Z]{2,6}", text) is not None and \
            text.lower() not in NOT_NAMES and not is_place(text) and \
            not _MODIFIES.match(masked, e)  # "told US media": whose media, not which outlet
        if strong or said_so or acronym:
            add(s, e, text)
        elif (published or titled) and not masked.startswith(("-", "‑"), e) and \
                not is_place("the " + text):
            if surnames is None:
                surnames = _person_surnames(r for _lo, _hi, r in runs)
            if _may_be_publication(words, before, surnames):
                add(s, e, text)
    return found


_ITS_REPORT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:report|reporting|investigation|story|"
                         r"article|piece|analysis|broadcast|essay|editorial|column|profile|"
                         r"feature|podcast|documentary|interview)")
_DETERMINER = re.compile(r"(?:an?|the)\s+(?=[A-Z])", re.I)
_PREPOSITION_BEFORE = re.compile(r"(?:by|in|from|for|on|to|the)\s+$", re.I)


def _published_before(masked: str, lo: int, at: int) -> bool:
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
