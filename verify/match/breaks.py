"""What lies between words of a source: a boundary, or only a speech tag.

A boundary — a sentence end, a quotation mark, a paragraph end — closes what a quote can
have left out at its edges: "Nothing" in ``“The plan worked,” she said. Nothing changed.``
was never part of a quote that stops at "worked".

A speech tag is what a quote may join two passages of one answer across:
``“We tried,” he says quietly. “It failed.”`` quoted as “We tried. It failed.” The skipped
words must close one quotation and open the next, and between the marks hold one short
clause of a reporting verb with its subject: a name, a pronoun or a description, with
adverbs, an age, a place, the one told and the occasion ("says Smith, 45, of Leeds",
"she added quietly", "Jones told the BBC"), an appositive on the speaker set off by commas,
a relative clause on them that is not more of their words, a phrase on the verb ("said of
the rescue effort", "her voice breaking") or what they did as they spoke ("said as he
secured the clamp"), and a second short tag of the same speaker ("Smith said. She added:").
Any other word — a second verb, a claim about the world — makes the words a passage of
their own, and skipping them a splice.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import cache
from types import ModuleType

from verify.match.normalize import Tokens, normalize_chars

#: Words a speech tag holds at most (quotation marks and punctuation aside): a name with an
#: appositive ("said Sean Spicer, a top official at the Republican National Committee and
#: an adviser to Trump") runs to about twenty.
TAG_MAX_WORDS = 20
#: Words a relative clause on the tag's speaker holds at most ("…, who will testify
#: Thursday", "…, who worked with Stephen for five years on the Competition Committee"): as
#: many as an appositive, within the tag's own bound.
_RELATIVE_MAX_WORDS = 16
#: Words an appositive on a tag's speaker holds at most.
_APPOSITIVE_MAX_WORDS = 16
#: Words a phrase on a tag holds at most ("…, her voice breaking", "of the rescue effort").
_ADJUNCT_MAX_WORDS = 12
#: Prepositions that open a phrase on a tag: where, to whom, of what the words were said.
_ADJUNCT_PREPOSITIONS = frozenset({"of", "in", "on", "at", "to", "from", "with", "via", "per",
                                   "aboard", "alongside",
                                   "outside", "inside", "near", "during", "about", "through",
                                   "over", "under", "across", "behind", "beside"})
#: Words that make a phrase on a tag a clause of its own: a finite verb, a subordinator, a
#: coordinator, a negation ("…, before the markets closed", "…, adding that it had failed").
_CLAUSE_WORDS = frozenset({
    "that", "which", "because", "although", "though", "while", "when", "whereas", "if",
    "unless", "so", "but", "and", "or", "nor", "yet", "is", "was", "were", "are", "am", "be",
    "has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "must",
    "did", "does", "do", "not", "never", "no", "before", "after", "since", "until", "as",
    "then", "than", "where", "who", "whom", "whose", "what", "why", "how"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_MARK = re.compile(r"[.!?]")
# A single mark closes or opens a quotation when punctuation stands beside it (",’ ", "’.",
# ". 'It") or it is a left mark; alone after a word it is an apostrophe ("the workers’
# union").
_SINGLE_MARK = re.compile(r"[.,;:!?]'|'[.,;:!?]|[.,;:!?]\s+'$")
# Beside the subject and the verb: auxiliaries, prepositions of the one told and of the
# occasion, adverbs of time, an age.
_TAG_FUNCTION_WORDS = {
    "him", "her", "them", "me", "us", "of", "for", "from", "in", "at", "on", "to", "with",
    "by", "during", "after", "and", "as", "has", "had", "have", "was", "is", "were", "also",
    "then", "later", "again", "too", "now", "today", "yesterday", "tonight", "earlier", "once",
    "back", "aged", "old", "year-old", "years", "year", "outside", "inside", "near",
    "aboard", "alongside", "morning", "afternoon", "evening", "night", "week", "weekend",
    "month", "day"}
# Where and how the words were said: "in a statement", "told a news conference".
_OCCASIONS = {"statement", "interview", "conference", "briefing", "press", "news", "hearing",
              "speech", "podcast", "radio", "television", "tv", "phone", "telephone", "call",
              "email", "letter", "video", "broadcast", "programme", "program", "show",
              "meeting", "rally", "event", "address", "session", "debate", "tweet", "post",
              "message", "release", "camera", "reporters", "journalists", "media", "documentary",
              "episode", "hustings", "summit", "ceremony", "inquiry", "trial", "scene",
              "note", "memo", "filing", "report"}


@cache
def _lexicon() -> ModuleType:
    """The attribution rules' word lists, imported on first use: importing them loads the
    quote extractor, which ``verify`` need not load to start."""
    from verify.quotes import lexicon

    return lexicon


class Breaks:
    """The boundaries and speech tags between the tokens of one source."""

    def __init__(self, tokens: Tokens, paragraph_starts: Sequence[int] = ()) -> None:
        self.tokens = tokens
        self.paragraph_starts = sorted(paragraph_starts)
        # The aligner, the diff and the verdict each ask about the same gaps of a passage.
        self._passed: dict[tuple[int, int], tuple[str, str] | None] = {}

    def between(self, j: int) -> str:
        """The characters between token ``j - 1`` and token ``j``."""
        spans = self.tokens.spans
        return self.tokens.text[spans[j - 1][1]:spans[j][0]]

    def paragraph_end(self, j: int) -> bool:
        """True when token ``j`` opens a paragraph that token ``j - 1`` is not in."""
        spans = self.tokens.spans
        if self.paragraph_starts:
            k = bisect.bisect_right(self.paragraph_starts, spans[j][0])
            return k > 0 and self.paragraph_starts[k - 1] > spans[j - 1][0]
        return bool(_PARAGRAPH.search(self.between(j)))

    def quotation_mark(self, j: int) -> bool:
        """True when a quotation mark, opening or closing, stands between tokens ``j - 1`` and
        ``j``."""
        raw = self.between(j)
        gap = normalize_chars(raw)
        return '"' in gap or "‘" in raw or bool(_SINGLE_MARK.search(gap))

    def sentence_end(self, j: int) -> bool:
        """True when a sentence ends between tokens ``j - 1`` and ``j``: a full stop, question
        or exclamation mark before a capital or a figure, and not after an abbreviation or
        an initial ("Mr. Smith", "J. Smith")."""
        gap = self.between(j)
        m = _SENTENCE_MARK.search(gap)
        nxt = self.tokens.surface[j]
        if m is None or not (nxt[0].isupper() or nxt[0].isdigit()):
            return False
        if m.group() == "." and m.start() == 0:
            prev = self.tokens.surface[j - 1]
            return not (prev.casefold() in _lexicon().ABBREVIATIONS
                        or (len(prev) == 1 and prev.isupper()))
        return True

    def boundary(self, j: int) -> bool:
        """True when a sentence end, a quotation mark or a paragraph end lies between tokens
        ``j - 1`` and ``j``: a quote's edge does not reach past it."""
        if not 0 < j < len(self.tokens):
            return True
        return self.sentence_end(j) or self.quotation_mark(j) or self.paragraph_end(j)

    def speech_tag(self, s0: int, s1: int) -> str | None:
        """The speech tag when source tokens [s0, s1), which a quote skips, are only that:
        one quotation closes before them and the next opens after them (see the module
        docstring). None when they are anything else, or when the next quotation has a tag
        of its own naming someone else (``“A,” said Smith. “B,” said Jones.``)."""
        if s0 == 0 or s1 >= len(self.tokens) or not (self.quotation_mark(s0)
                                                     and self.quotation_mark(s1)):
            return None
        if not self._clause(s0, s1):
            return None
        after = self._tag_after(s1)
        if after is not None:
            mine, theirs = self._names(s0, s1), self._names(*after)
            if mine and theirs and not mine & theirs:
                return None
        spans = self.tokens.spans
        return self.tokens.text[spans[s0][0]:spans[s1 - 1][1]]

    def interposed(self, s0: int, s1: int) -> str | None:
        """The words of a block the page sets between two paragraphs of one passage when
        tokens [s0, s1), which a quote skips, are only that: whole paragraphs, with no
        quotation mark and no sentence end in them (a "SEE MORE: …" link, a caption line, a
        headline of another story), not prose of the passage. None otherwise."""
        # The quote finder's bound, read on first use like :func:`_lexicon`.
        from verify.quotes.marks import INTERPOSED_MAX_WORDS

        if s0 == 0 or s1 >= len(self.tokens) or not 0 < s1 - s0 <= INTERPOSED_MAX_WORDS:
            return None
        if not (self.paragraph_end(s0) and self.paragraph_end(s1)):
            return None
        spans = self.tokens.spans
        text = self.tokens.text[spans[s0][0]:spans[s1 - 1][1]]
        rest = self.tokens.text[spans[s1 - 1][1]:spans[s1][0]]
        if any(self.quotation_mark(j) for j in range(s0 + 1, s1)) or \
                _SENTENCE_MARK.search(text + rest.split("\n")[0]):
            return None
        return text

    def passed_over(self, s0: int, s1: int) -> tuple[str, str] | None:
        """What a quote may skip between two passages without a mark, as (kind, words): a
        ``speech_tag`` or an ``interposed`` block; None for anything else."""
        if (s0, s1) not in self._passed:
            tag = self.speech_tag(s0, s1)
            block = self.interposed(s0, s1) if tag is None else None
            self._passed[(s0, s1)] = ("speech_tag", tag) if tag is not None else \
                ("interposed", block) if block is not None else None
        return self._passed[(s0, s1)]

    def _clause(self, s0: int, s1: int) -> bool:
        """True when tokens [s0, s1) are one short reporting clause, within one sentence."""
        if not 0 < s1 - s0 <= TAG_MAX_WORDS:
            return False
        ends = []
        for j in range(s0 + 1, s1):
            if self.quotation_mark(j) or self.paragraph_end(j) or \
                    any(c in self.between(j) for c in ";:!?"):
                return False
            if self.sentence_end(j):
                ends.append(j)
        words = self.tokens.surface
        if not ends:
            return _tag_clause(words[s0:s1], [self.between(j) for j in range(s0 + 1, s1)])
        # "“A,” Smith said. She added: “B”": two tags, the second of the same speaker.
        if len(ends) > 1:
            return False
        (m,) = ends
        second = {w.casefold() for w in words[m:s1] if w[0].isupper()}
        same = bool(second & (_lexicon().PERSON_PRONOUNS | {w.casefold() for w in words[s0:m]}))
        return same and _tag_clause(words[s0:m], [self.between(j) for j in range(s0 + 1, m)]) \
            and _tag_clause(words[m:s1], [self.between(j) for j in range(m + 1, s1)])

    def _tag_after(self, s1: int) -> tuple[int, int] | None:
        """The speech tag right after the quotation that opens at token ``s1``, as a token
        range, if it has one."""
        n = len(self.tokens)
        close = next((j for j in range(s1 + 1, min(n, s1 + 200)) if self.quotation_mark(j)
                      or self.paragraph_end(j)), None)
        if close is None or not self.quotation_mark(close):
            return None
        end = next((k for k in range(close + 1, min(n, close + TAG_MAX_WORDS + 1))
                    if self.boundary(k)), n)
        return (close, end) if self._clause(close, end) else None

    def _names(self, s0: int, s1: int) -> set[str]:
        """The capitalised words right before or after a tag's verb: who speaks, by name."""
        words = self.tokens.surface[s0:s1]
        verbs = sorted(_verb_positions(words))
        out: set[str] = set()
        for i, step in ((verbs[0] - 1, -1), (verbs[-1] + 1, 1)):
            while 0 <= i < len(words) and words[i][0].isupper() \
                    and words[i].casefold() not in _lexicon().PRONOUNS:
                out.add(words[i].casefold())
                i += step
        return out


