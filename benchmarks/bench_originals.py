"""Originals that are not web pages: how fast a PDF is read, and how its quotations fare.

    .venv/bin/python benchmarks/bench_originals.py [--repeat 5]

- the reading of the 52-page LibreOffice PDF (tests/fixtures/pdf/libreoffice-50-pages.pdf):
  the median of ``--repeat`` runs of verify.input.pdf (PDFium through pypdfium2), and of pypdf
  (BSD, pure Python) extracting the same pages' text for comparison when it is installed;
- every test PDF of tests/fixtures/pdf made from a corpus text (Chromium, LibreOffice and a
  two-column reportlab layout): its pages, the share of the text's paragraphs that come back
  whole, and every quotation of the text checked against the PDF alone (as in
  bench_verbatim): VERBATIM or MINOR_VARIATION, and on the right page.

Target (issue 23): 50 pages read in at most 2 s; every quotation VERBATIM/MINOR_VARIATION on
its page.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.input.test_pdf import (  # noqa: E402
    FIXTURES,
    MADE_OF,
    check_against,
    pages_of,
    paragraphs,
    quotations,
)
from verify.input.pdf import pdf_to_document  # noqa: E402


def reading(repeat: int) -> None:
    path = FIXTURES / "libreoffice-50-pages.pdf"
    data = path.read_bytes()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc = pdf_to_document(data, input=path.name)
        times.append(time.perf_counter() - t0)
    print(f"{path.name}: {len(doc.locations)} pages, {len(doc.text):,} characters")
    print(f"  verify.input.pdf (pypdfium2): median {statistics.median(times):.3f} s "
          f"of {repeat} (min {min(times):.3f}, max {max(times):.3f})")
    try:
        import pypdf
    except ImportError:
        return
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for page in pypdf.PdfReader(io.BytesIO(data)).pages:
            page.extract_text()
        times.append(time.perf_counter() - t0)
    print(f"  pypdf {pypdf.__version__} extract_text (text only, no positions): median "
          f"{statistics.median(times):.3f} s")


def quotations_table() -> tuple[int, int]:
    print(f"\n{'pdf':<26}{'pages':>6}{'paras whole':>13}{'quotes':>8}{'ok':>5}"
          f"{'right page':>12}{'s':>7}")
    total = good = 0
    with tempfile.TemporaryDirectory() as tmp:
        for stem, text in sorted(MADE_OF.items()):
            pdf = FIXTURES / f"{stem}.pdf"
            doc = pdf_to_document(pdf.read_bytes(), input=pdf.name)
            blocks = {doc.text[b.start:b.end] for b in doc.blocks}
            paras = paragraphs(text)
            quotes = quotations(text.read_text(encoding="utf-8"))
            t0 = time.perf_counter()
            work = Path(tmp) / stem
            work.mkdir()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results = check_against(work, "".join(f"“{q}”\n\n" for q in quotes), str(pdf))
            seconds = time.perf_counter() - t0
            ok = [r for r in results if r.verdict.value in {"VERBATIM", "MINOR_VARIATION"}]
            on_page = sum(1 for q, r in zip(quotes, results, strict=True) if r.evidence
                          and r.evidence.location
                          and r.evidence.location.page in pages_of(pdf, q))
            whole = sum(p in blocks for p in paras)
            print(f"{stem:<26}{len(doc.locations):>6}{f'{whole}/{len(paras)}':>13}"
                  f"{len(quotes):>8}{len(ok):>5}{on_page:>12}{seconds:>7.2f}")
            total += len(quotes)
            good += min(len(ok), on_page)
    print(f"{'all':<26}{'':>6}{'':>13}{total:>8}{good:>5} (VERBATIM/MINOR_VARIATION on the "
          "right page)")
    return total, good


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    reading(args.repeat)
    total, good = quotations_table()
    sys.exit(0 if good == total else 1)


if __name__ == "__main__":
    main()
