"""The fetcher against a real HTTP server on 127.0.0.1 (pytest-httpserver)."""

import asyncio

from werkzeug import Response

from verify.fetch.client import FetchConfig, Fetcher
from verify.fetch.retry import retry_after_seconds


def fetch(url, tmp_path, **kw):
    cfg = dict(cache_dir=tmp_path / "c", allow_private_network=True, timeout=3, backoff=0.01,
               max_retry_after=1)
    cfg.update(kw)

    async def go():
        async with Fetcher(FetchConfig(**cfg)) as f:
            return await f.fetch(url), f.requests_made

    return asyncio.run(go())


def test_503_is_retried_then_served(httpserver, tmp_path, bbc_html):
    httpserver.expect_ordered_request("/a").respond_with_data(
        "busy", status=503, headers={"Retry-After": "0"})
    httpserver.expect_ordered_request("/a").respond_with_data(bbc_html,
                                                              content_type="text/html")
    result, made = fetch(httpserver.url_for("/a"), tmp_path)
    assert result.ok and result.status == 200 and result.attempts == 2 and made == 2


def test_second_fetch_is_a_cache_hit_with_no_request(httpserver, tmp_path, bbc_html):
    httpserver.expect_request("/b").respond_with_data(bbc_html, content_type="text/html")
    first, _ = fetch(httpserver.url_for("/b"), tmp_path)
    second, made = fetch(httpserver.url_for("/b"), tmp_path)
    assert first.ok and second.ok and second.from_cache and made == 0
    assert len(httpserver.log) == 1


def test_errors_carry_reasons(httpserver, tmp_path):
    httpserver.expect_request("/404").respond_with_data("no", status=404)
    httpserver.expect_request("/png").respond_with_data(b"\x89PNG", content_type="image/png")
    httpserver.expect_request("/pdf").respond_with_data(b"%PDF", content_type="application/pdf")
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000, content_type="text/html")
    httpserver.expect_request("/loop").respond_with_response(
        Response(status=302, headers={"Location": "/loop"}))
    httpserver.expect_request("/down").respond_with_data("x", status=500)
    assert fetch(httpserver.url_for("/404"), tmp_path)[0].error == "HTTP 404"
    assert "content type image/png" in fetch(httpserver.url_for("/png"), tmp_path)[0].error
    assert fetch(httpserver.url_for("/pdf"), tmp_path)[0].body == b"%PDF"  # read as a PDF
    assert "size cap" in fetch(httpserver.url_for("/big"), tmp_path, max_bytes=1000)[0].error
    assert "too many redirects" in fetch(httpserver.url_for("/loop"), tmp_path)[0].error
    down, made = fetch(httpserver.url_for("/down"), tmp_path)
    assert down.error == "HTTP 500 after 3 tries" and made == 3


def test_404_is_not_retried(httpserver, tmp_path):
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    _, made = fetch(httpserver.url_for("/gone"), tmp_path)
    assert made == 1


def test_guard_blocks_loopback_unless_allowed(httpserver, tmp_path):
    httpserver.expect_request("/x").respond_with_data("hi", content_type="text/plain")
    result, made = fetch(httpserver.url_for("/x"), tmp_path, allow_private_network=False)
    assert result.error.startswith("blocked:") and "loopback" in result.error and made == 0


def test_redirect_target_is_checked_too(httpserver, tmp_path):
    httpserver.expect_request("/r").respond_with_response(
        Response(status=301, headers={"Location": "http://169.254.169.254/latest/meta-data"}))
    # Even with the first hop allowed, the guard checks the hop to the metadata address.
    result, _ = fetch(httpserver.url_for("/r"), tmp_path, allow_private_network=True)
    assert result.error  # unreachable here, but never fetched silently
    result, made = fetch(httpserver.url_for("/r"), tmp_path, allow_private_network=False)
    assert "blocked" in result.error and made == 0


def test_timeout_after_tries(httpserver, tmp_path):
    import time

    def slow(_request):
        time.sleep(0.6)
        return Response("late", content_type="text/plain")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    result, made = fetch(httpserver.url_for("/slow"), tmp_path, timeout=0.2, retries=2)
    assert result.error == "timeout after 2 tries" and made == 2


def test_retry_after_forms():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None


def test_offline_answers_from_the_cache_only(httpserver, tmp_path, bbc_html):
    httpserver.expect_request("/o").respond_with_data(bbc_html, content_type="text/html")
    cold, made = fetch(httpserver.url_for("/o"), tmp_path, offline=True)
    assert cold.error == "offline: not in the cache" and made == 0
    fetch(httpserver.url_for("/o"), tmp_path)
    warm, made = fetch(httpserver.url_for("/o"), tmp_path, offline=True)
    assert warm.ok and warm.from_cache and made == 0
