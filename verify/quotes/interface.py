"""What the extraction stage returns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

#: An editorial mark inside a quotation, with the spaces around it: a [bracketed insertion]
#: or an ellipsis ("…", "...", ". . ."). Group 1 is the mark.
EDITORIAL_MARK = re.compile(r"\s*(\[[^\]]*\]|…|\.\s?\.\s?\.)\s*")


def between_marks(text: str) -> list[str]:
    """The pieces of a quotation between its editorial marks, in order (empty ones kept)."""
    return EDITORIAL_MARK.split(text)[::2]


class QuoteKind(StrEnum):
    """How a quotation is used in the article."""

    QUOTE = "quote"
    """A checkable quotation."""
    FRAGMENT = "fragment"
    """A short (under four words) or scare-quoted phrase."""
    TITLE = "title"
    """A quoted title or headline ("a piece titled ...")."""


class AttributionRule(StrEnum):
    """The attribution rule that credited a quote (:mod:`verify.quotes.rules`, tried in the
    order of :data:`verify.quotes.attribution.RULES`). The values are the JSON contract and
    the names ``bench_extraction --by-rule`` prints. How sure each reading is lives here,
    beside the rules: :attr:`in_sentence` for the draft's side, :attr:`sure` for a source's."""

    NONE = "none"
    """Nobody is credited."""
    CITING = "citing"
    CUE_BEFORE = "cue-before"
    CUE_AFTER = "cue-after"
    DASH = "dash"
    ACCORDING_TO = "according-to"
    COLON = "colon"
    VERB_IN_SENTENCE = "verb-in-sentence"
    CUE_CLOSING = "cue-closing"
    CHARACTERIZATION = "characterization"
    PREVIOUS_SENTENCE = "previous-sentence"
    ACTION_BEAT = "action-beat"
    COLON_PARAGRAPH = "colon-paragraph"
    CLAUSE_SUBJECT = "clause-subject"
    SPLIT = "split"
    """The second half of a quote split by its attribution, credited like the first."""
    INHERITED = "inherited"
    """The credit of the paragraph's previous quote."""
    FLOATING = "floating"
    """A guess: the last speaker named before the quote."""

    @property
    def in_sentence(self) -> bool:
        """The rule reads a credit in the quote's own sentence (or its split): a name there
        is a credit sure enough to accuse someone else on. The others look beyond the
        sentence (previous-sentence, inherited, floating) or guess (clause-subject,
        characterization, action-beat)."""
        return self in _IN_SENTENCE

    @property
    def sure(self) -> bool:
        """On a source page, the rule is sure enough to contradict a draft: a reporting cue
        next to the quote, in its sentence or in the sentence before it. Speaker accuracy per
        rule on PolNeAR train (benchmarks/bench_extraction.py --by-rule): cue-after 0.97,
        previous-sentence 0.95, according-to 0.95, cue-closing 0.91, colon-paragraph 0.89,
        cue-before 0.88, verb-in-sentence 0.88 — kept; inherited 0.76, colon 0.75,
        clause-subject 0.73, characterization 0.59, floating 0.17 — guesses. A split's second
        half ("“A,” said X, “B”") is credited by the tag between the halves, and is as sure."""
        return self in _SURE

    @property
    def continues(self) -> bool:
        """The rule reads the credit from the page's run of quotes around the words (the
        paragraph before's speaker going on, the sentence's subject, a colon, a
        characterisation): not sure alone, but sure enough that the words are not those of
        someone the page names only away from them. A floating guess is not."""
        return self in _CONTINUES

    @property
    def reading(self) -> str:
        """How the rule read the credit, as a clause of a note."""
        return _READINGS.get(self, f"the source's credit is read by the {self.value} rule")


_R = AttributionRule
_IN_SENTENCE = frozenset({_R.CUE_BEFORE, _R.CUE_AFTER, _R.CITING, _R.ACCORDING_TO, _R.DASH,
                          _R.CUE_CLOSING, _R.VERB_IN_SENTENCE, _R.COLON, _R.COLON_PARAGRAPH,
                          _R.SPLIT})
