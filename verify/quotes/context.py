"""The article seen from outside its quotes: masked text, sentences, names and outlets.

Name runs are found by :mod:`verify.quotes.name_runs`; publications the outlet registry does
not list, by :mod:`verify.quotes.unlisted`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from verify.input.interface import TextBlock
from verify.outlets import (
    OutletMention,
    OutletRegistry,
    Resolution,
)
from verify.quotes.gender import agrees, gender_of
from verify.quotes.interface import RawQuote
from verify.quotes.lexicon import (
    ABBREVIATIONS,
    LEADING_PREPOSITIONS,
    NOT_SPEECH_FORMS,
    ORG_WORDS,
    PLACE_NOUNS,
    UNLISTED_ATTRIBUTION,
    VERB_RE,
)
from verify.quotes.name_runs import NAME_RUN, NOT_NAMES, strip_nonnames, strip_roles
from verify.quotes.unlisted import ITS_REPORT, LEADING_ARTICLE, published_before, unlisted_outlets

MASK = "\x1a"
# A preposition that only places what follows: "the farm near Builth Wells" names a place.
#: Before a name, what makes it a place or a thing, not a person: a preposition of place
#: ("in Palo Alto", "near the Fram Strait"), or "the" right before it ("the Beaufort Gyre":
#: people take no article; "the actor Tom Hanks" has a word between).
_LOCATED_AT = re.compile(r"(?:\b(?:near|outside|across|throughout|beyond|towards?|in)\s+"
                         r"(?:the\s+)?|\b[Tt]he\s+)$")
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
                    and not _attribution_follows(self.masked[q.end:q.end + 80],
                                                 full_stop=inner.endswith(".")):
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
            for s, e in _people_apart(self.masked, m.start(), m.end()):
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
                s, e = strip_roles(self.masked, *strip_nonnames(self.masked, s, e))
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
        people: list[Name] = []
        for n in names:
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
                n = Name(n.start, n.end, full, True, n.subject,
                         None if key in shared else gender_of(full))
            elif len(parts) == 3 and parts[1] == "and" and parts[0].lower() in surnames \
                    and key in surnames:
                # "Manzara and Johnson": two people named before, each by their surname.
                second = n.start + self.masked[n.start:n.end].rindex(parts[2])
                for a, b, word in ((n.start, n.start + len(parts[0]), parts[0].lower()),
                                   (second, second + len(parts[2]), key)):
                    full = surnames[word]
                    people.append(Name(a, b, full, True, n.subject,
                                       None if word in shared else gender_of(full)))
                continue
            people.append(n)
        return people

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
        # "Jim Cantrell, Vector Space Systems CEO, told NBC News": a verb after an appositive.
        aside = _APPOSITIVE.match(self.masked, e, e + 160)
        if aside and VERB_RE.match(self.masked, aside.end()):
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
        lead = LEADING_ARTICLE.match(self.masked, start, end)
        at = lead.end() if lead else start
        i = self.outlet_at(at, at + 1)
        if i is not None and ITS_REPORT.fullmatch(self.masked, self.outlets[i].end, end):
            return i  # "Ridgeline’s report", "a Harbor Gazette investigation"
        i = self.outlet_at(max(start, end - 1), end)
        if i is None:
            return None
        o = self.outlets[i]
        if o.end < end - 2 or o.start < start - 4:
            return None
        before = self.masked[start:o.start]
        if not before.strip(" \t\n") or published_before(self.masked, start, o.start):
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


def _attribution_follows(after: str, *, full_stop: bool = False) -> bool:
    """True when the words after a quote are its attribution ("“Why?” Smith asked."). After
    a quote that ends with a full stop (``full_stop``), a participle set off by commas after
    a name is not its tag but opens a sentence of its own ("“… go forward.” Holcomb, asked
    about it, was upbeat: …")."""
    clause = re.split(r"[.!?;:\x1a\n]", after, maxsplit=1)[0]
    if after[len(clause):len(clause) + 1] == ":":
        return False  # "“Q.” He added: “R”": the words introduce the next quotation
    verb = VERB_RE.search(clause)
    lead = clause[:verb.start()] if verb is not None else ""
    # "“Why?” Smith asked." — not "“Q.” He echoed that promise Monday, saying …"
    if verb is not None and len(lead.split()) <= 6 and not (
            "," in lead and verb.group().endswith("ing")) and not (
            full_stop and lead.rstrip().endswith(",") and
            re.search(r",\s+\w", clause[verb.end():])):
        return True
    unlisted = UNLISTED_ATTRIBUTION.match(after)
    return unlisted is not None and unlisted.group(1) not in NOT_SPEECH_FORMS


def _people_apart(masked: str, s: int, e: int) -> list[tuple[int, int]]:
    """A run of two people joined by "and" ("Tony Manzara and Doug Johnson") as two names,
    when each has two words or more and a first name or title tells who one is; any other
    run whole ("Procter and Gamble", "Bosnia and Herzegovina", "Alaska and Canada")."""
    joint = _AND.search(masked, s, e)
    if joint is None:
        return [(s, e)]
    left, right = masked[s:joint.start()], masked[joint.end():e]
    if len(left.split()) >= 2 and len(right.split()) >= 2 and (
            gender_of(left) is not None or gender_of(right) is not None):
        return [(s, joint.start()), (joint.end(), e)]
    return [(s, e)]


_AND = re.compile(r"\s+and\s+")
_APPOSITIVE = re.compile(r",[^,.;:!?\x1a\n]{1,100},\s+(?:[a-z]+ly\s+|also\s+)?")
