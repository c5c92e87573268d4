"""Social posts read through their services' public, keyless APIs (shapes in
../shared/docs/originals.md): X and Twitter through oEmbed, Bluesky through the public
AppView's ``app.bsky.feed.getPostThread``, Mastodon through the instance's
``/api/v1/statuses/:id``. A plain fetch of X or Bluesky serves no post text.

Every request goes through the run's :class:`~verify.fetch.client.Fetcher` (the address
guard on every hop, robots.txt for links the tool found, the page cache, rate limits,
``--record``/``--replay``). A post the service says is gone is ``post-not-found``; one it
shows only to some, ``post-protected``; either makes its quotes SOURCE_UNAVAILABLE.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, urlsplit

from verify.errors import InputError
from verify.input.post import Post, html_text, post_to_document
from verify.reasons import Reason

if TYPE_CHECKING:
    from verify.fetch.client import Fetcher
    from verify.input.interface import Document

X_OEMBED = "https://publish.twitter.com/oembed"
"""X's oEmbed endpoint (``VERIFY_X_OEMBED``)."""
BLUESKY_API = "https://public.api.bsky.app"
"""Bluesky's public AppView (``VERIFY_BLUESKY_API``)."""

_X_HOSTS = {"x.com", "twitter.com", "mobile.twitter.com", "mobile.x.com"}
_X_PATH = re.compile(r"/(?:(?P<user>\w{1,50})|i/web|i)/status(?:es)?/(?P<id>\d{1,25})(?:/|$)")
_BSKY_PATH = re.compile(r"/profile/(?P<actor>[\w.:-]{1,300})/post/(?P<rkey>[\w~.:-]{1,100})/?$")
_MASTODON_PATH = re.compile(r"/(?:@(?P<user>[\w.-]{1,100}(?:@[\w.-]{1,200})?)|users/"
                            r"(?P<user2>[\w.-]{1,100})/statuses)/(?P<id>\d{1,25})/?$")
_JSON = ("application/json",)


@dataclass(frozen=True, slots=True)
class PostServices:
    """Where the services answer (configuration: tests point them at 127.0.0.1)."""

    x_oembed: str = X_OEMBED
    bluesky_api: str = BLUESKY_API


@dataclass(frozen=True, slots=True)
class PostRequest:
    """The API request that reads one post."""

    service: Literal["x", "bluesky", "mastodon"]
    api_url: str
    post_url: str


def post_request(url: str, services: PostServices) -> PostRequest | None:
    """The API request for a post's address, or None for any other address."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"}:
        return None
    path = parts.path
    if host in _X_HOSTS and (m := _X_PATH.match(path)):
        canonical = f"https://twitter.com/{m['user'] or 'i'}/status/{m['id']}"
        return PostRequest("x", f"{services.x_oembed}?url={quote(canonical, safe='')}"
                                "&omit_script=1&dnt=true", url)
    if host == "bsky.app" and (m := _BSKY_PATH.match(path)):
        at_uri = f"at://{m['actor']}/app.bsky.feed.post/{m['rkey']}"
        return PostRequest("bluesky", f"{services.bluesky_api.rstrip('/')}/xrpc/"
                           f"app.bsky.feed.getPostThread?uri={quote(at_uri, safe='')}"
                           "&depth=0&parentHeight=0", url)
    if host and (m := _MASTODON_PATH.match(path)):
        base = f"{parts.scheme}://{parts.netloc}"
        return PostRequest("mastodon", f"{base}/api/v1/statuses/{m['id']}", url)
    return None


async def read_post(request: PostRequest, fetcher: Fetcher, *, robots: bool = False
                    ) -> tuple[Document, bool] | None:
    """The post as a document, and whether it came from the cache; None when a
    Mastodon-style address turns out not to be a Mastodon instance (read it as a page).
    :class:`InputError` with the reason when the post cannot be read."""
    result = await fetcher.fetch(request.api_url, robots=robots, accept=_JSON)
    name = request.post_url
    if not result.ok:
        status = result.status or 0
        if request.service == "mastodon" and result.code is Reason.NOT_TEXT:
            return None  # an HTML page at /api/v1/…: not a Mastodon instance
        if status in {404, 410} or (status == 400 and request.service == "bluesky"):
            raise InputError(f"{name}: the post was deleted or never existed "
                             f"({_service(request)} answered HTTP {status})",
                             code=Reason.POST_NOT_FOUND)
        if status in {401, 403}:
            raise InputError(f"{name}: the post is protected or private ({_service(request)} "
                             f"answered HTTP {status})", code=Reason.POST_PROTECTED)
        raise InputError(f"{name}: {result.error}", code=result.code or Reason.UNREADABLE)
    assert result.body is not None
    try:
        data = json.loads(result.body)
    except ValueError as exc:
        if request.service == "mastodon":
            return None
        raise InputError(f"{name}: {_service(request)} answered with no JSON",
                         code=Reason.UNREADABLE) from exc
    if not isinstance(data, dict):
        raise InputError(f"{name}: {_service(request)} answered with no post",
                         code=Reason.UNREADABLE)
    if request.service == "x":
        post = _x_post(data, request)
    elif request.service == "bluesky":
        post = _bluesky_post(data, request)
    else:
        if not isinstance(data.get("account"), dict) or "content" not in data:
            return None  # JSON, but not a status: not a Mastodon instance
        post = _mastodon_post(data, request)
    return post_to_document(post, input=name), result.from_cache


def _service(request: PostRequest) -> str:
    if request.service == "mastodon":
        return urlsplit(request.api_url).netloc
    return {"x": "X", "bluesky": "Bluesky"}[request.service]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


_X_TEXT = re.compile(r"<p(?:\s[^<>]{0,2000})?>(.*?)</p\s*>", re.S | re.I)
_LINK_TEXT = re.compile(r"<a\s[^<>]{0,4000}>([^<>]{0,200})</a\s*>", re.I)


def _x_post(data: dict[str, Any], request: PostRequest) -> Post:
    """X's oEmbed answer: the text in the embed's ``<blockquote><p>``, the author from
    ``author_name`` and ``author_url``, the date from the embed's last link."""
    embed = _text(data.get("html"))
    m = _X_TEXT.search(embed)
    if m is None:
        raise InputError(f"{request.post_url}: X's embed holds no post text",
                         code=Reason.UNREADABLE)
    handle = urlsplit(_text(data.get("author_url"))).path.strip("/").split("/")[0]
    dates = _LINK_TEXT.findall(embed[m.end():])
    posted = _date(dates[-1]) if dates else None
    return Post(html_text(m.group(1)), _text(data.get("author_name")).strip(),
                f"@{handle}" if handle else "@unknown", posted, "X", request.post_url)


