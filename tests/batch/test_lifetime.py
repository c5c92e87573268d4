"""A worker ends with its parent: by the kernel's parent-death signal on Linux, and by the
watchdog alone where there is none; a parent gone before the worker asked ends it at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from verify.batch.lifetime import ORPHANED, WATCH_SECONDS

from .test_batch import alive

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CHILD = ("import os, sys, time; from verify.batch.lifetime import end_with_parent; "
         "end_with_parent(os.getppid(), kernel={kernel}); print('ready', flush=True); "
         "time.sleep(60)")
# The middle process starts the child, says its pid, and sleeps until it is killed.
MIDDLE = ("import subprocess, sys, time; c = subprocess.Popen([sys.executable, '-c', {child!r}],"
          " stdout=subprocess.PIPE, text=True); c.stdout.readline(); print(c.pid, flush=True); "
          "time.sleep(60)")


def gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not alive(pid)


def run_middle(kernel: bool) -> tuple[subprocess.Popen[str], int]:
    code = MIDDLE.format(child=CHILD.format(kernel=kernel))
    middle = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env=ENV)
    assert middle.stdout is not None
    return middle, int(middle.stdout.readline())


def test_the_kernel_ends_a_worker_whose_parent_is_killed():
    middle, child = run_middle(kernel=True)
    os.kill(middle.pid, signal.SIGKILL)
    middle.wait()
    assert gone_within(child, 1.0)


def test_the_watchdog_alone_ends_it_too():
    middle, child = run_middle(kernel=False)
    assert alive(child)
    os.kill(middle.pid, signal.SIGKILL)
    middle.wait()
    assert gone_within(child, WATCH_SECONDS + 2.0)


def test_a_parent_gone_before_the_call_ends_the_worker_at_once():
    # The parent the worker expects is not the one it has: it was orphaned already.
    code = ("import time; from verify.batch.lifetime import end_with_parent; "
            "end_with_parent(999999999); time.sleep(30)")
    done = subprocess.run([sys.executable, "-c", code], env=ENV, timeout=20)
    assert done.returncode == ORPHANED