_CONTINUES = frozenset({_R.INHERITED, _R.CLAUSE_SUBJECT, _R.COLON, _R.CHARACTERIZATION})
_READINGS = {
    _R.INHERITED: "the source gives them to the speaker of its quote before them",
    _R.CLAUSE_SUBJECT: "the source gives them to the subject of their sentence",
    _R.COLON: "the source gives them to the name before its colon",
    _R.CHARACTERIZATION: "the source gives them to the person its sentence describes",
}
_SURE = frozenset({_R.CUE_BEFORE, _R.CUE_AFTER, _R.CITING, _R.ACCORDING_TO, _R.DASH,
                   _R.CUE_CLOSING, _R.VERB_IN_SENTENCE, _R.PREVIOUS_SENTENCE,
                   _R.COLON_PARAGRAPH, _R.SPLIT})


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A pair of quotation marks found by the mark engine, before attribution."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark (or the end of the paragraph if unclosed)."""
    pieces: tuple[tuple[int, int], ...]
    """Content ranges without the marks; several when the quote runs over paragraphs."""
    closed: bool = True
    """False when no closing mark was found."""
    blockquote: bool = False
    """True for a block quotation with no marks (HTML ``<blockquote>``, Markdown ``>``)."""


class DoubtCode(StrEnum):
    """Why a credit is not a sure reading."""

    BEYOND_SENTENCE = "beyond-sentence"
    """The rule reads the credit outside the quote's sentence, or guesses."""
    NO_MENTION = "no-mention"
    """No mention of the speaker stands with the quote."""
    PRONOUN = "pronoun"
    """A pronoun, read as a person named elsewhere."""
    PRONOUN_FAR = "pronoun-far"
    """A pronoun read as a person though another person is named between them."""
    PRONOUN_NEAR = "pronoun-near"
    """A pronoun whose person is the only one it could mean in its own paragraph."""
    DESCRIPTION = "description"
    """A description ("the minister"), read as a person named earlier."""
    DESCRIPTION_NEAR = "description-near"
    """A description that tells a gender ("the actress"), whose person is the only one of
    that gender named before it in its own paragraph."""
    SHARED_SURNAME = "shared-surname"
    """A surname that two people of the article share."""
    IN_DESCRIPTION = "in-description"
    """A name read from inside a description with an indefinite article ("one Indigenous
    rights representative", "a Labour spokesman"): the description may be the speaker."""


@dataclass(frozen=True, slots=True)
class Doubt:
    """Why a credit is not a sure reading: a code and a sentence."""

    code: DoubtCode
    note: str
    candidates: tuple[str, ...] = ()
    """Whom the credit may mean, when it is one of a few (a shared surname's bearers)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its attribution."""

    id: str
    """Stable id within its article: ``q1``, ``q2``, … in document order."""
    start: int
    """Offset of the opening mark in the document text."""
    end: int
    """Offset just after the closing mark."""
    text: str
    """The quoted words, joined over line breaks and hyphenation, without the marks."""
    kind: QuoteKind
    """quote, fragment or title."""
    speaker: str | None = None
    """Resolved name of the person or organisation credited (None if nobody is)."""
    speaker_span: tuple[int, int] | None = None
    """The mention next to the quote, as written ("he", "Snyder", "the daily")."""
    outlet: str | None = None
    """Registry name of the publication where the words appeared, when the article says."""
    outlet_id: str | None = None
    """Registry id of that outlet (``unlisted:`` and its name for one the registry does not
    list)."""
    outlet_others: tuple[str, ...] = ()
    """Registry ids of other outlets the article's words may mean ("ABC" in a story that
    does not say which): empty when the outlet is unambiguous."""
    cue: str | None = None
    """The reporting verb or phrase ("said", "according to", "wrote")."""
    pieces: tuple[tuple[int, int], ...] = ()
    """Content ranges in the document text (see :class:`RawQuote`)."""
    rule: AttributionRule = AttributionRule.NONE
    """The attribution rule that credited the quote: how sure the credit is."""
    credit_doubt: Doubt | None = None
    """Why the credit is not a sure reading (a pronoun, a role resolved to an earlier name,
    a surname two people share, a rule that looks beyond the quote's sentence); None when a
    name stands with a reporting cue in the quote's own sentence or split."""
    around: str = ""
    """The quote's sentence and the one before it, quotations blanked: who else the writer
    names beside the words."""
