"""The outlet credit against the page, on invented pages: an outlet the registry does not
know, an ambiguous name and a page citing the outlet never turn faithful words into
MISATTRIBUTED; a publication read as a speaker is not a person to contradict."""

from dataclasses import replace

import pytest

from verify.input.text import text_to_document
from verify.match.interface import AttributionStatus, Verdict
from verify.match.verdicts import SourceIndex, judge
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind

WORDS = "We simply cannot afford the fuel for the weekend crossings any longer"
PAGE = ("Ferry to stop on weekends\n\n"
        "The harbour ferry will stop running on weekends from next month, the operator "
        "said on Tuesday.\n\n"
        f'"{WORDS}," said Ana Ruiz, who runs the service.\n\n'
        "Passengers said they would miss it.\n")


def source(url, text=PAGE, site_name=None):
    doc = text_to_document(text, input="page.txt", kind="text", url=url)
    return SourceIndex(replace(doc, site_name=site_name))


def judged(src, registry, *, speaker=None, outlet_id=None, others=(), words=WORDS):
    quotes = extract(src.doc, registry)
    outlet = registry.get(outlet_id).name if outlet_id else None
    quote = Quote("q", 0, 0, words, QuoteKind.QUOTE, speaker=speaker, outlet=outlet,
                  outlet_id=outlet_id, outlet_others=others)
    return judge(quote, src, registry=registry, embedder=None, source_quotes=lambda: quotes)


def test_an_unlisted_outlet_is_confirmed_on_its_own_site(registry):
    j = judged(source("https://www.harborgazette.example/2026/ferry"), registry,
               outlet_id="unlisted:Harbor Gazette")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.CONFIRMED
    assert "published by Harbor Gazette" in j.attribution.note
    j = judged(source("https://news.example/ferry", site_name="The Harbor Gazette"), registry,
               outlet_id="unlisted:Harbor Gazette")
    assert j.attribution.status is AttributionStatus.CONFIRMED


def test_an_unlisted_outlet_is_never_contradicted(registry):
    j = judged(source("https://www.coastwire.example/ferry-copy"), registry,
               outlet_id="unlisted:Harbor Gazette")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "not in the outlet registry" in j.attribution.note


def test_a_listed_outlet_is_contradicted_by_another_site_that_does_not_cite_it(registry):
    j = judged(source("https://www.coastwire.example/ferry-copy"), registry, outlet_id="bbc")
    assert j.verdict is Verdict.MISATTRIBUTED
    assert "not in BBC as the article says" in j.explanation


def test_an_ambiguous_outlet_is_confirmed_by_either_and_contradicted_by_neither(registry):
    # "ABC" in a story that does not say which: the US network, or the Australian one.
    au = judged(source("https://www.abc.net.au/news/ferry"), registry, outlet_id="abc-us",
                others=("abc-au",))
    assert au.verdict is Verdict.VERBATIM
    assert au.attribution.status is AttributionStatus.CONFIRMED
    elsewhere = judged(source("https://www.coastwire.example/ferry-copy"), registry,
                       outlet_id="abc-us", others=("abc-au",))
    assert elsewhere.verdict is Verdict.VERBATIM
    assert "may mean" in elsewhere.attribution.note


@pytest.mark.parametrize("cited", [
    f'"{WORDS}," Ana Ruiz told the BBC on Tuesday.',  # beside the words
])
def test_a_page_that_cites_the_outlet_beside_the_words_confirms_it(registry, cited):
    page = PAGE.replace(f'"{WORDS}," said Ana Ruiz, who runs the service.', cited)
    j = judged(source("https://www.coastwire.example/ferry-copy", page), registry,
               speaker="Ana Ruiz", outlet_id="bbc")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.CONFIRMED


def test_a_page_that_cites_the_outlet_anywhere_does_not_contradict_it(registry):
    far = PAGE + "\n\n" + "The service was busy all summer. " * 80 + (
        "\n\nThe BBC first reported the closure plan.\n")
    j = judged(source("https://www.coastwire.example/ferry-copy", far), registry,
               outlet_id="bbc")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "cites BBC away from the words" in j.attribution.note


def test_a_publication_read_as_a_speaker_is_not_contradicted_by_the_person_quoted(registry):
    j = judged(source("https://www.coastwire.example/ferry-copy"), registry,
               speaker="Harbor Gazette")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "is a publication" in j.attribution.note
    # A name of no shape is confirmed when the page is published under it.
    j = judged(source("https://www.ridgeline.example/ferry"), registry, speaker="Ridgeline")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.CONFIRMED
    # A name shaped like a possessive, on the site of that name.
    j = judged(source("https://www.ridgers.example/ferry"), registry, speaker="Ridger’s")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.note.startswith("published by Ridger’s")
    # A site name with a second name in parentheses.
    j = judged(source("https://news.example/ferry", site_name="Ridgeline Daily (RD News)"),
               registry, speaker="Ridgeline Daily")
    assert j.verdict is Verdict.VERBATIM, j.attribution.note
    # A person is still contradicted.
    j = judged(source("https://www.coastwire.example/ferry-copy"), registry, speaker="Tom Reyes")
    assert j.verdict is Verdict.MISATTRIBUTED


def test_a_story_carried_from_the_credited_outlet_is_confirmed_by_its_byline(registry):
    # A syndicated copy: the page is another site's, its byline names the outlet.
    doc = text_to_document(PAGE, input="page.txt", kind="text",
                           url="https://www.coastwire.example/ferry-copy")
    src = SourceIndex(replace(doc, author="Joe Davidson BBC"))
    j = judged(src, registry, outlet_id="bbc")
    assert j.verdict is Verdict.VERBATIM, j.explanation
    assert "byline credits BBC" in j.attribution.note
