"""Where a batch's lines go: a JSONL file, or a folder of Parquet parts. Both resume: a
rerun reads the ids already written and skips them, and a run killed at any moment (even
``kill -9``) loses at most the articles in flight.

JSONL: each line is appended with a single ``write`` to a file opened with ``O_APPEND``, so
a killed run leaves whole lines, bar a torn last one, which a rerun cuts off.

Parquet: the lines go first to a journal in the folder, appended the same way; every
``part_rows`` lines become a part file (written beside, then renamed into place) and the
journal is emptied. A rerun turns what the journal holds into a part before it starts. Each
row has the article's ``id``, ``input``, ``error``, ``quotes`` (how many) and ``line`` (the
JSONL line itself, the whole v1 article object), so a table reader gets the columns to
filter on and the rest losslessly (``pyarrow.parquet.read_table(folder)``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from verify.errors import ConfigError

JOURNAL = "journal.jsonl"
PART_ROWS = 2_000
"""Lines per Parquet part: big enough for column statistics to help, small enough that
the journal never holds more than a few minutes of work."""


class Output(Protocol):
    """Where the lines of a batch are written."""

    def done(self) -> set[str]:
        """Ids already written (a resumed run skips them)."""

    def write(self, line: str) -> None:
        """Append one article's line (no trailing newline)."""

    def close(self) -> None:
        """Make everything written durable and readable."""


def done_ids(path: Path) -> set[str]:
    """The ids in the JSONL file ``path``; a torn last line (a run killed mid-write) is cut
    off."""
    if not path.exists():
        return set()
    ids: set[str] = set()
    keep = 0
    with open(path, "rb") as fh:
        for raw in fh:
            try:
                ids.add(str(json.loads(raw)["id"]))
            except (ValueError, KeyError, TypeError):
                break  # only the last line can be torn; nothing after it is trusted
            if not raw.endswith(b"\n"):
                break
            keep += len(raw)
    if keep != path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(keep)
    return ids


class JsonlOutput:
    """One JSONL file, appended to."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._ids = done_ids(path)
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ConfigError(f"{path}: cannot write the output ({exc.strerror})") from exc

    def done(self) -> set[str]:
        """Ids already in the file."""
        return self._ids

    def write(self, line: str) -> None:
        """Append ``line`` with one ``write``: whole lines only."""
        os.write(self._fd, (line + "\n").encode("utf-8"))

    def close(self) -> None:
        """Close the file."""
        os.close(self._fd)


class ParquetOutput:
    """A folder of ``part-NNNNN.parquet`` files and the journal of lines not yet in one."""

    def __init__(self, folder: Path, part_rows: int = PART_ROWS) -> None:
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise ConfigError("--format parquet needs pyarrow: pip install "
                              "'source-verify[parquet]'") from exc
        if folder.exists() and not folder.is_dir():
            raise ConfigError(f"{folder}: --format parquet writes a folder, and this is a file")
        self.folder = folder
        self.part_rows = part_rows
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"{folder}: cannot make the output folder ({exc.strerror})") from exc
        for stale in folder.glob(".part-*.tmp"):  # a part being written when the run died
            stale.unlink()
        self._ids = self._part_ids()
        self._journal = folder / JOURNAL
        pending = [x for x in self._journal_lines() if x[0] not in self._ids]
        self._flush([line for _, line in pending])
        self._ids |= {i for i, _ in pending}
        self._fd = os.open(self._journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_TRUNC,
                           0o644)
        self._rows = 0

    def done(self) -> set[str]:
        """Ids in the parts (and in the journal, now a part)."""
        return self._ids

    def write(self, line: str) -> None:
        """Journal ``line``; every ``part_rows`` lines become a part."""
        os.write(self._fd, (line + "\n").encode("utf-8"))
        self._rows += 1
        if self._rows >= self.part_rows:
            self._rotate()

    def close(self) -> None:
        """Turn the journal into a last part and remove it."""
        self._rotate()
        os.close(self._fd)
        self._journal.unlink(missing_ok=True)

    def _rotate(self) -> None:
        if self._rows:
            self._flush([line for _, line in self._journal_lines()])
            os.ftruncate(self._fd, 0)  # O_APPEND: the next write starts the file again
            self._rows = 0

    def _journal_lines(self) -> list[tuple[str, str]]:
        if not self._journal.exists():
            return []
        done_ids(self._journal)  # a torn last line is cut off first
        out = []
        for raw in self._journal.read_text("utf-8").splitlines():
            out.append((str(json.loads(raw)["id"]), raw))
        return out

    def _part_ids(self) -> set[str]:
        import pyarrow.parquet as pq

        ids: set[str] = set()
        for part in sorted(self.folder.glob("part-*.parquet")):
            ids.update(str(x) for x in pq.read_table(part, columns=["id"]).column("id")
                       .to_pylist())
        return ids

    def _flush(self, lines: Iterable[str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        raw = list(lines)
        if not raw:
            return
        rows = [json.loads(x) for x in raw]
        table = pa.table({
            "id": pa.array([str(r["id"]) for r in rows], pa.string()),
            "input": pa.array([r.get("input") for r in rows], pa.string()),
            "error": pa.array([r.get("error") for r in rows], pa.string()),
            "quotes": pa.array([len(r.get("quotes") or []) for r in rows], pa.int32()),
            "line": pa.array(raw, pa.string()),
        })
        taken = [int(p.stem.split("-")[1]) for p in self.folder.glob("part-*.parquet")
                 if p.stem.split("-")[1].isdigit()]
        name = f"part-{max(taken, default=-1) + 1:05d}.parquet"  # never over an existing part
        tmp = self.folder / f".{name}.tmp"
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, self.folder / name)


def open_output(path: Path, fmt: str) -> Output:
    """The output for ``--format``: ``jsonl`` (a file) or ``parquet`` (a folder)."""
    if fmt == "parquet":
        return ParquetOutput(path)
    return JsonlOutput(path)
