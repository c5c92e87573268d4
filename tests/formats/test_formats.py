"""Every format is a pure function of the report, pinned by a golden file.

Regenerate the golden files after an intended change with ``UPDATE_GOLDEN=1 pytest``.
"""

import json
import os
from pathlib import Path

import jsonschema
import pytest

from verify.formats.github import escape_data, escape_property, summary
from verify.formats.interface import FORMATS, OutputFormat, RenderContext, render
from verify.report import models as m
from verify.report.policy import Policy

GOLDEN = Path(__file__).parent / "golden"
DATA = Path(__file__).parents[1] / "data"
SUFFIX = {"terminal": "txt", "json": "json", "github": "txt", "sarif": "sarif.json",
          "rdjsonl": "jsonl", "junit": "xml", "claimreview": "json", "html": "html"}


def ctx(**kw) -> RenderContext:
    kw = {"reviewer_url": "https://desk.example.org", "date": "2026-12-01",
          "published_url": "https://news.example.org/", **kw}
    return RenderContext(root=Path.cwd(), width=100, **kw)


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_golden(report, fmt):
    text = render(report, fmt, ctx())
    assert render(report, fmt, ctx()) == text  # pure
    path = GOLDEN / f"report.{fmt.value}.{SUFFIX[fmt.value]}"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_formats_are_exhaustive():
    assert set(FORMATS) == set(SUFFIX)


