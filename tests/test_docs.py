"""The README and the integration files stay true to the code (sqlite-utils style)."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from typer.main import get_command

from verify.cli import app
from verify.formats.interface import FORMATS
from verify.match.interface import Verdict

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def test_every_command_flag_format_and_verdict_is_documented():
    check = get_command(app).commands["check"]
    for param in check.params:
        for opt in param.opts:
            if opt.startswith("--") and opt not in {"--help"}:
                assert f"`{opt}" in README or f" {opt}" in README, opt
    for name in get_command(app).commands:
        assert f"verify {name}" in README, name
    for fmt in FORMATS:
        assert f"`{fmt}`" in README or f"--format {fmt}" in README, fmt
    for verdict in Verdict:
        assert f"`{verdict.value}`" in README, verdict


def test_pre_commit_hooks():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    ids = {h["id"]: h for h in hooks}
    assert set(ids) == {"verify-quotes", "verify-quotes-system"}
    for hook in hooks:
        assert hook["entry"].startswith("verify check")
        assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}


def test_action_and_example_workflow():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert any(s.get("uses", "").startswith("actions/cache") and s["with"]["path"] == "cache"
               for s in steps)
    assert any("constraints.txt" in s.get("run", "") for s in steps)
    workflow = yaml.safe_load((ROOT / "examples/workflows/verify-quotes.yml").read_text())
    assert "verify" in workflow["jobs"]


def test_every_attribution_status_is_documented():
    from verify.match.interface import AttributionStatus

    for status in AttributionStatus:
        assert f"`{status.value}`" in README, status


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def test_every_relative_link_and_anchor_in_the_docs_exists():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for page in pages:
        text = page.read_text("utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if target.startswith(("http://", "https://")):
                continue
            path, _, anchor = target.partition("#")
            doc = (page.parent / path).resolve() if path else page
            assert doc.exists(), f"{page.name}: {target}"
            if anchor and doc.suffix == ".md":
                headings = re.findall(r"^#+ (.+)$", doc.read_text("utf-8"), re.M)
                assert anchor in {_anchor(h) for h in headings}, f"{page.name}: {target}"


def test_the_exit_codes_table_is_the_commands():
    from verify.cli.errors import ExitCode

    table = dict(re.findall(r"^\| \*\*(\d+)\*\* \| (.+) \|$", README, re.M))
    assert {int(c) for c in table} == {int(c) for c in ExitCode}


def test_the_terminal_and_json_examples_are_what_the_example_gives(tmp_path):
    """The README's first example, run for real: each quote's verdict in the shown table, the
    closing count line, and the shown JSON quote."""
    verify = str(Path(sys.executable).parent / "verify")
    args = [verify, "check", "examples/draft.md", "--source", "examples/sources",
            "--cache-dir", str(tmp_path / "c")]
    report = json.loads(subprocess.run([*args, "--format", "json"], cwd=ROOT,
                                       capture_output=True, text=True).stdout)
    quotes = {q["id"]: q for q in report["articles"][0]["quotes"]}
    shown = dict(re.findall(r"^│(q\d) +│ +\d+ │[^│]*│[^│]*│ (\w+) +│", README, re.M))
    assert shown and shown == {i: q["verdict"] for i, q in quotes.items()}
    terminal = subprocess.run([*args, "--no-color"], cwd=ROOT, capture_output=True,
                              text=True, env={**os.environ, "COLUMNS": "100"})
    count = next(line for line in terminal.stdout.splitlines()
                 if line.startswith("examples/draft.md: "))
    assert count in README
    block = README[README.index('{"id": "q4"'):]
    example = block[:block.index("```")]
    for key in ("text", "verdict", "score", "explanation", "speaker", "cue"):
        assert f'"{key}": {json.dumps(quotes["q4"][key], ensure_ascii=False)}' in example, key
    for key, value in quotes["q4"]["span"].items():
        assert f'"{key}": {value}' in example, key


BAHN = ("Berlin. Die Bundesregierung will mehr Geld für die Bahn ausgeben. „Wir werden 50.000 "
        "Euro in jede Station investieren“, sagte Verkehrsminister Volker Wissing am Montag in "
        "Berlin.\n\n„Wir werden in diesem Jahr keine Steuern erhöhen“, sagte Finanzminister "
        "Christian Lindner.\n\nDie Opposition kritisierte die Pläne scharf.\n")
BAHN_DRAFT = ('# Rail\n\n"We will invest 50,000 euros in every station," transport minister '
              'Volker Wissing said on Monday.\n\n"We will invest 15,000 euros in every station,"'
              ' Wissing added.\n\n"We will raise taxes this year," Christian Lindner said.\n\n'
              '"We will not raise taxes this year," said Olaf Scholz.\n\n'
              '"The weather in Madrid is sunny and warm today," Wissing said.\n')


def test_the_translation_example_is_what_the_tool_says(tmp_path):
    (tmp_path / "bahn.txt").write_text(BAHN, "utf-8")
    (tmp_path / "draft.md").write_text(BAHN_DRAFT, "utf-8")
    out = subprocess.run([sys.executable, "-m", "verify", "check", "draft.md", "--source",
                          "bahn.txt", "--format", "json"], cwd=tmp_path, capture_output=True,
                         text=True, env={**os.environ, "NO_COLOR": "1"}, check=False)
    quotes = json.loads(out.stdout)["articles"][0]["quotes"]
    assert [q["verdict"] for q in quotes] == ["TRANSLATION", "ALTERED", "ALTERED",
                                              "TRANSLATION", "NOT_FOUND"]
    assert "the source says 50.000 Euro, the quotation 15,000 euros" in quotes[1]["explanation"]
    assert "not Olaf Scholz (read in de, not a sure reading): check by hand" in \
        quotes[3]["explanation"]
    block = README[README.index("# bahn.txt is in German"):]
    for q in quotes:
        assert q["verdict"] in block[:block.index("```")]
