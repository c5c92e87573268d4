"""Shared fixtures: fixture files, a loopback server serving real pages, embedders."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import numpy as np
import pytest

from verify.fetch.client import FetchConfig
from verify.outlets import OutletRegistry
from verify.pipeline import CheckOptions

FIXTURES = Path(__file__).parent / "fixtures"
BBC = FIXTURES / "pages" / "bbc-taylor-swift.html"
SEED = FIXTURES / "seed-drone-attack.txt"


class FakeEmbedder:
    """Bag-of-words hashing vectors: deterministic and instant, for tests where the real
    model's numbers do not matter."""

    name = "fake"

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % 256] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.clip(norms, 1e-9, None)


@pytest.fixture(scope="session")
def registry() -> OutletRegistry:
    return OutletRegistry.load()


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def real_embedder():
    """The packaged all-MiniLM-L6-v2, loaded once per test session."""
    from verify.match.semantic import SentenceTransformerEmbedder

    emb = SentenceTransformerEmbedder()
    emb.encode(["warm up"])
    return emb


@pytest.fixture
def options(tmp_path: Path) -> CheckOptions:
    """Check options for tests: loopback allowed, a fresh cache, fast retries."""
    return CheckOptions(fetch=FetchConfig(cache_dir=tmp_path / "cache",
                                          allow_private_network=True, timeout=5, backoff=0.01,
                                          max_retry_after=2))


@pytest.fixture
def bbc_html() -> bytes:
    return BBC.read_bytes()


@pytest.fixture(autouse=True)
def _no_robots_file(request):
    """Sites without a robots.txt (404: everything allowed) unless a test serves one; the
    loopback server's default reply to unknown paths is a 500, which RFC 9309 reads as
    'disallow all'."""
    if "httpserver" in request.fixturenames:
        server = request.getfixturevalue("httpserver")
        server.expect_request("/robots.txt").respond_with_data("", status=404)
    yield


@pytest.fixture(autouse=True)
def _no_live_search(monkeypatch):
    """CLI runs in tests never ask the public search services or archives (CI is offline):
    a test that exercises them points a backend at the loopback server."""
    monkeypatch.setenv("VERIFY_SEARCH", "")
    monkeypatch.setenv("VERIFY_ARCHIVE", "0")


@pytest.fixture(autouse=True, scope="session")
def _model_files_in_a_session_folder(tmp_path_factory):
    """The ONNX copy of the default model is made once per test session, in a folder of its
    own, never in the user's cache."""
    import os

    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


# -- browser tests: never skipped in silence -------------------------------------------
#: Set by .ci/run: a browser test that would be skipped fails instead.
REQUIRE_BROWSER = os.environ.get("VERIFY_REQUIRE_BROWSER", "") not in {"", "0"}
_BROWSER_SKIPPED: list[str] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A skipped ``browser`` test is counted for the summary, or failed when the browser
    is required."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and item.get_closest_marker("browser") is not None:
        why = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        if not re.search(r"chromium|playwright", str(why), re.I):
            return  # skipped for another reason (a shared file absent): not the browser's
        if REQUIRE_BROWSER:
            report.outcome = "failed"
            report.longrepr = f"VERIFY_REQUIRE_BROWSER is set but this browser test was " \
                              f"skipped: {why}"
        else:
            _BROWSER_SKIPPED.append(item.nodeid)


def pytest_unconfigure(config):
    """The run's last line, after the counts, when the HTML report's browser tests did not
    run: a newcomer must not take a green run for a tested report."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if _BROWSER_SKIPPED and reporter is not None:
        reporter.write_line(
            f"BROWSER TESTS DID NOT RUN ({len(_BROWSER_SKIPPED)} skipped, no Chromium): the "
            "HTML report was not tested in a browser. Install Chromium (`apt-get install "
            "chromium`; `make test` does it as root), then run `pytest -m browser`.",
            yellow=True, bold=True)