def test_sarif_validates_against_the_sarif_2_1_0_schema(report):
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8"))
    log = json.loads(render(report, OutputFormat.SARIF, ctx()))
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    altered = next(r for r in run["results"] if r["ruleId"] == "quote/altered")
    assert altered["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "drafts/story.md"
    assert altered["partialFingerprints"]["quoteFingerprint/v1"]
    suppressed = [r for r in run["results"] if "suppressions" in r]
    assert [r["suppressions"][0]["kind"] for r in suppressed] == ["inSource"]


def test_json_report_validates_against_its_published_schema(report):
    schema = json.loads((Path("verify/report/schemas/report-v1.schema.json")).read_text())
    jsonschema.validate(json.loads(render(report, OutputFormat.JSON)), schema)


def test_published_schemas_are_generated_from_the_models():
    from verify.report.schema import quotes_schema, report_schema

    folder = Path("verify/report/schemas")
    assert json.loads((folder / "report-v1.schema.json").read_text()) == report_schema()
    assert json.loads((folder / "quotes-v1.schema.json").read_text()) == quotes_schema()


def test_github_escaping():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_summary_and_quiet(report):
    text = summary(report, ctx())
    assert "| ALTERED | `drafts/story.md:5` |" in text
    quiet = render(report, OutputFormat.GITHUB, ctx(policy=Policy.build(quiet=True)))
    assert {line.split(" ")[0] for line in quiet.splitlines()} == {"::error"}


def test_rdjsonl_columns_are_utf8_bytes(report):
    lines = [json.loads(x) for x in render(report, OutputFormat.RDJSONL, ctx()).splitlines()]
    q3 = next(d for d in lines if "most important vote" in d["message"])
    assert q3["location"]["range"]["start"] == {"line": 7, "column": 14}
    assert q3["severity"] == "ERROR" and q3["code"]["value"] == "quote/not-found"


def test_claimreview_ratings(report):
    reviews = json.loads(render(report, OutputFormat.CLAIMREVIEW, ctx(reviewer="Desk")))
    got = {r["reviewRating"]["alternateName"]: r["reviewRating"]["ratingValue"] for r in reviews}
    assert got == {"VERBATIM": 5, "ALTERED": 2, "NOT_FOUND": 1, "PARAPHRASE": 3,
                   "MISATTRIBUTED": 2}
    first = reviews[0]
    assert first["itemReviewed"]["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert first["itemReviewed"]["firstAppearance"]["url"] == "https://news.example.org/story"
    assert first["author"] == {"@type": "Organization", "name": "Desk",
                               "url": "https://desk.example.org"}
    # Publishable: a public address (the base URL stands for the drafts' folder, so it takes
    # the draft's name under it), the review's date.
    assert first["itemReviewed"]["appearance"]["url"] == "https://news.example.org/story"
    assert first["url"] == "https://news.example.org/story#q1"
    assert first["datePublished"] == "2026-12-01"


def test_claimreview_takes_the_claim_without_the_drafts_trailing_punctuation():
    from verify.formats.claimreview import claim_text

    assert claim_text("We will keep the plant open,") == "We will keep the plant open"
    assert claim_text("Is it over? —") == "Is it over?"
    assert claim_text("It ends here.") == "It ends here."


@pytest.mark.parametrize("kw, message", [
    ({"reviewer_url": None}, "reviewing organisation's URL"),
    ({"published_url": None}, "public address of drafts/story.md"),
])
def test_claimreview_refuses_what_cannot_be_published(report, kw, message):
    with pytest.raises(ValueError, match=message):
        render(report, OutputFormat.CLAIMREVIEW, ctx(**kw))


def test_claimreview_uses_a_single_article_url_as_given(report):
    reviews = json.loads(render(report, OutputFormat.CLAIMREVIEW,
                                ctx(published_url="https://news.example.org/2026/story")))
    assert reviews[0]["itemReviewed"]["appearance"]["url"] == "https://news.example.org/2026/story"


def test_junit_counts(report):
    xml = render(report, OutputFormat.JUNIT, ctx())
    assert 'failures="3"' in xml and 'skipped="2"' in xml


def test_terminal_diff_readable_without_colour(report):
    text = render(report, OutputFormat.TERMINAL, ctx())
    assert "MAJOR number: [-4.2-] {+4.7+}" in text
    assert "\x1b[" not in text
    assert "9 quotations:" in text and "(1 suppressed)" in text


def test_terminal_colour_on_request(report):
    assert "\x1b[" in render(report, OutputFormat.TERMINAL, ctx(color=True))


def test_verdict_formats_refuse_a_quotes_report():
    qr = m.QuotesReport(tool=m.Tool(version="0"), articles=[], summary={})
    with pytest.raises(ValueError, match="needs verdicts"):
        render(qr, OutputFormat.SARIF)


HOSTILE = "\x1b[2J\x1b]0;pwned\x07 We \x1b[31mwill\x00 keep\r the \u202eplant\u202c open"


@pytest.mark.parametrize("fmt", [OutputFormat.TERMINAL, OutputFormat.GITHUB,
                                 OutputFormat.JUNIT, OutputFormat.SARIF, OutputFormat.RDJSONL,
                                 OutputFormat.HTML])
def test_control_characters_are_shown_never_obeyed(report, fmt):
    article = report.articles[0]
    q = article.quotes[0].model_copy(update={"text": HOSTILE, "speaker": "Jane\x1b[8m Doe",
                                             "explanation": "found\x9b2J " + HOSTILE})
    hostile = report.model_copy(update={"articles": [article.model_copy(
        update={"quotes": [q, *article.quotes[1:]], "title": "Story\x1b]0;x\x07"})]})
    text = render(hostile, fmt, ctx())
    raw = {c for c in text if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f
           or c in "\u202e\u202c"}
    assert not raw, raw
    if fmt is OutputFormat.TERMINAL:
        assert "\\x1b[2J" in text and "\\u202e" in text


def test_junit_stays_valid_xml_for_every_control_character(report):
    from xml.etree import ElementTree

    article = report.articles[0]
    every = "".join(chr(c) for c in range(32)) + "\x7f"
    q = article.quotes[1].model_copy(update={"text": f"We {every} will not", "explanation":
                                             every})
    hostile = report.model_copy(update={"articles": [article.model_copy(
        update={"quotes": [article.quotes[0], q, *article.quotes[2:]]})]})
    ElementTree.fromstring(render(hostile, OutputFormat.JUNIT, ctx()))  # parses


def test_terminal_shows_a_readable_number_of_rows_and_counts_the_rest(report):
    from verify.formats.terminal import TERMINAL_ROWS

    article = report.articles[0]
    many = [article.quotes[1].model_copy(update={"id": f"q{n}"})
            for n in range(TERMINAL_ROWS + 25)]
    big = report.model_copy(update={"articles": [article.model_copy(update={"quotes": many})]})
    text = render(big, OutputFormat.TERMINAL, ctx())
    assert "… and 25 more quotations, not shown here" in text
    assert f"{TERMINAL_ROWS + 25} quotations:" in text


def test_where_in_the_original_one_wording_for_every_format(report):
    from verify.formats.common import where
    from verify.report.models import Location

    assert where(Location(kind="page", page=3)) == "p. 3"
    assert where(Location(kind="time", start="00:05:49.200", end="00:05:52.800")) == \
        "00:05:49.200–00:05:52.800"
    assert where(Location(kind="post", author="@handle", posted="2024-03-01T09:30:00Z")) == \
        "@handle, 2024-03-01"
    assert where(None) == ""
    sarif = json.loads(render(report, OutputFormat.SARIF, ctx()))
    props = [r["properties"] for r in sarif["runs"][0]["results"]]
    assert {"sourceLocation": "p. 3", "sourceLocationDetail": {"kind": "page", "page": 3}
            }.items() <= props[1].items()
    assert "p. 3" in render(report, OutputFormat.TERMINAL, ctx())
    assert "00:05:49.200–00:05:52.800" in render(report, OutputFormat.HTML, ctx())
