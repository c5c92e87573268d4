"""Social posts through their services, each answered by a loopback server with the
documented response shape (../shared/docs/originals.md): X's oEmbed, Bluesky's
app.bsky.feed.getPostThread, a Mastodon instance's /api/v1/statuses/:id."""

import json

import pytest

from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check
from verify.sources.posts import PostServices, post_request

X_POST = "https://x.com/AdamKinzinger/status/1663535353433579520"
X_TEXT = ("Hey <a href=\"https://twitter.com/hashtag/Russia?src=hash&amp;ref_src=twsrc%5Etfw\">"
          "#Russia</a>. You lost your right to be outraged about a drone attack on Moscow "
          "back in Feb 2022. Live by the sword…")
X_OEMBED = {
    "url": "https://twitter.com/AdamKinzinger/status/1663535353433579520",
    "author_name": "Adam Kinzinger",
    "author_url": "https://twitter.com/AdamKinzinger",
    "html": f"<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">{X_TEXT}</p>"
            "&mdash; Adam Kinzinger (@AdamKinzinger) <a href=\"https://twitter.com/"
            "AdamKinzinger/status/1663535353433579520?ref_src=twsrc%5Etfw\">May 30, 2023</a>"
            "</blockquote>\n",
    "width": 550, "height": None, "type": "rich", "cache_age": "3153600000",
    "provider_name": "Twitter", "provider_url": "https://twitter.com", "version": "1.0",
}
BSKY_POST = "https://bsky.app/profile/annlee.bsky.social/post/3kq2xvzxqy22c"
BSKY_URI = "at://annlee.bsky.social/app.bsky.feed.post/3kq2xvzxqy22c"


def bsky_thread(text="The flood barrier vote is on Tuesday. Come and tell the council what "
                     "you think.", labels=()):
    return {"thread": {
        "$type": "app.bsky.feed.defs#threadViewPost",
        "post": {"uri": BSKY_URI, "cid": "bafyreib2rxk3rh6kzwq",
                 "author": {"did": "did:plc:z72i7hdynmk6r22z27h6tvur",
                            "handle": "annlee.bsky.social", "displayName": "Ann Lee",
                            "labels": list(labels)},
                 "record": {"$type": "app.bsky.feed.post", "text": text,
                            "createdAt": "2024-03-05T09:12:44.118Z", "langs": ["en"]},
                 "replyCount": 0, "repostCount": 2, "likeCount": 9,
                 "indexedAt": "2024-03-05T09:12:45.000Z", "labels": []},
        "replies": []}}


def mastodon_status(id_="112233445566778899", reblog=None):
    return {"id": id_, "created_at": "2024-04-02T16:20:00.000Z", "visibility": "public",
            "url": f"https://social.example/@mayor/{id_}", "edited_at": None,
            "content": "<p>We will open the new library on <a href=\"https://social.example/"
                       "tags/Saturday\" class=\"mention hashtag\" rel=\"tag\">#<span>Saturday"
                       "</span></a> at ten.</p><p>Everyone is welcome, <a href=\"https://"
                       "example.org/library\" rel=\"nofollow noopener\"><span class=\""
                       "invisible\">https://</span><span class=\"\">example.org/library"
                       "</span><span class=\"invisible\"></span></a></p>",
            "account": {"id": "1", "username": "mayor", "acct": "mayor",
                        "display_name": "Rosa Diaz", "url": "https://social.example/@mayor"},
            "reblog": reblog, "spoiler_text": "", "media_attachments": []}


@pytest.fixture
def opts(options):
    return CheckOptions(**{**options.__dict__, "semantic": False})


def services(httpserver):
    return {"x_oembed": httpserver.url_for("/oembed"), "bluesky_api": httpserver.url_for("")}


def run(tmp_path, opts, draft, **extra):
    path = tmp_path / "draft.md"
    path.write_text(draft)
    return check([str(path)], CheckOptions(**{**opts.__dict__, **extra})).articles[0].quotes


def summary(q):
    loc = q.evidence.location.model_dump(exclude_none=True) \
        if q.evidence and q.evidence.location else None
    return q.verdict.value, q.attribution.status.value if q.attribution else None, loc


