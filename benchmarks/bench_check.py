"""Wall time of `verify check` on the bundled example: empty cache, then warm cache.

Run: .venv/bin/python benchmarks/bench_check.py   (each run is a fresh process, as a user
would start it, so imports and the model load are counted). Two set-ups: the originals as
local files (`--source examples/sources`, what `make demo` does), and the same originals
served over HTTP on 127.0.0.1, where the page cache saves the fetches."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERIFY = Path(sys.executable).parent / "verify"


def run(cache: Path, sources: list[str]) -> float:
    t0 = time.perf_counter()
    args = [a for s in sources for a in ("--source", s)]
    proc = subprocess.run([str(VERIFY), "check", "examples/draft.md", *args, "--cache-dir",
                           str(cache), "--format", "json", "--allow-private-network"],
                          cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"verify failed: {proc.stderr.strip()}")
    return elapsed


def measure(label: str, sources: list[str], repeat: int) -> None:
    cold, warm = [], []
    for _ in range(repeat):
        cache = Path(tempfile.mkdtemp())
        try:
            cold.append(run(cache, sources))
            warm.append(run(cache, sources))
        finally:
            shutil.rmtree(cache)
    print(f"{label}: empty cache min {min(cold):.2f} s (mean {sum(cold) / len(cold):.2f}), "
          f"warm cache min {min(warm):.2f} s (mean {sum(warm) / len(warm):.2f})")


def main(repeat: int = 3) -> None:
    measure("local --source files", ["examples/sources"], repeat)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(ROOT / "examples" / "sources"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        measure("sources over HTTP", [base + "herald-report.html",
                                      base + "council-minutes.html"], repeat)
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
