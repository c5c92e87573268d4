"""SIGTERM and SIGINT stop a real `verify batch` cleanly: exit 143 / 130, every line
written whole, the workers gone, a line on how to resume; the rerun completes every
article exactly once. (SIGKILL: tests/batch/test_batch.py.)"""

from __future__ import annotations

import json
import signal
import subprocess

import pytest

from .test_batch import alive, lines, start_batch


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_signal_ends_the_run_cleanly_and_the_rerun_completes_it(tmp_path, sig, code):
    args, proc, workers = start_batch(tmp_path, 300)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == code, err
    out = tmp_path / "out.jsonl"
    raw = out.read_bytes()
    assert raw.endswith(b"\n")
    written = [json.loads(x) for x in raw.splitlines()]  # every line whole
    assert 10 <= len(written) < 300
    last = err.decode().strip().splitlines()[-1]
    assert last == (f"verify batch: stopped by {sig.name}; {out} holds every article finished "
                    f"({len(written)}). Run the same command again to check the rest.")
    assert [pid for pid in workers if alive(pid)] == []  # ended before the batch returned
    again = subprocess.run(args, capture_output=True)
    assert again.returncode == 0, again.stderr
    ids = [r["id"] for r in lines(out)]
    assert sorted(ids) == [f"a{i:03d}.md" for i in range(300)]  # each exactly once
