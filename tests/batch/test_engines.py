"""Both engines give the same lines; Parquet output holds the same lines and resumes; the
per-host limit holds across a batch's workers."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from verify.batch.manifest import read_items
from verify.batch.output import JOURNAL, ParquetOutput
from verify.batch.runner import run_batch
from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions

from .test_batch import archive, lines, options


def test_the_ray_engine_gives_the_pools_lines(tmp_path):
    pytest.importorskip("ray")
    folder = archive(tmp_path, 8)
    (folder / "broken.txt").write_bytes(b"\x00\x01 binary")
    pool, ray = tmp_path / "pool.jsonl", tmp_path / "ray.jsonl"
    run_batch(read_items([str(folder)]), pool, options(tmp_path), workers=2)
    summary = run_batch(read_items([str(folder)]), ray, options(tmp_path), workers=2,
                        engine="ray")
    assert summary.articles == 9 and summary.errors
    assert sorted(pool.read_text().splitlines()) == sorted(ray.read_text().splitlines())
    again = run_batch(read_items([str(folder)]), ray, options(tmp_path), engine="ray")
    assert again.skipped == 9 and again.articles == 0  # resumes like the pool


def test_without_ray_the_engine_says_how_to_install_it(tmp_path, monkeypatch):
    import sys

    from verify.errors import ConfigError

    monkeypatch.setitem(sys.modules, "ray", None)  # as if it were not installed
    folder = archive(tmp_path, 1)
    with pytest.raises(ConfigError, match=r"pip install 'source-verify\[ray\]'"):
        run_batch(read_items([str(folder)]), tmp_path / "o.jsonl", options(tmp_path),
                  engine="ray")


def test_parquet_parts_hold_the_jsonl_lines_and_resume_from_the_journal(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    folder = archive(tmp_path, 7)
    jsonl, parts = tmp_path / "o.jsonl", tmp_path / "parts"
    run_batch(read_items([str(folder)]), jsonl, options(tmp_path))
    out = ParquetOutput(parts, part_rows=3)
    for line in jsonl.read_text().splitlines()[:5]:
        out.write(line)
    # Killed here: one part of 3 lines written, 2 lines in the journal, the last torn.
    with open(parts / JOURNAL, "ab") as fh:
        fh.write(b'{"id": "a0')
    summary = run_batch(read_items([str(folder)]), parts, options(tmp_path), fmt="parquet")
    assert summary.skipped == 5 and summary.articles == 2
    table = pq.read_table(parts)
    assert sorted(table.column("id").to_pylist()) == [f"a{i:03d}.md" for i in range(7)]
    assert sorted(table.column("line").to_pylist()) == sorted(jsonl.read_text().splitlines())
    row = json.loads(table.column("line")[0].as_py())
    assert table.column("quotes")[0].as_py() == len(row["quotes"])
    assert not (parts / JOURNAL).exists()


class _Slow(BaseHTTPRequestHandler):
    """Each page takes a while; the server notes the most requests it had at once."""

    lock = threading.Lock()
    now = 0
    most = 0

    def do_GET(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.now += 1
            cls.most = max(cls.most, cls.now)
        time.sleep(0.15)
        with cls.lock:
            cls.now -= 1
        body = b"<html><body><p>The council voted on Tuesday to build a flood barrier.</p>" \
               b"</body></html>"
        self.send_response(200 if self.path != "/robots.txt" else 404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("per_host", [1, 2])
def test_the_per_host_limit_holds_across_the_workers(tmp_path, per_host):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Slow.most = 0
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        folder = tmp_path / "arts"
        folder.mkdir()
        for i in range(8):
            (folder / f"s{i}.md").write_text(
                f'"The council voted on Tuesday," Tom Okafor [said]({base}/p{i}).\n')
        opts = CheckOptions(semantic=False, search=[], fetch=FetchConfig(
            cache_dir=tmp_path / "c", allow_private_network=True, per_host=per_host))
        summary = run_batch(read_items([str(folder)]), tmp_path / "o.jsonl", opts, workers=2)
    finally:
        server.shutdown()
    assert summary.articles == 8 and not summary.errors
    assert 1 <= _Slow.most <= per_host  # 2 workers, yet never more than per_host at once
    verdicts = {q["verdict"] for r in lines(tmp_path / "o.jsonl") for q in r["quotes"]}
    assert verdicts == {"VERBATIM"}


def test_the_lock_file_gate_excludes_other_processes(tmp_path):
    import asyncio
    import multiprocessing

    from verify.fetch.hosts import LockFileGate

    gate = LockFileGate(tmp_path / "hosts", per_host=1)
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(
        target=_hold, args=(gate, ready, release))
    holder.start()
    try:
        assert ready.wait(30)

        async def try_once() -> bool:
            try:
                async with asyncio.timeout(0.3):
                    async with gate.hold("news.example.org"):
                        return True
            except TimeoutError:
                return False

        assert asyncio.run(try_once()) is False  # the other process holds the only slot
        release.set()
        holder.join(30)
        assert asyncio.run(try_once()) is True
    finally:
        release.set()
        holder.join(5)


def _hold(gate, ready, release) -> None:
    import asyncio

    async def go() -> None:
        async with gate.hold("News.Example.org"):
            ready.set()
            while not release.is_set():
                await asyncio.sleep(0.02)

    asyncio.run(go())
