"""A Markdown draft as a reader sees it, with character ranges of its source still marked.

The report's spans are offsets into the draft's Markdown source. markdown-it-py (MIT)
parses it; each text token is located in the source (block tokens carry their lines, and
the text tokens of a block follow each other in source order, separated only by markup),
and the marks are cut into the text tokens at those offsets, so a quotation that runs
across emphasis, a link or a line break is marked in each piece. Raw HTML stays disabled
(drafts are untrusted: it is shown as text), every text is escaped, a link is a link only
for http(s) and relative addresses, and an image is shown as its description (the report
loads nothing).
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from verify.formats.common import visible

#: ``mark(i, inner_html, first, last)``: the HTML of one piece of span ``i``; ``first`` and
#: ``last`` say whether the piece opens or closes the span.
Marker = Callable[[int, str, bool, bool], str]

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _escape(text: str) -> str:
    return html.escape(visible(text), quote=True)


def _safe_link(url: str) -> bool:
    """http(s) or a relative address; never javascript:, data:, file: or any other scheme."""
    url = url.strip()
    return not _SCHEME.match(url) or url.lower().startswith(("http://", "https://"))


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    # Escapes and entities stay tokens of their own, so each text token is a verbatim
    # piece of the source that can be found at its offset.
    md.disable("text_join")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return md


def _skip_destination(text: str, at: int) -> int:
    """Past a link's or image's ``](destination "title")``, ``][label]`` or ``]`` at
    ``at``; ``at`` unchanged when none is there."""
    if text.startswith("](", at):
        depth, i = 1, at + 2
        while i < len(text):
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            depth += (ch == "(") - (ch == ")")
            if depth == 0:
                return i + 1
            i += 1
        return at
    if text.startswith("][", at):
        close = text.find("]", at + 2)
        return close + 1 if close != -1 else at
    return at + 1 if text.startswith("]", at) else at


def _locate(text: str, tokens: list[Token]) -> dict[int, tuple[int, int, bool]]:
    """The source span of each text-like token (by ``id``), found in order from the
    block's first line, and whether it is an escape or entity (shown decoded, so never
    cut); a token that cannot be found is left out (it is shown unmarked)."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans: dict[int, tuple[int, int, bool]] = {}
    cursor = 0
    for block in tokens:
        if block.map is not None:
            cursor = max(cursor, line_starts[min(block.map[0], len(line_starts) - 1)])
        for child in block.children or []:
            if child.type == "link_close" and child.markup == "autolink":
                cursor = text.find(">", cursor) + 1 or cursor
                continue
            if child.type in {"link_close", "image"}:
                close = text.find("]", cursor)
                cursor = cursor if close == -1 else _skip_destination(text, close)
                continue
            source = child.markup if child.type == "text_special" else child.content
            if child.type not in {"text", "text_special", "code_inline"} or not source:
                continue
            at = text.find(source, cursor)
            if at != -1:
                spans[id(child)] = (at, at + len(source), child.type == "text_special")
                cursor = at + len(source)
    return spans


def render_marked(text: str, spans: Sequence[tuple[int, int]],
                  mark: Marker) -> tuple[str, list[int]]:
    """The Markdown ``text`` as HTML with each of ``spans`` (sorted, not overlapping)
    marked by ``mark``; also the indexes of the spans that fell on no visible text (inside
    a code block or a link's address), for the caller to show apart."""
    md = _parser()
    tokens = md.parse(text)
    where = _locate(text, tokens)
    starts = [s for s, _ in spans]
    bounds = sorted({c for span in spans for c in span})

    def span_at(a: int) -> int | None:
        i = bisect.bisect_right(starts, a) - 1
        return i if i >= 0 and a < spans[i][1] else None

    def cuts(s: int, e: int, special: bool) -> list[tuple[int, int]]:
        """A text token's pieces: cut where a span starts or ends, unless it is one
        escape or entity."""
        inside = [] if special else \
            bounds[bisect.bisect_right(bounds, s):bisect.bisect_left(bounds, e)]
        return list(itertools.pairwise([s, *inside, e]))

    # The first piece of a span opens it (its id, its focus), the last closes it (its tag).
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for s, e, special in sorted(where.values()):
        for a, _ in cuts(s, e, special):
            if (i := span_at(a)) is not None:
                first.setdefault(i, a)
                last[i] = a

    def marked(token: Token) -> str:
        if (found := where.get(id(token))) is None:
            return _escape(token.content)
        out = []
        for a, b in cuts(*found):
            inner = _escape(token.content if found[2] else text[a:b])
            i = span_at(a)
            out.append(inner if i is None else mark(i, inner, first[i] == a, last[i] == a))
        return "".join(out)

    def text_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return marked(tokens[idx])

    def code_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return f"<code>{marked(tokens[idx])}</code>"

    def image_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any,
                   env: Any) -> str:
        alt = tokens[idx].content
        return f'<span class="image">[image{": " + _escape(alt) if alt else ""}]</span>'

    def link_rule(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        tokens[idx].attrSet("rel", "noopener noreferrer")
        return str(self.renderToken(tokens, idx, options, env))

    for name, rule in {"text": text_rule, "text_special": text_rule, "code_inline": code_rule,
                       "image": image_rule, "link_open": link_rule}.items():
        md.add_render_rule(name, rule)
    return md.renderer.render(tokens, md.options, {}), [
        i for i in range(len(spans)) if i not in first]
