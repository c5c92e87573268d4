"""The Ray engine: the same batch on a Ray cluster (or a Ray started on this machine).

Ray Data carries the items; ``map_batches`` with a callable class makes an actor pool, so
each actor loads the model once and keeps its own :class:`~verify.sources.memo.SourceMemo`,
as a pool worker does; the lines come back to this process, which writes them to the same
output as the local engine, with the same resume. The items go in chunks of
:data:`CHUNK_ITEMS`, so a manifest of any length is never held whole in memory.

Live fetches share their per-host limit through one counter actor (:class:`RayHostGate`),
across every node.

What a worker reads travels with the work or is named so a node can reach it: the article
and ``--source`` paths are resolved on the driver (a folder into its files) and sent to
the actors as ``CheckOptions.files`` under the names the user gave, so every line is the
local pool's; when a node of the cluster is another machine (or when asked,
``RayOptions.ship_inputs``) the files' bytes are sent instead of their absolute paths: each
article's with it, the shared sources' once per actor, with the options. URLs are fetched
by the workers. Other paths (the model folder, the cache, WARC files) are made absolute
and must be readable on every node.

When the driver ends, however it ends, Ray ends the actors it made, the counter among
them: they are not detached, so they share the fate of the process that created them.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import pickle
import signal
import socket
import threading
import warnings
from collections.abc import AsyncIterator, Generator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from verify.batch.interface import Item, RayOptions, Stop
from verify.errors import ConfigError, VerifyError
from verify.fetch.hosts import POLL_SECONDS
from verify.input.reader import is_url
from verify.options import CheckOptions
from verify.sources.given import expand_sources

CHUNK_ITEMS = 20_000
"""Items handed to Ray at once."""
RESTARTS = 0
"""Restarts of a failed actor: none. Ray Data's default (-1, for ever) makes Ray's core log
an error on every healthy run ("Actor ... has constructor arguments in the object store
and max_restarts > 0": Ray Data always puts them there, and a restart can fail when they
are lost); as with the local pool, a worker that dies ends the run, which a rerun resumes."""
BATCH_ITEMS = 4
"""Items per call of an actor: small, since one article takes tens of milliseconds and an
actor should never sit idle behind another's long batch."""
INSTALL = "pip install 'source-verify[ray]'"
CONNECT_SECONDS = 5.0
"""How long the cluster's address may take to accept a connection."""


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
        items: list[Item] = [pickle.loads(row) for row in batch["item"]]
        return {"line": [self.worker.line(item) for item in items]}


def ray_lines(items: Iterable[Item], options: CheckOptions, workers: int | None,
              ray_options: RayOptions | None = None, *,
              stop: Stop | None = None) -> Generator[str, None, None]:
    """The line of every item, in the order Ray returns them, from ``workers`` actors
    (default: the cluster's CPUs), on the cluster of ``ray_options`` (default: a Ray
    started on this machine).

    Once ``stop`` is asked no line is taken any more: the articles in flight are abandoned
    and the actors ended with this driver's session. A failure of Ray itself is a
    :class:`~verify.errors.VerifyError` that says what failed."""
    ray = _ray()
    stop = stop or Stop()
    how = ray_options or RayOptions()
    started = not ray.is_initialized()
    if started:
        _init(ray, how.address, workers, how.quiet)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its progress notes, per dataset
    try:
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        ship = how.ship_inputs or not _one_machine(ray)
        gate = ray.remote(_Slots).options(num_cpus=0).remote(options.fetch.per_host)
        opts = _for_the_cluster(options, ship)
        opts = replace(opts, fetch=replace(opts.fetch, host_gate=RayHostGate(gate)))
        it = iter(items)
        while not stop.asked and (chunk := list(itertools.islice(it, CHUNK_ITEMS))):
            rows = [{"item": pickle.dumps(_item_for_the_cluster(i, ship, opts.max_article_bytes))}
                    for i in chunk]
            ds = ray.data.from_items(rows)
            with warnings.catch_warnings():
                # max_restarts has no named parameter yet (Ray 2.60 warns; 2.64 drops it).
                warnings.filterwarnings("ignore", message="`ray_remote_args` is deprecated")
                ds = ds.map_batches(_Checker, fn_constructor_args=(opts,),
                                    batch_size=BATCH_ITEMS, num_cpus=1, batch_format="numpy",
                                    compute=ray.data.ActorPoolStrategy(size=size),
                                    max_restarts=RESTARTS)
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                yield from (str(x) for x in batch["line"])
                if stop.asked:
                    break
    except ray.exceptions.RayError as exc:
        raise VerifyError(f"--engine ray: the cluster failed: {_first_line(exc)}") from exc
    finally:
        if started:
            ray.shutdown()  # the actors, the counter among them, end with the session


