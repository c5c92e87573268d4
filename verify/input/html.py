"""HTML to :class:`Document` through trafilatura, keeping blocks, blockquotes and links."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from lxml import etree
from lxml import html as lxml_html

from verify.errors import InputError
from verify.input.embeds import embedded_posts, parse_page, post_voices
from verify.input.interface import Document, Link, TextBlock, Voice
from verify.input.interview import interview_voices
from verify.input.wholepage import other_passages
from verify.reasons import Reason

_BLOCK_TAGS = {"p", "head", "item", "cell", "code", "quote", "list", "table", "row", "div"}
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")

if TYPE_CHECKING:
    from trafilatura.settings import Document as Extracted


class _Builder:
    """Accumulates text, blocks and links while walking trafilatura's XML body."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[TextBlock] = []
        self.links: list[Link] = []

    def _append(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.length += len(s)

    def inline(self, el: etree._Element) -> None:
        """Append the inline content of ``el`` (text, refs, formatting) to the open block."""
        if el.text:
            self._append(_WS.sub(" ", el.text))
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "lb":
                self._append(" ")
            elif tag == "ref":
                start = self.length
                self.inline(child)
                target = child.get("target")
                if target:
                    anchor = _WS.sub(" ", "".join(child.itertext())).strip()
                    self.links.append(Link(target, start, self.length, anchor))
            else:
                self.inline(child)
            if child.tail:
                self._append(_WS.sub(" ", child.tail))

    def block(self, el: etree._Element, *, blockquote: bool = False) -> None:
        """Append ``el`` as one or more blocks."""
        tag = el.tag if isinstance(el.tag, str) else ""
        nested_blocks = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el)
        if tag in {"quote", "list", "table", "row", "div"} or nested_blocks:
            in_quote = blockquote or tag == "quote"
            if el.text and el.text.strip():
                self._open_block(el.text, in_quote)
            for child in el:
                self.block(child, blockquote=in_quote)
                if child.tail and child.tail.strip():
                    self._open_block(child.tail, in_quote)
            return
        if self.parts:
            self._append("\n\n")
        start, first = self.length, len(self.parts)
        self.inline(el)
        self._close(start, first, blockquote)

    def append_block(self, text: str, origin: str) -> None:
        """Append a paragraph found outside the main text."""
        if self.parts:
            self._append("\n\n")
        start = self.length
        self._append(text)
        self.blocks.append(TextBlock(start, self.length, origin=origin))

    def _open_block(self, text: str, blockquote: bool) -> None:
        if self.parts:
            self._append("\n\n")
        start, first = self.length, len(self.parts)
        self._append(_WS.sub(" ", text))
        self._close(start, first, blockquote)

    def _close(self, start: int, first: int, blockquote: bool) -> None:
        # Only this block's parts: joining everything so far for each block was quadratic.
        text = "".join(self.parts[first:])
        # Trim the block's own leading and trailing spaces out of its span.
        s, e = 0, len(text)
        while s < e and text[s] == " ":
            s += 1
        while e > s and text[e - 1] == " ":
            e -= 1
        if e > s:
            self.blocks.append(TextBlock(start + s, start + e, blockquote))


_FREE_FLAG = re.compile(r"isAccessibleForFree", re.I)
_LD_OPEN = re.compile(r"<script[^>]{0,500}application/ld\+json[^>]{0,500}>", re.I)
_FALSE_CONTENT = re.compile(r"content=[\"']false", re.I)
#: JSON-LD deeper than this is not searched for the paywall flag (real pages nest 2-4).
_LD_DEPTH = 12


def _paywalled(html: str) -> bool:
    """True when JSON-LD (also inside ``@graph``) or meta tags mark the content as not free.

    Linear in the page: each look is bounded (a tag's 2,000 characters around the flag; a
    script's closing tag found once, from where it opens), so a page full of markers or of
    unclosed scripts costs no more than one pass."""
    lowered = html.lower()
    for m in _FREE_FLAG.finditer(html):
        if "itemprop" not in lowered[max(0, m.start() - 40):m.start()]:
            continue
        end = lowered.find(">", m.end(), m.end() + 2000)
        if _FALSE_CONTENT.search(html, m.end(), end if end >= 0 else m.end() + 2000):
            return True
    pos = 0
    while (script := _LD_OPEN.search(html, pos)) is not None:
        close = lowered.find("</script>", script.end())
        if close < 0:
            break
        pos = close + 9
        try:
            data = json.loads(html[script.end():close])
        except (ValueError, RecursionError):  # malformed, or nested past the parser's limit
            continue
        if _ld_not_free(data):
            return True
    return False


