"""The GitHub Action's check step, run by bash as the runner runs it: inputs arrive through
environment variables, paths with spaces stay whole, globs expand, and no input is ever
executed as shell code."""

import json
import os
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FAKE_VERIFY = """#!/usr/bin/env python3
import json, sys
print(json.dumps(sys.argv[1:]))
"""


def check_step() -> dict:
    steps = yaml.safe_load((ROOT / "action.yml").read_text())["runs"]["steps"]
    (step,) = [s for s in steps if s.get("name") == "Check the quotations"]
    return step


def run_step(tmp_path: Path, **inputs: str) -> list[str]:
    step = check_step()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "verify"
    fake.write_text(FAKE_VERIFY)
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    for key, template in step["env"].items():
        name = template.split("inputs.")[1].split("}")[0].strip()
        env[key] = inputs.get(name, {"format": "github"}.get(name, ""))
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, cwd=tmp_path,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_no_input_is_pasted_into_the_script():
    step = check_step()
    assert "${{" not in step["run"]
    assert all("${{ inputs." in v for v in step["env"].values())


def test_paths_with_spaces_globs_and_hostile_text(tmp_path):
    (tmp_path / "drafts").mkdir()
    for name in ("a.md", "b.md", "my draft.md"):
        (tmp_path / "drafts" / name).write_text("x")
    argv = run_step(tmp_path, paths="drafts/my draft.md\ndrafts/[ab].md\n",
                    args="--source\noriginals/\n--fail-on\n$(touch pwned)")
    assert argv[:6] == ["check", "--no-progress", "--cache-dir", "cache", "--format", "github"]
    assert argv[6:] == ["--source", "originals/", "--fail-on", "$(touch pwned)", "--",
                        "drafts/my draft.md", "drafts/a.md", "drafts/b.md"]
    assert not (tmp_path / "pwned").exists()


def test_space_separated_inputs_on_one_line_and_an_output_file(tmp_path):
    (tmp_path / "d1.md").write_text("x")
    argv = run_step(tmp_path, paths="d1.md missing.md", args="--offline --quiet; rm -rf /",
                    format="sarif", output="out dir/v.sarif")
    assert argv == ["check", "--no-progress", "--cache-dir", "cache", "--format", "sarif",
                    "-o", "out dir/v.sarif", "--offline", "--quiet;", "rm", "-rf", "/", "--",
                    "d1.md", "missing.md"]
