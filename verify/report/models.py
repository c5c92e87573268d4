"""Pydantic models of the report. Field names are the JSON contract; do not rename them."""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from verify.match.interface import AttributionStatus, Verdict
from verify.reasons import QUOTE_REASONS, SOURCE_REASONS

REPORT_SCHEMA: Final = "verify/report/v1"
QUOTES_SCHEMA: Final = "verify/quotes/v1"


def _unset(value: object) -> bool:
    """Fields that only some originals have are left out of the JSON when they are unset."""
    return value is None


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)


class Span(_Model):
    """Where a quote sits in the input: character offsets into the input as read, and
    1-based line and column; ``end_line``/``end_column`` point just past the last
    character."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    column_bytes: int | None = Field(
        None, description="column counted in UTF-8 bytes (what reviewdog expects)")
    end_column_bytes: int | None = Field(None, description="end column in UTF-8 bytes")


class Suppression(_Model):
    """Why a finding is not reported: an inline comment or the baseline accepted it."""

    kind: Literal["inline", "baseline"]
    justification: str = Field(description="the comment or baseline entry that suppressed it")


class OffsetSpan(_Model):
    """Character offsets of a mention."""

    start: int
    end: int


class Difference(_Model):
    """One word-level difference between the quote and the source passage."""

    op: Literal["replace", "delete", "insert", "edit"] = Field(
        description="replace; delete: in the quote only; insert: in the source only; "
                    "edit: same word, other case or punctuation")
    quote: str = Field(description="the quote's words")
    source: str = Field(description="the source's words")
    kind: str = Field(description="number, negation, name, modal, quantifier, word, missing, "
                                  "order (major); case, punctuation, hyphenation, spelling, "
                                  "number_format, contraction, function_word, bracket, "
                                  "ellipsis, speech_tag, interposed, filler, abbreviation (minor)")
    minor: bool = Field(description="true when the difference keeps the meaning")


class Location(_Model):
    """Where in an original that is not a web page the passage sits."""

    kind: Literal["page", "time", "post"] = Field(
        description="page: a PDF's page; time: a transcript's cue times; post: a social post")
    page: int | None = Field(None, exclude_if=_unset,
                             description="1-based page of a PDF (kind page)")
    start: str | None = Field(None, exclude_if=_unset,
                              description="HH:MM:SS.mmm the passage starts (kind time)")
    end: str | None = Field(None, exclude_if=_unset,
                            description="HH:MM:SS.mmm the passage ends (kind time)")
    author: str | None = Field(None, exclude_if=_unset,
                               description="the post's author handle, @name (kind post)")
    posted: str | None = Field(None, exclude_if=_unset,
                               description="when the post was published, ISO 8601 (kind post)")

class Evidence(_Model):
    """The source passage a verdict rests on."""

    url: str | None = Field(description="the source's URL, or its path for a local file")
    title: str | None
    published: str | None
    passage: str = Field(description="the source's words the quote was compared with")
    lexical_score: float | None = Field(description="similarity of quote and passage, 0-1")
    semantic_score: float | None = Field(
        description="cosine similarity, when the semantic step ran; else null")
    differences: list[Difference]
    language: str | None = Field(
        None, exclude_if=_unset, description="the passage's language (BCP 47) when it is not the "
                                             "quotation's: the quotation is a translation")
    location: Location | None = Field(
        None, exclude_if=_unset, description="where in a PDF, transcript or post the passage sits; absent for "
                          "web pages")

class Candidate(_Model):
    """A candidate original considered for a quote."""

    url: str = Field(description="URL, or the path of a local --source file")
    via: Literal["link", "source", "search"] = Field(
        description="link: linked from the article near the quote; source: --source; "
                    "search: found by a search backend")
    status: str = Field(description='"read", "cached", or "unavailable: <reason>"')
    reason: str | None = Field(
        None, description="why it could not be read (or was only a paywall teaser), as a code: "
                          + ", ".join(SOURCE_REASONS))


class Attribution(_Model):
    """Whether the source credits the words to whom the article credits them."""

    # Published in the schema inline, as the string values it has always listed.
    status: Annotated[AttributionStatus, WithJsonSchema(
        {"enum": [s.value for s in AttributionStatus], "title": "Status", "type": "string"})] = Field(
        description="confirmed: the source credits the same person or outlet; contradicted: "
                    "it credits a different named one (the verdict is then MISATTRIBUTED "
                    "unless the words were altered); unnamed: the article credits a "
                    "description with no name (a spokesperson, officials), so nothing can "
                    "contradict it; not_in_source: the named speaker is neither credited nor "
                    "named near the passage; unchecked: nothing to compare (no credit, or the "
                    "words were not found)")
    source_speaker: str | None = Field(
        description="whom the source credits with the passage, when it credits someone")
    source_outlet: str | None = Field(
        description="the outlet that published the source, by its URL, when known")
    note: str = Field(description="what was compared and what was found, in one sentence")


class QuoteInfo(_Model):
    """A quotation and its attribution (what `verify quotes` reports)."""

    id: str
    text: str
    kind: Literal["quote", "fragment", "title"]
    span: Span
    speaker: str | None
    speaker_span: OffsetSpan | None
    outlet: str | None
    cue: str | None


class QuoteResult(QuoteInfo):
    """A quotation with its verdict (what `verify check` reports)."""

    verdict: Verdict
    score: float
    explanation: str
    evidence: Evidence | None
    candidates: list[Candidate]
    suppression: Suppression | None = Field(
        None, description="set when an inline comment or the baseline accepted the finding")
    attribution: Attribution | None = Field(
        None, description="the credit check: whom the source credits with these words")
    reason: str | None = Field(
        None, description="for UNCHECKED and SOURCE_UNAVAILABLE, why, as a code: a candidate's "
                          "reason (see Candidate.reason), " + ", ".join(QUOTE_REASONS[:-1])
                          + " or " + QUOTE_REASONS[-1])


class Coverage(_Model):
    """How much of the run was actually checked against a source."""

    quotes: int = Field(description="quotes in the report")
    checked: int = Field(description="quotes compared with a source (any verdict but "
                                     "UNCHECKED and SOURCE_UNAVAILABLE)")
    fraction: float = Field(description="checked / quotes (1.0 when there are no quotes)")
    main_reason: str | None = Field(
        None, description="the explanation of the most common reason quotes were not checked")
    reasons: dict[str, int] = Field(default_factory=dict,
                                    description="quotes not checked, per reason code")


class Tool(_Model):
    """The tool that wrote the report."""

    name: str = "source-verify"
    version: str


class ArticleReport(_Model):
    """One input article."""

    input: str
    title: str | None
    url: str | None
    published: str | None
    quotes: list[QuoteResult]
    error: str | None = Field(
        None, description="why the article could not be read (its quotes are then empty); "
                          "the other articles of the run are still checked")
    text: str | None = Field(
        None, description="the article's text as read (the quotes' spans index into it); "
                          "present when asked for, as --format html does")


class BaselineStatus(_Model):
    """How the run compared with the baseline file, when one was given."""

    file: str
    matched: int = Field(description="findings the baseline accepted")
    stale: list[str] = Field(description="fingerprints of baseline entries that match nothing")


class Report(_Model):
    """The whole run."""

    schema_: Literal["verify/report/v1"] = Field(REPORT_SCHEMA, alias="schema")
    tool: Tool
    articles: list[ArticleReport]
    summary: dict[str, int] = Field(description="count of quotes per verdict, in the fixed "
                                                "order of the verdicts")
    baseline: BaselineStatus | None = None
    coverage: Coverage | None = Field(
        None, description="how many quotes were checked against a source")


class QuotesArticle(_Model):
    """One input article, quotes only."""

    input: str
    title: str | None
    url: str | None
    published: str | None
    quotes: list[QuoteInfo]


class QuotesReport(_Model):
    """`verify quotes`: the report's structure without the verdict fields."""

    schema_: Literal["verify/quotes/v1"] = Field(QUOTES_SCHEMA, alias="schema")
    tool: Tool
    articles: list[QuotesArticle]
    summary: dict[str, int] = Field(description="count of quotes per kind")
