"""--record writes what a run fetched; --replay answers the same URLs without the network."""

import asyncio

import pytest

from verify.errors import InputError
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
    assert {u.rsplit("/", 1)[-1] for u in stored.urls} >= {"swift", "robots.txt"}
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


def _one_page_warc(path):
    from verify.fetch.warc import WarcRecorder

    rec = WarcRecorder(path)
    rec.record("https://news.example.org/a", 200, [("Content-Type", "text/html")],
               b"<p>The council voted on Tuesday to build a flood barrier.</p>" * 50)
    rec.close()


def test_recording_over_the_file_being_replayed_keeps_the_evidence(tmp_path):
    from verify.fetch.warc import WarcRecorder

    warc = tmp_path / "run.warc.gz"
    _one_page_warc(warc)
    recorder = WarcRecorder(warc)  # the same file, as --record F --replay F gives
    assert "https://news.example.org/a" in WarcReplay(warc).urls  # not emptied
    recorder.close()
    assert [p.name for p in tmp_path.iterdir()] == ["run.warc.gz"]  # renamed, no leftovers


@pytest.mark.parametrize("damage", ["empty", "truncated", "not-warc", "edited"])
def test_a_damaged_warc_is_an_input_error_naming_the_file(tmp_path, damage):
    warc = tmp_path / "run.warc.gz"
    _one_page_warc(warc)
    data = warc.read_bytes()
    if damage == "empty":
        warc.write_bytes(b"")
    elif damage == "truncated":
        warc.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "not-warc":
        warc.write_bytes(b"<html>not an archive</html>" * 20)
    else:  # the body edited, uncompressed, so only the digest can tell
        import gzip

        raw = gzip.decompress(data).replace(b"flood barrier", b"flood wall!!!")
        warc.write_bytes(raw)
    with pytest.raises(InputError, match=str(warc)):
        WarcReplay(warc)


def test_several_warcs_answer_together_a_later_one_winning_and_each_is_read_once(tmp_path):
    from verify.fetch import warc as w

    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    for path, body in ((first, b"<p>first crawl</p>"), (second, b"<p>second crawl</p>")):
        rec = w.WarcRecorder(path)
        rec.record("https://news.example.org/a", 200, [("Content-Type", "text/html")], body)
        rec.record(f"https://news.example.org/{path.stem}", 200, [], body)
        rec.close()
    replay = WarcReplay((first, second))
    assert replay.get("https://news.example.org/a")[2] == b"<p>second crawl</p>"
    assert replay.get("https://news.example.org/a.warc")[2] == b"<p>first crawl</p>"
    assert replay.get("https://news.example.org/none") is None
    misses = w._index_version.cache_info().misses
    WarcReplay(first)  # a batch worker opens it for every article: indexed once
    assert w._index_version.cache_info().misses == misses


def test_a_warc_that_changes_under_the_run_loses_the_page_not_the_run(tmp_path):
    warc = tmp_path / "run.warc.gz"
    _one_page_warc(warc)

    async def go():
        async with Fetcher(FetchConfig(cache_dir=None, replay=warc)) as f:
            warc.write_bytes(b"\x00" * 64)  # the crawl is overwritten while the check runs
            return await f.fetch("https://news.example.org/a")

    result = asyncio.run(go())
    assert result.code == "unreadable" and "changed while it was replayed" in result.error
