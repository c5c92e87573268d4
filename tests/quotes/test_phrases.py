"""The noun-phrase finders on their own: where a subject starts and where it does not."""

from verify.input.text import text_to_document
from verify.outlets import OutletRegistry
from verify.quotes.context import ArticleContext
from verify.quotes.marks import find_quotes
from verify.quotes.phrases import phrase_at, subject_after, subject_before


def context(text: str) -> ArticleContext:
    doc = text_to_document(text, input="t", kind="text")
    return ArticleContext(doc.text, doc.blocks, find_quotes(doc.text, doc.blocks),
                          OutletRegistry.load())


def test_a_leading_preposition_opens_no_subject():
    text = "With Labour leaders worried, the party has a slogan."
    assert phrase_at(context(text), 0, len(text)) is None


def test_a_role_between_two_names_gives_the_second():
    text = "Labour campaign director Ruth Kemp wrote a column."
    found = phrase_at(context(text), 0, len(text))
    assert found is not None and found.text == "Ruth Kemp"


def test_a_bare_description_after_a_verb_stops_at_function_words():
    text = "said health secretary."
    found = subject_after(context(text), 4, len(text))
    assert found is not None and found.text == "health secretary"
    text = "shouted to the crowd."
    assert subject_after(context(text), 7, len(text)) is None


def test_those_close_to_someone_are_a_subject():
    text = "Two people familiar with the plans said"
    found = subject_before(context(text), 0, text.index(" said"))
    assert found is not None and found.text == "Two people familiar with the plans"
