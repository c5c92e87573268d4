"""The Ray engine on a running cluster (`ray start --head` and a second `ray start
--address` node, both on this machine): relative article and --source paths give the
local pool's lines, resolved or shipped; Ray's log lines stay off the terminal unless
asked for; a cluster that does not answer is one line; a driver killed with SIGKILL takes
its actors, the counter among them, with it."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_batch import SOURCE, VERIFY, alive

RAY = str(Path(sys.executable).parent / "ray")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ours(marker: str) -> list[int]:
    """The pids of this test's cluster: the processes whose command line names its temp
    folder (GCS, raylets, …) and everything below them (the workers, the actors)."""
    parents: dict[int, int] = {}
    roots = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes()
            parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1]
                                           .split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if marker.encode() in cmd and int(entry.name) != os.getpid():
            roots.append(int(entry.name))
    found = set(roots)
    grew = True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in found} - found
        found |= more
        grew = bool(more)
    return sorted(found)


def _actors(marker: str) -> list[int]:
    """Our cluster's actor processes of a batch: its checkers and its per-host counter."""
    out = []
    for pid in _ours(marker):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if cmd.startswith((b"ray::MapWorker", b"ray::_Slots")):
            out.append(pid)
    return out


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, str]]:
    """A head and a second node, one CPU each, with a token of their own (Ray's token
    authentication: the drivers get it from the environment); their address and the temp
    folder that marks their processes. Torn down by pid: `ray stop` would stop every Ray
    on the machine."""
    pytest.importorskip("ray", reason="ray is not installed: pip install 'source-verify[ray]'")
    temp = tempfile.mkdtemp(prefix="vray-")  # short: Ray's socket paths must fit 107 bytes
    port = _free_port()
    common = ["--num-cpus=1", "--disable-usage-stats", f"--temp-dir={temp}"]
    mp = pytest.MonkeyPatch()
    mp.setenv("RAY_AUTH_MODE", "token")
    mp.setenv("RAY_AUTH_TOKEN", secrets.token_hex(32))
    env = {**os.environ, "RAY_ADDRESS": ""}
    try:
        subprocess.run([RAY, "start", "--head", f"--port={port}", "--include-dashboard=false",
                        "--node-ip-address=127.0.0.1", *common], check=True,
                       capture_output=True, env=env, timeout=120)
        subprocess.run([RAY, "start", f"--address=127.0.0.1:{port}",
                        "--node-ip-address=127.0.0.1", *common], check=True,
                       capture_output=True, env=env, timeout=120)
        yield f"127.0.0.1:{port}", temp
    finally:
        pids = _ours(temp)
        for pid in pids:
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while any(alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        for pid in pids:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(temp, ignore_errors=True)
        mp.undo()


def _project(root: Path, n: int) -> None:
    """Articles in arts/, a folder of shared sources, and a manifest with an article of
    its own source and a path that is not there, all named relative to ``root``."""
    (root / "arts").mkdir()
    for i in range(n):
        quote = "The council voted on Tuesday to build a flood barrier" if i % 3 else \
            "The council voted on Monday to build a flood wall"
        (root / "arts" / f"a{i:03d}.md").write_text(f'"{quote}," Tom Okafor said. Story {i}.\n')
    (root / "srcs").mkdir()
    (root / "srcs" / "src.txt").write_text(SOURCE)
    (root / "m").mkdir()
    (root / "m" / "own.txt").write_text("Ann Lee said the plant would stay open for a decade.\n")
    (root / "m" / "list.jsonl").write_text("\n".join([
        json.dumps({"id": "own", "path": "../arts/a001.md", "sources": ["own.txt"]}),
        json.dumps({"id": "gone", "path": "nowhere.md"}),
    ]) + "\n")


def _batch(root: Path, out: str, *extra: str, **kw: object) -> subprocess.CompletedProcess[str]:
    args = [VERIFY, "batch", "arts", "m/list.jsonl", "-o", out, "--source", "srcs",
            "--no-semantic", "--cache-dir", "c", "--workers", "2", *extra]
    return subprocess.run(args, cwd=root, capture_output=True, text=True, timeout=180, **kw)


def test_relative_paths_give_the_local_pools_lines_resolved_or_shipped(cluster, tmp_path):
    address, _ = cluster
    _project(tmp_path, 6)
    pool = _batch(tmp_path, "pool.jsonl")
    assert pool.returncode == 0, pool.stderr
    expected = sorted((tmp_path / "pool.jsonl").read_text().splitlines())
    assert len(expected) == 8
    for out, extra in [("ray.jsonl", ()), ("shipped.jsonl", ("--ship-inputs",))]:
        run = _batch(tmp_path, out, "--engine", "ray", "--ray-address", address, *extra)
        assert run.returncode == 0, run.stderr
        assert sorted((tmp_path / out).read_text().splitlines()) == expected, extra
        # Ray's own lines stay off the terminal: the summary is all there is.
        assert len(run.stderr.splitlines()) == 1, run.stderr
        assert run.stderr.startswith(f"verify batch: 8 articles (0 already in {out})")
    rows = {json.loads(x)["id"]: json.loads(x) for x in expected}
    assert rows["gone"]["error"] and rows["own"]["quotes"]  # the error and the own source


def test_verbose_shows_rays_lines_and_a_dead_address_is_one_line(cluster, tmp_path):
    address, _ = cluster
    _project(tmp_path, 1)
    run = _batch(tmp_path, "v.jsonl", "--engine", "ray", "--ray-address", address,
                 "--verbose")
    assert run.returncode == 0, run.stderr
    assert "Connecting to existing Ray cluster" in run.stderr
    dead = _batch(tmp_path, "d.jsonl", "--engine", "ray", "--ray-address",
                  f"127.0.0.1:{_free_port()}")
    assert dead.returncode == 2
    assert dead.stderr.splitlines() == [dead.stderr.strip()]
    assert dead.stderr.startswith("verify: error: --engine ray: no Ray cluster answers at")


def test_a_killed_driver_takes_its_actors_with_it(cluster, tmp_path):
    address, temp = cluster
    _project(tmp_path, 400)
    args = [VERIFY, "batch", "arts", "-o", "k.jsonl", "--source", "srcs", "--no-semantic",
            "--cache-dir", "c", "--workers", "2", "--engine", "ray", "--ray-address", address]
    driver = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    out = tmp_path / "k.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or
                                           out.read_bytes().count(b"\n") < 5):
        time.sleep(0.1)
    actors = _actors(temp)
    assert len(actors) >= 3, actors  # two checkers and the counter, mid-run
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    assert out.read_bytes().count(b"\n") < 400
    deadline = time.monotonic() + 10
    while any(alive(p) for p in actors) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [p for p in actors if alive(p)] == []
