"""Wall time of `verify check` on the bundled example: empty cache, then warm cache.

Run: .venv/bin/python benchmarks/bench_check.py   (each run is a fresh process, as a user
would start it, so imports and the model load are counted)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERIFY = Path(sys.executable).parent / "verify"


def run(cache: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([str(VERIFY), "check", "examples/draft.md", "--source",
                           "examples/sources", "--cache-dir", str(cache), "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"verify failed: {proc.stderr.strip()}")
    return elapsed


def main(repeat: int = 3) -> None:
    cold, warm = [], []
    for _ in range(repeat):
        cache = Path(tempfile.mkdtemp())
        try:
            cold.append(run(cache))
            warm.append(run(cache))
        finally:
            shutil.rmtree(cache)
    print(f"empty cache: min {min(cold):.2f} s, mean {sum(cold) / len(cold):.2f} s")
    print(f"warm cache:  min {min(warm):.2f} s, mean {sum(warm) / len(warm):.2f} s")


if __name__ == "__main__":
    main()
