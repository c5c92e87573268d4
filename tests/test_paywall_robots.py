"""robots.txt for the pages the tool finds itself; paywalls fall back to the Wayback
Machine, and a page that stays unreadable is SOURCE_UNAVAILABLE, never NOT_FOUND."""

import pytest

from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check

PAYWALLED = (b'<html><head><title>Deal</title><script type="application/ld+json">'
             b'{"@context": "https://schema.org", "@type": "NewsArticle", '
             b'"isAccessibleForFree": false, "hasPart": {"@type": "WebPageElement", '
             b'"isAccessibleForFree": false, "cssSelector": ".paywall"}}</script></head>'
             b"<body><article><h1>Deal</h1><p>The board met on Monday to discuss the offer "
             b"from the rival bidder.</p><p class=\"paywall\">Subscribe to read more.</p>"
             b"</article></body></html>")
FULL = (b"<html><head><title>Deal</title></head><body><article><h1>Deal</h1>"
        b"<p>The board met on Monday to discuss the offer from the rival bidder.</p>"
        b'<p>"We will not sell the company at any price this year," the chairman Tom Reed '
        b"said after the meeting.</p></article></body></html>")
QUOTE = '"We will not sell the company at any price this year," chairman Tom Reed said.'


@pytest.fixture
def options(tmp_path, httpserver):
    return CheckOptions(archive=True, archive_url=httpserver.url_for(""),
                        search_intervals={"wayback": 0},
                        fetch=FetchConfig(cache_dir=tmp_path / "c",
                                          allow_private_network=True))


def draft(tmp_path, url):
    p = tmp_path / "d.md"
    p.write_text(f"{QUOTE} ([source]({url}))\n")
    return str(p)


def _serve_capture(httpserver) -> str:
    """A paywalled page and a full Wayback capture of it; the page's URL."""
    page = httpserver.url_for("/deal")
    httpserver.expect_request("/deal").respond_with_data(PAYWALLED, content_type="text/html")
    httpserver.expect_request("/cdx/search/cdx").respond_with_json(
        [["timestamp", "original", "statuscode", "mimetype"], ["20240101000000", page, "200",
                                                               "text/html"]])
    httpserver.expect_request(f"/web/20240101000000id_/{page}").respond_with_data(
        FULL, content_type="text/html")
    return page


def test_paywall_falls_back_to_the_nearest_capture(httpserver, tmp_path, options):
    page = _serve_capture(httpserver)
    (q,) = check([draft(tmp_path, page)], options).articles[0].quotes
    assert q.verdict.value == "VERBATIM"
    assert "archived copy" in q.candidates[0].status
    assert q.evidence.url == page  # the page's identity stays the original URL


def test_unreadable_paywall_is_source_unavailable(httpserver, tmp_path, options):
    page = httpserver.url_for("/deal")
    httpserver.expect_request("/deal").respond_with_data(PAYWALLED, content_type="text/html")
    httpserver.expect_request("/cdx/search/cdx").respond_with_json([])
    (q,) = check([draft(tmp_path, page)], options).articles[0].quotes
    assert q.verdict.value == "SOURCE_UNAVAILABLE"
    assert "paywall" in q.explanation


def test_robots_txt_blocks_found_pages_but_not_given_ones(httpserver, tmp_path):
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    httpserver.expect_request("/private/deal").respond_with_data(FULL, content_type="text/html")
    page = httpserver.url_for("/private/deal")
    opts = CheckOptions(fetch=FetchConfig(cache_dir=tmp_path / "c", allow_private_network=True))
    (q,) = check([draft(tmp_path, page)], opts).articles[0].quotes
    assert q.verdict.value == "SOURCE_UNAVAILABLE"
    assert q.candidates[0].status == "unavailable: disallowed by the site's robots.txt"
    assert q.candidates[0].reason == "robots-disallow" and q.reason == "robots-disallow"
    other = tmp_path / "plain.md"
    other.write_text(QUOTE + "\n")
    given = CheckOptions(sources=[page], fetch=opts.fetch)
    (q,) = check([str(other)], given).articles[0].quotes
    assert q.verdict.value == "VERBATIM"  # a URL the user gave is fetched as asked


def test_robots_txt_that_cannot_be_fetched_is_reported_as_that(httpserver, tmp_path):
    # RFC 9309: a 5xx robots.txt means "disallow all"; the reason names the failure.
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data("down", status=503)
    httpserver.expect_request("/deal").respond_with_data(FULL, content_type="text/html")
    opts = CheckOptions(fetch=FetchConfig(cache_dir=tmp_path / "c", allow_private_network=True,
                                          retries=1))
    (q,) = check([draft(tmp_path, httpserver.url_for("/deal"))], opts).articles[0].quotes
    assert q.verdict.value == "SOURCE_UNAVAILABLE" and q.reason == "robots-unreachable"
    status = q.candidates[0].status
    assert "robots.txt could not be fetched (HTTP 503" in status and "RFC 9309" in status


def test_a_missing_robots_txt_allows_everything(httpserver, tmp_path):
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data("no", status=404)
    httpserver.expect_request("/deal").respond_with_data(FULL, content_type="text/html")
    opts = CheckOptions(fetch=FetchConfig(cache_dir=tmp_path / "c", allow_private_network=True))
    (q,) = check([draft(tmp_path, httpserver.url_for("/deal"))], opts).articles[0].quotes
    assert q.verdict.value == "VERBATIM" and q.reason is None


def test_offline_misses_say_so_and_cached_pages_survive_a_missing_robots_txt(httpserver,
                                                                            tmp_path):
    httpserver.clear()
    httpserver.expect_request("/robots.txt").respond_with_data("no", status=404)
    httpserver.expect_request("/deal").respond_with_data(FULL, content_type="text/html")
    fetch = FetchConfig(cache_dir=tmp_path / "c", allow_private_network=True)
    linked = draft(tmp_path, httpserver.url_for("/deal"))
    assert check([linked], CheckOptions(fetch=fetch)).summary == {"VERBATIM": 1}
    offline = CheckOptions(fetch=FetchConfig(cache_dir=tmp_path / "c", offline=True,
                                             allow_private_network=True))
    assert check([linked], offline).summary == {"VERBATIM": 1}  # the 404 was never cached
    other = tmp_path / "other.md"
    other.write_text(f"{QUOTE} ([source]({httpserver.url_for('/never-fetched')}))\n")
    (q,) = check([str(other)], offline).articles[0].quotes
    assert q.reason == "offline-miss"
    assert q.candidates[0].status == "unavailable: offline: not in the cache"


def test_the_command_line_takes_the_archive_from_verify_wayback_url(httpserver, tmp_path,
                                                                    monkeypatch):
    # The library takes the archive's address as an option (CheckOptions.archive_url);
    # the command line still takes it from VERIFY_WAYBACK_URL.
    import json

    from typer.testing import CliRunner

    from verify.cli import app

    page = _serve_capture(httpserver)
    monkeypatch.setenv("VERIFY_WAYBACK_URL", httpserver.url_for(""))
    monkeypatch.setenv("VERIFY_ARCHIVE", "1")
    r = CliRunner().invoke(app, ["check", draft(tmp_path, page), "--format", "json",
                                 "--allow-private-network", "--no-semantic",
                                 "--cache-dir", str(tmp_path / "c")])
    assert r.exit_code == 0, r.output
    (q,) = json.loads(r.stdout)["articles"][0]["quotes"]
    assert q["verdict"] == "VERBATIM" and "archived copy" in q["candidates"][0]["status"]