def _tag_clause(words: list[str], gaps: list[str]) -> bool:
    """True when ``words`` (``gaps`` the characters between them) are a reporting verb with
    its subject and nothing but the words a speech tag holds beside them."""
    verbs = _verb_positions(words)
    if not verbs:
        return False
    core = [i for i in _core(words, gaps, verbs) if i not in _gestures(words, verbs)]
    if len(core) < len(words):
        words, gaps = [words[i] for i in core], [gaps[i - 1] for i in core[1:]]
        verbs = _verb_positions(words)
        if not verbs:
            return False
    subject = False
    known = [True] * len(words)
    for i, w in enumerate(words):
        if i in verbs:
            continue
        low = w.casefold()
        if subject and low in {"who", "whose"} and "," in gaps[i - 1] and \
                len(words) - i <= _RELATIVE_MAX_WORDS and not _more_speech(words[i:]):
            # "said Hill, who will testify Thursday": a relative clause on the speaker (not
            # "…, who added that …": more of what the speaker said)
            break
        if low in _lexicon().PRONOUNS or w[0].isupper() or _person(low):
            subject = True
        else:
            known[i] = (low in _TAG_FUNCTION_WORDS or low in _lexicon().DETERMINERS
                        or low in _lexicon().NAME_PARTICLES
                        or low in _OCCASIONS or low.endswith("ly")
                        or any(c.isdigit() for c in w))
    if not subject:
        return False
    if _only_modifiers(words, gaps, known):
        return True
    # The reporting clause, then a phrase on it that says where, of what or how the words
    # were said: "Smith said of the rescue effort", "she said, her voice breaking".
    tail = _adjunct_at(words, gaps, verbs)
    return tail is not None and _only_modifiers(words[:tail], gaps[:tail - 1], known[:tail]) \
        and (_plain_phrase(words[tail:]) or _while_speaking(words[tail:]))


