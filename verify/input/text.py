"""Plain text and Markdown to :class:`Document`, keeping the file's own characters."""

from __future__ import annotations

import re

from verify.input.interface import Document, DocumentKind, Link, TextBlock

_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
_MD_BLOCK_START = re.compile(r"\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|```|---\s*$|\|)")
# Bounded repeats keep each try short: unbounded, a line of "[[[[" or "[x]([y]([z](" made
# every opening bracket scan the rest of the line (quadratic; 96 KB took 47 s).
_MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,1000})\]\((<[^>\n]{1,2000}>|[^)\s\[\]]{1,2000})"
                      r"(?:\s+\"[^\"\n]{0,500}\")?\)")
_MD_REF_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,1000})\]\[([^\]\n]{0,1000})\]")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[([^\]\n]+)\]:\s*<?(\S+?)>?(?:\s+\"[^\"\n]*\")?\s*$", re.M)
_BARE_URL = re.compile(r"(?<![(<\[\w])https?://[^\s<>\"”’)\]]+[^\s<>\"”’)\].,;:!?]")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Split into (start, end-without-newline, content) triples."""
    out = []
    for m in _LINE.finditer(text):
        content = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(content), content))
    return out


def _blocks_from_groups(groups: list[list[tuple[int, int, str]]], quoted: list[bool]) -> tuple:
    blocks = []
    for lines, bq in zip(groups, quoted, strict=True):
        start = lines[0][0] + (len(lines[0][2]) - len(lines[0][2].lstrip()))
        end = lines[-1][1] - (len(lines[-1][2]) - len(lines[-1][2].rstrip()))
        if end > start:
            blocks.append(TextBlock(start, end, bq))
    return tuple(blocks)


def text_blocks(text: str) -> tuple[TextBlock, ...]:
    """Find the paragraphs of plain text.

    Three layouts are recognised: blank-line separated paragraphs; one paragraph per
    (long) line; and text pulled out of PDFs, where a paragraph starts with an indented
    line and page breaks leave blank lines in the middle of sentences.
    """
    lines = _lines(text)
    nonblank = [ln for ln in lines if ln[2].strip()]
    if not nonblank:
        return ()
    indented = sum(1 for ln in nonblank if ln[2][:1] in {" ", "\t"})
    blank_count = len(lines) - len(nonblank)
    indent_style = indented >= 3 and indented >= 0.08 * len(nonblank)
    long_lines = blank_count == 0 and sum(len(ln[2]) for ln in nonblank) / len(nonblank) > 100
    groups: list[list[tuple[int, int, str]]] = []
    prev_blank = False
    for ln in lines:
        content = ln[2]
        if not content.strip():
            prev_blank = True
            continue
        if not groups or long_lines:
            new = True
        elif indent_style:
            prev = groups[-1][-1][2]
            starts_indented = content[:1] in {" ", "\t"}
            new = starts_indented or (prev_blank and bool(_SENTENCE_END.search(prev)))
        else:
            new = prev_blank
        if new:
            groups.append([ln])
        else:
            groups[-1].append(ln)
        prev_blank = False
    return _blocks_from_groups(groups, [False] * len(groups))


def markdown_blocks(text: str) -> tuple[TextBlock, ...]:
    """Find the blocks of Markdown: paragraphs, headings, list items and ``>`` quotes."""
    groups: list[list[tuple[int, int, str]]] = []
    quoted: list[bool] = []
    prev_blank = True
    for ln in _lines(text):
        content = ln[2]
        if not content.strip():
            prev_blank = True
            continue
        is_quote = content.lstrip().startswith(">")
        continues_quote = is_quote and bool(quoted) and quoted[-1] and not prev_blank
        if not continues_quote and (prev_blank or _MD_BLOCK_START.match(content)
                                    or (quoted and quoted[-1] != is_quote)):
            groups.append([ln])
            quoted.append(is_quote)
        else:
            groups[-1].append(ln)
        prev_blank = content.lstrip().startswith("#")
    return _blocks_from_groups(groups, quoted)


def markdown_links(text: str) -> tuple[Link, ...]:
    """Inline, reference-style, autolinks and bare URLs, positioned on their anchor text."""
    refs = {m.group(1).strip().lower(): m.group(2) for m in _MD_REF_DEF.finditer(text)}
    links = [Link(m.group(2).strip("<>"), m.start(1), m.end(1), m.group(1))
             for m in _MD_LINK.finditer(text)]
    for m in _MD_REF_LINK.finditer(text):
        url = refs.get((m.group(2) or m.group(1)).strip().lower())
        if url:
            links.append(Link(url, m.start(1), m.end(1), m.group(1)))
    links.extend(Link(m.group(1), m.start(1), m.end(1), m.group(1))
                 for m in _AUTOLINK.finditer(text))
    taken = [(lk.start, lk.end) for lk in links]
    for m in _BARE_URL.finditer(text):
        if not any(s <= m.start() < e for s, e in taken) and not _in_ref_def(text, m.start()):
            links.append(Link(m.group(), m.start(), m.end(), m.group()))
    return tuple(sorted(links, key=lambda lk: lk.start))


def _in_ref_def(text: str, pos: int) -> bool:
    """True when ``pos`` lies on a Markdown reference definition line (``[id]: url``)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return bool(_MD_REF_DEF.match(text[line_start:line_end if line_end != -1 else None]))


def text_to_document(text: str, *, input: str, kind: DocumentKind, url: str | None = None,
                     ) -> Document:
    """Build a document from text or Markdown without changing a character of it."""
    if kind == "markdown":
        blocks, links = markdown_blocks(text), markdown_links(text)
        title = next((text[b.start:b.end].lstrip("# ").strip() for b in blocks
                      if text[b.start] == "#"), None)
    else:
        blocks = text_blocks(text)
        links = tuple(Link(m.group(), m.start(), m.end(), m.group())
                      for m in _BARE_URL.finditer(text))
        title = None
    return Document(input=input, kind=kind, text=text, blocks=blocks, links=links,
                    title=title, url=url)
