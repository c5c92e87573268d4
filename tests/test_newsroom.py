"""The newsroom set-up end to end through the CLI: a draft folder with a config file,
inline suppressions and a committed baseline, as the README documents them."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.cli import app

SOURCE = ('<html><head><title>Council vote</title>'
          '<link rel="canonical" href="https://www.herald.example/council-vote"></head><body>'
          '<article><h1>Council vote</h1>'
          '<p>"The barrier will protect four thousand homes from the next flood," Mayor Elena '
          'Ruiz said.</p>'
          '<p>"The project will cost 38 million dollars over five years," Ruiz told reporters.'
          '</p><p>"We will finish the works before the spring floods arrive," the engineer '
          'Tom Okafor said.</p></article></body></html>')

DRAFT = """# Flood barrier

Mayor Elena Ruiz said: "The barrier will protect four thousand homes from the next flood."

<!-- verify-disable-next-line ALTERED -->
"The project will cost 48 million dollars over five years," Ruiz told reporters.

"We will finish the works before the autumn floods arrive," the engineer Tom Okafor said.

"Nobody on the council ever asked the river what it wanted," Ruiz joked.
"""


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "herald.html").write_text(SOURCE)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "story.md").write_text(DRAFT)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.verify]\nsources = ["sources"]\nsemantic = false\nbaseline = "verify-baseline.json"\n'
        'cache_dir = ".verify-cache"\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(app, ["check", "drafts/story.md", "--no-progress", *args])


def test_config_suppressions_and_baseline(newsroom):
    # 1. The config supplies the sources; the inline comment suppresses the ALTERED cost;
    #    the changed season (ALTERED) and the invented quote (NOT_FOUND) fail the run.
    r = run("--format", "json")
    assert r.exit_code == 1, r.output
    quotes = json.loads(r.stdout)["articles"][0]["quotes"]
    got = [(q["verdict"], q["suppression"]["kind"] if q["suppression"] else None)
           for q in quotes]
    assert got == [("VERBATIM", None), ("ALTERED", "inline"), ("ALTERED", None),
                   ("NOT_FOUND", None)]

    # 2. The desk accepts the current findings into the committed baseline.
    r = run("--update-baseline")
    assert r.exit_code == 0 and "wrote 2 accepted findings" in r.stderr
    entries = json.loads((newsroom / "verify-baseline.json").read_text())["entries"]
    assert sorted(e["verdict"] for e in entries) == ["ALTERED", "NOT_FOUND"]
    assert all(e["path"] == "drafts/story.md" for e in entries)

    # 3. The next run is clean; nothing is annotated for accepted findings.
    r = run("--format", "github")
    assert r.exit_code == 0, r.output
    assert "::error" not in r.stdout and "::notice" in r.stdout

    # 4. Lines moved around keep the findings accepted (fingerprints ignore lines)…
    draft = newsroom / "drafts" / "story.md"
    draft.write_text(draft.read_text().replace("# Flood barrier\n", "# Flood barrier\n\n\n"))
    assert run().exit_code == 0

    # 5. …a fixed quote leaves a stale entry, reported, and a new finding fails again.
    draft.write_text(draft.read_text().replace("autumn floods", "spring floods")
                     + '\n"The river has never been this high," Ruiz said.\n')
    r = run("--format", "json")
    assert r.exit_code == 1
    assert "1 stale entries in" in r.stderr
    assert len(json.loads(r.stdout)["baseline"]["stale"]) == 1


def test_errors_are_json_in_json_mode(newsroom):
    r = CliRunner().invoke(app, ["check", "drafts/missing.md", "--format", "json"])
    assert r.exit_code == 2
    assert json.loads(r.stdout) == {"schema": "verify/error/v1",
                                    "error": {"message": "drafts/missing.md: no such file"}}
