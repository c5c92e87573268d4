"""Make the test PDFs of tests/fixtures/pdf/ from corpus texts, by three real producers.

    PYTHONPATH=. .venv/bin/python scripts/make_test_pdfs.py [--out tests/fixtures/pdf]

A dev-only tool (the tests read the committed PDFs and never need these producers):

- **Chromium** (``chromium --headless --print-to-pdf``): one column, justified, long words
  given soft hyphens so that lines end in a hyphen, and Chromium's own running header (date
  and title) and footer (address and "n/N") on every page;
- **LibreOffice** (``soffice --headless --convert-to pdf``) from a flat ODT: its own
  hyphenation (the hyphen-en-us dictionary), a running header with the outlet's name and a
  footer "Page n of N";
- **reportlab** (BSD): two columns, a running header and a page number in the footer, soft
  hyphens, and the "fi"/"fl" ligature characters (U+FB01, U+FB02) in the text;
- **Pillow** (via reportlab): a page of text drawn as an image only, no text layer;
- **pypdf** (BSD): a copy of a Chromium PDF locked with a user password (RC4, 128 bits);
- a 50-page LibreOffice PDF of many texts, for benchmarks/bench_originals.py.

Needs chromium, LibreOffice (``apt-get install libreoffice-writer-nogui hyphen-en-us``) and
``pip install reportlab pypdf`` (the ``pdf-fixtures`` extra).
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

CORPUS = Path("/work/shared/corpus/groundtruth")
EXTRA = Path("/work/shared/corpus-extra/reference")

#: (file stem of the PDF, the text it is made of, producer)
SETS: list[tuple[str, Path, str]] = [
    ("chromium-cnbc", CORPUS / "cnbc__fundus__cnbc-2023-04-28.txt", "chromium"),
    ("chromium-detroit-news", CORPUS / "the-detroit-news__aeb__40651467-7de524.txt", "chromium"),
    ("chromium-bbc", CORPUS / "bbc__rdb__bbc-1.txt", "chromium"),
    ("chromium-yahoo", EXTRA / "rd-yahoo-3.txt", "chromium"),
    ("libreoffice-ap-sondland",
     CORPUS / "associated-press-hosted__aeb__unpredictable-sondland-faces-q-82b6d7.txt",
     "libreoffice"),
    ("libreoffice-fox-news", CORPUS / "fox-news__fundus__foxnews-2023-04-28.txt", "libreoffice"),
    ("libreoffice-live-science", CORPUS / "live-science__aeb__feather-duvet-lung-html-bd673b.txt",
     "libreoffice"),
    ("libreoffice-herald-sun", EXTRA / "rd-herald-sun-1.txt", "libreoffice"),
    ("twocol-spokesman-review",
     CORPUS / "the-spokesman-review__aeb__meth-were-on-it-spokane-ad-age-c13b9c.txt", "twocol"),
    ("twocol-cbc", CORPUS / "cbc-news__fundus__cbcnews-2024-08-08.txt", "twocol"),
    ("twocol-sportsnet", CORPUS / "sportsnet__aeb__argentina-comfortably-wins-dav-0d4612.txt",
     "twocol"),
    ("twocol-taipei-times", CORPUS / "taipei-times__fundus__taipeitimes-2024-10-15.txt",
     "twocol"),
]
IMAGE_ONLY = ("image-only-cnbc", CORPUS / "cnbc__fundus__cnbc-2023-04-28.txt")
LONG = "libreoffice-50-pages"


def paragraphs(path: Path) -> list[str]:
    """The text's paragraphs (one a line in the corpus files)."""
    return [" ".join(p.split()) for p in path.read_text(encoding="utf-8").splitlines()
            if p.strip()]


