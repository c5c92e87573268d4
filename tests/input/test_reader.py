import codecs

import pytest

from tests.conftest import BBC
from verify.errors import InputError
from verify.input.reader import document_from_bytes, kind_for, read_local


def test_html_file_goes_through_trafilatura_with_metadata_and_links():
    doc = read_local(str(BBC))
    assert doc.kind == "html"
    assert doc.title == "Taylor Swift's AMA row seems to be over"
    assert doc.published == "2019-11-19"
    assert doc.url == "https://www.bbc.com/news/newsbeat-50470672"
    assert '"I just want to be able to perform my own music," she said.' in doc.text
    link = next(lk for lk in doc.links if "tumblr" in lk.url)
    assert doc.text[link.start:link.end] == "a Tumblr post"


@pytest.mark.parametrize(("name", "kind"), [("a.html", "html"), ("a.HTM", "html"),
                                            ("a.md", "markdown"), ("a.markdown", "markdown"),
                                            ("a.txt", "text"), ("a.rst", "text")])
def test_kind_from_suffix(name, kind):
    assert kind_for(name) == kind


def test_bad_inputs_raise_one_clear_error(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02PNG")
    cases = {str(tmp_path / "missing.md"): "no such file", str(tmp_path): "is a folder",
             str(tmp_path / "empty.txt"): "empty", str(tmp_path / "bin.txt"): "binary"}
    for spec, message in cases.items():
        with pytest.raises(InputError, match=message):
            read_local(spec)


def test_paywall_is_detected_from_json_ld_graph():
    html = (b'<html><head><script type="application/ld+json">{"@graph": [{"@type": '
            b'"NewsArticle", "isAccessibleForFree": "False"}]}</script></head>'
            b"<body><article><p>Only the first paragraph of this story is here.</p>"
            b"</article></body></html>")
    assert document_from_bytes(html, input="x.html").paywalled


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", codecs.BOM_UTF16_LE),
                                           ("utf-16-be", codecs.BOM_UTF16_BE),
                                           ("utf-32-le", codecs.BOM_UTF32_LE),
                                           ("utf-8", codecs.BOM_UTF8)])
def test_text_with_a_byte_order_mark_is_read_as_text(encoding, bom):
    from verify.input.reader import document_from_bytes

    text = '“We will not back down,” the minister said. Café, naïve.\n'
    doc = document_from_bytes(bom + text.encode(encoding), input="d.txt")
    assert doc.text.strip() == text.strip()


def test_a_staged_file_is_read_from_its_bytes_or_its_path_under_the_name_given(tmp_path):
    real = tmp_path / "elsewhere.md"
    real.write_text("# Title\n\nSome words.\n")
    on_disk = read_local(str(real))
    for staged in (real.read_bytes(), str(real)):
        doc = read_local("arts/story.md", files={"arts/story.md": staged})
        assert doc.input == "arts/story.md" and doc.text == on_disk.text
        assert doc.kind == on_disk.kind  # the name's suffix, as for the file itself
    with pytest.raises(InputError, match="larger than the article size cap"):
        read_local("big.txt", files={"big.txt": b"x" * 11}, max_bytes=10)
