"""A link-less article quoting originals from ../shared/corpus, a SearXNG-compatible search
over those pages, and a WARC answering their real URLs — the test set for discovery.

Each quotation comes from a corpus page of an outlet in the registry (its ground truth has
the words); the article credits the outlet by name and gives no link, so the original can
only be found by searching. The search index holds every corpus page — and, given
``extra``, every page of ../shared/corpus-extra, under the address its canonical link or
og:url declares — so other pages of the same outlet and syndicated copies compete with the
original.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from werkzeug import Request, Response

from verify.fetch.warc import WarcRecorder
from verify.input.reader import document_from_bytes
from verify.input.text import text_to_document
from verify.outlets import OutletRegistry
from verify.quotes import QuoteKind, extract
from verify.quotes.lexicon import DETERMINERS


@dataclass(frozen=True)
class Case:
    """One quotation of the article and the page it comes from."""

    quote: str
    speaker: str
    outlet: str
    url: str
    page: Path


@dataclass(frozen=True)
class Page:
    """A page the search knows and the WARC answers."""

    url: str
    title: str
    text: str
    """What the search matches phrases against: the ground truth or reference text, else
    the page's extracted text."""
    html: bytes
    key: str = ""
    """How a gold file names it: ``corpus/FILE`` for ../shared/corpus, ``FILE`` for
    ../shared/corpus-extra."""


def build(corpus: Path, registry: OutletRegistry, *, most: int = 24, extra: Path | None = None
          ) -> tuple[list[Case], list[Page]]:
    """Cases (one per corpus page, at most ``most``) and every indexable page: the corpus's,
    and with ``extra`` those of that folder too."""
    rows = list(csv.DictReader((corpus / "MANIFEST.tsv").open(encoding="utf-8"),
                               delimiter="\t"))
    cases: list[Case] = []
    pages: list[Page] = []
    for row in rows:
        html = (corpus / "pages" / row["file"]).read_bytes()
        gt = corpus / row["local_ground_truth"] if row["local_ground_truth"] else None
        text = gt.read_text("utf-8") if gt else _page_text(html, row["file"],
                                                            row["original_url"])
        pages.append(Page(row["original_url"], row["outlet"], text, html,
                          "corpus/" + row["file"]))
        outlet = registry.for_url(row["original_url"])
        if outlet is None or not text or len(cases) >= most or len(html) > 800_000:
            continue
        doc = text_to_document(text, input=row["file"], kind="text")
        quotes = [q for q in extract(doc, registry) if q.kind is QuoteKind.QUOTE
                  and q.speaker and q.speaker[:1].isupper() and len(q.speaker.split()) >= 2
                  and q.speaker.split()[0].lower() not in DETERMINERS
                  and 8 <= len(q.text.split()) <= 40 and not re.search(r"[“”\"‘’']", q.text)]
        page = document_from_bytes(html, input=row["file"], url=row["original_url"])
        page_words = " ".join(page.text.split())
        # Discovery is measured, not page extraction: keep quotes the fetched page shows.
        quotes = [q for q in quotes if not page.paywalled and q.text.rstrip(",") in page_words]
        if quotes:
            q = quotes[0]
            cases.append(Case(q.text.rstrip(",") + ("" if q.text.rstrip().endswith(".") else "."),
                              q.speaker, outlet.aliases[0], row["original_url"],
                              corpus / "pages" / row["file"]))
    if extra is not None:
        pages += extra_pages(extra)
    return cases, pages


def extra_pages(folder: Path) -> list[Page]:
    """The pages of a corpus-extra folder, each under the URL its canonical link or og:url
    declares (pages declaring neither are left out: nothing could link to them)."""
    out = []
    for path in sorted((folder / "pages").glob("*.html")):
        html = path.read_bytes()
        url = canonical_url(html.decode("utf-8", "replace"))
        if url is None:
            continue
        ref = folder / "reference" / (path.stem + ".txt")
        text = ref.read_text("utf-8") if ref.exists() else _page_text(html, path.name, url)
        title = re.search(r"<title[^>]*>([^<]{0,200})", html.decode("utf-8", "replace"), re.I)
        out.append(Page(url, title.group(1).strip() if title else path.stem, text, html,
                        path.name))
    return out


_CANONICAL = re.compile(r"<link\b[^>]*\brel=[\"']canonical[\"'][^>]*>", re.I)
_OG_URL = re.compile(r"<meta\b[^>]*\bproperty=[\"']og:url[\"'][^>]*>", re.I)
_HREF = re.compile(r"\b(?:href|content)=[\"'](https?://[^\"']+)[\"']", re.I)


def canonical_url(html: str) -> str | None:
    """The address a page declares for itself: its canonical link, else its og:url."""
    for pattern in (_CANONICAL, _OG_URL):
        tag = pattern.search(html)
        found = _HREF.search(tag.group()) if tag else None
        if found:
            return found.group(1).replace("&amp;", "&")
    return None


def _page_text(html: bytes, name: str, url: str) -> str:
    try:
        return document_from_bytes(html, input=name, url=url).text
    except Exception:  # a page with no extractable text is simply not searchable
        return ""


def article(cases: list[Case]) -> str:
    """The citing article: the outlet named, the speaker credited, no link."""
    paras = ["# What the papers said", ""]
    for c in cases:
        paras += [f"As {c.outlet} reported, {c.speaker} said: “{c.quote}”", ""]
    return "\n".join(paras)


def searxng_handler(pages: list[Page]):
    """A werkzeug handler answering ``/search?format=json`` over the pages: an exact phrase
    must be in the page's text; ``site:`` restricts the host; terms match any word."""

    bodies = [(p, _words(p.text), set(_words(p.text).split())) for p in pages]

    def handler(request: Request) -> Response:
        q = parse_qs(urlsplit(request.url).query).get("q", [""])[0]
        phrase = re.search(r'"([^"]+)"', q)
        site = re.search(r"site:(\S+)", q)
        rest = _words(re.sub(r'"[^"]+"|site:\S+', " ", q)).split()
        ranked = []
        for p, body, vocabulary in bodies:
            host = urlsplit(p.url).hostname or ""
            if site and not (host == site.group(1) or host.endswith("." + site.group(1))):
                continue
            if phrase and _words(phrase.group(1)) not in body:
                continue
            # Plain terms, as engines rank them: most of them on the page, more is better.
            shared = sum(1 for t in dict.fromkeys(rest) if t in vocabulary)
            if not phrase and (not rest or shared * 2 < len(set(rest))):
                continue
            snippet = phrase.group(1) if phrase else body[:160]
            ranked.append((-shared, {"url": p.url, "title": p.title, "content": snippet,
                                     "engine": "fake", "engines": ["fake"]}))
        results = [r for _n, r in sorted(ranked, key=lambda x: x[0])]
        return Response(__import__("json").dumps({"query": q, "results": results[:10]}),
                        content_type="application/json")

    return handler


def _words(text: str) -> str:
    """Search engines match phrases on words, not punctuation."""
    return " ".join(re.findall(r"[\w']+", text.replace("’", "'").lower()))


def write_warc(pages: list[Page], path: Path) -> None:
    """Every corpus page under its real URL."""
    recorder = WarcRecorder(path)
    for p in pages:
        recorder.record(p.url, 200, [("Content-Type", "text/html; charset=utf-8")], p.html)
    recorder.close()
