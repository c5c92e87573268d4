"""A worker process that ends when the process that started it ends, however that ends
(``kill -9``, the OOM killer, a closed terminal): a pool worker blocked on its task queue
would otherwise wait forever, holding its memory and the model.

Two mechanisms, either enough on its own: on Linux the kernel's parent-death signal
(``prctl(PR_SET_PDEATHSIG)``), immediate; everywhere else too, a watchdog thread that sees
the parent change (a process whose parent ends is handed to another, so ``getppid()``
changes), within :data:`WATCH_SECONDS`.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
"""prctl's option number, from <linux/prctl.h>."""
WATCH_SECONDS = 0.5
"""How often the watchdog looks at the parent."""
ORPHANED = 70
"""The exit status of a worker that ended because its parent had (EX_SOFTWARE)."""


def end_with_parent(parent: int | None, *, kernel: bool = True) -> None:
    """Make this process end when its parent ends.

    ``parent``: the pid the parent should have; None takes the parent it has now (a
    process made by a fork server, whose server itself ends with the batch). A parent gone
    already (it ended between the fork and this call) ends this process at once.
    ``kernel=False``: the watchdog alone, as where there is no parent-death signal."""
    expected = os.getppid() if parent is None else parent
    if kernel:
        _ask_for_parent_death_signal()
    # Checked after the request: a parent that ended before it sends no signal.
    if os.getppid() != expected:
        os._exit(ORPHANED)
    threading.Thread(target=_watch, args=(expected,), name="verify-parent-watch",
                     daemon=True).start()


def _ask_for_parent_death_signal() -> bool:
    """SIGKILL from the kernel when the parent ends (Linux); False where there is none.

    SIGKILL, not SIGTERM: a worker holds nothing the run needs (the parent writes every
    line, and the per-host slots are flock locks the kernel releases), and a worker busy
    in native code (the model) would not run a Python handler before it returns."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(ORPHANED)
