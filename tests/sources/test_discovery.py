"""Search backends and archives against a real HTTP server on 127.0.0.1 speaking each
service's protocol; never the internet."""

import asyncio
import base64
import json
import time
from datetime import date

import pytest

from verify.sources.discovery.backends import (
    GDELT,
    Brave,
    GoogleNews,
    SearXNG,
    Wayback,
    decode_google_news_link,
    make_backends,
)
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.discover import Discoverer
from verify.sources.discovery.interface import BackendError, SearchQuery
from verify.sources.discovery.queries import date_window, distinctive_words, ladder, phrases

QUERY = SearchQuery("tacit endorsement of Ukraine's long-range attacks", True,
                    ("thetimes.com", "thetimes.co.uk"), date(2024, 12, 1), date(2025, 1, 15))


def run(coro):
    return asyncio.run(coro)


FAST = {"gdelt": 0, "google-news": 0, "searxng": 0, "brave": 0, "wayback": 0}


async def with_client(fn, **kw):
    client = ApiClient(intervals=kw.pop("intervals", FAST), **kw)
    try:
        return await fn(client), client
    finally:
        await client.aclose()


def test_phrases_avoid_stopword_edges_and_split_at_editorial_marks():
    found = phrases("Apart from creating a sense of vulnerability in Russia, [Bendett] said, "
                    "Ukrainian drone attacks might serve to test Moscow's air defense systems")
    assert found and all(4 <= len(f.split()) <= 6 for f in found)
    assert all(f.split()[0].lower() not in {"a", "of", "in", "to", "the"} for f in found)
    assert not any("Bendett" in f for f in found)


def test_phrases_are_spread_so_one_changed_word_spoils_at_most_one():
    quote = ("The harbour authority will spend 40 million pounds on the new sea wall over the "
             "next decade, and the engineers say it will hold for a century")
    found = phrases(quote)
    assert len(found) == 3
    assert not any(ch.isdigit() for ch in found[0])  # the number is searched last, if at all
    words = quote.replace(",", "").split()
    for i in range(len(words)):  # change any one word: two phrases still find the page
        changed = " ".join([*words[:i], "CHANGED", *words[i + 1:]])
        assert sum(1 for p in found if p in changed) >= 2, words[i]


def test_distinctive_words_are_spread_and_never_numbers():
    words = distinctive_words("The harbour authority will spend 40 million pounds on the new "
                              "sea wall over the next decade")
    assert "40" not in words and "million" not in words
    assert len(words) >= 3 and words[0] in {"harbour", "authority"}


def test_date_window_from_the_article_date():
    assert date_window(date(2023, 5, 31), "the Times of London reported in December") == (
        date(2022, 12, 1), date(2023, 1, 15))
    start, end = date_window(date(2023, 5, 31), "he said last Wednesday")
    assert (end - start).days == 9
    assert date_window(None, "in December") is None


def test_ladder_rungs():
    rungs = ladder("The Pentagon has given a tacit endorsement of Ukraine's long-range attacks",
                   domains=("thetimes.com",), window=(date(2024, 12, 1), date(2025, 1, 15)),
                   names=["Sam Bendett"])
    assert [bool(r[0].domains) for r in rungs] == [True, False, True, False]
    assert rungs[0][0].exact and not rungs[2][0].exact and "Sam Bendett" in rungs[2][0].phrase
    assert len(rungs[1]) <= 2  # after a domain search, the two safest phrases anywhere
    open_rungs = ladder("The Pentagon has given a tacit endorsement of Ukraine's long-range "
                        "attacks", domains=(), window=None, names=[])
    assert len(open_rungs) == 1 and not open_rungs[0][0].domains  # no name: phrases only


def test_gdelt_request_and_reply(httpserver):
    article = {"url": "https://www.thetimes.com/world/x", "title": "Pentagon", "domain":
               "thetimes.com", "seendate": "20241215T103000Z"}
    httpserver.expect_request("/api/v2/doc/doc").respond_with_json({"articles": [article]})
    hits, client = run(with_client(lambda c: GDELT(httpserver.url_for("")).search(QUERY, c)))
    args = httpserver.log[-1][0].args
    assert args["mode"] == "artlist" and args["format"] == "json"
    assert args["query"] == ("\"tacit endorsement of Ukraine's long-range attacks\" "
                             "(domainis:thetimes.com OR domainis:thetimes.co.uk)")
    assert (args["startdatetime"], args["enddatetime"]) == ("20241201000000", "20250115235959")
    assert [(h.url, h.published) for h in hits] == [(article["url"], date(2024, 12, 15))]
    assert client.requests["gdelt"] == 1


def test_gdelt_empty_plain_text_errors_and_throttling(httpserver):
    gdelt = GDELT(httpserver.url_for(""))
    httpserver.expect_ordered_request("/api/v2/doc/doc").respond_with_json({})
    httpserver.expect_ordered_request("/api/v2/doc/doc").respond_with_data(
        "The specified phrase is too short.", content_type="text/html")
    httpserver.expect_ordered_request("/api/v2/doc/doc").respond_with_data(
        "Please limit requests to one every 5 seconds or contact us.", status=429,
        headers={"Retry-After": "0"})
    httpserver.expect_ordered_request("/api/v2/doc/doc").respond_with_data(
        "Please limit requests to one every 5 seconds or contact us.", status=200)

    async def go(c):
        assert await gdelt.search(QUERY, c) == []
        with pytest.raises(BackendError, match="phrase is too short"):
            await gdelt.search(QUERY, c)
        with pytest.raises(BackendError, match="throttled"):
            await gdelt.search(QUERY, c)  # 429 retried, then a throttling body with 200

    _, client = run(with_client(go))
    assert client.requests["gdelt"] == 4


