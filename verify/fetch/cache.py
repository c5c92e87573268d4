"""The on-disk cache of fetched pages (SQLite in the cache folder).

It stores the *result* of a fetch — final URL after redirects, content type, body — keyed
by the URL asked for, rather than each HTTP hop as an RFC 9111 cache (hishel) would: a
second run then makes no request at all, not even for the redirects, and the address guard
and size cap have already been applied to what is stored.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from verify.fetch.interface import FetchResult

_SCHEMA = """CREATE TABLE IF NOT EXISTS pages (
  url TEXT PRIMARY KEY, final_url TEXT, status INTEGER, content_type TEXT,
  body BLOB NOT NULL, fetched_at REAL NOT NULL)"""


class PageCache:
    """URL -> successful fetch result, with an optional maximum age."""

    def __init__(self, folder: Path, max_age: float | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "pages.sqlite"
        self.max_age = max_age
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get(self, url: str) -> FetchResult | None:
        """The stored result for ``url``, if fresh."""
        with self._lock:
            row = self._db.execute(
                "SELECT final_url, status, content_type, body, fetched_at FROM pages "
                "WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        if self.max_age is not None and time.time() - row[4] > self.max_age:
            return None
        return FetchResult(url, row[0], row[1], row[2], bytes(row[3]), from_cache=True)

    def put(self, result: FetchResult) -> None:
        """Store a successful result."""
        if result.body is None:
            return
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?)",
                (result.url, result.final_url, result.status, result.content_type,
                 result.body, time.time()))
            self._db.commit()

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()
