"""The Ray engine: the same batch on a Ray cluster (or a Ray started on this machine).

Ray Data carries the items; ``map_batches`` with a callable class makes an actor pool, so
each actor loads the model once and keeps its own :class:`~verify.sources.memo.SourceMemo`,
as a pool worker does; the lines come back to this process, which writes them to the same
output as the local engine, with the same resume. The items go in chunks of
:data:`CHUNK_ITEMS`, so a manifest of any length is never held whole in memory.

Live fetches share their per-host limit through one counter actor (:class:`RayHostGate`),
across every node. Paths in the options and the items (the model folder, the cache, WARC
files, article files) must be readable on every node: a shared file system, or texts and
URLs in the manifest.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import signal
import threading
from collections.abc import AsyncIterator, Generator, Iterable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, replace
from typing import Any

from verify.batch.interface import Item, Stop
from verify.errors import ConfigError, VerifyError
from verify.fetch.hosts import POLL_SECONDS
from verify.options import CheckOptions

CHUNK_ITEMS = 20_000
"""Items handed to Ray at once."""
BATCH_ITEMS = 4
"""Items per call of an actor: small, since one article takes tens of milliseconds and an
actor should never sit idle behind another's long batch."""
INSTALL = "pip install 'source-verify[ray]'"


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(f"--engine ray needs Ray, which is not installed: {INSTALL}") from exc
    return ray


class _Slots:
    """The per-host slot counts of a whole cluster (a Ray actor)."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self.held: dict[str, int] = {}

    def take(self, host: str) -> bool:
        if self.held.get(host, 0) >= self.per_host:
            return False
        self.held[host] = self.held.get(host, 0) + 1
        return True

    def give(self, host: str) -> None:
        self.held[host] = max(0, self.held.get(host, 0) - 1)


@dataclass(frozen=True, slots=True)
class RayHostGate:
    """The per-host limit of every actor of the run, held by one ``_Slots`` actor."""

    slots: Any
    """The actor's handle (picklable: it travels with the options to every actor)."""

    @asynccontextmanager
    async def hold(self, host: str) -> AsyncIterator[None]:
        """Hold one of ``host``'s slots, cluster-wide, while the block runs."""
        while not await self.slots.take.remote(host):
            await asyncio.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            await self.slots.give.remote(host)


class _Checker:
    """What each actor runs: a :class:`~verify.batch.worker.Worker`, made once."""

    def __init__(self, options: CheckOptions) -> None:
        from verify.batch.worker import Worker

        self.worker = Worker(options)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        items = [Item(**{**row, "sources": tuple(row["sources"])})
                 for row in map(json.loads, batch["item"])]
        return {"line": [self.worker.line(item) for item in items]}


def ray_lines(items: Iterable[Item], options: CheckOptions, workers: int | None,
              address: str | None, *, stop: Stop | None = None,
              quiet: bool = True) -> Generator[str, None, None]:
    """The line of every item, in the order Ray returns them, from ``workers`` actors
    (default: the cluster's CPUs). ``address``: the cluster's (``ray://…`` or
    ``host:port``); None starts a Ray on this machine.

    Once ``stop`` is asked no line is taken any more: the articles in flight are abandoned
    and the actors ended with this driver's session. ``quiet``: Ray's own log lines (its
    loggers below ERROR, the actors' output) stay off this process's stderr. A failure of
    Ray itself is a :class:`~verify.errors.VerifyError` that says what failed."""
    ray = _ray()
    stop = stop or Stop()
    started = not ray.is_initialized()
    if started:
        _init(ray, address, workers, quiet)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its progress notes, per dataset
    try:
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        gate = ray.remote(_Slots).options(num_cpus=0).remote(options.fetch.per_host)
        opts = replace(options, fetch=replace(options.fetch, host_gate=RayHostGate(gate)))
        it = iter(items)
        while not stop.asked and (chunk := list(itertools.islice(it, CHUNK_ITEMS))):
            ds = ray.data.from_items([{"item": json.dumps(asdict(i))} for i in chunk])
            ds = ds.map_batches(_Checker, fn_constructor_args=(opts,), batch_size=BATCH_ITEMS,
                                compute=ray.data.ActorPoolStrategy(size=size), num_cpus=1,
                                batch_format="numpy")
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                yield from (str(x) for x in batch["line"])
                if stop.asked:
                    break
    except ray.exceptions.RayError as exc:
        raise VerifyError(f"--engine ray: the cluster failed: {_first_line(exc)}") from exc
    finally:
        if started:
            ray.shutdown()  # the actors, the counter among them, end with the session


def _init(ray: Any, address: str | None, workers: int | None, quiet: bool) -> None:
    """Start or join Ray; its SIGTERM handler (``sys.exit``) is replaced by the one the
    caller had, so that a batch stopped by SIGTERM still finishes cleanly."""
    kwargs: dict[str, Any] = {"address": address} if address else {"num_cpus": workers}
    if quiet:
        kwargs.update(logging_level=logging.ERROR, log_to_driver=False)
    main = threading.current_thread() is threading.main_thread()
    before = signal.getsignal(signal.SIGTERM) if main else None
    try:
        ray.init(include_dashboard=False, configure_logging=True, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"at {address}" if address else "on this machine"
        raise ConfigError(f"--engine ray: cannot start or reach Ray {where}: "
                          f"{_first_line(exc)}") from exc
    finally:
        if main and before is not None:
            signal.signal(signal.SIGTERM, before)


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's message (Ray's run to pages of traceback)."""
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]
