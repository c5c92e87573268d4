"""What reading a page produced, kept by the page's content hash.

Extracting a page (main content, then the rest of the page) costs far more than matching
against it; a page read in an earlier run is not parsed again. The key is the hash of the
page's bytes with everything else the reading depends on (how it was read, the URL links
resolve against, this package's and trafilatura's versions), so a changed page or a new
extractor is read afresh. Entries are written whole (to a temporary name, then renamed),
so a killed run or a concurrent batch worker never leaves half an entry; an entry that
cannot be read is read again from the page.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from verify.input.interface import Document, Link, Located, Location, TextBlock, Voice

#: Bump when the reading of pages changes in a way the versions below do not show.
FORMAT = 4  # 2: embedded posts are voices; 3: flattened blockquotes; 4: interviews


@cache
def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from verify._version import __version__
    try:
        traf = version("trafilatura")
    except PackageNotFoundError:
        traf = "?"
    return f"{FORMAT}/{__version__}/{traf}"


class DocumentCache:
    """Documents read from pages, in ``folder/documents``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "documents"

    def key(self, data: bytes, *, kind: str, url: str | None, whole_page: bool) -> str:
        """The entry name for a page's bytes read this way."""
        h = hashlib.sha256(data)
        h.update(f"\0{kind}\0{url or ''}\0{whole_page}\0{_versions()}".encode())
        return h.hexdigest()

    def get(self, key: str, *, input: str) -> Document | None:
        """The document kept under ``key`` (named ``input`` now), or None."""
        path = self.folder / key[:2] / f"{key}.json.gz"
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                return _from_json(json.load(f), input)
        except (OSError, ValueError, KeyError, TypeError, EOFError):
            return None

    def put(self, key: str, doc: Document) -> None:
        """Keep ``doc`` under ``key``; a cache that cannot be written is passed over."""
        path = self.folder / key[:2] / f"{key}.json.gz"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb",
                                                           compresslevel=1) as f:
                f.write(json.dumps(_to_json(doc), ensure_ascii=False).encode("utf-8"))
            os.replace(tmp, path)
        except OSError:
            return


def _to_json(doc: Document) -> dict[str, Any]:
    return {
        "kind": doc.kind, "text": doc.text,
        "blocks": [[b.start, b.end, b.blockquote, b.origin] for b in doc.blocks],
        "links": [[k.url, k.start, k.end, k.text] for k in doc.links],
        "title": doc.title, "url": doc.url, "published": doc.published,
        "site_name": doc.site_name, "author": doc.author, "paywalled": doc.paywalled,
        "main_end": doc.main_end,
        "locations": [[x.start, x.end, dataclasses.asdict(x.location)] for x in doc.locations],
        "voices": [[v.start, v.end, v.name, v.handle] for v in doc.voices],
    }


def _from_json(d: dict[str, Any], input: str) -> Document:
    return Document(
        input=input, kind=d["kind"], text=d["text"],
        blocks=tuple(TextBlock(int(s), int(e), bool(q), str(o)) for s, e, q, o in d["blocks"]),
        links=tuple(Link(str(u), int(s), int(e), str(t)) for u, s, e, t in d["links"]),
        title=d["title"], url=d["url"], published=d["published"], site_name=d["site_name"],
        author=d["author"], paywalled=bool(d["paywalled"]), main_end=d["main_end"],
        locations=tuple(Located(int(s), int(e), Location(**w))
                        for s, e, w in d.get("locations", ())),
        voices=tuple(Voice(int(s), int(e), str(n), h) for s, e, n, h in d.get("voices", ())))