def _date(text: str) -> str | None:
    """ISO 8601 of the embed's "June 26, 2014"."""
    try:
        return datetime.strptime(" ".join(text.split()), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def _bluesky_post(data: dict[str, Any], request: PostRequest) -> Post:
    """The AppView's thread: ``thread.post`` (record text, author, createdAt), or a
    ``notFoundPost`` / ``blockedPost`` in its place."""
    thread = data.get("thread")
    if not isinstance(thread, dict):
        raise InputError(f"{request.post_url}: Bluesky answered with no thread",
                         code=Reason.UNREADABLE)
    kind = _text(thread.get("$type"))
    if kind.endswith("#notFoundPost") or thread.get("notFound") is True:
        raise InputError(f"{request.post_url}: the post was deleted or never existed "
                         "(Bluesky: notFoundPost)", code=Reason.POST_NOT_FOUND)
    if kind.endswith("#blockedPost") or thread.get("blocked") is True:
        raise InputError(f"{request.post_url}: Bluesky does not show this post (blockedPost)",
                         code=Reason.POST_PROTECTED)
    post = thread.get("post")
    if not isinstance(post, dict) or not isinstance(post.get("record"), dict):
        raise InputError(f"{request.post_url}: Bluesky answered with no post",
                         code=Reason.UNREADABLE)
    author = _obj(post.get("author"))
    labels = author.get("labels")
    if isinstance(labels, list) and any(_obj(x).get("val") == "!no-unauthenticated"
                                        for x in labels):
        raise InputError(f"{request.post_url}: its author asks not to be shown to logged-out "
                         "viewers (Bluesky's !no-unauthenticated)", code=Reason.POST_PROTECTED)
    record = post["record"]
    handle = _text(author.get("handle")) or _text(author.get("did"))
    return Post(_text(record.get("text")), _text(author.get("displayName")).strip(),
                f"@{handle}", _text(record.get("createdAt")) or None, "Bluesky",
                request.post_url)


def _mastodon_post(data: dict[str, Any], request: PostRequest) -> Post:
    """A Mastodon status: its ``content`` HTML and ``account``; a boost is the boosted
    status, whose author said the words."""
    if isinstance(data.get("reblog"), dict):
        data = data["reblog"]
    account = _obj(data.get("account"))
    acct = _text(account.get("acct"))
    host = urlsplit(request.post_url).hostname or ""
    handle = f"@{acct}" if "@" in acct else f"@{acct}@{host}"
    return Post(html_text(_text(data.get("content"))), _text(account.get("display_name")).strip(),
                handle, _text(data.get("created_at")) or None, host, request.post_url)
