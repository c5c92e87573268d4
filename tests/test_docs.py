"""The README and the integration files stay true to the code (sqlite-utils style)."""

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
