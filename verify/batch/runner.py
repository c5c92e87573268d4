"""The local engine: a pool of worker processes, each loading the model once, and one
JSONL output file that a rerun resumes.

Each output line is the ``verify/report/v1`` article object that ``verify check`` gives
for that article alone, plus its ``id`` (and ``error`` when it could not be checked). A line
is written with a single ``write`` on a file opened for appending, so a killed run leaves
whole lines; a rerun first cuts off a torn last line, if any, and skips the ids it finds.
"""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from pathlib import Path
from typing import Any

from verify.batch.interface import BatchSummary, Item
from verify.errors import VerifyError
from verify.pipeline import CheckOptions, SourceMemo, check

_worker: dict[str, Any] = {}


def done_ids(out: Path) -> set[str]:
    """The ids already in ``out``; a torn last line (a run killed mid-write) is cut off."""
    if not out.exists():
        return set()
    ids: set[str] = set()
    keep = 0
    with open(out, "rb") as fh:
        for raw in fh:
            try:
                ids.add(str(json.loads(raw)["id"]))
            except (ValueError, KeyError, TypeError):
                break  # only the last line can be torn; nothing after it is trusted
            if not raw.endswith(b"\n"):
                break
            keep += len(raw)
    if keep != out.stat().st_size:
        with open(out, "r+b") as fh:
            fh.truncate(keep)
    return ids


def _init(options: CheckOptions) -> None:
    """In each worker: the options, and the model's embedder made once (preloaded)."""
    from verify.match.semantic import preloaded

    _worker["options"] = options
    _worker["embedder"] = preloaded(options.model, options.model_dir) \
        if options.semantic else None
    _worker["memo"] = SourceMemo()  # originals read once per worker, not once per article


def check_item(item: Item, options: CheckOptions | None = None) -> str:
    """The output line of one item (no trailing newline)."""
    opts = options or _worker["options"]
    if item.error:
        return json.dumps({"id": item.id, "error": item.error}, ensure_ascii=False)
    if item.sources:
        opts = replace(opts, sources=[*opts.sources, *item.sources])
    spec = item.path or item.url or "-"
    stdin = io.BytesIO(item.text.encode("utf-8")) if item.text is not None else None
    try:
        report = check([spec], opts, stdin=stdin, embedder=_worker.get("embedder"),
                       memo=_worker.get("memo"))
        article = report.articles[0].model_dump(mode="json", by_alias=True)
        line = {"id": item.id, **article}  # an unreadable article carries its own error
    except VerifyError as exc:
        line = {"id": item.id, "input": spec, "error": str(exc)}
    except Exception as exc:  # one article must never end the run
        line = {"id": item.id, "input": spec,
                "error": f"could not be checked ({type(exc).__name__}: {str(exc)[:200]})"}
    return json.dumps(line, ensure_ascii=False)


def run_batch(items: Iterable[Item], out: Path, options: CheckOptions, *, workers: int = 1,
              progress: Callable[[int, int], None] | None = None) -> BatchSummary:
    """Check every item not yet in ``out`` and append its line; return the totals."""
    t0 = time.perf_counter()
    summary = BatchSummary()
    seen = done_ids(out)
    todo: list[Item] = []
    for item in items:
        if item.id in seen:
            summary.skipped += 1
        else:
            seen.add(item.id)
            todo.append(item)
    fd = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        for line in _lines(todo, options, workers):
            os.write(fd, (line + "\n").encode("utf-8"))  # one write: whole lines only
            _count(summary, line)
            if progress:
                progress(summary.articles, len(todo))
    finally:
        os.close(fd)
    summary.seconds = time.perf_counter() - t0
    return summary


def _lines(todo: list[Item], options: CheckOptions, workers: int) -> Iterator[str]:
    if workers <= 1:
        _init(options)
        for item in todo:
            yield check_item(item)
        return
    # A bounded window of articles in flight keeps memory flat however long the archive.
    window = workers * 4
    with ProcessPoolExecutor(max_workers=workers, initializer=_init,
                             initargs=(options,)) as pool:
        pending: set[Future[str]] = set()
        queue = iter(todo)
        for item in queue:
            pending.add(pool.submit(check_item, item))
            if len(pending) >= window:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    yield f.result()
        for f in pending:
            yield f.result()


def _count(summary: BatchSummary, line: str) -> None:
    row = json.loads(line)
    summary.articles += 1
    if row.get("error"):
        reason = str(row["error"]).split(": ", 1)[-1][:60]
        summary.errors[reason] += 1
    for q in row.get("quotes") or []:
        summary.quotes += 1
        summary.verdicts[q["verdict"]] += 1
