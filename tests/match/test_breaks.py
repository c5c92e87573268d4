"""Boundaries between a source's words (invented sentences)."""

import pytest

from verify.input.text import text_to_document
from verify.match.breaks import Breaks
from verify.match.normalize import Tokens


def breaks_of(text):
    doc = text_to_document(text, input="s.txt", kind="text")
    tokens = Tokens.of(doc.text)
    return tokens, Breaks(tokens, [b.start for b in doc.blocks])


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("“The plan worked,” she said.", "she", True),  # a closing mark
    ("The plan worked. Nothing changed.", "nothing", True),  # a sentence end
    ("The plan worked\n\nnot one of them agreed.", "not", True),  # a paragraph end
    ("‘The plan worked’, she said.", "she", True),  # a single closing mark
    ("The plan worked in the U.S. not in Europe.", "not", False),  # an initial
    ("The plan of Mr. Smith worked.", "smith", False),  # an abbreviation
    ("The workers’ plan worked.", "plan", False),  # an apostrophe
    ("The plan worked, nobody said otherwise.", "nobody", False),
])
def test_boundaries(text, word, expected):
    tokens, breaks = breaks_of(text)
    assert breaks.boundary(tokens.keys.index(word)) is expected
