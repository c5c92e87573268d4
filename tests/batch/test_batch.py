"""verify batch: one line per article, equal to what verify check says of it alone; bad
articles and manifest lines are lines with an error; a rerun resumes, even after kill -9."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from verify.batch.manifest import read_items
from verify.batch.runner import done_ids, run_batch
from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check

VERIFY = str(Path(sys.executable).parent / "verify")
SOURCE = ("The council voted on Tuesday to build a flood barrier along the river. "
          '"The council voted on Tuesday to build a flood barrier," said Tom Okafor.\n')


def archive(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "arts"
    folder.mkdir()
    for i in range(n):
        quote = "The council voted on Tuesday to build a flood barrier" if i % 3 else \
            "The council voted on Monday to build a flood wall"
        (folder / f"a{i:03d}.md").write_text(f'"{quote}," Tom Okafor said. Story {i}.\n')
    (tmp_path / "src.txt").write_text(SOURCE)
    return folder


def options(tmp_path: Path) -> CheckOptions:
    return CheckOptions(sources=[str(tmp_path / "src.txt")], semantic=False, search=[],
                        fetch=FetchConfig(cache_dir=tmp_path / "c"))


def lines(out: Path) -> list[dict]:
    return [json.loads(x) for x in out.read_text().splitlines()]


def test_each_line_is_what_check_says_of_that_article_alone(tmp_path):
    folder = archive(tmp_path, 4)
    (folder / "broken.txt").write_bytes(b"\x00\x01 binary")
    out = tmp_path / "out.jsonl"
    summary = run_batch(read_items([str(folder)]), out, options(tmp_path), workers=2)
    rows = {r["id"]: r for r in lines(out)}
    assert summary.articles == 5 and set(rows) == {"a000.md", "a001.md", "a002.md",
                                                   "a003.md", "broken.txt"}
    assert "binary file" in rows["broken.txt"]["error"]
    alone = check([str(folder / "a001.md")], options(tmp_path)).articles[0]
    row = dict(rows["a001.md"])
    del row["id"]
    assert row == alone.model_dump(mode="json", by_alias=True)
    assert summary.verdicts == {"VERBATIM": 2, "ALTERED": 2}


def test_a_manifest_takes_paths_texts_and_sources_and_reports_bad_lines(tmp_path):
    archive(tmp_path, 1)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join([
        json.dumps({"id": "p", "path": "arts/a000.md"}),
        json.dumps({"id": "t", "text": '"The council voted on Tuesday to build a flood '
                                       'barrier," she said.', "sources": ["src.txt"],
                    "published": "2026-03-04"}),
        "{not json",
        json.dumps({"id": "none"}),
    ]) + "\n")
    out = tmp_path / "out.jsonl"
    opts = CheckOptions(semantic=False, search=[], fetch=FetchConfig(cache_dir=None))
    run_batch(read_items([str(manifest)]), out, opts)
    rows = {r["id"]: r for r in lines(out)}
    assert rows["t"]["quotes"][0]["verdict"] == "VERBATIM"  # its source, beside the manifest
    assert rows["t"]["published"] == "2026-03-04" and rows["p"]["published"] is None
    assert "not a manifest line" in rows["m.jsonl:3"]["error"]
    assert "exactly one of path, url, text" in rows["none"]["error"]
    assert rows["p"]["quotes"][0]["verdict"] == "UNCHECKED"


def test_a_torn_last_line_is_cut_and_the_rerun_writes_each_article_once(tmp_path):
    folder = archive(tmp_path, 6)
    out = tmp_path / "out.jsonl"
    run_batch(read_items([str(folder)]), out, options(tmp_path))
    data = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(data[:3]) + data[3][: len(data[3]) // 2])  # killed mid-write
    assert done_ids(out) == {"a000.md", "a001.md", "a002.md"}
    assert out.read_bytes() == b"".join(data[:3])
    again = run_batch(read_items([str(folder)]), out, options(tmp_path))
    assert again.skipped == 3 and again.articles == 3
    assert sorted(r["id"] for r in lines(out)) == [f"a{i:03d}.md" for i in range(6)]


def start_batch(tmp_path: Path, n: int) -> tuple[list[str], subprocess.Popen[bytes], list[int]]:
    """A real `verify batch --workers 2` of ``n`` articles, once 10 lines are written: its
    arguments, its process and its pool's pids."""
    folder = archive(tmp_path, n)
    out = tmp_path / "out.jsonl"
    args = [VERIFY, "batch", str(folder), "-o", str(out), "--source",
            str(tmp_path / "src.txt"), "--no-semantic", "--workers", "2",
            "--cache-dir", str(tmp_path / "c")]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or
                                           out.read_bytes().count(b"\n") < 10):
        time.sleep(0.02)
    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
    return args, proc, [int(pid) for pid in children]


def alive(pid: int) -> bool:
    """Running, not a zombie waiting for a reaper."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_kill_9_halfway_then_rerun_ends_with_every_article_exactly_once(tmp_path):
    args, proc, workers = start_batch(tmp_path, 300)
    assert len(workers) >= 2, workers  # the pool is up
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    out = tmp_path / "out.jsonl"
    written = out.read_bytes().count(b"\n")
    assert 10 <= written < 300, written  # killed halfway, not after the end
    time.sleep(5)
    assert [pid for pid in workers if alive(pid)] == []  # no worker outlives its batch
    subprocess.run(args, check=True, capture_output=True)
    ids = [r["id"] for r in lines(out)]
    assert sorted(ids) == [f"a{i:03d}.md" for i in range(300)]  # each exactly once


def test_a_worker_reads_each_original_once_and_the_lines_stay_those_of_check(tmp_path):
    # The memo's own rules (robots.txt, least recently used, characters): tests/sources.
    from verify.sources.memo import SourceMemo

    folder = archive(tmp_path, 3)
    memo = SourceMemo()
    first = check([str(folder / "a001.md")], options(tmp_path), memo=memo)
    assert len(memo._items) == 1
    again = check([str(folder / "a001.md")], options(tmp_path), memo=memo)
    assert again.articles[0] == first.articles[0]  # the same line from the memo's original