def soft_hyphens(text: str) -> str:
    """A soft hyphen in the middle of every word of 8 letters or more, where a producer may
    break the line and show a hyphen."""
    return re.sub(r"[A-Za-z]{8,}", lambda m: m[0][:len(m[0]) // 2] + "\u00ad"
                  + m[0][len(m[0]) // 2:], text)


def outlet(path: Path) -> str:
    """The outlet's name from the corpus file name."""
    return path.name.split("__")[0].replace("rd-", "").replace("-", " ").title()


def chromium(paras: list[str], title: str, out: Path, tmp: Path) -> None:
    """One column; Chromium's own header and footer (date, title, address, n/N)."""
    body = "".join(f"<p>{soft_hyphens(html.escape(p, quote=False))}</p>" for p in paras)
    page = tmp / f"{out.stem}.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>body{{font-family:'Liberation Serif';"
        "font-size:14pt;text-align:justify;width:11cm;margin:0 auto}</style></head>"
        f"<body>{body}</body></html>", encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    f"--print-to-pdf={out}", page.as_uri()], check=True,
                   capture_output=True, timeout=120)


_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="DejaVu Serif"
 svg:font-family="'DejaVu Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"
   fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="11pt"
   fo:language="en" fo:country="US" fo:hyphenate="true"
   fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14.8cm"
  fo:page-height="21cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm"
  fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Standard">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Standard">Page <text:page-number
   text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>
  </text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>{body}</office:text></office:body>
</office:document>
"""


def libreoffice(paras: list[str], title: str, out: Path, tmp: Path) -> None:
    """LibreOffice's hyphenation, a running header and "Page n of N"."""
    body = "".join(f'<text:p text:style-name="Standard">{html.escape(p, quote=False)}</text:p>'
                   for p in paras)
    src = tmp / f"{out.stem}.fodt"
    src.write_text(_FODT.replace("{header}", html.escape(title)).replace("{body}", body),
                   encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                    str(src)], check=True, capture_output=True, timeout=300)
    shutil.move(tmp / f"{out.stem}.pdf", out)


def twocol(paras: list[str], title: str, out: Path) -> None:
    """Two columns, a running header and a page number, ligature characters."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    pdfmetrics.registerFont(TTFont("DejaVuSerif",
                                   "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    style = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=10, leading=12.5,
                           alignment=4, spaceAfter=5, embeddedHyphenation=1,
                           uriWasteReduce=0.3)
    width, height = A4
    gap, margin = 0.8 * cm, 2 * cm
    colw = (width - 2 * margin - gap) / 2
    frames = [Frame(margin, margin, colw, height - 2 * margin, id="left"),
              Frame(margin + colw + gap, margin, colw, height - 2 * margin, id="right")]

    def furniture(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("DejaVuSerif", 8)
        canvas.drawString(margin, height - 1.2 * cm, title)
        canvas.drawRightString(width - margin, height - 1.2 * cm, "Weekly news digest")
        canvas.drawCentredString(width / 2, 1.1 * cm, str(doc.page))
        canvas.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, title=title, author="source-verify tests")
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=furniture)])
    story = []
    for p in paras:
        text = soft_hyphens(html.escape(p, quote=False))
        text = text.replace("fi", "\ufb01").replace("fl", "\ufb02")
        story.append(Paragraph(text, style))
    doc.build(story)


def image_only(paras: list[str], out: Path, tmp: Path) -> None:
    """A scan: the first page of a Chromium PDF of the text, drawn as a picture."""
    import pypdfium2 as pdfium

    chromium(paras, "Scanned statement", tmp / "scan.pdf", tmp)
    pdf = pdfium.PdfDocument(tmp / "scan.pdf")
    image = pdf[0].render(scale=0.8, grayscale=True).to_pil()
    image.save(out, "PDF", resolution=58)


def main() -> None:
    """Make every test PDF into ``--out``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("tests/fixtures/pdf"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for stem, path, producer in SETS:
            out = args.out / f"{stem}.pdf"
            paras, title = paragraphs(path), outlet(path)
            if producer == "chromium":
                chromium(paras, title, out, tmp)
            elif producer == "libreoffice":
                libreoffice(paras, title, out, tmp)
            else:
                twocol(paras, title, out)
            print(out, out.stat().st_size)
        stem, path = IMAGE_ONLY
        image_only(paragraphs(path)[:6], args.out / f"{stem}.pdf", tmp)
        from pypdf import PdfWriter

        locked = PdfWriter(clone_from=args.out / "chromium-yahoo.pdf")
        locked.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
        locked.write(args.out / "encrypted-yahoo.pdf")
        texts = sorted(CORPUS.glob("*.txt"))[:18]
        long_paras = [p for t in texts for p in paragraphs(t)]
        libreoffice(long_paras, "Fifty pages", args.out / f"{LONG}.pdf", tmp)


if __name__ == "__main__":
    main()
