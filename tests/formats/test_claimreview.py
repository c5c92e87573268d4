"""ClaimReview: the shape schema.org and Google's fact-check guidelines give, the claim's
author, and the public address of a draft in a folder."""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from verify.formats.claimreview import common_folder
from verify.formats.interface import OutputFormat, RenderContext, render

VERIFY = str(Path(sys.executable).parent / "verify")


def _thing(type_: str, props: dict, required: tuple[str, ...] = ()) -> dict:
    """A JSON Schema for one schema.org type: these properties and no others."""
    return {"type": "object", "required": ["@type", *required], "additionalProperties": False,
            "properties": {"@type": {"const": type_}, **props}}


URL = {"type": "string", "pattern": r"^https?://[^\s/]+"}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}"}
TEXT = {"type": "string", "minLength": 1}
NUMBER = {"type": "number"}
#: A Person or an Organization needs a name (schema.org Thing.name; Google's author.name).
AGENT = {"oneOf": [_thing("Person", {"name": TEXT, "url": URL}, ("name",)),
                   _thing("Organization", {"name": TEXT, "url": URL}, ("name",))]}
CREATIVE_WORK = _thing("CreativeWork", {"url": URL, "name": TEXT, "headline": TEXT},
                       ("url",))
#: Properties from schema.org/Claim (appearance, firstAppearance, claimInterpreter) and the
#: CreativeWork and Thing properties a claim uses; Google: all recommended, none required.
CLAIM = _thing("Claim", {"appearance": CREATIVE_WORK, "firstAppearance": CREATIVE_WORK,
                         "author": AGENT, "datePublished": DATE, "name": TEXT,
                         "description": TEXT, "url": URL})
#: schema.org/Rating (bestRating, ratingExplanation, ratingValue, worstRating) and
#: Thing.alternateName, which Google requires: the textual rating shown in results.
RATING = _thing("Rating", {"ratingValue": NUMBER, "bestRating": NUMBER, "worstRating": NUMBER,
                           "alternateName": TEXT, "ratingExplanation": TEXT, "name": TEXT},
                ("alternateName",))
#: schema.org/ClaimReview (claimReviewed), Review (itemReviewed, reviewRating), CreativeWork
#: (author, datePublished) and Thing (url); Google requires claimReviewed, reviewRating
#: and url, and recommends author, datePublished and itemReviewed.
CLAIM_REVIEW = _thing("ClaimReview", {
    "@context": {"const": "https://schema.org"}, "claimReviewed": TEXT,
    "itemReviewed": CLAIM, "reviewRating": RATING, "author": AGENT, "datePublished": DATE,
    "url": URL, "name": TEXT}, ("@context", "claimReviewed", "reviewRating", "url"))
SCHEMA = {"type": "array", "items": CLAIM_REVIEW}


def ctx(**kw) -> RenderContext:
    kw = {"reviewer": "Desk", "reviewer_url": "https://desk.example.org", "date": "2026-12-01",
          "published_url": "https://news.example.org/", **kw}
    return RenderContext(root=Path.cwd(), **kw)


