"""A social post to :class:`Document`: its text, its author as the speaker of every word,
and where it sits (the author's handle and when it was posted).

The services' answers are read in :mod:`verify.sources.posts`; this module only turns what
they said into the document every later stage reads."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from verify.errors import InputError
from verify.input.interface import Document, Located, Location, TextBlock, Voice
from verify.reasons import Reason

#: Longest post read. X allows 25,000 characters to paying accounts, Mastodon instances
#: raise their 500 to a few thousand; a "post" beyond this is no post.
MAX_POST_CHARS = 100_000

_BREAK = re.compile(r"<br\s*/?>", re.I)
_PARAGRAPH = re.compile(r"</p\s*>\s*<p(?:\s[^<>]{0,2000})?>", re.I)
_INVISIBLE = re.compile(r"<span[^<>]{0,200}\bclass=\"[^\"<>]{0,100}\binvisible\b[^<>]{0,200}>"
                        r"[^<>]{0,2000}</span>", re.I)
_TAG = re.compile(r"<[^<>]{0,2000}>")


@dataclass(frozen=True, slots=True)
class Post:
    """What a service says of one post."""

    text: str
    """The post's words, paragraphs separated by blank lines."""
    author: str
    """The author's display name (the handle when there is none)."""
    handle: str
    """The author's handle, ``@name`` (``@user@instance`` on Mastodon)."""
    posted: str | None
    """When it was posted, ISO 8601."""
    service: str
    """"X", "Bluesky", or the Mastodon instance's host."""
    url: str
    """The post's own address (the page a reader opens)."""


def html_text(fragment: str) -> str:
    """The text of a post's HTML (Mastodon's ``content``, the ``<p>`` of X's embed):
    paragraphs as blank lines, ``<br>`` as a line break, tags dropped, entities decoded,
    the parts of a link Mastodon hides left out."""
    text = _PARAGRAPH.sub("\n\n", fragment)
    text = _BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = html.unescape(_TAG.sub("", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def post_to_document(post: Post, *, input: str) -> Document:
    """The post as a document of kind ``post``: one location for all of it, its author
    speaking every word. :class:`InputError` (``too-large``, ``unreadable``) for a post
    beyond :data:`MAX_POST_CHARS` or without words."""
    text = post.text.strip()
    if len(text) > MAX_POST_CHARS:
        raise InputError(f"{input}: a post of {len(text):,} characters, more than any service "
                         f"allows (read up to {MAX_POST_CHARS:,})", code=Reason.TOO_LARGE)
    if not text:
        raise InputError(f"{input}: the post has no text (an image or a video alone?)",
                         code=Reason.UNREADABLE)
    blocks = []
    start = 0
    for m in re.finditer(r"\n\s*\n", text):
        blocks.append(TextBlock(start, m.start()))
        start = m.end()
    blocks.append(TextBlock(start, len(text)))
    where = Location(kind="post", author=post.handle, posted=post.posted)
    name = post.author or post.handle
    return Document(input=input, kind="post", text=text, blocks=tuple(blocks),
                    title=f"{name} ({post.handle}) on {post.service}", url=post.url,
                    published=post.posted, site_name=post.service, author=name,
                    locations=(Located(0, len(text), where),),
                    voices=(Voice(0, len(text), name, post.handle),))