def test_post_addresses_and_their_api_requests():
    s = PostServices("http://x.test/oembed", "http://bsky.test")
    x = post_request("https://twitter.com/AdamKinzinger/status/1663535353433579520?s=20", s)
    assert x is not None and x.api_url == (
        "http://x.test/oembed?url=https%3A%2F%2Ftwitter.com%2FAdamKinzinger%2Fstatus%2F"
        "1663535353433579520&omit_script=1&dnt=true")
    assert post_request("https://mobile.twitter.com/a/status/12", s).service == "x"
    b = post_request(BSKY_POST, s)
    assert b is not None and b.api_url == (
        "http://bsky.test/xrpc/app.bsky.feed.getPostThread?uri=at%3A%2F%2Fannlee.bsky.social"
        "%2Fapp.bsky.feed.post%2F3kq2xvzxqy22c&depth=0&parentHeight=0")
    m = post_request("https://social.example/@mayor/112233445566778899", s)
    assert m is not None and m.api_url == "https://social.example/api/v1/statuses/112233445566778899"
    for page in ["https://x.com/AdamKinzinger", "https://bsky.app/profile/annlee.bsky.social",
                 "https://example.org/news/2024/story", "https://medium.com/@ann/a-story-3f2a1",
                 "ftp://x.com/a/status/1"]:
        assert post_request(page, s) is None, page


def test_an_x_post_through_oembed(tmp_path, httpserver, opts):
    httpserver.expect_request("/oembed", query_string={
        "url": X_OEMBED["url"], "omit_script": "1", "dnt": "true"}).respond_with_json(X_OEMBED)
    draft = (f"Former congressman Adam Kinzinger wrote: “Hey #Russia. You lost your right to "
             f"be outraged about a drone attack on Moscow back in Feb 2022.” ([post]({X_POST}))"
             "\n")
    (kinzinger,) = run(tmp_path, opts, draft, **services(httpserver))
    post = {"kind": "post", "author": "@AdamKinzinger", "posted": "2023-05-30"}
    assert summary(kinzinger) == ("VERBATIM", "confirmed", post)
    assert kinzinger.attribution.source_speaker == "Adam Kinzinger (@AdamKinzinger)"
    assert kinzinger.evidence.url == X_POST
    # The same words credited to someone else, who is not named in the post.
    draft = (f"UK Foreign Minister James Cleverly said: “You lost your right to be outraged "
             f"about a drone attack on Moscow.” ([post]({X_POST}))\n")
    (cleverly,) = run(tmp_path, opts, draft, **services(httpserver))
    assert summary(cleverly) == ("MISATTRIBUTED", "contradicted", post)
    assert "Adam Kinzinger (@AdamKinzinger)'s" in cleverly.explanation


def test_a_bluesky_post_through_the_appview(tmp_path, httpserver, opts):
    httpserver.expect_request("/xrpc/app.bsky.feed.getPostThread", query_string={
        "uri": BSKY_URI, "depth": "0", "parentHeight": "0"}).respond_with_json(bsky_thread())
    draft = (f"“Come and tell the council what you think,” Ann Lee posted on Bluesky "
             f"([post]({BSKY_POST})).\n\n“The flood barrier vote is on Tuesday,” Tom Okafor "
             f"said ([post]({BSKY_POST})).\n")
    lee, okafor = run(tmp_path, opts, draft, **services(httpserver))
    post = {"kind": "post", "author": "@annlee.bsky.social",
            "posted": "2024-03-05T09:12:44.118Z"}
    assert summary(lee) == ("VERBATIM", "confirmed", post)
    assert summary(okafor) == ("MISATTRIBUTED", "contradicted", post)


def test_a_mastodon_post_through_its_instance(tmp_path, httpserver, opts):
    status = mastodon_status()
    httpserver.expect_request("/api/v1/statuses/112233445566778899").respond_with_json(status)
    link = httpserver.url_for("/@mayor/112233445566778899")
    draft = (f"“We will open the new library on #Saturday at ten,” Mayor Rosa Diaz wrote "
             f"([post]({link})).\n")
    (q,) = run(tmp_path, opts, draft)
    host = link.split("/")[2].split(":")[0]
    assert summary(q) == ("VERBATIM", "confirmed", {
        "kind": "post", "author": f"@mayor@{host}", "posted": "2024-04-02T16:20:00.000Z"})


