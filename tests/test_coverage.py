"""Never green when nothing was verified: coverage in the report and the exit status, input
errors before any work, and the run's limits (article size, quotes, search budget)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from verify.cli import app
from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check

VERIFY = str(Path(sys.executable).parent / "verify")
SOURCE = ("The council voted on Tuesday to build a flood barrier along the river. "
          '"People by the river will finally sleep through a storm," said Tom Okafor.\n')
FOUND = '"People by the river will finally sleep through a storm," Tom Okafor said.'
ORPHAN = '"Nobody has linked or named a source for these words at all," a spokesperson said.'


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real `verify` command, as a user or a CI job starts it."""
    return subprocess.run([VERIFY, *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "src.txt").write_text(SOURCE)
    (tmp_path / "draft.md").write_text(f"{FOUND}\n\n{ORPHAN}\n")
    return tmp_path


def test_the_report_says_how_many_quotes_were_checked(desk):
    r = run("check", "draft.md", "--source", "src.txt", "--format", "json", "--cache-dir", "c",
            "--search", "none", "--no-semantic", cwd=desk)
    data = json.loads(r.stdout)
    # The orphan is checked against src.txt too (a --source serves every quote).
    assert data["coverage"]["quotes"] == 2 and data["coverage"]["checked"] == 2
    term = run("check", "draft.md", "--cache-dir", "c", "--search", "none", "--no-semantic",
               "--min-checked", "0", cwd=desk)
    assert "Checked 0 of 2 quotations against a source." in term.stdout
    assert term.returncode == 0  # --min-checked 0: coverage never fails


def test_a_run_where_nothing_could_be_checked_fails_with_one_line_naming_why(desk):
    r = run("check", "draft.md", "--cache-dir", "c", "--search", "none", "--format", "junit",
            cwd=desk)
    assert r.returncode == 1
    assert r.stderr.splitlines() == ["verify: no quote could be checked: no candidate source: "
                                     "no link near the quote and no --source given"]
    assert '<property name="checked" value="0" />' in r.stdout


def test_min_checked_fails_a_run_that_checked_too_little(desk):
    (desk / "two.md").write_text(f"{FOUND}\n\n{ORPHAN}\n")
    args = ["check", "two.md", "--cache-dir", "c", "--search", "none", "--no-semantic",
            "--format", "json"]
    # No source at all: 0 of 2; with a fraction asked for, the line says the figures.
    r = run(*args, "--min-checked", "0.5", cwd=desk)
    assert r.returncode == 1
    assert r.stderr.strip() == ("verify: only 0 of 2 quotes were checked against a source, "
                                "below min-checked 0.5")
    ok = run(*args, "--source", "src.txt", "--min-checked", "1", cwd=desk)
    assert ok.returncode == 1  # the orphan is NOT_FOUND in src.txt (a finding), not coverage
    assert ok.stderr == ""
    bad = run(*args, "--min-checked", "2", cwd=desk)  # in JSON mode, the error is JSON
    assert bad.returncode == 2 and "fraction from 0 to 1" in json.loads(bad.stdout)["error"][
        "message"]


def test_fail_on_accepts_unchecked_and_source_unavailable(desk):
    r = run("check", "draft.md", "--source", "src.txt", "--source", "http://127.0.0.1:9/x",
            "--cache-dir", "c", "--no-semantic", "--fail-on", "SOURCE_UNAVAILABLE",
            "--format", "json", "--timeout", "1", cwd=desk)
    assert r.returncode == 0  # every quote was read in src.txt: nothing unavailable
    lone = desk / "lone.md"
    lone.write_text(f"{ORPHAN}\n")
    u = run("check", "lone.md", "--cache-dir", "c", "--search", "none", "--min-checked", "0",
            "--fail-on", "UNCHECKED", "--format", "json", cwd=desk)
    assert u.returncode == 1 and json.loads(u.stdout)["summary"] == {"UNCHECKED": 1}


@pytest.mark.parametrize("make, message", [
    (lambda d: "missing.html", "--source missing.html: no such file or folder"),
    (lambda d: (d / "empty").mkdir() or "empty", "--source empty: no "),
])
def test_a_source_that_cannot_be_read_is_an_input_error_before_any_work(desk, make, message):
    r = run("check", "draft.md", "--source", make(desk), "--cache-dir", "c", cwd=desk)
    assert r.returncode == 2
    assert r.stderr.startswith(f"verify: error: {message}") and r.stderr.count("\n") == 1
    assert not (desk / "c").exists()  # nothing was fetched or cached


def test_an_output_that_cannot_be_written_is_an_input_error_before_any_work(desk):
    r = run("check", "draft.md", "--source", "src.txt", "-o", "no/such/folder/r.json",
            "--cache-dir", "c", cwd=desk)
    assert r.returncode == 2 and "cannot write (no folder no/such/folder)" in r.stderr
    assert not (desk / "c").exists()
    (desk / "out").mkdir()
    folder = run("check", "draft.md", "-o", "out", cwd=desk)
    assert folder.returncode == 2 and folder.stderr.count("\n") == 1
    assert folder.stderr.startswith("verify: error:") and "is a directory" in folder.stderr


def test_an_article_over_the_size_cap_is_an_input_error(desk):
    big = desk / "big.md"
    big.write_text(FOUND + "\n" + "filler words here. " * 2000)
    r = run("check", "big.md", "--max-article-bytes", "10000", "--cache-dir", "c", cwd=desk)
    assert r.returncode == 2
    assert "larger than the article size cap (10,000 bytes; --max-article-bytes)" in r.stderr


def test_quotes_past_the_cap_are_listed_unchecked_with_one_warning(desk):
    many = desk / "many.md"
    many.write_text("\n\n".join(f'"Quote number {n} has enough words to count," Tom Okafor '
                                "said." for n in range(5)) + f"\n\n{FOUND}\n")
    r = run("check", "many.md", "--source", "src.txt", "--max-quotes", "3", "--format", "json",
            "--cache-dir", "c", "--no-semantic", cwd=desk)
    quotes = json.loads(r.stdout)["articles"][0]["quotes"]
    assert len(quotes) == 6
    assert [q["reason"] for q in quotes[3:]] == ["too-many-quotes"] * 3
    assert r.stderr.count("only the first 3 are checked") == 1


def test_the_search_budget_is_shared_by_the_run_and_quotes_past_it_say_so(httpserver,
                                                                         tmp_path,
                                                                         monkeypatch):
    asked = []

    def handler(request):
        from werkzeug import Response

        asked.append(request.args.get("q"))
        return Response(json.dumps({"results": []}), content_type="application/json")

    httpserver.expect_request("/search").respond_with_handler(handler)
    draft = tmp_path / "d.md"
    draft.write_text("\n\n".join(f'"Words of quote {n} that nobody ever linked to anything," '
                                 "Tom Okafor said." for n in range(6)) + "\n")
    opts = CheckOptions(search=["searxng"], search_intervals={"searxng": 0}, search_budget=4,
                        search_urls={"searxng": httpserver.url_for("")},
                        semantic=False, fetch=FetchConfig(cache_dir=tmp_path / "c"))
    quotes = check([str(draft)], opts).articles[0].quotes
    assert len(asked) == 4
    assert quotes[-1].reason == "search-budget"
    assert "search budget spent (4 queries this run)" in quotes[-1].explanation


def test_summary_lists_verdicts_in_a_fixed_order(desk):
    (desk / "mixed.md").write_text(f"{ORPHAN}\n\n{FOUND}\n")
    r = CliRunner().invoke(app, ["check", str(desk / "mixed.md"), "--source",
                                 str(desk / "src.txt"), "--format", "json", "--no-semantic",
                                 "--cache-dir", str(desk / "c")])
    assert list(json.loads(r.stdout)["summary"]) == ["VERBATIM", "NOT_FOUND"]


def test_help_keeps_defaults_and_bracketed_text(tmp_path):
    r = run("check", "--help", cwd=tmp_path)
    assert r.returncode == 0
    text = " ".join(r.stdout.split())
    # A long default wraps inside its comma-separated words: compare without spaces.
    assert "[default:ALTERED,MISATTRIBUTED,NOT_FOUND,OUT_OF_CONTEXT]" in "".join(text.split())
    assert "[default: 50]" in text and "--min-checked" in text


def test_usage_errors_are_one_line_on_stderr(tmp_path):
    r = run("check", "x.md", "--format", "nonsense", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1
    assert r.stderr.startswith("verify: error: ") and "'nonsense' is not one of" in r.stderr
    unknown = run("check", "x.md", "--no-such-flag", cwd=tmp_path)
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1


def test_each_subcommand_lists_only_the_formats_it_supports(tmp_path):
    help_text = run("quotes", "--help", cwd=tmp_path).stdout
    assert "terminal|json>" in help_text and "sarif" not in help_text
    r = run("quotes", "x.md", "--format", "sarif", cwd=tmp_path)
    assert r.returncode == 2 and "'sarif' is not one of 'terminal', 'json'" in r.stderr


def test_claimreview_needs_a_reviewer_url_and_a_public_address_before_any_work(desk):
    base = ["check", "draft.md", "--source", "src.txt", "--format", "claimreview",
            "--cache-dir", "c", "--no-semantic"]
    r = run(*base, cwd=desk)
    assert r.returncode == 2 and "--reviewer-url" in r.stderr and not (desk / "c").exists()
    r = run(*base, "--reviewer-url", "https://desk.example.org", cwd=desk)
    assert r.returncode == 2 and "--published-url" in r.stderr
    ok = run(*base, "--reviewer-url", "https://desk.example.org", "--reviewer", "Desk",
             "--published-url", "https://news.example.org/2026/okafor", cwd=desk)
    (review, *_) = json.loads(ok.stdout)
    assert review["itemReviewed"]["appearance"]["url"] == "https://news.example.org/2026/okafor"
    assert review["claimReviewed"] == "People by the river will finally sleep through a storm"
    assert review["author"] == {"@type": "Organization", "name": "Desk",
                                "url": "https://desk.example.org"}
    assert len(review["datePublished"]) == 10


def test_the_default_cache_is_the_user_cache_folder_not_the_working_folder(desk):
    home = desk / "home-cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(home)}
    subprocess.run([VERIFY, "check", "draft.md", "--source", "src.txt", "--no-semantic",
                    "--format", "json"], cwd=desk, env=env, capture_output=True, check=False)
    assert not (desk / "cache").exists()
    assert (home / "source-verify" / "pages.sqlite").exists()


def test_progress_names_each_stage(httpserver, tmp_path, monkeypatch):
    from werkzeug import Response

    page = httpserver.url_for("/story")
    httpserver.expect_request("/story").respond_with_data(SOURCE, content_type="text/plain")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    hits = {"results": [{"url": page, "title": "Flood barrier", "content": SOURCE[:80]}]}
    httpserver.expect_request("/search").respond_with_handler(
        lambda request: Response(json.dumps(hits), content_type="application/json"))
    (tmp_path / "d.md").write_text(f"{FOUND}\n\n{ORPHAN}\n")
    stages = []
    opts = CheckOptions(search=["searxng"], search_intervals={"searxng": 0}, semantic=False,
                        search_urls={"searxng": httpserver.url_for("")},
                        fetch=FetchConfig(cache_dir=tmp_path / "c", allow_private_network=True))
    check([str(tmp_path / "d.md")], opts, progress=lambda s, done, total: stages.append(s))
    assert {"search", "fetch", "match"} <= set(stages)
    from verify._progress import STAGE_LABELS

    assert set(stages) <= set(STAGE_LABELS)


def test_make_takes_the_cpu_index_where_no_local_torch_wheel_is_found():
    root = Path(__file__).resolve().parents[1]
    assert "torch==2.13.0+cpu" in (root / "constraints.txt").read_text().splitlines()
    elsewhere = subprocess.run(["make", "-n", "-B", "setup", "FIND_LINKS=/nonexistent"],
                               cwd=root, capture_output=True, text=True).stdout
    assert "--extra-index-url https://download.pytorch.org/whl/cpu" in elsewhere
    wheels = Path("/opt/wheels")
    if any(wheels.glob("torch-2.13.0+cpu-*.whl")):  # this machine's local wheel folder
        here = subprocess.run(["make", "-n", "-B", "setup", f"FIND_LINKS={wheels}"],
                              cwd=root, capture_output=True, text=True).stdout
        assert "download.pytorch.org" not in here
