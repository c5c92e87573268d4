"""The HTML report's browser tests are never skipped in silence: without Chromium the run
ends with one line saying so, and with VERIFY_REQUIRE_BROWSER=1 (.ci/run) they fail."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _pytest_without_a_browser(**env: str) -> subprocess.CompletedProcess[str]:
    # A PATH with the interpreter's folder only: no chromium on it.
    path = str(Path(sys.executable).parent)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/formats/test_html_browser.py"],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PATH": path, "VERIFY_REQUIRE_BROWSER": "", **env})


def test_skipped_browser_tests_end_the_run_with_one_line_saying_so():
    r = _pytest_without_a_browser()
    assert r.returncode == 0, r.stdout
    last = r.stdout.strip().splitlines()[-1]
    assert last.startswith("BROWSER TESTS DID NOT RUN (") and "pytest -m browser" in last


def test_a_required_browser_fails_the_run_when_missing():
    r = _pytest_without_a_browser(VERIFY_REQUIRE_BROWSER="1")
    assert r.returncode == 1
    assert "VERIFY_REQUIRE_BROWSER is set but this browser test was skipped" in r.stdout
    assert "BROWSER TESTS DID NOT RUN" not in r.stdout