def _one_machine(ray: Any) -> bool:
    """Whether every live node of the cluster is this machine (by its address)."""
    here = ray.util.get_node_ip_address()
    return all(node.get("NodeManagerAddress") == here for node in ray.nodes()
               if node.get("Alive"))


def _for_the_cluster(options: CheckOptions, ship: bool) -> CheckOptions:
    """``options`` as a worker on any node reads them: the shared sources staged (their
    bytes when ``ship``), the other paths absolute."""
    files = dict(options.files)
    sources = _stage_sources(options.sources, files, ship)
    fetch = options.fetch
    replay = fetch.replay
    fetch = replace(fetch, cache_dir=_absolute(fetch.cache_dir),
                    replay=tuple(p.absolute() for p in replay) if isinstance(replay, tuple)
                    else _absolute(replay))
    return replace(options, sources=sources, files=files, fetch=fetch,
                   model_dir=_absolute(options.model_dir),
                   outlet_files=[p.absolute() for p in options.outlet_files])


def _item_for_the_cluster(item: Item, ship: bool, max_bytes: int) -> Item:
    """``item`` with its article and sources staged (their bytes when ``ship``)."""
    files = dict(item.files)
    if item.path is not None:
        _stage(item.path, files, ship, max_bytes)
    sources = tuple(_stage_sources(item.sources, files, ship))
    return replace(item, sources=sources, files=files)


def _stage_sources(specs: Sequence[str], files: dict[str, bytes | str],
                   ship: bool) -> list[str]:
    """The sources' names with each folder replaced by its files, as the worker would
    expand it, each local file staged in ``files``. Specs that do not expand are left for
    the worker, which reports them as the local pool does."""
    try:
        names = [ref.locator for ref in expand_sources(specs, files)]
    except VerifyError:
        return list(specs)
    for name in names:
        if not is_url(name):
            _stage(name, files, ship, None)
    return names


def _stage(name: str, files: dict[str, bytes | str], ship: bool, max_bytes: int | None) -> None:
    """Put the file ``name`` in ``files``: its absolute path, or its bytes (no more than
    one past ``max_bytes``: enough for the worker to say it is too large). A name that is
    no readable file is left out: the worker says why, as the local pool would."""
    if name in files:
        return
    path = Path(name)
    try:
        if not path.is_file():
            return
        if not ship:
            files[name] = str(path.absolute())
            return
        with open(path, "rb") as fh:
            files[name] = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except OSError:
        return


def _absolute(path: Path | None) -> Path | None:
    return path.absolute() if path is not None else None


def _init(ray: Any, address: str | None, workers: int | None, quiet: bool) -> None:
    """Start or join Ray; its SIGTERM handler (``sys.exit``) is replaced by the one the
    caller had, so that a batch stopped by SIGTERM still finishes cleanly."""
    if address:
        _answers(address)
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


def _answers(address: str) -> None:
    """A ``host:port`` where nothing listens is a one-line error now: ray.init would retry
    it for minutes, logging a line every few seconds."""
    host, sep, port = address.rpartition(":")
    if not sep or "://" in address or not port.isdigit():
        return  # ray://…, auto: Ray's own business
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_SECONDS).close()
    except OSError as exc:
        raise ConfigError(f"--engine ray: no Ray cluster answers at {address} "
                          f"({exc.strerror or type(exc).__name__})") from exc


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's message (Ray's run to pages of traceback)."""
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]
