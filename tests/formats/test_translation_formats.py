"""A translated quotation (issue 25) in every format: the verdict shown, its passage in the
original's language named in the JSON (valid against the published schema) and the HTML."""

import json
import warnings
from pathlib import Path

import jsonschema
import pytest

from verify.formats.interface import FORMATS, OutputFormat, RenderContext, render
from verify.pipeline import CheckOptions, check
from verify.report.policy import Policy

ORIGINAL = ("Berlin. Die Bundesregierung will mehr Geld für die Bahn ausgeben. „Wir werden "
            "50.000 Euro in jede Station investieren“, sagte Verkehrsministerin Anna Berger "
            "am Montag in Berlin. Die Opposition kritisierte die Pläne scharf.\n")
DRAFT = ('# Rail\n\n"We will invest 50,000 euros in every station," transport minister '
         'Anna Berger said on Monday.\n')


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("t")
    (folder / "bahn.txt").write_text(ORIGINAL, "utf-8")
    (folder / "draft.md").write_text(DRAFT, "utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return check([str(folder / "draft.md")],
                     CheckOptions(sources=[str(folder / "bahn.txt")], semantic=False))


def ctx(**kw):
    kw = {"reviewer": "Desk", "reviewer_url": "https://desk.example.org/",
          "published_url": "https://news.example.org/", **kw}
    return RenderContext(root=Path.cwd(), width=100, **kw)


def test_the_quote_is_a_translation_with_its_language(report):
    (q,) = report.articles[0].quotes
    assert q.verdict.value == "TRANSLATION"
    assert q.evidence is not None and q.evidence.language == "de"
    assert "50.000 Euro" in q.evidence.passage


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_renders_it(report, fmt):
    text = render(report, OutputFormat(fmt), ctx())
    if fmt == "junit":  # a passing test case: the quote, no failure
        assert "We will invest 50,000 euros" in text and "<failure" not in text
    else:
        assert "TRANSLATION" in text or "Translation" in text


def test_json_keeps_the_language_and_validates(report):
    data = json.loads(render(report, OutputFormat.JSON, ctx()))
    schema = json.loads(Path("verify/report/schemas/report-v1.schema.json").read_text())
    jsonschema.validate(data, schema)
    assert data["articles"][0]["quotes"][0]["evidence"]["language"] == "de"


def test_html_marks_the_passage_with_its_language(report):
    assert 'class="passage" lang="de"' in render(report, OutputFormat.HTML, ctx())


def test_it_fails_a_check_only_when_named_in_fail_on(report):
    assert not Policy.build().fails(report)
    assert Policy.build(fail_on=["TRANSLATION"]).fails(report)
    assert "TRANSLATION" not in {v.value for v in Policy.build().fail_on}
    assert "TRANSLATION" in {v.value for v in Policy.build(fail_on=["TRANSLATION"]).fail_on}
