import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.cli import app
from verify.config import load_settings
from verify.errors import ConfigError


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.verify]\nfail-on = ["NOT_FOUND"]\ncache_dir = ".verify-cache"\ntimeout = 5\n'
        '[tool.verify.severity]\nPARAPHRASE = "error"\n')
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("x")
    return tmp_path


def test_pyproject_found_from_the_inputs_upward(repo):
    s = load_settings([str(repo / "drafts" / "a.md")], {}, env={})
    assert s.file == repo / "pyproject.toml" and s.root == repo
    assert s["fail_on"] == ["NOT_FOUND"] and s["timeout"] == 5.0
    assert s["cache_dir"] == str(repo / ".verify-cache")  # relative to the file
    assert s["severity"] == {"PARAPHRASE": "error"}
    assert s.origin["fail_on"] == str(repo / "pyproject.toml")


def test_verify_toml_nearer_wins_and_search_stops_at_the_repo_root(repo, tmp_path):
    (repo / "drafts" / "verify.toml").write_text('quiet = true\n')
    s = load_settings([str(repo / "drafts" / "a.md")], {}, env={})
    assert s.file == repo / "drafts" / "verify.toml" and s["quiet"] is True
    outside = tmp_path / "repo2"
    (outside / ".git").mkdir(parents=True)
    (outside / "a.md").write_text("x")
    assert load_settings([str(outside / "a.md")], {}, env={}).file is None


def test_env_then_flags_win(repo):
    env = {"VERIFY_FAIL_ON": "ALTERED,MISATTRIBUTED", "VERIFY_TIMEOUT": "9",
           "VERIFY_SEARXNG_URL": "http://ignored"}
    s = load_settings([str(repo / "drafts" / "a.md")], {"timeout": 2.5}, env=env)
    assert s["fail_on"] == ["ALTERED", "MISATTRIBUTED"] and s.origin["fail_on"] == \
        "VERIFY_FAIL_ON"
    assert s["timeout"] == 2.5 and s.origin["timeout"] == "flag"


def test_bad_values_are_config_errors(repo):
    (repo / "pyproject.toml").write_text("[tool.verify]\ncolour = true\n")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        load_settings([str(repo / "drafts" / "a.md")], {}, env={})
    with pytest.raises(ConfigError, match="VERIFY_QUIET"):
        load_settings([], {}, env={"VERIFY_QUIET": "maybe"})


def test_verify_config_prints_the_merged_result(repo, monkeypatch):
    monkeypatch.setenv("VERIFY_QUIET", "1")
    r = CliRunner().invoke(app, ["config", str(repo / "drafts" / "a.md")])
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["settings"]["quiet"] == {"value": True, "from": "VERIFY_QUIET"}
    assert data["settings"]["fail_on"]["value"] == ["NOT_FOUND"]