def test_every_review_has_schema_orgs_claimreview_shape(report):
    reviews = json.loads(render(report, OutputFormat.CLAIMREVIEW, ctx()))
    jsonschema.validate(reviews, SCHEMA)
    assert len(reviews) == 6  # the suppressed, unavailable and unchecked quotes have none
    for r in reviews:
        rating = r["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        # Google: the review's url is on the domain of the page that publishes it.
        assert r["url"].startswith(r["itemReviewed"]["appearance"]["url"] + "#")


def test_a_local_original_is_no_first_appearance(report):
    article = report.articles[0]
    quotes = [q.model_copy(update={"evidence": q.evidence.model_copy(
        update={"url": "originals/interview.txt"})}) if q.evidence else q for q in article.quotes]
    local = report.model_copy(update={"articles": [article.model_copy(
        update={"quotes": quotes})]})
    reviews = json.loads(render(local, OutputFormat.CLAIMREVIEW, ctx()))
    jsonschema.validate(reviews, SCHEMA)
    assert all("firstAppearance" not in r["itemReviewed"] for r in reviews)


def test_an_unnamed_credit_is_no_person(report):
    reviews = json.loads(render(report, OutputFormat.CLAIMREVIEW, ctx()))
    by_text = {r["claimReviewed"]: r["itemReviewed"] for r in reviews}
    assert by_text["We will keep the plant open"]["author"] == {"@type": "Person",
                                                                "name": "Jane Doe"}
    # Credited in the fixture to "a spokesperson": no author rather than a Person so named.
    assert "author" not in by_text["The plan stands as it was agreed"]


def _moved(report, *inputs: str):
    article = report.articles[0]
    return report.model_copy(update={"articles": [
        article.model_copy(update={"input": i}) for i in inputs]})


def test_a_base_url_stands_for_the_common_folder_of_the_drafts(report):
    one = _moved(report, "drafts/budget-story.md")
    review = json.loads(render(one, OutputFormat.CLAIMREVIEW,
                               ctx(published_url="https://news.example/drafts/")))[0]
    assert review["itemReviewed"]["appearance"]["url"] == "https://news.example/drafts/budget-story"
    two = _moved(report, "drafts/budget-story.md", "drafts/2026/vote.md")
    urls = {r["itemReviewed"]["appearance"]["url"] for r in json.loads(
        render(two, OutputFormat.CLAIMREVIEW, ctx(published_url="https://news.example/drafts/")))}
    assert urls == {"https://news.example/drafts/budget-story",
                    "https://news.example/drafts/2026/vote"}


def test_the_common_folder_of_inputs_as_given(tmp_path):
    (tmp_path / "drafts" / "2026").mkdir(parents=True)
    a, b = tmp_path / "drafts" / "a.md", tmp_path / "drafts" / "2026" / "b.md"
    a.write_text("x"), b.write_text("x")
    assert common_folder([str(b)]) == b.parent
    assert common_folder([str(a), str(b)]) == a.parent
    assert common_folder([str(tmp_path / "drafts")]) == a.parent  # a folder is itself
    assert common_folder(["https://news.example/story"]) is None


def test_the_command_maps_a_draft_in_a_folder_once(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "src.txt").write_text(
        'The council met. "People by the river will finally sleep through a storm," said '
        "Tom Okafor.\n")
    (tmp_path / "drafts" / "budget-story.md").write_text(
        '"People by the river will finally sleep through a storm," a senior adviser said.\n')
    r = subprocess.run(
        [VERIFY, "check", "drafts/budget-story.md", "--source", "src.txt", "--no-semantic",
         "--cache-dir", "c", "--format", "claimreview", "--reviewer", "Desk",
         "--reviewer-url", "https://desk.example.org",
         "--published-url", "https://news.example/drafts/"],
        cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert r.returncode == 0, r.stderr
    (review,) = json.loads(r.stdout)
    jsonschema.validate([review], SCHEMA)
    assert review["itemReviewed"]["appearance"]["url"] == "https://news.example/drafts/budget-story"
    assert "author" not in review["itemReviewed"]  # "a senior adviser" is no Person
    assert "firstAppearance" not in review["itemReviewed"]  # src.txt has no public address


@pytest.mark.parametrize("base, want", [
    ("https://news.example/2026/story", "https://news.example/2026/story"),
    ("https://news.example/", "https://news.example/budget-story"),
])
def test_a_single_url_is_used_as_given_and_a_base_takes_the_name(report, base, want):
    one = _moved(report, "drafts/budget-story.md")
    review = json.loads(render(one, OutputFormat.CLAIMREVIEW, ctx(published_url=base)))[0]
    assert review["itemReviewed"]["appearance"]["url"] == want