#: What a speaker does as they speak, joined to the reporting verb by "and" ("Wiig smiles
#: and says", "she says and laughs"): a gesture, not a second claim.
_GESTURES = frozenset({
    f"{stem}{end}" for stem, ends in (
        ("smile", ("", "s", "d")), ("laugh", ("", "s", "ed")), ("grin", ("", "s", "ned")),
        ("shrug", ("", "s", "ged")), ("nod", ("", "s", "ded")), ("sigh", ("", "s", "ed")),
        ("pause", ("", "s", "d")), ("chuckle", ("", "s", "d")), ("wink", ("", "s", "ed")),
        ("frown", ("", "s", "ed")), ("grimace", ("", "s", "d")))
    for end in ends})


def _gestures(words: list[str], verbs: set[int]) -> set[int]:
    """The indices of "and" with a gesture right before or after a reporting verb."""
    low = [w.casefold() for w in words]
    out: set[int] = set()
    for i in verbs:
        if i + 2 < len(low) and low[i + 1] == "and" and low[i + 2] in _GESTURES:
            out.update((i + 1, i + 2))
        if i >= 2 and low[i - 1] == "and" and low[i - 2] in _GESTURES:
            out.update((i - 2, i - 1))
    return out


#: In a relative clause on the speaker, what makes it more of their words ("…, who added
#: that …"), not a fact about them ("…, who will testify Thursday").
_MORE_SPEECH = frozenset({"that", "added", "adds", "said", "says", "noted", "notes",
                          "explained", "argued", "insisted", "continued", "told", "wrote"})


