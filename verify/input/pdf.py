"""A PDF to :class:`Document`: its text layer, page by page, re-flowed into paragraphs.

Read with pypdfium2 (PDFium; Apache-2.0 or BSD-3-Clause): about 0.1 s for 50 pages, where
pypdf (BSD-3) took 1.3-1.6 s for the same pages and gives no line positions. What a
producer puts in the text flow that is not the text is taken out:

- words hyphenated at a line end are joined (PDFium marks such hyphens; a hard hyphen
  left at a line end joins without a space), ligature characters (U+FB00-FB06) are spelled
  out;
- running headers and footers (a top or bottom line repeated on half the pages or more,
  digits aside) and page numbers ("3", "Page 3 of 9", "- 3 -", "3/9") are dropped;
- lines are joined into paragraphs by their positions (a gap wider than the line spacing,
  an indented first line, or a short line that ends a sentence), so a sentence runs on over
  a line, column or page break.

:attr:`Document.locations` holds one stretch per page, so evidence says its page. A PDF
is untrusted input: its pages, its characters, the bytes its compressed streams inflate to
and the time its reading takes are capped, and each cap ends the reading with its reason.
"""

from __future__ import annotations

import itertools
import re
import statistics
import time
import unicodedata
import zlib
from dataclasses import dataclass

from verify.errors import InputError
from verify.input.interface import Document, Located, Location, TextBlock
from verify.reasons import Reason


@dataclass(frozen=True, slots=True)
class PdfLimits:
    """The caps of one PDF's reading."""

    max_bytes: int = 50_000_000
    """The file itself."""
    max_pages: int = 2_000
    """Pages; a longer document is refused, not read in part."""
    max_chars: int = 5_000_000
    """Characters of text, all pages together."""
    max_inflated: int = 200_000_000
    """Bytes the compressed streams (content, fonts, object streams) inflate to, all
    together, measured before PDFium is given the file: a decompression bomb."""
    seconds: float = 20.0
    """Time for the whole reading, checked between pages."""


DEFAULT_LIMITS = PdfLimits()

_STREAM = re.compile(rb"stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_HYPHEN_MARKS = re.compile("[\u0002\u00ad]")
_LINE_BREAK = re.compile("(\r\n|\n|\r|\ufffe)")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffd\uffff]")
_PAGE_NUMBER = re.compile(r"(?i)^[-–—|\s]*(?:page|p\.|seite|pág\.?)?\s*\d{1,5}"
                          r"(?:\s*(?:of|/|von|de)\s*\d{1,5})?[-–—|\s]*$")
_SOFT_END = re.compile(r"[^\W\d_][\u2010\u00ad]$")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")


@dataclass(slots=True)
class _Line:
    """A line of PDFium's text with the boxes of its first and last characters (a line
    PDFium joined at a hyphen ends on the next line down)."""

    text: str
    page: int
    left: float
    right: float
    top: float
    """Top of the first character."""
    bottom: float
    """Bottom of the last character."""
    height: float
    """Height of the first character's box."""
    col_left: float = 0.0
    """Where the lines of its column start, and where the full ones end (:func:`_shape`)."""
    col_right: float = 0.0


def _refuse(name: str, message: str, code: Reason) -> InputError:
    return InputError(f"{name}: {message}", code=code)


def inflated_size(data: bytes, cap: int) -> int:
    """What the zlib-compressed streams of ``data`` inflate to, not counting images
    (PDFium does not decode them to read text), counted up to just past ``cap``: each is
    inflated in slices, and never kept."""
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 400):m.start()]
        if _IMAGE.search(head[head.rfind(b"obj"):] if b"obj" in head else head):
            continue
        inflate = zlib.decompressobj()
        pos = m.end()
        try:
            while not inflate.eof and pos < len(data):
                chunk = data[pos:pos + 65536]
                pos += len(chunk)
                while chunk:
                    total += len(inflate.decompress(chunk, 1 << 20))
                    if total > cap:
                        return total
                    chunk = inflate.unconsumed_tail
        except zlib.error:  # not zlib (another filter, encrypted): PDFium's own business
            continue
    return total


def pdf_to_document(data: bytes, *, input: str, url: str | None = None,
                    limits: PdfLimits = DEFAULT_LIMITS) -> Document:
    """Read a PDF's text layer; raise :class:`InputError` with the reason when it has none
    (``no-text-layer``), is locked (``encrypted``), is damaged beyond repair
    (``unreadable``), or is past a cap (``too-large``, ``time-budget``)."""
    import pypdfium2 as pdfium

    t0 = time.monotonic()
    if len(data) > limits.max_bytes:
        raise _refuse(input, f"a PDF larger than the cap of {limits.max_bytes:,} bytes",
                      Reason.TOO_LARGE)
    inflated = inflated_size(data, limits.max_inflated)
    if inflated > limits.max_inflated:
        raise _refuse(input, f"a PDF whose compressed streams inflate to over "
                             f"{limits.max_inflated:,} bytes (a decompression bomb?)",
                      Reason.TOO_LARGE)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise _refuse(input, "the PDF is encrypted with a password, so its text cannot "
                                 "be read", Reason.ENCRYPTED) from exc
        raise _refuse(input, f"a damaged PDF PDFium could not open or repair ({exc})",
                      Reason.UNREADABLE) from exc
    try:
        return _read(pdf, input=input, url=url, limits=limits, t0=t0)
    finally:
        pdf.close()


