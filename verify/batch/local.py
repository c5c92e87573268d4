"""The default engine: a pool of worker processes on this machine, each loading the model
once, with a bounded window of articles in flight so memory stays flat however long the
archive.

The workers end with the batch however it ends (:mod:`verify.batch.lifetime`), and a
:class:`~verify.batch.interface.Stop` ends the run between articles: nothing new is
started, the articles in flight are finished within the stop's grace, then the workers are
ended."""

from __future__ import annotations

import multiprocessing
import os
import signal
import tempfile
import time
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from verify.batch.interface import Item, Stop
from verify.batch.lifetime import end_with_parent
from verify.batch.worker import Worker
from verify.fetch.hosts import LockFileGate
from verify.options import CheckOptions

IN_FLIGHT_PER_WORKER = 4
"""Articles queued per worker: enough that none waits for the next, few enough that a
killed run loses little."""
POLL_SECONDS = 0.2
"""How often a batch waiting on its workers looks at its stop."""

_worker: Worker | None = None


def _init(options: CheckOptions, parent: int | None) -> None:
    global _worker
    end_with_parent(parent)
    # A Ctrl-C reaches the terminal's whole process group; the batch alone decides what it
    # means (finish the articles in flight), so a worker does not die of it mid-article.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = Worker(options)


def _line(item: Item) -> str:
    assert _worker is not None, "the pool's initializer makes the worker"
    return _worker.line(item)


def pool_lines(items: Iterable[Item], options: CheckOptions, workers: int,
               stop: Stop | None = None) -> Generator[str, None, None]:
    """The line of every item, in the order they finish; after ``stop`` is asked, only
    those of the articles already in flight.

    Unless the options bring a gate of their own, the workers share the per-host limit
    through lock files beside the page cache (so two batches on one machine share it too),
    or in a folder of this run when there is no cache."""
    with tempfile.TemporaryDirectory(prefix="verify-hosts-") as tmp:
        if options.fetch.host_gate is None:
            base = options.fetch.cache_dir or Path(tmp)
            gate = LockFileGate(base / "hosts", options.fetch.per_host)
            options = replace(options, fetch=replace(options.fetch, host_gate=gate))
        yield from _lines(items, options, workers, stop or Stop())


def _lines(items: Iterable[Item], options: CheckOptions, workers: int,
           stop: Stop) -> Generator[str, None, None]:
    if workers <= 1:
        worker = Worker(options)
        for item in items:
            if stop.asked:
                return
            yield worker.line(item)
        return
    window = workers * IN_FLIGHT_PER_WORKER
    ctx = multiprocessing.get_context()
    # A fork server's children are not ours: they watch the server, which ends with us.
    parent = None if ctx.get_start_method() == "forkserver" else os.getpid()
    # The workers are started by this thread (the one that submits), which the
    # parent-death signal follows: the pool lives no longer than this generator.
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init,
                               initargs=(options, parent))
    pending: set[Future[str]] = set()
    try:
        for item in items:
            if stop.asked:
                break
            pending.add(pool.submit(_line, item))
            while len(pending) >= window and not stop.asked:
                finished, pending = wait(pending, POLL_SECONDS, FIRST_COMPLETED)
                yield from _results(finished, stop)
        pending = yield from _drain(pending, stop)
    finally:
        _end(pool, pending)


def _drain(pending: set[Future[str]], stop: Stop) -> Generator[str, None, set[Future[str]]]:
    """Every pending line; once stopped, only those finished within the grace. Returns
    the futures abandoned."""
    deadline: float | None = None
    while pending:
        if stop.asked:
            if deadline is None:
                deadline = time.monotonic() + stop.grace
                pending = {f for f in pending if not f.cancel()}  # not started: dropped
            if stop.now or time.monotonic() >= deadline:
                return pending
        finished, pending = wait(pending, POLL_SECONDS, FIRST_COMPLETED)
        yield from _results(finished, stop)
    return pending


def _results(finished: Iterable[Future[str]], stop: Stop) -> Iterator[str]:
    for f in finished:
        try:
            yield f.result()
        except BrokenProcessPool:
            # A stop signal sent to the whole process group ends the workers too: their
            # articles are abandoned, not the run's failure.
            if not stop.asked:
                raise


def _end(pool: ProcessPoolExecutor, pending: set[Future[str]]) -> None:
    """Shut the pool down; with work still pending (a stop, an error in the caller), end
    its workers rather than wait for them."""
    if not pending:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public list
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        p.kill()
    for p in processes:
        p.join(5)