def _more_speech(words: list[str]) -> bool:
    return any(w.casefold() in _MORE_SPEECH for w in words)


def _core(words: list[str], gaps: list[str], verbs: set[int]) -> list[int]:
    """The indices of a tag's words once the appositives on its speaker and a relative
    clause closing it are set aside ("Steve Clarke, deputy associate administrator for
    exploration at NASA, said", "said Phil Levy, the chief economist at Flexport, which
    coordinates shipments"); what is left is judged as a tag."""
    cuts = [i for i in range(1, len(words)) if "," in gaps[i - 1]]
    bounds = [0, *cuts, len(words)]
    first = min(verbs)
    keep: list[int] = []
    for k, (a, b) in enumerate(itertools.pairwise(bounds)):
        if k == 0:
            keep.extend(range(a, b))
            continue
        after_speaker = words[a - 1][0].isupper() or words[a - 1][0].isdigit() or \
            _person(words[a - 1].casefold())
        if a <= first < b:
            # "Erik van Sebille, a physical oceanographer in Sydney told Reuters"
            if after_speaker and a < first and _appositive(words[a:first]):
                a = first
            keep.extend(range(a, b))
        elif b == len(words) and words[a].casefold() in {"who", "whose", "which"} and \
                b - a <= _RELATIVE_MAX_WORDS and not _more_speech(words[a:b]):
            continue  # "…, which coordinates shipments": a relative clause closing the tag
        elif not after_speaker or not _appositive(words[a:b], last=b == len(words)):
            keep.extend(range(a, b))  # a phrase on the tag, or a clause: the core decides
    return keep