def test_a_boost_is_read_as_the_boosted_authors_post(tmp_path, httpserver, opts):
    inner = mastodon_status("99")
    inner["account"] = {"acct": "librarian@books.example", "display_name": "Jo Park"}
    boost = {**mastodon_status("42", reblog=inner), "content": ""}
    httpserver.expect_request("/api/v1/statuses/42").respond_with_json(boost)
    draft = (f"“We will open the new library on Saturday at ten,” Jo Park wrote "
             f"([post]({httpserver.url_for('/@mayor/42')})).\n")
    (q,) = run(tmp_path, opts, draft)
    assert summary(q)[:2] == ("MINOR_VARIATION", "confirmed")  # the hashtag's "#" left out
    assert q.evidence.location.author == "@librarian@books.example"


@pytest.mark.parametrize(("answer", "reason"), [
    ((json.dumps({"thread": {"$type": "app.bsky.feed.defs#notFoundPost", "uri": BSKY_URI,
                             "notFound": True}}), 200), "post-not-found"),
    ((json.dumps({"thread": {"$type": "app.bsky.feed.defs#blockedPost", "uri": BSKY_URI,
                             "blocked": True, "author": {"did": "did:plc:x"}}}), 200),
     "post-protected"),
    ((json.dumps({"error": "NotFound", "message": "Post not found: " + BSKY_URI}), 400),
     "post-not-found"),
    ((json.dumps(bsky_thread(labels=[{"src": "did:plc:x", "uri": "at://did:plc:x/app.bsky."
                                      "actor.profile/self", "val": "!no-unauthenticated",
                                      "cts": "2024-01-01T00:00:00Z"}])), 200),
     "post-protected"),
])
def test_a_bluesky_post_that_cannot_be_shown(tmp_path, httpserver, opts, answer, reason):
    body, status = answer
    httpserver.expect_request("/xrpc/app.bsky.feed.getPostThread").respond_with_data(
        body, status=status, content_type="application/json")
    (q,) = run(tmp_path, opts, f"“The flood barrier vote is on Tuesday,” Ann Lee said "
                               f"([post]({BSKY_POST})).\n", **services(httpserver))
    assert q.verdict.value == "SOURCE_UNAVAILABLE"
    assert [c.reason for c in q.candidates] == [reason]


@pytest.mark.parametrize(("status", "reason"), [(404, "post-not-found"),
                                                (403, "post-protected")])
def test_a_deleted_or_protected_post(tmp_path, httpserver, opts, status, reason):
    httpserver.expect_request("/oembed").respond_with_data("", status=status)
    httpserver.expect_request("/api/v1/statuses/7").respond_with_json(
        {"error": "Record not found"}, status=status)
    draft = (f"“Live by the sword,” Adam Kinzinger wrote ([post]({X_POST})).\n\n"
             f"“Everyone is welcome,” Rosa Diaz wrote ([post]"
             f"({httpserver.url_for('/@mayor/7')})).\n")
    for q in run(tmp_path, opts, draft, **services(httpserver)):
        assert q.verdict.value == "SOURCE_UNAVAILABLE"
        assert [c.reason for c in q.candidates] == [reason]


def test_a_post_given_with_source_and_replayed_from_a_warc(tmp_path, httpserver, opts):
    httpserver.expect_request("/oembed").respond_with_json(X_OEMBED)
    draft = "“You lost your right to be outraged,” Adam Kinzinger wrote.\n"
    warc = tmp_path / "run.warc.gz"
    recorded = run(tmp_path, opts, draft, sources=[X_POST], **services(httpserver),
                   fetch=FetchConfig(record=warc, allow_private_network=True))
    assert summary(recorded[0])[:2] == ("VERBATIM", "confirmed")
    httpserver.clear()
    replayed = run(tmp_path, opts, draft, sources=[X_POST], **services(httpserver),
                   fetch=FetchConfig(replay=warc, allow_private_network=True))
    assert summary(replayed[0]) == summary(recorded[0])
    assert len(httpserver.log) == 0


def test_a_page_at_a_mastodon_style_address_that_is_no_instance_is_read_as_a_page(
        tmp_path, httpserver, opts):
    httpserver.expect_request("/api/v1/statuses/5").respond_with_data(
        "<html><body><p>Not here.</p></body></html>", content_type="text/html")
    httpserver.expect_request("/@ann/5").respond_with_data(
        "<html><body><article><p>“We will open the library on Saturday,” Ann Lee said at "
        "the meeting on Monday evening.</p></article></body></html>", content_type="text/html")
    (q,) = run(tmp_path, opts, f"“We will open the library on Saturday,” Ann Lee said "
                               f"([report]({httpserver.url_for('/@ann/5')})).\n")
    assert q.verdict.value == "VERBATIM" and q.evidence.location is None
