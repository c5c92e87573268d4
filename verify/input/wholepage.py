"""The rest of a page: every place its words live besides the main-content extraction.

A main-content extractor keeps the article and drops what it takes for clutter; on real
pages it also drops parts of the article (a container it skips, a paragraph it scores low)
and never sees an article that a script renders from embedded data. A source is searched
whole, so "not found" means the words are nowhere a reader or the page's own data holds
them. Besides the main text this reads, in order:

- ``page``: the visible text of every block of the page (``<noscript>`` included, scripts,
  styles and templates not);
- ``json-ld``: the ``articleBody`` and other prose of the page's JSON-LD;
- ``state``: prose in application state embedded in scripts (``__NEXT_DATA__``,
  ``__PRELOADED_STATE__``, Apollo and Redux state, any JSON a script assigns), strings of
  HTML and JsonML bodies (``["p", {...}, "text", ["a", ...]]``) rendered as paragraphs.

Each paragraph is kept once, and only when the main text and the paragraphs kept before it
do not already hold it. All of it is bounded: the JSON nodes walked, the characters kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml import html as lxml_html

#: Where a passage was found, as the explanation of a quote found there names it.
ORIGINS = {
    "page": "the page's text outside the article body the extractor kept",
    "json-ld": "the article body in the page's JSON-LD metadata",
    "state": "the article data embedded in the page's scripts",
}

#: Characters of other text kept per page at most (a page of 1 MB of menus adds no more).
MAX_CHARS = 400_000
#: JSON nodes walked per page at most.
MAX_NODES = 400_000
#: Blocks of a page's markup read at most.
MAX_BLOCKS = 20_000
#: A paragraph of fewer words is a label, a button or a byline, not prose.
MIN_WORDS = 3
#: A JSON string of fewer words is a setting or a label.
MIN_JSON_WORDS = 6

_SKIP = ("script", "style", "template", "svg", "head", "iframe", "object", "canvas", "select",
         "math", "button")
_BLOCK = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "figcaption", "figure", "td", "th", "tr", "table", "caption", "pre",
    "section", "article", "header", "footer", "aside", "main", "nav", "form", "address",
    "details", "summary", "hr", "noscript", "body", "html", "center", "fieldset", "legend",
    "root", "callout", "pullquote",
})
_WS = re.compile(r"\s+")
_NORM = re.compile(r"[^\w]+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})
_ASSIGN = re.compile(r"^\s*(?:(?:window|self|globalThis)\s*\.\s*)?[\w$.\[\]'\"]{1,80}\s*=\s*(?=[{\[])")
#: Markup inside JSON prose: "+++dropcap", tags, "{: .small}", Markdown emphasis.
_MARKUP = re.compile(r"\+\+\+\w*|</?\w+[^>]{0,200}>|\{:[^}]{0,80}\}"
                     r"|(?<!\w)[*_]{1,2}(?=\w)|(?<=\w)[*_]{1,2}(?!\w)")
#: A Markdown link keeps its words and loses its address.
_MD_LINK = re.compile(r"!?\[([^\]]{0,500})\]\((?:[^()\s]|\([^()\s]*\)){0,2000}\)")


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph of the page outside its main text."""

    origin: str
    """A key of :data:`ORIGINS`."""
    text: str


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.translate(_QUOTES).lower()).strip()


class _Collector:
    """Paragraphs not yet held by the main text or by one kept before."""

    def __init__(self, main_text: str, limit: int) -> None:
        self.main = _norm(main_text)
        self.seen: set[str] = set()
        self.out: list[Passage] = []
        self.room = limit

    def new(self, text: str, min_words: int = MIN_WORDS) -> str | None:
        """The normal form of ``text`` when it is prose that the main text and the
        paragraphs kept do not hold, else None."""
        if len(text.split()) < min_words:
            return None
        key = _norm(text)
        return key if key and key not in self.seen and key not in self.main else None

    def keep(self, origin: str, text: str, key: str | None = None) -> None:
        """Keep ``text`` (``key``: its normal form, when already made) while room lasts."""
        if self.room > 0:
            self.seen.add(key if key is not None else _norm(text))
            self.out.append(Passage(origin, text))
            self.room -= len(text)

    def add(self, origin: str, text: str, min_words: int = MIN_WORDS) -> None:
        """Keep ``text`` if it is new prose."""
        text = _WS.sub(" ", text).strip()
        if (key := self.new(text, min_words)) is not None:
            self.keep(origin, text, key)