#: Words that open an appositive's noun phrase only as a phrase on a tag would not.
_NOT_APPOSITIVE = frozenset({"who", "whose", "which", "that", "saying", "adding"})


def _appositive(words: list[str], *, last: bool = False) -> bool:
    """True when ``words`` describe the speaker beside their name ("a senior fellow at the
    Council on Foreign Relations", "45", "the pilot's brother and the boy's uncle"), and, on
    the tag's ``last`` segment, a relative clause closing it ("…, a consultant who has a
    business account")."""
    if not words:
        return False
    opener = words[0].casefold()
    if opener in _ADJUNCT_PREPOSITIONS or opener.endswith("ing") or opener in _NOT_APPOSITIVE \
            or (opener in _CLAUSE_WORDS and opener not in _lexicon().DETERMINERS):
        return False
    relative = next((i for i, w in enumerate(words) if w.casefold() in {"who", "which"}), None)
    if relative is not None:
        if not last or len(words) - relative > _RELATIVE_MAX_WORDS or \
                _more_speech(words[relative:]):
            return False
        words = words[:relative]
    return 0 < len(words) <= _APPOSITIVE_MAX_WORDS and not _verb_positions(words) and not any(
        w.casefold() in _CLAUSE_WORDS - {"and"} for w in words)


def _adjunct_at(words: list[str], gaps: list[str], verbs: set[int]) -> int | None:
    """Where a phrase on the tag begins after its verb: a preposition, or after a comma a
    participle or a possessive ("…, shaking her head", "…, her voice breaking")."""
    for i in range(min(verbs) + 1, len(words)):
        low = words[i].casefold()
        if low in _ADJUNCT_PREPOSITIONS or low in {"as", "while"} or ("," in gaps[i - 1] and (
                low.endswith("ing") or low in _POSSESSIVES)):
            return i if len(words) - i <= _ADJUNCT_MAX_WORDS else None
    return None


def _while_speaking(words: list[str]) -> bool:
    """True for a clause of what the speaker did as they spoke ("as he secured the clamp and
    stopped the leak"): "as" or "while" and a pronoun, no more of their words, no negation,
    nothing before or after."""
    return len(words) > 2 and words[0].casefold() in {"as", "while"} and \
        words[1].casefold() in _lexicon().PERSON_PRONOUNS | {"they"} and not _more_speech(words) \
        and not any(w.casefold() in {"not", "never", "no", "but", "before", "after", "because",
                                     "although", "though", "if", "unless"} for w in words)


