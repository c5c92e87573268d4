"""The per-host limit shared by processes: the workers of a batch fetch from one site
``per_host`` requests at a time between them, not ``per_host`` each.

A :class:`HostGate` is passed in :class:`~verify.fetch.client.FetchConfig`; without one a
:class:`~verify.fetch.client.Fetcher` limits only its own requests. :class:`LockFileGate`
serves the processes of one machine (``flock`` on a slot file per host and slot, released by
the kernel when a process dies, so a killed worker never holds a slot); the Ray engine has
its own gate for a cluster (:mod:`verify.batch.cluster`).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

POLL_SECONDS = 0.05
"""How often a request waiting for a host's slot looks again."""


class HostGate(Protocol):
    """Admits at most a fixed number of requests to one host at a time, across processes."""

    def hold(self, host: str) -> AbstractAsyncContextManager[None]:
        """Wait for a slot for ``host`` and hold it for the ``async with`` block."""


@dataclass(frozen=True, slots=True)
class LockFileGate:
    """``per_host`` slot files per host in ``folder``, one held with ``flock`` per request.

    Picklable (a folder and a number), so a process pool's workers each get a copy that
    locks the same files."""

    folder: Path
    per_host: int = 2

    @asynccontextmanager
    async def hold(self, host: str) -> AsyncIterator[None]:
        """Hold one of ``host``'s slots while the block runs."""
        import fcntl

        self.folder.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(host.lower().encode()).hexdigest()[:24]
        while True:
            for slot in range(max(1, self.per_host)):
                fd = os.open(self.folder / f"{name}.{slot}", os.O_RDWR | os.O_CREAT, 0o600)
                try:
                    # flock locks belong to the open file, so two requests of one process
                    # exclude each other as two processes do.
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    continue
                try:
                    yield
                finally:
                    os.close(fd)  # closing releases the lock
                return
            await asyncio.sleep(POLL_SECONDS)
