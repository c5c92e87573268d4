"""--record writes what a run fetched; --replay answers the same URLs without the network."""

import asyncio

from verify.fetch.client import FetchConfig, Fetcher
from verify.fetch.warc import WarcReplay
from verify.pipeline import CheckOptions, check


def test_record_then_replay_a_whole_check(httpserver, tmp_path, bbc_html, fake_embedder):
    httpserver.expect_request("/swift").respond_with_data(bbc_html, content_type="text/html")
    draft = tmp_path / "d.md"
    draft.write_text(f'Taylor Swift [said]({httpserver.url_for("/swift")}): "I just want to be '
                     'able to perform my own music."\n')
    warc = tmp_path / "run.warc.gz"
    live = check([str(draft)], CheckOptions(fetch=FetchConfig(
        cache_dir=None, allow_private_network=True, record=warc)), embedder=fake_embedder)
    stored = WarcReplay(warc)
    assert {u.rsplit("/", 1)[-1] for u in stored.responses} >= {"swift", "robots.txt"}
    httpserver.clear()  # the server forgets the page: only the WARC can answer now
    replayed = check([str(draft)], CheckOptions(fetch=FetchConfig(cache_dir=None,
                                                                  replay=warc)),
                     embedder=fake_embedder)
    assert [q.verdict for q in replayed.articles[0].quotes] == [
        q.verdict for q in live.articles[0].quotes] == ["VERBATIM"]
    assert httpserver.log == []  # not one request during the replay


def test_replay_misses_are_reasons_not_requests(tmp_path):
    from verify.fetch.warc import WarcRecorder

    warc = tmp_path / "empty.warc.gz"
    WarcRecorder(warc).close()

    async def go():
        async with Fetcher(FetchConfig(cache_dir=None, replay=warc)) as f:
            return await f.fetch("https://www.example.org/never")

    result = asyncio.run(go())
    assert result.error == "not in the WARC file given to --replay"