def other_passages(page: str, main_text: str, *, limit: int = MAX_CHARS) -> list[Passage]:
    """The page's paragraphs that ``main_text`` does not hold, with where each was found.

    A visible paragraph the main text lacks comes with the paragraphs beside it on the page,
    so that a quotation running from a lost paragraph into a kept one reads as one passage
    (an advertisement between two paragraphs of one answer drops the first one)."""
    try:
        root = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError, TypeError):
        return []
    found = _Collector(main_text, limit)
    scripts = [(s.get("type") or "", s.text or "") for s in root.iter("script")]
    etree.strip_elements(root, etree.Comment, *_SKIP, with_tail=False)
    blocks = []
    for raw in _blocks(root):
        text = _WS.sub(" ", raw).strip()
        if text:
            blocks.append(text)
        if len(blocks) >= MAX_BLOCKS:
            break
    fresh = [found.new(t) for t in blocks]
    kept = -1
    for i, key in enumerate(fresh):
        if key is None:
            continue
        for j in (i - 1, i, i + 1):
            if kept < j < len(blocks) and (j == i or len(blocks[j].split()) >= MIN_WORDS):
                found.keep("page", blocks[j], key if j == i else None)
                kept = j
    for kind, body in scripts:
        data = _script_json(kind, body)
        if data is None:
            continue
        origin = "json-ld" if "ld+json" in kind.lower() else "state"
        for text in _json_prose(data):
            found.add(origin, text, MIN_JSON_WORDS)
    return found.out


def _blocks(root: etree._Element) -> Iterator[str]:
    """The text of each block of the tree, inline elements joined within their block."""
    buf: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        block = tag in _BLOCK or tag == "br"
        if event == "start":
            if block and buf:
                yield "".join(buf)
                buf = []
            if el.text:
                buf.append(el.text)
        else:
            if block and buf:
                yield "".join(buf)
                buf = []
            if el.tail:
                buf.append(el.tail)
    if buf:
        yield "".join(buf)


def _script_json(kind: str, body: str) -> Any:
    """The JSON a script holds or assigns, or None."""
    kind = kind.lower()
    if "json" in kind:
        start = 0
    elif not kind or "javascript" in kind:
        m = _ASSIGN.match(body)
        if m is None:
            return None
        start = m.end()
    else:
        return None
    while start < len(body) and body[start].isspace():
        start += 1
    try:
        data, _ = json.JSONDecoder().raw_decode(body, start)
    except (ValueError, RecursionError):
        return None
    return data


def _json_prose(data: Any) -> Iterator[str]:
    """Paragraphs of prose in a JSON value: long strings, HTML strings and JsonML bodies."""
    stack = [data]
    nodes = 0
    while stack and nodes < MAX_NODES:
        node = stack.pop()
        nodes += 1
        if isinstance(node, str):
            yield from _string_prose(node)
        elif isinstance(node, dict):
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            if _is_jsonml(node):
                yield from _jsonml_blocks(node)
            else:
                stack.extend(reversed(node))


def _string_prose(s: str) -> Iterator[str]:
    if len(s) < 30 or " " not in s or s.startswith(("http://", "https://", "{", "[")):
        return
    if "<" in s and ("</" in s or "<p" in s or "<br" in s):
        try:
            frags = lxml_html.fragments_fromstring(s)
        except (etree.ParserError, ValueError, TypeError):
            frags = []
        wrapper = etree.Element("div")
        for f in frags:
            if isinstance(f, str):
                if wrapper.text is None and len(wrapper) == 0:
                    wrapper.text = f
            else:
                wrapper.append(f)
        etree.strip_elements(wrapper, etree.Comment, *_SKIP, with_tail=False)
        yield from _blocks(wrapper)
        return
    for line in _MARKUP.sub("", _MD_LINK.sub(r"\1", s)).split("\n"):
        letters = sum(c.isalpha() or c == " " for c in line)
        if line.strip() and letters >= 0.75 * len(line):
            yield line


_JSONML_TAG = re.compile(r"^[a-z][a-z0-9-]{0,30}$")


def _is_jsonml(node: list[Any]) -> bool:
    return len(node) >= 2 and isinstance(node[0], str) and bool(_JSONML_TAG.match(node[0])) \
        and (isinstance(node[1], (str, list)) or (isinstance(node[1], dict) and len(node) >= 3))


def _jsonml_blocks(node: list[Any]) -> Iterator[str]:
    """Render a JsonML tree as block texts (a depth-first walk without recursion)."""
    buf: list[str] = []
    stack: list[Any] = [node]
    while stack:
        item = stack.pop()
        if item is _END:
            if buf:
                yield "".join(buf)
                buf = []
        elif isinstance(item, str):
            buf.append(item)
        elif isinstance(item, list) and item and isinstance(item[0], str):
            tag = item[0].lower()
            if tag in _SKIP:
                continue
            children = [c for c in item[1:] if not isinstance(c, dict)]
            block = tag in _BLOCK
            if block and buf:
                yield "".join(buf)
                buf = []
            if block:
                stack.append(_END)
            stack.extend(reversed(children))
    if buf:
        yield "".join(buf)


_END = object()
