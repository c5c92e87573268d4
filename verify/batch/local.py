"""The default engine: a pool of worker processes on this machine, each loading the model
once, with a bounded window of articles in flight so memory stays flat however long the
archive."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, as_completed, wait
from dataclasses import replace
from pathlib import Path

from verify.batch.interface import Item
from verify.batch.worker import Worker
from verify.fetch.hosts import LockFileGate
from verify.options import CheckOptions

IN_FLIGHT_PER_WORKER = 4
"""Articles queued per worker: enough that none waits for the next, few enough that a
killed run loses little."""

_worker: Worker | None = None


def _init(options: CheckOptions) -> None:
    global _worker
    _worker = Worker(options)


def _line(item: Item) -> str:
    assert _worker is not None, "the pool's initializer makes the worker"
    return _worker.line(item)


def pool_lines(items: Iterable[Item], options: CheckOptions, workers: int) -> Iterator[str]:
    """The line of every item, in the order they finish.

    Unless the options bring a gate of their own, the workers share the per-host limit
    through lock files beside the page cache (so two batches on one machine share it too),
    or in a folder of this run when there is no cache."""
    with tempfile.TemporaryDirectory(prefix="verify-hosts-") as tmp:
        if options.fetch.host_gate is None:
            base = options.fetch.cache_dir or Path(tmp)
            gate = LockFileGate(base / "hosts", options.fetch.per_host)
            options = replace(options, fetch=replace(options.fetch, host_gate=gate))
        yield from _lines(items, options, workers)


def _lines(items: Iterable[Item], options: CheckOptions, workers: int) -> Iterator[str]:
    if workers <= 1:
        worker = Worker(options)
        for item in items:
            yield worker.line(item)
        return
    window = workers * IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers, initializer=_init,
                             initargs=(options,)) as pool:
        pending: set[Future[str]] = set()
        for item in items:
            pending.add(pool.submit(_line, item))
            if len(pending) >= window:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    yield f.result()
        for f in as_completed(pending):
            yield f.result()
