"""A batch run: the items not yet written, checked by an engine, each line appended to the
output as it comes.

Each output line is the ``verify/report/v1`` article object that ``verify check`` gives
for that article alone, plus its ``id`` (and ``error`` when it could not be checked), in
the order the articles finish. Both engines give the same lines for the same items.

A :class:`~verify.batch.interface.Stop` ends a run early and cleanly: the articles in
flight are finished or abandoned, every line written so far stays whole, and a rerun
resumes."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import Literal

from verify.batch.interface import BatchSummary, Item, RayOptions, Stop
from verify.batch.output import done_ids, open_output
from verify.options import CheckOptions

__all__ = ["Engine", "Format", "RayOptions", "Stop", "done_ids", "run_batch"]

Engine = Literal["local", "ray"]
Format = Literal["jsonl", "parquet"]


def run_batch(items: Iterable[Item], out: Path, options: CheckOptions, *, workers: int | None = 1,
              engine: Engine = "local", ray: RayOptions | None = None,
              fmt: Format = "jsonl",
              progress: Callable[[BatchSummary], None] | None = None,
              stop: Stop | None = None) -> BatchSummary:
    """Check every item not yet in ``out`` and write its line; return the totals.

    ``workers``: processes (the local engine; default 1) or actors (Ray; None: the
    cluster's CPUs); ``ray``: the Ray engine's cluster and what it sends there. Items are
    read as they are needed, never all at once. ``stop``, once asked, ends the run early
    (``summary.stopped`` says why); the output is closed either way."""
    t0 = time.perf_counter()
    summary = BatchSummary()
    stop = stop or Stop()
    output = open_output(out, fmt)
    lines: Generator[str, None, None] | None = None
    try:
        todo = _not_done(items, output.done(), summary, stop)
        if engine == "ray":
            from verify.batch.cluster import ray_lines

            lines = ray_lines(todo, options, workers, ray, stop=stop)
        else:
            from verify.batch.local import pool_lines

            lines = pool_lines(todo, options, workers or 1, stop)
        for line in lines:
            output.write(line)
            _count(summary, line)
            summary.seconds = time.perf_counter() - t0
            if progress:
                progress(summary)
    finally:
        if lines is not None:
            lines.close()  # now, not when collected: the workers end before we return
        output.close()
    summary.seconds = time.perf_counter() - t0
    summary.stopped = stop.why
    return summary


def _not_done(items: Iterable[Item], seen: set[str], summary: BatchSummary,
              stop: Stop) -> Iterator[Item]:
    seen = set(seen)
    for item in items:
        if stop.asked:
            return
        if item.id in seen:
            summary.skipped += 1
        else:
            seen.add(item.id)  # an id given twice is checked once
            yield item


def _count(summary: BatchSummary, line: str) -> None:
    row = json.loads(line)
    summary.articles += 1
    if row.get("error"):
        reason = str(row["error"]).split(": ", 1)[-1][:60]
        summary.errors[reason] += 1
    for q in row.get("quotes") or []:
        summary.quotes += 1
        summary.verdicts[q["verdict"]] += 1
