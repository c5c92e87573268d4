"""The articles of a batch: every article file of a folder, or a JSONL manifest of
``{"id", "path" | "url" | "text", "sources"?, "published"?}`` lines. A bad line is an item with an error,
never the end of the run."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from verify.batch.interface import Item
from verify.errors import InputError
from verify.reasons import Reason

ARTICLE_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml"}


def read_items(inputs: Sequence[str]) -> Iterator[Item]:
    """The items of every input, in order: folders walked (sorted), ``.jsonl`` manifests
    read line by line, other files taken as one article each."""
    for spec in inputs:
        path = Path(spec)
        if path.is_dir():
            for f in sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES):
                yield Item(id=f.relative_to(path).as_posix(), path=str(f))
        elif path.suffix.lower() == ".jsonl":
            yield from _manifest(path)
        elif path.exists():
            yield Item(id=spec, path=spec)
        else:
            raise InputError(f"{spec}: no such file or folder", code=Reason.NO_SUCH_FILE)


def _manifest(path: Path) -> Iterator[Item]:
    base = path.parent
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                yield Item(id=where, error=f"{where}: not a manifest line ({exc})")
                continue
            ident = str(row.get("id") or where)
            given = [k for k in ("path", "url", "text") if isinstance(row.get(k), str)]
            if len(given) != 1:
                yield Item(id=ident, error=f"{where}: needs exactly one of path, url, text")
                continue
            sources = row.get("sources") or []
            if not isinstance(sources, list):
                sources = []
            # Paths in a manifest, its sources' included, are relative to the manifest.
            sources = [s if "://" in str(s) or Path(str(s)).is_absolute() else str(base / s)
                       for s in sources]
            value = row[given[0]]
            if given[0] == "path" and not Path(value).is_absolute():
                value = str(base / value)
            published = row.get("published")
            yield Item(id=ident, sources=tuple(str(s) for s in sources),
                       published=str(published) if published else None, **{given[0]: value})
