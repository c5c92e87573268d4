"""The on-disk cache of fetched pages (SQLite in the cache folder).

It stores the *result* of a fetch — final URL after redirects, content type, body — keyed
by the URL asked for, rather than each HTTP hop as an RFC 9111 cache (hishel) would: a
second run then makes no request at all, not even for the redirects, and the address guard
and size cap have already been applied to what is stored.

A cache file is untrusted too. Each entry carries the SHA-256 of its body, checked on every
read: a damaged or edited entry is dropped (and fetched again), never trusted. Each entry
records whether it was fetched under the address guard, and a guarded run does not serve a
page an unguarded one (``--allow-private-network``) fetched. A file that is not a database
is moved aside and a new one started; a read or write that fails is a miss, not an error.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from contextlib import suppress
from pathlib import Path

from verify.fetch.interface import FetchResult

_SCHEMA = """CREATE TABLE IF NOT EXISTS pages_v2 (
  url TEXT PRIMARY KEY, final_url TEXT, status INTEGER, content_type TEXT,
  body BLOB NOT NULL, sha256 TEXT NOT NULL, guarded INTEGER NOT NULL, fetched_at REAL NOT NULL)"""


class PageCache:
    """URL -> successful fetch result, with an optional maximum age."""

    def __init__(self, folder: Path, max_age: float | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "pages.sqlite"
        self.max_age = max_age
        self.dropped: dict[str, str] = {}
        """URLs whose entry was refused this run, with why."""
        self._lock = threading.Lock()
        self._db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        for attempt in range(2):
            try:
                db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
                db.execute(_SCHEMA)
                db.commit()
                return db
            except sqlite3.DatabaseError:
                if attempt == 0:  # not a database (or damaged beyond use): start anew
                    with suppress(OSError):
                        self.path.replace(self.path.with_suffix(f".corrupt-{int(time.time())}"))
        return None  # the folder itself is unusable: run without a cache

    def get(self, url: str, *, guarded: bool = True) -> FetchResult | None:
        """The stored result for ``url``, if fresh, intact, and fetched under a guard at
        least as strict as this run's."""
        if self._db is None:
            return None
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT final_url, status, content_type, body, sha256, guarded, fetched_at "
                    "FROM pages_v2 WHERE url = ?", (url,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        final_url, status, ctype, body, digest, was_guarded, fetched_at = row
        if not isinstance(body, bytes) or hashlib.sha256(body).hexdigest() != digest:
            self.dropped[url] = "the cached copy was damaged or edited and was dropped"
            self._delete(url)
            return None
        if guarded and not was_guarded:
            self.dropped[url] = ("the cached copy was fetched without the address guard "
                                 "(--allow-private-network)")
            return None
        if self.max_age is not None and time.time() - fetched_at > self.max_age:
            return None
        return FetchResult(url, final_url, status, ctype, bytes(body), from_cache=True)

    def put(self, result: FetchResult, *, guarded: bool = True) -> None:
        """Store a successful result (a write that fails leaves the run right, only slower
        the next time)."""
        if result.body is None or self._db is None:
            return
        with self._lock, suppress(sqlite3.Error):
            self._db.execute(
                "INSERT OR REPLACE INTO pages_v2 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (result.url, result.final_url, result.status, result.content_type,
                 result.body, hashlib.sha256(result.body).hexdigest(), int(guarded),
                 time.time()))
            self._db.commit()

    def _delete(self, url: str) -> None:
        with self._lock, suppress(sqlite3.Error):
            assert self._db is not None
            self._db.execute("DELETE FROM pages_v2 WHERE url = ?", (url,))
            self._db.commit()

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            if self._db is not None:
                self._db.close()