def _read(pdf: object, *, input: str, url: str | None, limits: PdfLimits,
          t0: float) -> Document:
    import pypdfium2 as pdfium

    assert isinstance(pdf, pdfium.PdfDocument)
    pages = len(pdf)
    if pages > limits.max_pages:
        raise _refuse(input, f"a PDF of {pages:,} pages, over the cap of "
                             f"{limits.max_pages:,}", Reason.TOO_LARGE)
    chars = 0
    by_page: list[list[_Line]] = []
    for n in range(pages):
        if time.monotonic() - t0 > limits.seconds:
            raise _refuse(input, f"reading the PDF took over {limits.seconds:g} s "
                                 f"(stopped at page {n + 1} of {pages:,})",
                          Reason.TIME_BUDGET)
        page = pdf[n]
        try:
            textpage = page.get_textpage()
            try:
                count = textpage.count_chars()
                chars += count
                if chars > limits.max_chars:
                    raise _refuse(input, f"a PDF of over {limits.max_chars:,} characters "
                                         f"of text (page {n + 1} of {pages:,})",
                                  Reason.TOO_LARGE)
                by_page.append(_page_lines(textpage, count, n + 1))
            finally:
                textpage.close()
        finally:
            page.close()
    _drop_furniture(by_page)
    lines = [ln for page_lines in by_page for ln in page_lines]
    if not any(any(c.isalnum() for c in ln.text) for ln in lines):
        raise _refuse(input, f"no text layer: the {pages:,}-page PDF holds images of text "
                             "(a scan?), and it is not read by OCR", Reason.NO_TEXT_LAYER)
    return _document(lines, input=input, url=url, title=_title(pdf))


def _title(pdf: object) -> str | None:
    try:
        meta = pdf.get_metadata_dict(skip_empty=True)  # type: ignore[attr-defined]
    except Exception:  # metadata is a nicety; a broken Info dictionary loses nothing
        return None
    title = " ".join(str(meta.get("Title", "")).split())
    return title or None


def _page_lines(textpage: object, count: int, page: int) -> list[_Line]:
    """The page's lines in PDFium's order (the content's order), each with its box."""
    import pypdfium2.raw as pdfium_c

    # Undecodable characters replaced, not dropped. PDFium's text may still leave out a
    # character (a glyph mapped to nothing) or add one: text indices are translated.
    text = textpage.get_text_range(0, count, errors="replace")  # type: ignore[attr-defined]

    def box(text_index: int) -> tuple[float, float, float, float]:
        char = pdfium_c.FPDFText_GetCharIndexFromTextIndex(
            textpage.raw, text_index)  # type: ignore[attr-defined]
        return textpage.get_charbox(min(max(char, 0), count - 1),  # type: ignore[attr-defined]
                                    loose=True)

    out: list[_Line] = []
    pos = 0
    pieces = _LINE_BREAK.split(text)
    for i, raw in enumerate(pieces):
        start, pos = pos, pos + len(raw)
        if i % 2:  # a separator
            continue
        # PDFium joins a word hyphenated at a line end into one line, at U+FFFE: split it
        # again (the next line may be a footer, the word's end on the next page).
        hyphen = "\u00ad" if i + 1 < len(pieces) and pieces[i + 1] == "\ufffe" else ""
        body = _clean(raw).rstrip() + hyphen if hyphen else _clean(raw)
        if not body.strip():
            continue
        first = start + (len(raw) - len(raw.lstrip()))
        last = start + len(raw.rstrip()) - 1
        try:
            # Loose boxes (the font's ascent and descent): a quotation mark's tight box
            # would put its line's bottom at the cap height.
            left, bottom0, _, top = box(first)
            _, bottom, right, _ = box(max(last, first))
        except Exception:  # a character without a box: keep the line, placed nowhere
            left = right = bottom = bottom0 = top = 0.0
        out.append(_Line(" ".join(body.split()),
                         page, left, right, top, bottom, max(top - bottom0, 1.0)))
    return out


