"""Quotes translated from another language against real pages (corpus-intl, one per
language): the page's language is named, the passage it translates is found among the
other pages, and a changed rendering is flagged."""

import gzip
from pathlib import Path

import pytest

from verify.input.html import html_to_document
from verify.match.interface import Verdict
from verify.match.language import detect
from verify.match.select import QuotePlan, ReadSource, judge_all
from verify.match.verdicts import SourceIndex
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
NAMES = {"fr": "intl-fr-lefigaro-2024-11-22", "es": "intl-es-publico-2025-05-29",
         "de": "intl-de-tonline-2026-04-15"}


def source(name):
    html = gzip.decompress((PAGES / f"{name}.html.gz").read_bytes()).decode("utf-8")
    doc = html_to_document(html, input=name, whole_page=True)
    return ReadSource(SourceIndex(doc), name)


@pytest.fixture(scope="module")
def pages():
    return {lang: source(name) for lang, name in NAMES.items()}


def judge(registry, pages, text, speaker=None):
    srcs = list(pages.values())
    quote = Quote("q1", 0, 0, text, QuoteKind.QUOTE, speaker=speaker)
    (outcome,) = judge_all([QuotePlan(quote, tuple(range(len(srcs))))], srcs,
                           registry=registry,
                           source_quotes=lambda i: extract(srcs[i].index.doc, registry))
    return outcome.judgement, srcs[outcome.source].locator if outcome.source is not None else None


@pytest.mark.parametrize("lang", ["fr", "es", "de"])
def test_each_pages_language_is_named(pages, lang):
    assert detect(pages[lang].index.doc.main_text) == lang


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "We have practically thwarted their entire campaign for 2025",
     "Nous avons pratiquement fait échouer toute leur campagne pour 2025"),
    ("es", "15 days of partying is savage", "salvajada"),
    ("de", "Could someone please tell Pope Leo that Iran has killed at least 42,000 innocent, "
           "completely unarmed protesters in the last two months",
     "42.000 unschuldige"),
])
def test_the_translated_passage_is_found_among_the_pages(registry, pages, lang, text, words):
    j, where = judge(registry, pages, text)
    assert j.verdict is Verdict.TRANSLATION, j.explanation
    assert where == NAMES[lang] and words in j.passage and j.language == lang


def test_a_changed_number_on_a_real_page_is_altered(registry, pages):
    j, _ = judge(registry, pages, "Could someone please tell Pope Leo that Iran has killed at "
                                  "least 24,000 innocent, completely unarmed protesters in the "
                                  "last two months")
    assert j.verdict is Verdict.ALTERED and "42.000" in j.explanation
