"""Social posts embedded in a web page, and who wrote each.

A news page that shows a post embeds the platform's markup: X/Twitter's
``<blockquote class="twitter-tweet"><p>TEXT</p>— Name (@handle) <a>date</a></blockquote>``,
Bluesky's ``bluesky-embed`` and Mastodon's ``mastodon-embed`` in the same shape. The post's
words are its author's as surely as a transcript's line is its speaker's; the page itself
says so, with no reporting verb to read. :func:`embedded_posts` reads them from the markup,
:func:`post_voices` places them in a document's text.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree
from lxml import html as lxml_html

from verify.input.interface import Voice
from verify.input.post import Post

#: Classes of the blockquote each platform's embed code writes, and the service each is.
EMBED_CLASSES = {"twitter-tweet": "X", "bluesky-embed": "Bluesky", "mastodon-embed": "Mastodon"}
#: Embedded posts read per page at most.
MAX_POSTS = 200
#: Words of a post searched for in the text (its opening; a long post's tail may be cut).
MATCH_WORDS = 40

_SIGNATURE = re.compile(r"^\s*[—–-]+\s*(?P<name>[^()]{1,80}?)\s*\((?P<handle>@[\w.-]{1,64})\)")
_WS = re.compile(r"\s+")
_NOT_NAME = re.compile(r"[^\w\s.'’-]")  # emoji and symbols in a display name
_LINKISH = re.compile(r"(?:https?://|pic\.twitter\.com|\S+\.\S+/\S)")


def _iso_date(text: str) -> str | None:
    """The embed's date line ("November 18, 2019") as ISO 8601, or None."""
    try:
        return datetime.strptime(" ".join(text.split()), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def parse_page(page: str) -> lxml_html.HtmlElement | None:
    """The page's markup parsed once for the readers of this module and
    :func:`verify.input.html.mark_blockquotes`; None when it cannot be parsed."""
    try:
        return lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError, TypeError):
        return None


def embedded_posts(page: str | lxml_html.HtmlElement | None) -> list[Post]:
    """The posts embedded in ``page`` (markup, or as :func:`parse_page` parsed it) whose
    author the embed's signature line names ("— Ann Lee (@annlee) May 1, 2024"); a
    blockquote without one is skipped."""
    if isinstance(page, str):
        if not any(c in page for c in EMBED_CLASSES):
            return []
        page = parse_page(page)
    if page is None:
        return []
    root = page
    posts: list[Post] = []
    for bq in root.iter("blockquote"):
        service = next((EMBED_CLASSES[c] for c in (bq.get("class") or "").split()
                        if c in EMBED_CLASSES), None)
        if service is None:
            continue
        paragraphs = [p for p in bq.iter("p")]
        if not paragraphs:
            continue
        words = " ".join(p.text_content() for p in paragraphs)
        tail = "".join(t for p in paragraphs[-1:] for t in [p.tail or ""])
        signed = _SIGNATURE.match(tail + "".join(
            e.text_content() + (e.tail or "") for e in paragraphs[-1].itersiblings()))
        if signed is None:
            continue
        text = _WS.sub(" ", words).strip()
        name = _WS.sub(" ", _NOT_NAME.sub("", signed.group("name"))).strip()
        if text and name:
            links = [a for a in bq.iter("a") if a.getparent() is bq]
            url = (links[-1].get("href") or "") if links else ""
            when = links[-1].text_content().strip() if links else ""
            posts.append(Post(text, name, signed.group("handle"), _iso_date(when), service,
                              url))
        if len(posts) >= MAX_POSTS:
            break
    return posts


def post_voices(text: str, posts: list[Post]) -> tuple[Voice, ...]:
    """Where each post's words stand in ``text`` (the document's text), as voices of their
    authors; a post whose words the text does not hold in order is left out."""
    voices = []
    for post in posts:
        words = []
        for w in post.text.split():
            if _LINKISH.match(w):
                break  # a link's text is rewritten by every extractor
            words.append(w)
        if len(words) < 3:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words[:MATCH_WORDS])
        found = re.search(pattern, text)
        if found is None:
            continue
        end = found.end()
        if len(words) > MATCH_WORDS:  # the rest of the post, as far as it goes on in order
            rest = re.match(r"\s+".join([""] + [re.escape(w) for w in words[MATCH_WORDS:]]),
                            text[end:])
            end += rest.end() if rest else 0
        voices.append(Voice(found.start(), end, post.author, post.handle))
    voices.sort(key=lambda v: v.start)
    # Two posts holding the same words: neither speaks them surely.
    return tuple(v for i, v in enumerate(voices)
                 if not (i and voices[i - 1].end > v.start)
                 and not (i + 1 < len(voices) and v.end > voices[i + 1].start))