def _clean(text: str) -> str:
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _HYPHEN_MARKS.sub("", text)
    return _CONTROL.sub("", text)


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_furniture(by_page: list[list[_Line]]) -> None:
    """Take out running headers and footers and page numbers: among each page's two top
    and two bottom lines, those repeated (digits aside) on half the pages or more, and
    those that are only a page number."""
    def edges(lines: list[_Line]) -> list[_Line]:
        ordered = sorted(lines, key=lambda ln: -ln.top)
        return ordered[:2] + ordered[2:][-2:]

    def extremes(lines: list[_Line]) -> list[_Line]:
        return [max(lines, key=lambda ln: ln.top), min(lines, key=lambda ln: ln.top)] \
            if lines else []

    counts: dict[str, int] = {}
    for lines in by_page:
        for key in {_key(ln.text) for ln in edges(lines)}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, (len(by_page) + 1) // 2)
    for i, lines in enumerate(by_page):
        gone = {id(ln) for ln in edges(lines) if counts[_key(ln.text)] >= needed}
        gone |= {id(ln) for ln in extremes(lines) if _PAGE_NUMBER.match(ln.text)}
        by_page[i] = [ln for ln in lines if id(ln) not in gone]


def _breaks_paragraph(a: _Line, b: _Line, lead: float) -> bool:
    """Whether ``b`` starts a new paragraph after ``a`` (``lead``: the line spacing)."""
    height = max(a.height, b.height)
    ends = bool(_SENTENCE_END.search(a.text))
    short = a.right < a.col_right - 2.5 * height
    b_bottom = b.top - b.height
    below = b.page == a.page and a.bottom - b_bottom > 0.3 * height and b.top < a.top
    if below and b.col_left == a.col_left:  # the next line of the same column
        if a.bottom - b_bottom > 1.3 * lead:
            return True
        if b.left > b.col_left + 0.8 * height and a.left < a.col_left + 0.5 * height:
            return True  # an indented first line
        return short and ends
    if b.page == a.page and abs(a.bottom - b_bottom) <= 0.3 * height:
        return False  # the same line, in two pieces
    return short and ends  # a new column or page: only a finished short line ends it


def _shape(lines: list[_Line]) -> float:
    """A page's line spacing; and each line's column: lines whose starts lie within a few
    character heights of each other (an indent is one or two), with the left edge they
    start at and the right edge nine in ten of them reach."""
    gaps = [a.bottom - (b.top - b.height) for a, b in itertools.pairwise(lines)
            if 0.3 * b.height < a.bottom - (b.top - b.height) < 4 * b.height]
    column: list[_Line] = []
    for ln in [*sorted(lines, key=lambda x: x.left), None]:
        if column and (ln is None or ln.left - column[-1].left > 4 * max(ln.height, 1.0)):
            rights = sorted(x.right for x in column)
            for x in column:
                x.col_left, x.col_right = column[0].left, rights[int(len(rights) * 0.9)]
            column = []
        if ln is not None:
            column.append(ln)
    return statistics.median(gaps) if gaps else 14.0


def _document(lines: list[_Line], *, input: str, url: str | None,
              title: str | None) -> Document:
    leads = {page: _shape([ln for ln in lines if ln.page == page])
             for page in sorted({ln.page for ln in lines})}
    parts: list[str] = []
    size = 0
    blocks: list[TextBlock] = []
    page_starts: list[tuple[int, int]] = []
    block_start = 0
    prev: _Line | None = None
    for ln in lines:
        text = ln.text
        sep = ""
        if prev is not None:
            breaks = _breaks_paragraph(prev, ln, leads[prev.page])
            soft = bool(_SOFT_END.search(prev.text))
            if soft:
                # A word hyphenated at the line end ("inve‐" + "stors"); before a capital
                # or a digit, or at a paragraph's end, the hyphen was the word's own.
                keep = breaks or not text[:1].islower()
                parts[-1] = parts[-1][:-1] + ("-" if keep else "")
                size -= 0 if keep else 1
            if breaks:
                blocks.append(TextBlock(block_start, size))
                sep = "\n\n"
            elif not soft and not (prev.text.endswith("-") and prev.text[-2:-1].isalpha()
                                   and text[:1].islower()):
                sep = " "  # (a hard hyphen at the line end joins: "well-" + "known")
        parts.append(sep)
        size += len(sep)
        if sep == "\n\n" or prev is None:
            block_start = size
        if prev is None or prev.page != ln.page:
            page_starts.append((size, ln.page))
        parts.append(text)
        size += len(text)
        prev = ln
    if parts and parts[-1].endswith("\u00ad"):
        parts[-1] = parts[-1][:-1] + "-"
    blocks.append(TextBlock(block_start, size))
    full = "".join(parts)
    locations = tuple(
        Located(start, page_starts[i + 1][0] if i + 1 < len(page_starts) else len(full),
                Location(kind="page", page=page))
        for i, (start, page) in enumerate(page_starts))
    return Document(input=input, kind="pdf", text=full, blocks=tuple(blocks), url=url,
                    title=title, locations=locations)
