"""PDF originals: real PDFs of corpus texts made by Chromium, LibreOffice and reportlab (two
columns), read page by page; every quotation of their text checked against them."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from verify.errors import InputError
from verify.fetch.client import FetchConfig
from verify.input.pdf import PdfLimits, inflated_size, pdf_to_document
from verify.input.reader import kind_for, read_local
from verify.pipeline import CheckOptions, check
from verify.reasons import Reason

FIXTURES = Path(__file__).parent.parent / "fixtures" / "pdf"
CORPUS = Path("/work/shared/corpus/groundtruth")
EXTRA = Path("/work/shared/corpus-extra/reference")
#: Each test PDF and the corpus text it was made of (scripts/make_test_pdfs.py).
MADE_OF = {
    "chromium-cnbc": CORPUS / "cnbc__fundus__cnbc-2023-04-28.txt",
    "chromium-detroit-news": CORPUS / "the-detroit-news__aeb__40651467-7de524.txt",
    "chromium-bbc": CORPUS / "bbc__rdb__bbc-1.txt",
    "chromium-yahoo": EXTRA / "rd-yahoo-3.txt",
    "libreoffice-ap-sondland":
        CORPUS / "associated-press-hosted__aeb__unpredictable-sondland-faces-q-82b6d7.txt",
    "libreoffice-fox-news": CORPUS / "fox-news__fundus__foxnews-2023-04-28.txt",
    "libreoffice-live-science": CORPUS / "live-science__aeb__feather-duvet-lung-html-bd673b.txt",
    "libreoffice-herald-sun": EXTRA / "rd-herald-sun-1.txt",
    "twocol-spokesman-review":
        CORPUS / "the-spokesman-review__aeb__meth-were-on-it-spokane-ad-age-c13b9c.txt",
    "twocol-cbc": CORPUS / "cbc-news__fundus__cbcnews-2024-08-08.txt",
    "twocol-sportsnet": CORPUS / "sportsnet__aeb__argentina-comfortably-wins-dav-0d4612.txt",
    "twocol-taipei-times": CORPUS / "taipei-times__fundus__taipeitimes-2024-10-15.txt",
}
QUOTATION = re.compile(r"“([^”\n]{2,})”|\"([^\"\n]{2,})\"")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")


def quotations(text: str) -> list[str]:
    """Every quotation of a text: inside “…” or "…", within a paragraph."""
    return [a or b for a, b in QUOTATION.findall(text)]


def paragraphs(path: Path) -> list[str]:
    return [" ".join(p.split()) for p in path.read_text(encoding="utf-8").splitlines()
            if p.strip()]


def letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def pages_of(pdf: Path, quote: str) -> set[int]:
    """The pages a quotation starts on (a text may quote the same words twice), found in
    PDFium's raw text of each page (letters only, so hyphens, line breaks and headers cannot
    hide it), independently of the reader."""
    doc = pdfium.PdfDocument(pdf)
    pages = [letters(doc[n].get_textpage().get_text_range()) for n in range(len(doc))]
    probe = letters(quote)[:24]
    found = {n + 1 for n, text in enumerate(pages) if probe in text}
    # Else the probe itself runs over a page break: where its first half ends a page.
    return found or {n + 1 for n, text in enumerate(pages) if probe[:12] in text[-200:]}


def check_against(tmp_path: Path, draft_text: str, source: str) -> list:
    draft = tmp_path / "draft.md"
    draft.write_text(draft_text, encoding="utf-8")
    opts = CheckOptions(semantic=False, search=[], sources=[source],
                        fetch=FetchConfig(cache_dir=tmp_path / "cache",
                                          allow_private_network=True, timeout=5))
    return check([str(draft)], opts).articles[0].quotes


def test_a_pdf_is_known_by_its_bytes_its_content_type_or_its_name():
    assert kind_for("x", None, b"%PDF-1.7\n...") == "pdf"
    assert kind_for("x", "application/pdf") == "pdf"
    assert kind_for("https://example.org/statement.PDF?download=1") == "pdf"


@needs_corpus
@pytest.mark.parametrize("stem", sorted(MADE_OF))
def test_the_text_comes_back_paragraph_by_paragraph(stem):
    doc = read_local(str(FIXTURES / f"{stem}.pdf"))
    source = paragraphs(MADE_OF[stem])
    blocks = {doc.text[b.start:b.end] for b in doc.blocks}
    assert doc.kind == "pdf"
    assert [x.location.page for x in doc.locations] == list(range(1, len(doc.locations) + 1))
    assert not re.search(r"Page \d+ of \d+|file:///|Weekly news digest", doc.text[200:])
    assert not re.search("[\ufb00-\ufb06\u00ad\ufffe\u2010]", doc.text)
    # Paragraphs come back exactly (224 of 232 in all; the rest: a compound's hyphen lost at a line end,
    # characters the producer's font lacks, a one-page PDF's header, which cannot repeat).
    assert sum(p in blocks for p in source) >= 0.75 * len(source), stem


def test_words_hyphenated_at_line_ends_are_whole_and_headers_are_gone():
    doc = read_local(str(FIXTURES / "libreoffice-herald-sun.pdf"))
    # "enforce-" ends page 1 above its footer; "ment" begins page 2 below its header.
    assert "security and law enforcement agencies" in doc.text
    assert "Page 1 of 4" not in doc.text and "Herald Sun" not in doc.text
    two = read_local(str(FIXTURES / "twocol-cbc.pdf"))
    assert "defiant" in two.text and "ﬁ" not in two.text


@needs_corpus
@pytest.mark.parametrize("stem", sorted(MADE_OF))
def test_every_quotation_is_found_on_its_page(tmp_path, stem):
    pdf = FIXTURES / f"{stem}.pdf"
    quotes = quotations(MADE_OF[stem].read_text(encoding="utf-8"))
    results = check_against(tmp_path, "".join(f"“{q}”\n\n" for q in quotes), str(pdf))
    assert len(results) == len(quotes)
    for q, r in zip(quotes, results, strict=True):
        assert r.verdict.value in {"VERBATIM", "MINOR_VARIATION"}, (q, r.explanation)
        assert r.evidence.location.kind == "page", q
        assert r.evidence.location.page in pages_of(pdf, q), q


@needs_corpus
def test_a_number_changed_inside_a_quotation_is_still_altered(tmp_path):
    changed = 0
    for stem, text in MADE_OF.items():
        for q in quotations(text.read_text(encoding="utf-8")):
            m = re.search(r"\d+", q)
            if m and len(q.split()) >= 5:
                wrong = q[:m.start()] + str(int(m.group()) + 7) + q[m.end():]
                (r,) = check_against(tmp_path, f"“{wrong}”\n", str(FIXTURES / f"{stem}.pdf"))
                assert r.verdict.value == "ALTERED", (stem, wrong)
                assert any(d.kind == "number" for d in r.evidence.differences)
                changed += 1
    assert changed >= 3


def test_a_quotation_over_a_page_break_is_verbatim_on_the_page_it_starts(tmp_path):
    # Page 1 of the Herald Sun PDF ends inside "law enforce-ment"; the sentence runs on.
    quote = ("store so-called “metadata” — the who, where, when and how of a communication, "
             "but not its content — for two years so security and law enforcement agencies")
    (r,) = check_against(tmp_path, f"The bill would require providers to “{quote}”.\n",
                         str(FIXTURES / "libreoffice-herald-sun.pdf"))
    assert r.verdict.value in {"VERBATIM", "MINOR_VARIATION"}, r.explanation
    assert r.evidence.location.page == 1


def test_a_scan_without_a_text_layer_is_unavailable_never_not_found(tmp_path):
    with pytest.raises(InputError) as err:
        read_local(str(FIXTURES / "image-only-cnbc.pdf"))
    assert err.value.code is Reason.NO_TEXT_LAYER and "no text layer" in str(err.value)
    (r,) = check_against(tmp_path, "“I don't imagine friends are talking about when they "
                                   "lost money,” said Lee Baker.\n",
                         str(FIXTURES / "image-only-cnbc.pdf"))
    assert (r.verdict.value, r.reason) == ("SOURCE_UNAVAILABLE", "no-text-layer")
    assert "no text layer" in r.candidates[0].status


def test_a_locked_pdf_and_a_damaged_one_say_so():
    with pytest.raises(InputError) as locked:
        read_local(str(FIXTURES / "encrypted-yahoo.pdf"))
    assert locked.value.code is Reason.ENCRYPTED
    data = (FIXTURES / "chromium-yahoo.pdf").read_bytes()
    with pytest.raises(InputError) as damaged:
        pdf_to_document(data[:3000], input="cut.pdf")
    assert damaged.value.code is Reason.UNREADABLE and "damaged PDF" in str(damaged.value)


def test_a_pdf_linked_from_the_draft_and_served_as_application_pdf(tmp_path, httpserver):
    httpserver.expect_request("/statement").respond_with_data(
        (FIXTURES / "libreoffice-ap-sondland.pdf").read_bytes(), content_type="application/pdf")
    url = httpserver.url_for("/statement")
    draft = tmp_path / "draft.md"
    draft.write_text(f"Holmes testified: “I then heard President Trump ask, quote, ‘So he’s "
                     f"going to do the investigation?’” ([statement]({url}))\n")
    opts = CheckOptions(semantic=False, search=[], fetch=FetchConfig(
        cache_dir=tmp_path / "cache", allow_private_network=True, timeout=5))
    (r,) = check([str(draft)], opts).articles[0].quotes
    assert r.verdict.value == "VERBATIM" and r.evidence.url == url
    assert r.evidence.location.model_dump() == {"kind": "page", "page": 2}


def test_caps_end_the_reading_with_their_reason():
    data = (FIXTURES / "libreoffice-50-pages.pdf").read_bytes()
    for limits, code, words in [
        (PdfLimits(max_pages=10), Reason.TOO_LARGE, "52 pages, over the cap of 10"),
        (PdfLimits(max_chars=10_000), Reason.TOO_LARGE, "over 10,000 characters"),
        (PdfLimits(max_bytes=1000), Reason.TOO_LARGE, "larger than the cap"),
        (PdfLimits(max_inflated=100_000), Reason.TOO_LARGE, "inflate to over"),
        (PdfLimits(seconds=0), Reason.TIME_BUDGET, "took over 0 s"),
    ]:
        with pytest.raises(InputError) as err:
            pdf_to_document(data, input="long.pdf", limits=limits)
        assert err.value.code is code and words in str(err.value), words
    assert 0 < inflated_size(data, 10**9) < 5_000_000


def test_fifty_pages_read_in_well_under_two_seconds():
    data = (FIXTURES / "libreoffice-50-pages.pdf").read_bytes()
    t0 = time.perf_counter()
    doc = pdf_to_document(data, input="long.pdf")
    assert len(doc.locations) == 52
    assert time.perf_counter() - t0 < 2.0