def test_no_retry_on_4xx_other_than_429(httpserver):
    httpserver.expect_request("/search").respond_with_data("forbidden", status=403)
    with pytest.raises(BackendError, match="JSON output is disabled"):
        run(with_client(lambda c: SearXNG(httpserver.url_for("")).search(QUERY, c)))
    assert len(httpserver.log) == 1


def test_searxng_and_brave(httpserver):
    httpserver.expect_request("/search").respond_with_json({"results": [
        {"url": "https://www.thetimes.com/a", "title": "T", "content": "tacit endorsement",
         "publishedDate": "2024-12-15T10:30:00"}]})
    hits, _ = run(with_client(lambda c: SearXNG(httpserver.url_for("")).search(QUERY, c)))
    assert httpserver.log[-1][0].args["format"] == "json"
    assert '"tacit endorsement' in httpserver.log[-1][0].args["q"]
    assert hits[0].published == date(2024, 12, 15) and hits[0].snippet == "tacit endorsement"
    with pytest.raises(BackendError, match="BRAVE_API_KEY"):
        run(with_client(lambda c: Brave(httpserver.url_for("")).search(QUERY, c)))
    httpserver.expect_request("/res/v1/web/search", headers={"X-Subscription-Token": "k"}
                              ).respond_with_json({"web": {"results": [
                                  {"url": "https://www.thetimes.com/b", "page_age":
                                   "2024-12-20T00:00:00"}]}})
    hits, _ = run(with_client(lambda c: Brave(httpserver.url_for(""), "k").search(QUERY, c)))
    assert hits[0].url == "https://www.thetimes.com/b"
    assert httpserver.log[-1][0].args["freshness"] == "2024-12-01to2025-01-15"


def _encoded(url: str) -> str:
    payload = b"\x08\x13\x22" + bytes([len(url)]) + url.encode() + b"\xd2\x01\x00"
    return "https://news.google.com/rss/articles/" + base64.urlsafe_b64encode(
        payload).decode().rstrip("=") + "?oc=5"


def test_google_news_rss_links_are_decoded(httpserver):
    rss = f"""<rss version="2.0"><channel><title>x</title>
<item><title>Headline - The Times</title><link>{_encoded("https://www.thetimes.com/world/x")}</link>
<pubDate>Sun, 15 Dec 2024 10:30:00 GMT</pubDate><source url="https://www.thetimes.com">The Times</source></item>
<item><title>New encoding</title><link>https://news.google.com/rss/articles/AU_yqLzzz?oc=5</link></item>
</channel></rss>"""
    httpserver.expect_request("/rss/search").respond_with_data(rss, content_type="text/xml")
    hits, _ = run(with_client(lambda c: GoogleNews(httpserver.url_for("")).search(QUERY, c)))
    q = httpserver.log[-1][0].args["q"]
    assert "site:thetimes.com" in q and "after:2024-12-01" in q and "before:2025-01-15" in q
    assert [h.url for h in hits] == ["https://www.thetimes.com/world/x"]
    assert decode_google_news_link("https://news.google.com/rss/articles/AU_yqL") is None


def test_wayback_cdx_then_raw_capture(httpserver):
    httpserver.expect_request("/cdx/search/cdx").respond_with_json(
        [["timestamp", "original", "statuscode", "mimetype"],
         ["20241215103000", "https://www.thetimes.com/world/x", "200", "text/html"]])
    url, _ = run(with_client(lambda c: Wayback(httpserver.url_for("")).closest(
        "https://www.thetimes.com/world/x", date(2024, 12, 15), c)))
    assert url == httpserver.url_for("/web/20241215103000id_/https://www.thetimes.com/world/x")
    args = httpserver.log[-1][0].args
    assert (args["closest"], args["filter"], args["output"]) == ("20241215", "statuscode:200",
                                                                 "json")


def test_per_host_interval_is_kept(httpserver):
    httpserver.expect_request("/api/v2/doc/doc").respond_with_json({})

    async def three(c):
        gdelt = GDELT(httpserver.url_for(""))
        for _ in range(3):
            await gdelt.search(QUERY, c)

    t0 = time.monotonic()
    run(with_client(three, intervals={**FAST, "gdelt": 0.3}))
    assert time.monotonic() - t0 >= 0.6  # three requests, two gaps of at least 0.3 s
    stamps = [e for e in httpserver.log]
    assert len(stamps) == 3


def test_default_intervals_are_the_services_limits():
    assert (GDELT.interval, Wayback.interval) == (5.0, 2.5)
    with pytest.raises(BackendError, match="set VERIFY_SEARXNG_URL"):
        make_backends(["searxng"])
    with pytest.raises(BackendError, match="unknown search backend"):
        make_backends(["bing"])


def test_discoverer_ranks_and_stops_at_the_first_strong_rung(httpserver):
    results = {"results": [
        {"url": "https://elsewhere.example/copy", "title": "x", "content": "nothing"},
        {"url": "https://www.thetimes.com/world/orig", "title": "Pentagon",
         "content": "The Pentagon has given a tacit endorsement of Ukraine's long-range attacks"},
    ]}
    httpserver.expect_request("/search").respond_with_json(results)

    async def go(c):
        d = Discoverer([SearXNG(httpserver.url_for(""))], c)
        return await d.find("The Pentagon has given a tacit endorsement of Ukraine’s long-range "
                            "attacks on targets inside Russia", domains=("thetimes.com",),
                            article_date=date(2023, 5, 31), context="reported in December",
                            names=[])

    found, client = run(with_client(go))
    assert found.hits[0].url == "https://www.thetimes.com/world/orig"
    assert len(found.hits) <= 3
    assert client.requests["searxng"] == found.queries <= 3  # the first rung was enough
    json.dumps([h.url for h in found.hits])