def _plain_phrase(words: list[str]) -> bool:
    """True when ``words`` are a phrase and not a clause: no finite verb, subordinator,
    coordinator or negation, and no reporting verb of its own. An "and" between nouns
    ("of himself and fellow party members") and a participle on an occasion ("in a note
    published Monday") stay inside a phrase."""
    low = [w.casefold() for w in words]
    for k, w in enumerate(low):
        if w in _CLAUSE_WORDS and not (w == "and" and _joins_nouns(low, k)):
            return False
    verbs = {k + 1 for k in _verb_positions(words[1:])}
    return all(low[k - 1] in _OCCASIONS and _PARTICIPLE.fullmatch(low[k]) for k in verbs)


#: A participle that only says how an occasion came about ("a note published Monday").
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)|sent|put|made|given")


def _joins_nouns(low: list[str], k: int) -> bool:
    """True when the "and" at ``k`` joins two noun phrases, not two clauses: nothing after
    it is a pronoun, a clause word or a past tense."""
    rest = low[k + 1:]
    return bool(rest) and not any(w in _lexicon().PRONOUNS or w in _CLAUSE_WORDS
                                  or w.endswith("ed") for w in rest)


def _only_modifiers(words: list[str], gaps: list[str], known: list[bool]) -> bool:
    """True when every run of unknown words describes a person inside a noun phrase ("a
    retired teacher", "the city's chief executive"): at most two words, after a determiner,
    a figure, a comma or a name ("Goddard planetary scientist"), and right before a person
    noun."""
    i = 0
    while i < len(words):
        if known[i]:
            i += 1
            continue
        j = i
        while j < len(words) and not known[j]:
            j += 1
        before = words[i - 1].casefold() if i else ""
        opens = i == 0 or before in _lexicon().DETERMINERS or any(
            c.isdigit() for c in before) or "," in gaps[i - 1] or words[i - 1][0].isupper()
        # ... before a person noun ("airline boss"), or between two names ("CNN affiliate WUSA")
        closes = j < len(words) and "," not in gaps[j - 1] and (
            _person(words[j].casefold()) or (i > 0 and words[i - 1][0].isupper()
                                            and words[j][0].isupper()))
        if j - i > 2 or not (opens and closes):
            return False
        i = j
    return True


def _verb_positions(words: list[str]) -> set[int]:
    """Indices of the words that are reporting verbs ("says", "pointed out")."""
    text = " ".join(words)
    starts: list[int] = []
    at = 0
    for w in words:
        starts.append(at)
        at += len(w) + 1
    out: set[int] = set()
    if len(words) > 1 and _lexicon().INVERTED_NOUN_VERB.fullmatch(words[0]) and \
            words[1][0].isupper():
        out.add(0)  # "comments Johnston in a statement"
    for m in _lexicon().VERB_RE.finditer(text):
        first = bisect.bisect_left(starts, m.start())
        if first < len(starts) and starts[first] == m.start():
            out.update(range(first, first + len(m.group().split())))
    return out


#: Bodies that speak in a tag ("wrote the center", "the ministry said").
_BODIES = frozenset({"center", "centre", "agency", "company", "department", "ministry",
                     "office", "service", "institute", "council", "court", "board",
                     "committee", "group", "organization", "organisation", "union", "team",
                     "club", "firm", "bank", "government", "police", "authority",
                     "commission", "foundation", "hospital", "university", "school",
                     "campaign", "party", "embassy", "administration", "league", "federation",
                     "association", "charity"})


def _person(word: str) -> bool:
    """True for a noun that can be the one who speaks or is told: a person, a role, a body."""
    lexicon = _lexicon()
    for w in (word, word.removesuffix("s")):
        if w in lexicon.SPEAKER_NOUNS or w in lexicon.ROLE_WORDS or w in _BODIES:
            return True
    return bool(lexicon.agent_noun(word))
