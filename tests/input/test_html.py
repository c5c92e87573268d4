"""Reading an HTML page: block quotations the extractor flattens are still quotations."""

from verify.input.html import mark_blockquotes
from verify.input.interface import TextBlock


def test_paragraphs_a_page_sets_in_a_blockquote_are_quotation_blocks():
    text = ("Speaking after the talks, the prime minister said:\n\n"
            "We are going to be a key part of the coalition that provides support.\n\n"
            "Talks resumed later in the afternoon.")
    first = text.index("We are")
    blocks = [TextBlock(0, first - 2), TextBlock(first, text.index("\n\nTalks")),
              TextBlock(text.index("Talks resumed"), len(text))]
    page = ("<html><body><p>Speaking after the talks, the prime minister said:</p>"
            "<blockquote class='x'><p><svg><path d='M9Z'></path></svg>We are going to be a "
            "key part of the coalition that provides support.</p></blockquote>"
            "<p>Talks resumed later in the afternoon.</p></body></html>")
    assert [b.blockquote for b in mark_blockquotes(blocks, text, page)] == [False, True, False]
