"""A source is read whole: the words a main-content extraction drops are still on the page."""

import gzip

import pytest

from tests.conftest import FIXTURES
from verify.input.html import html_to_document
from verify.input.wholepage import other_passages

PAGES = FIXTURES / "pages"


def page(name: str) -> str:
    return gzip.decompress((PAGES / f"{name}.html.gz").read_bytes()).decode("utf-8")


def whole(name: str):
    return html_to_document(page(name), input=name, whole_page=True)


def test_an_article_rendered_from_embedded_state_is_read_from_it():
    # A magazine page: the extractor keeps a few paragraphs; the rest lives in the page's
    # JSON-LD articleBody and in JsonML bodies inside window.__PRELOADED_STATE__.
    doc = whole("newyorker-jsonml-state")
    words = ("The way of thinking that humans are entitled to change and manipulate our "
             "surroundings has actually brought us into the climate crisis")
    assert words not in doc.main_text
    at = doc.text.index(words)
    assert at >= doc.main_end
    assert doc.origin_at(at) in {"page", "json-ld", "state"}


def test_paragraphs_in_a_container_the_extractor_skips_are_read():
    doc = whole("wired-skipped-container")
    words = "I was stunned just to see how many people visited my profile"
    assert words not in doc.main_text
    assert words in doc.text[doc.main_end:]


def test_a_lost_paragraph_comes_with_its_neighbour_so_one_answer_reads_as_one():
    # An answer over several paragraphs: the extractor drops the last one; read whole,
    # the page gives it with the paragraph before it, so the answer reads as one passage.
    doc = whole("inews-advert-between-paragraphs")
    lost = "“This isn’t a distant, future problem."
    assert lost not in doc.main_text
    rest = doc.text[doc.main_end:]
    before = "“I am scared for my children, I can’t sleepwalk them into a future"
    assert before in doc.main_text
    assert rest.index(before) < rest.index(lost)


def test_the_main_text_and_its_offsets_stay_as_they_were():
    html = page("wired-skipped-container")
    plain = html_to_document(html, input="p")
    doc = html_to_document(html, input="p", whole_page=True)
    assert doc.main_text == plain.text
    assert doc.blocks[:len(plain.blocks)] == plain.blocks
    assert all(b.origin for b in doc.blocks[len(plain.blocks):])
    assert doc.origin_at(0) == ""


def test_an_article_is_read_as_its_main_content_only():
    doc = html_to_document(page("wired-skipped-container"), input="p")
    assert doc.main_end is None
    assert doc.main_text == doc.text


@pytest.mark.parametrize("script", [
    '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"story": '
    '{"body": "<p>The mayor said the plan &ldquo;will not survive the winter&rdquo; if '
    'nothing changes.</p><p>Nobody answered the letter.</p>"}}}}</script>',
    '<script>window.__APOLLO_STATE__ = {"Article:1": {"content": ["root", ["p", {}, "The '
    'mayor said the plan “will not survive ", ["em", "the winter"], "” if nothing '
    'changes."]]}};</script>',
    '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "The mayor '
    'said the plan “will not survive the winter” if nothing changes.\\nAnother line."}'
    '</script>',
])
def test_prose_in_embedded_data_is_read_in_its_paragraphs(script):
    html = f"<html><head>{script}</head><body><p>Short teaser only.</p></body></html>"
    texts = [p.text for p in other_passages(html, "Short teaser only.")]
    assert "The mayor said the plan “will not survive the winter” if nothing changes." in texts


def test_settings_labels_and_what_the_main_text_holds_are_not_added():
    html = ('<html><body><nav><a>Home</a><a>World</a></nav><article><p>The council voted '
            'on Tuesday to close the bridge for repairs.</p></article><script>'
            'window.__STATE__ = {"theme": "dark", "label": "Sign in", "url": '
            '"https://example.com/a/b/c", "copy": "The council voted on Tuesday to close '
            'the bridge for repairs."};</script></body></html>')
    assert other_passages(html, "The council voted on Tuesday to close the bridge for "
                                "repairs.") == []


def test_hostile_markup_and_data_cost_a_bounded_read():
    deep = "<div>" * 5000 + "words " * 10 + "</div>" * 5000
    nested = "[" * 100_000 + "]" * 100_000
    html = (f"<html><body>{deep}<script type='application/json'>{nested}</script>"
            "<script>window.x = {unclosed</script></body></html>")
    passages = other_passages(html, "")
    assert sum(len(p.text) for p in passages) < 1000
    assert other_passages("", "") == []
    assert other_passages("\x00\x01", "") == []
