"""``--format html``: one self-contained page a desk can look at, discuss and forward.

The article as it was read (a Markdown draft rendered as a reader sees it: headings,
emphasis, links), each quotation marked in its verdict's colour and named in text (never
colour alone), filterable by verdict; a quotation opens, on click, Enter or keyboard
focus, its verdict, explanation, credit finding, the source passage with the words that
differ, the source's address and the candidates tried. A header gives the article's and the
run's facts and a bar chart of the verdicts (inline SVG); several articles get a table of
contents; a print stylesheet shows every detail.

Safe by construction: drafts and pages are untrusted, so every text goes through
:func:`html.escape`, links are only http(s) (``rel="noopener noreferrer"``; in a rendered
Markdown draft also relative ones), raw HTML in Markdown is shown as text, and the page's
Content-Security-Policy allows no network fetch at all and no script but its own inline one
(by its SHA-256). Pure: the same report and context give the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from pathlib import PurePosixPath

from verify._version import __version__
from verify.formats.common import credited_to, visible, where
from verify.formats.context import RenderContext
from verify.formats.html_markdown import render_marked
from verify.input.reader import MARKDOWN_SUFFIXES
from verify.match.interface import Verdict
from verify.report.coverage import article_coverage, coverage_line
from verify.report.models import ArticleReport, QuoteResult, Report

#: Verdict colours (background, text), chosen to keep 4.5:1 contrast with their text.
COLOURS = {
    Verdict.VERBATIM: ("#d9f2e3", "#0b5d2a"), Verdict.MINOR_VARIATION: ("#e4f0fb", "#164c7e"),
    Verdict.PARAPHRASE: ("#fdf1d6", "#7a4d00"), Verdict.ALTERED: ("#fbdcdc", "#8a1111"),
    Verdict.MISATTRIBUTED: ("#f3dff7", "#6b1f7a"), Verdict.NOT_FOUND: ("#fde2cf", "#8a3b00"),
    Verdict.SOURCE_UNAVAILABLE: ("#e8e8e8", "#3d3d3d"), Verdict.UNCHECKED: ("#f2f2f2", "#4d4d4d"),
    Verdict.OUT_OF_CONTEXT: ("#fce4ec", "#880e4f"),
}
COLOURS[Verdict.TRANSLATION] = ("#dcf3f3", "#0b5555")  # issue 25: a translation

_SCRIPT = """
(function () {
  "use strict";
  function open(id) {
    document.querySelectorAll(".details").forEach(function (d) { d.hidden = true; });
    document.querySelectorAll("mark.q").forEach(function (m) {
      m.setAttribute("aria-expanded", "false"); });
    var mark = document.getElementById(id);
    var details = document.getElementById(id + "-d");
    if (!mark || !details) { return; }
    details.hidden = false;
    mark.setAttribute("aria-expanded", "true");
  }
  document.querySelectorAll("mark.q").forEach(function (m) {
    m.addEventListener("click", function () {
      open(m.id);
      document.getElementById(m.id + "-d").scrollIntoView({block: "nearest"});
    });
    m.addEventListener("focus", function () { open(m.id); });
    m.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(m.id); }
    });
  });
  document.querySelectorAll("mark.q-more").forEach(function (m) {
    m.addEventListener("click", function () { document.getElementById(m.dataset.q).click(); });
  });
  document.querySelectorAll("input.filter").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.value, !box.checked);
    });
  });
  if (location.hash.length > 1) { open(decodeURIComponent(location.hash.slice(1))); }
})();
""".strip()

_STYLE = """
body{font:16px/1.55 Georgia,"Times New Roman",serif;margin:0 auto;max-width:60rem;
padding:1rem 1.5rem;color:#1a1a1a;background:#fff}
header,nav,.details,table,.meta{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;margin:2rem 0 .3rem}
.meta{color:#555;font-size:.9rem;margin:.1rem 0}
.text{white-space:pre-wrap;border-top:1px solid #ddd;padding-top:.8rem}
.text.md{white-space:normal}.text.md h1{font-size:1.5rem}.text.md h2{font-size:1.25rem}
.text.md blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1rem}
mark.q,mark.q-more{border-radius:3px;padding:0 .15rem;cursor:pointer;outline-offset:2px}
mark.q:focus{outline:3px solid #1a1a1a}
mark.q .tag,mark.q-more .tag{font:700 .7rem system-ui,sans-serif;letter-spacing:.02em;margin-left:.3rem;
padding:0 .25rem;border:1px solid currentColor;border-radius:3px;white-space:nowrap}
.details{border:1px solid #bbb;border-left:6px solid #555;border-radius:4px;
margin:.6rem 0 1rem;padding:.6rem .9rem;font-size:.92rem;background:#fafafa}
.details h3{margin:.1rem 0 .4rem;font-size:1rem}
.passage{white-space:pre-wrap;font-family:Georgia,serif;background:#fff;
border:1px dashed #ccc;padding:.4rem .6rem}
del{background:#fbdcdc;text-decoration:line-through}ins{background:#d9f2e3;text-decoration:none}
del::before{content:"[−"}del::after{content:"]"}ins::before{content:"{+"}ins::after{content:"}"}
nav{margin:.8rem 0;font-size:.9rem}nav label{margin-right:.8rem;white-space:nowrap}
svg text{font:12px system-ui,sans-serif}
table{border-collapse:collapse;font-size:.85rem}td,th{padding:.15rem .5rem;text-align:left;
border-bottom:1px solid #eee}
@media print{nav,.filters{display:none}.details{display:block!important;break-inside:avoid}
mark.q{border:1px solid #000}body{max-width:none}}
""".strip()


def _hash(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def _e(text: object) -> str:
    """Escaped, with control characters shown (never obeyed)."""
    return html.escape(visible(str(text)), quote=True)


def _link(url: str | None, label: str | None = None) -> str:
    """A link only for http(s) addresses; anything else (javascript:, data:, a path) is
    shown as text."""
    if not url:
        return "—"
    if url.startswith(("http://", "https://")):
        return (f'<a href="{_e(url)}" rel="noopener noreferrer" target="_blank">'
                f"{_e(label or url)}</a>")
    return _e(label or url)


def _chart(counts: Counter[str]) -> str:
    """A horizontal bar per verdict that occurred, its count written beside it."""
    rows = [(v, counts[v.value]) for v in Verdict if counts[v.value]]
    if not rows:
        return ""
    top = max(n for _, n in rows)
    height = 22 * len(rows) + 4
    bars = []
    for i, (v, n) in enumerate(rows):
        y = 22 * i + 2
        width = max(2, round(260 * n / top))
        bg, fg = COLOURS[v]
        bars.append(f'<text x="0" y="{y + 14}">{v.value}</text>'
                    f'<rect x="150" y="{y}" width="{width}" height="16" fill="{bg}" '
                    f'stroke="{fg}"/><text x="{156 + width}" y="{y + 14}">{n}</text>')
    return (f'<svg role="img" aria-label="verdict counts" width="460" height="{height}" '
            f'viewBox="0 0 460 {height}" xmlns="http://www.w3.org/2000/svg">'
            + "".join(bars) + "</svg>")


def _diff(q: QuoteResult) -> str:
    ev = q.evidence
    if ev is None or not ev.differences:
        return ""
    items = []
    for d in ev.differences:
        minor = " (minor)" if d.minor else ""
        if d.op == "insert":
            body = f"<ins>{_e(d.source)}</ins>"
        elif d.op == "delete":
            body = f"<del>{_e(d.quote)}</del>"
        else:
            body = f"<del>{_e(d.quote)}</del> <ins>{_e(d.source)}</ins>"
        items.append(f"<li>{_e(d.kind)}{minor}: {body}</li>")
    return ('<p><strong>Words that differ</strong> ([− in the quote], {+ in the source}):'
            f'</p><ul class="diff">{"".join(items)}</ul>')


def _details(aid: str, q: QuoteResult) -> str:
    _bg, fg = COLOURS[q.verdict]
    parts = [f'<div class="details" id="{aid}-{_e(q.id)}-d" hidden '
             f'style="border-left-color:{fg}">',
             f"<h3>{_e(q.id)} · line {q.span.line} · {q.verdict.value}</h3>",
             f"<p>{_e(q.explanation)}</p>"]
    who = credited_to(q)
    if who:
        parts.append(f"<p><strong>Credited to</strong> {_e(who)}</p>")
    if q.attribution is not None:
        a = q.attribution
        parts.append(f"<p><strong>Credit check</strong>: {_e(a.status)} — {_e(a.note)}</p>")
    ev = q.evidence
    if ev is not None:
        title = f" ({_e(ev.title)})" if ev.title else ""
        at = f", {_e(where(ev.location))}" if where(ev.location) else ""
        parts.append(f"<p><strong>Source</strong>: {_link(ev.url)}{title}{at}</p>")
        lang = f' lang="{_e(ev.language)}"' if ev.language else ""  # a translation's original
        parts.append(f'<div class="passage"{lang}>{_e(ev.passage)}</div>')
        parts.append(_diff(q))
    if q.candidates:
        rows = "".join(f"<tr><td>{_link(c.url)}</td><td>{_e(c.via)}</td><td>{_e(c.status)}"
                       f"</td></tr>" for c in q.candidates)
        parts.append("<p><strong>Candidates tried</strong></p><table><tr><th>address</th>"
                     f"<th>via</th><th>status</th></tr>{rows}</table>")
    if q.suppression is not None:
        parts.append(f"<p><strong>Accepted</strong> ({_e(q.suppression.kind)}): "
                     f"{_e(q.suppression.justification)}</p>")
    parts.append("</div>")
    return "".join(parts)


def _mark(aid: str, q: QuoteResult, text: str) -> str:
    return _piece(aid, q, _e(text), first=True, last=True)


def _piece(aid: str, q: QuoteResult, inner: str, *, first: bool, last: bool) -> str:
    """One marked piece of a quotation (escaped ``inner``): the first piece is the one a
    reader focuses and clicks (its id opens the details), the last carries the verdict's
    name; a quotation that runs across emphasis, a link or a paragraph has more than one."""
    bg, fg = COLOURS[q.verdict]
    style = f'data-verdict="{q.verdict.value}" style="background:{bg};color:{fg}"'
    tag = f'<span class="tag">{q.verdict.value}</span>' if last else ""
    if not first:
        return (f'<mark class="q-more v-{q.verdict.value}" data-q="{aid}-{_e(q.id)}" {style}>'
                f"{inner}{tag}</mark>")
    return (f'<mark class="q v-{q.verdict.value}" id="{aid}-{_e(q.id)}" tabindex="0" '
            f'role="button" aria-expanded="false" aria-controls="{aid}-{_e(q.id)}-d" '
            f"{style}>{inner}{tag}</mark>")


def is_markdown(article: ArticleReport) -> bool:
    """True for a draft read as Markdown (by its name, as the reader chose)."""
    return PurePosixPath(article.input.split("?")[0]).suffix.lower() in MARKDOWN_SUFFIXES


def _markdown_text(aid: str, article: ArticleReport, quotes: list[QuoteResult]) -> str:
    """A Markdown draft rendered as a reader sees it, each quotation marked where it
    stands; a quotation with no visible place (in a code block, overlapping another) is
    shown after the text."""
    assert article.text is not None
    placed: list[QuoteResult] = []
    for q in quotes:
        if q.span.start < q.span.end <= len(article.text) and \
                (not placed or placed[-1].span.end <= q.span.start):
            placed.append(q)
    body, unplaced = render_marked(
        article.text, [(q.span.start, q.span.end) for q in placed],
        lambda i, inner, first, last: _piece(aid, placed[i], inner, first=first, last=last))
    rest = [placed[i] for i in unplaced] + [q for q in quotes if q not in placed]
    return body + "".join(f"<p>{_mark(aid, q, q.text)}</p>" for q in rest)


def _article_text(aid: str, article: ArticleReport) -> str:
    """The text as read with each quotation marked (a Markdown draft rendered); without
    the text, the quotations."""
    quotes = sorted(article.quotes, key=lambda q: q.span.start)
    if article.text is None:
        return "".join(f"<p>{_mark(aid, q, q.text)}</p>" for q in quotes)
    if is_markdown(article):
        return _markdown_text(aid, article, quotes)
    text, out, at = article.text, [], 0
    for q in quotes:
        start, end = q.span.start, q.span.end
        if start < at or end > len(text) or start >= end:  # overlapping or out of range
            out.append(f"<p>{_mark(aid, q, q.text)}</p>")
            continue
        out.append(_e(text[at:start]))
        out.append(_mark(aid, q, text[start:end]))
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _article(n: int, article: ArticleReport, ctx_many: bool) -> str:
    aid = f"a{n}"
    title = article.title or article.input
    counts = Counter(q.verdict.value for q in article.quotes)
    facts = [f"Input: {_e(article.input)}"]
    if article.url:
        facts.append(f"Address: {_link(article.url)}")
    if article.published:
        facts.append(f"Published: {_e(article.published)}")
    body = [f'<section id="{aid}"><h2>{_e(title)}</h2>',
            "".join(f'<p class="meta">{f}</p>' for f in facts)]
    if article.error:
        body.append(f"<p><strong>Could not be read:</strong> {_e(article.error)}</p>")
    if ctx_many:  # one article: the page's header already gives these
        body.append(f'<p class="meta">{_e(coverage_line(article_coverage(article)))}</p>')
        body.append(_chart(counts))
    kind = "text md" if article.text is not None and is_markdown(article) else "text"
    body.append(f'<div class="{kind}">{_article_text(aid, article)}</div>')
    body.extend(_details(aid, q) for q in article.quotes)
    body.append("</section>")
    return "".join(body)


def render(report: Report, ctx: RenderContext) -> str:
    """The HTML document."""
    script_hash = _hash(_SCRIPT)
    csp = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
           f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'")
    counts = Counter(q.verdict.value for a in report.articles for q in a.quotes)
    heading = report.articles[0].title if len(report.articles) == 1 and \
        report.articles[0].title else "Quotation check"
    run = f"Checked {ctx.date} with source-verify {__version__}" if ctx.date else \
        f"Checked with source-verify {__version__}"
    filters = "".join(
        f'<label><input type="checkbox" class="filter" value="{v.value}" checked> '
        f'{v.value} ({counts[v.value]})</label>' for v in Verdict if counts[v.value])
    hide = "".join(f"body.hide-{v.value} mark.v-{v.value}{{background:none!important;"
                   f"color:inherit!important}}body.hide-{v.value} mark.v-{v.value} .tag"
                   "{display:none}" for v in Verdict)
    toc = ""
    if len(report.articles) > 1:
        toc = "<nav><strong>Articles</strong><ol>" + "".join(
            f'<li><a href="#a{n}">{_e(a.title or a.input)}</a> '
            f"({len(a.quotes)} quotations)</li>" for n, a in enumerate(report.articles, 1)
        ) + "</ol></nav>"
    coverage = f'<p class="meta">{_e(coverage_line(report.coverage))}</p>' \
        if report.coverage is not None else ""
    return "".join([
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(heading)} — source-verify</title>",
        f"<style>{_STYLE}{hide}</style></head><body>",
        f"<header><h1>{_e(heading)}</h1><p class=\"meta\">{_e(run)}</p>{coverage}"
        f"{_chart(counts)}</header>",
        f'<nav class="filters" aria-label="show verdicts">{filters}</nav>',
        toc,
        "<main>", "".join(_article(n, a, len(report.articles) > 1)
                          for n, a in enumerate(report.articles, 1)),
        "</main>",
        f"<script>{_SCRIPT}</script>",
        "</body></html>\n",
    ])
