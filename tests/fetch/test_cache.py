"""The page cache is untrusted: damaged or edited entries are dropped, an unguarded fetch is
never served to a guarded run, and a file that is not a database is set aside."""

import sqlite3

from verify.fetch.cache import PageCache
from verify.fetch.interface import FetchResult

PAGE = FetchResult("https://news.example.org/a", "https://news.example.org/a", 200,
                   "text/html", b"<p>The council voted on Tuesday.</p>")


def test_an_intact_entry_is_served(tmp_path):
    cache = PageCache(tmp_path)
    cache.put(PAGE)
    hit = cache.get(PAGE.url)
    assert hit is not None and hit.body == PAGE.body and hit.from_cache


def test_an_edited_entry_is_dropped_not_trusted(tmp_path):
    cache = PageCache(tmp_path)
    cache.put(PAGE)
    with sqlite3.connect(tmp_path / "pages.sqlite") as db:
        db.execute("UPDATE pages_v2 SET body = ? WHERE url = ?",
                   (b"<p>The council never voted.</p>", PAGE.url))
    assert cache.get(PAGE.url) is None
    assert "damaged or edited" in cache.dropped[PAGE.url]
    assert cache.get(PAGE.url) is None  # and it is gone, to be fetched again


def test_a_guarded_run_is_not_served_a_page_fetched_without_the_guard(tmp_path):
    cache = PageCache(tmp_path)
    cache.put(PAGE, guarded=False)
    assert cache.get(PAGE.url, guarded=False) is not None
    assert cache.get(PAGE.url, guarded=True) is None
    assert "without the address guard" in cache.dropped[PAGE.url]


def test_a_file_that_is_not_a_database_is_set_aside(tmp_path):
    (tmp_path / "pages.sqlite").write_bytes(b"this is not sqlite" * 100)
    cache = PageCache(tmp_path)
    cache.put(PAGE)
    assert cache.get(PAGE.url) is not None
    assert list(tmp_path.glob("pages.corrupt-*"))


def test_a_truncated_database_is_a_miss_not_an_error(tmp_path):
    cache = PageCache(tmp_path)
    for n in range(50):
        cache.put(FetchResult(f"{PAGE.url}{n}", PAGE.url, 200, "text/html", PAGE.body * 200))
    cache.close()
    data = (tmp_path / "pages.sqlite").read_bytes()
    (tmp_path / "pages.sqlite").write_bytes(data[:len(data) // 3])
    again = PageCache(tmp_path)
    again.get(PAGE.url + "49")  # whatever it holds, it never raises
    again.put(PAGE)