def _ld_not_free(node: Any, depth: int = 0) -> bool:
    if depth > _LD_DEPTH:
        return False
    if isinstance(node, list):
        return any(_ld_not_free(n, depth + 1) for n in node)
    if isinstance(node, dict):
        flag = node.get("isAccessibleForFree")
        if flag is False or (isinstance(flag, str) and flag.strip().lower() == "false"):
            return True
        return any(_ld_not_free(v, depth + 1) for k, v in node.items()
                   if k in {"@graph", "hasPart"})
    return False


def html_to_document(html: str, *, input: str, url: str | None = None,
                     whole_page: bool = False) -> Document:
    """Extract the article text of an HTML page, with its blocks, links and metadata.

    ``url`` is where the page was fetched from; relative links resolve against it. When
    it is None, the page's own canonical URL (if any) becomes the document's URL. With
    ``whole_page`` (a source, searched whole), the page's text that the main-content
    extraction left out follows the main text (:mod:`verify.input.wholepage`).
    """
    from trafilatura import bare_extraction  # 140 ms import: only paid when HTML is read

    try:
        # A trafilatura Document (not as_dict): the union of its return type is narrowed here.
        result = cast("Extracted | None", bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_links=True,
            include_tables=True,
            favor_recall=True,
        ))
    except (RecursionError, ValueError, TypeError, AttributeError, LookupError) as exc:
        # Hostile markup (deeply nested elements or JSON-LD, broken encodings) can make the
        # extractor fail: that page is unreadable, the run goes on.
        raise InputError(f"{input}: the article text could not be extracted "
                         f"({type(exc).__name__})", code=Reason.UNREADABLE) from exc
    builder = _Builder()
    title = published = site = author = page_url = None
    if result is not None and result.body is not None:
        for child in result.body:
            builder.block(child)
        title, published = result.title, result.date
        site, author, page_url = result.sitename, result.author, result.url
    # Block quotations and embedded posts are read from one parse of the markup.
    root = parse_page(html) if "<blockquote" in html else None
    if root is not None:
        builder.blocks = mark_blockquotes(builder.blocks, "".join(builder.parts), root)
    main_end = None
    if whole_page:
        main = "".join(builder.parts)
        rest = other_passages(html, main)
        if rest:
            main_end = builder.length
            for passage in rest:
                builder.append_block(passage.text, passage.origin)
    text = "".join(builder.parts)
    # A source's embedded posts are their authors' words, and an interview's labelled
    # answers its speakers', as surely as the page can say.
    voices = _apart(post_voices(text, embedded_posts(root)),
                    interview_voices(text, builder.blocks)) if whole_page else ()
    return Document(
        input=input,
        kind="html",
        text=text,
        blocks=tuple(builder.blocks),
        links=tuple(builder.links),
        title=title,
        url=url or page_url,
        published=published,
        site_name=site,
        author=author,
        paywalled=_paywalled(html),
        main_end=main_end,
        voices=voices,
    )


def mark_blockquotes(blocks: list[TextBlock], text: str,
                     page: str | lxml_html.HtmlElement | None) -> list[TextBlock]:
    """``blocks`` of ``text`` with those the page (markup, or as
    :func:`verify.input.embeds.parse_page` parsed it) sets in a ``<blockquote>`` marked as
    quotation blocks: the extractor flattens some into plain paragraphs (live blogs set a
    statement after "He said" as one, with an icon in its first paragraph), and a block
    quotation is a quote of its own."""
    root = parse_page(page) if isinstance(page, str) else page
    if root is None:
        return blocks
    quoted: set[str] = set()
    for bq in root.iter("blockquote"):
        for p in bq.iter("p"):
            key = _squash(p.text_content())
            if len(key) >= _MIN_QUOTED_CHARS:
                quoted.add(key)
        if len(quoted) >= _MAX_QUOTED:
            break
    return [replace(b, blockquote=True)
            if not b.blockquote and _squash(text[b.start:b.end]) in quoted else b
            for b in blocks]


def _squash(text: str) -> str:
    return " ".join(text.split())


#: A quoted paragraph shorter than this is a label; more than this many are not read.
_MIN_QUOTED_CHARS = 20
_MAX_QUOTED = 2_000


def _apart(*groups: tuple[Voice, ...]) -> tuple[Voice, ...]:
    """The voices of all groups in order of their start, none overlapping an earlier one."""
    out: list[Voice] = []
    for v in sorted((v for g in groups for v in g), key=lambda v: v.start):
        if not out or v.start >= out[-1].end:
            out.append(v)
    return tuple(out)
