from tests.conftest import SEED
from verify.input.text import markdown_blocks, markdown_links, text_blocks, text_to_document


def test_pdf_text_paragraphs_follow_indentation_not_line_breaks():
    text = SEED.read_text("utf-8")
    blocks = text_blocks(text)
    firsts = [text[b.start:b.end].split("\n")[0] for b in blocks]
    assert "On Tuesday, Ukraine launched its second drone strike" in firsts
    # The page break inside "Democratic\n\nRepresentative" does not split the paragraph.
    nadler = next(text[b.start:b.end] for b in blocks if "Nadler" in text[b.start:b.end])
    assert nadler.startswith("Last week, a far-right reporter")


def test_blank_line_paragraphs():
    text = "First para\nstill first.\n\nSecond para."
    blocks = text_blocks(text)
    assert [text[b.start:b.end] for b in blocks] == ["First para\nstill first.", "Second para."]


def test_markdown_blocks_and_blockquotes():
    text = "# Title\n\nPara one\nline two.\n\n> quoted line\n> more\n\n- item\n"
    blocks = markdown_blocks(text)
    assert [text[b.start:b.end] for b in blocks] == [
        "# Title", "Para one\nline two.", "> quoted line\n> more", "- item"]
    assert [b.blockquote for b in blocks] == [False, False, True, False]


def test_markdown_links_point_at_anchor_text():
    text = 'See [the report](https://ex.org/r "t") and <https://a.org/x> or https://b.org/y.\n' \
           "[ref]: https://c.org/z\nA [ref link][ref]."
    links = markdown_links(text)
    assert [(lk.url, text[lk.start:lk.end]) for lk in links] == [
        ("https://ex.org/r", "the report"), ("https://a.org/x", "https://a.org/x"),
        ("https://b.org/y", "https://b.org/y"), ("https://c.org/z", "ref link")]


def test_offsets_are_the_files_own_characters():
    text = "Line one\r\nHe said “hello there friend.”\r\n"
    doc = text_to_document(text, input="x.txt", kind="text")
    at = text.index("“")
    assert doc.line_col(at) == (2, 9)
    assert doc.text == text
