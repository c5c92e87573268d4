"""One typed Settings for every command; the library reads no environment and makes no
folder in the user's home unless told to."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import verify
from verify.cli import app
from verify.config import DEFAULTS, KEYS, Settings, load_settings
from verify.errors import VerifyError
from verify.fetch.client import FetchConfig
from verify.options import CheckOptions
from verify.pipeline import check


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "verify.toml").write_text(
        'sources = ["src.txt"]\ncache-dir = "c"\nsemantic = false\ntimeout = 5\n'
        'max-quotes = 7\noutlets = ["extra.toml"]\nallow-private-network = true\n')
    (tmp_path / "src.txt").write_text("The river rose overnight.")
    (tmp_path / "d.md").write_text('"The river rose overnight," she said.\n')
    return tmp_path


def test_the_settings_defaults_are_the_librarys():
    fetch, opts = FetchConfig(), CheckOptions()
    s = Settings()
    assert (s.timeout, s.max_bytes, s.deadline) == (fetch.timeout, fetch.max_bytes,
                                                    fetch.deadline)
    assert (s.model, s.semantic, s.max_quotes, s.max_article_bytes, s.search_budget) == (
        opts.model, opts.semantic, opts.max_quotes, opts.max_article_bytes, opts.search_budget)
    assert set(DEFAULTS) == set(KEYS)


def test_the_help_text_names_the_settings_defaults():
    text = " ".join(CliRunner().invoke(app, ["check", "--help"], terminal_width=200)
                    .output.split())
    s = Settings()
    for option, default in [("--timeout", f"{s.timeout:g}"), ("--max-bytes", s.max_bytes),
                            ("--deadline", f"{s.deadline:g}"), ("--max-quotes", s.max_quotes),
                            ("--max-article-bytes", s.max_article_bytes),
                            ("--search-budget", s.search_budget),
                            ("--fail-on", ",".join(s.fail_on))]:
        help_of = text.split(option, 1)[1]
        assert re.match(rf"[^\[]*\[default: {re.escape(str(default))}\]", help_of), option


def test_the_environment_is_read_in_the_settings_only():
    env = {"VERIFY_SEARXNG_URL": "http://searx.example", "BRAVE_API_KEY": "k",
           "VERIFY_WAYBACK_URL": "http://wayback.example"}
    opts = load_settings([], {}, env=env).check_options()
    assert opts.search_urls == {"searxng": "http://searx.example"}
    assert opts.search_keys == {"brave": "k"} and opts.archive_url == "http://wayback.example"


def test_no_library_module_reads_or_writes_the_environment():
    root = Path(verify.__file__).parent
    allowed = {root / "config.py", *root.joinpath("cli").glob("*.py")}
    readers = [str(p.relative_to(root)) for p in root.rglob("*.py") if p not in allowed
               and re.search(r"os\.environ|os\.getenv|os\.putenv", p.read_text("utf-8"))]
    assert readers == []


def test_a_bare_library_check_makes_no_folder_in_the_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    assert FetchConfig().cache_dir is None and CheckOptions().model_dir is None
    (tmp_path / "src.txt").write_text("The river rose overnight.")
    (tmp_path / "d.md").write_text('"The river rose overnight," she said.\n')
    report = check([str(tmp_path / "d.md")], CheckOptions(sources=[str(tmp_path / "src.txt")],
                                                          semantic=False))
    assert report.summary == {"VERBATIM": 1}
    assert list(home.iterdir()) == []


def test_batch_honours_the_config_file(repo, monkeypatch):
    import verify.batch.runner

    seen = {}

    def run_batch(items, output, options, **kw):
        seen["options"] = options
        raise VerifyError("stop here")

    monkeypatch.setattr(verify.batch.runner, "run_batch", run_batch)
    r = CliRunner().invoke(app, ["batch", str(repo / "d.md"), "-o", str(repo / "out.jsonl")])
    assert r.exit_code == 2 and "stop here" in r.output
    opts = seen["options"]
    assert list(opts.sources) == [str(repo / "src.txt")] and opts.semantic is False
    assert opts.fetch.cache_dir == repo / "c" and opts.fetch.timeout == 5
    assert opts.max_quotes == 7 and list(opts.outlet_files) == [repo / "extra.toml"]
    assert opts.fetch.allow_private_network and not opts.search and not opts.archive
    r = CliRunner().invoke(app, ["batch", str(repo / "d.md"), "-o", str(repo / "out.jsonl"),
                                 "--semantic", "--source", str(repo / "d.md")])
    assert seen["options"].semantic is True  # a flag wins
    assert list(seen["options"].sources) == [str(repo / "d.md")]


def test_quotes_honours_the_config_file(repo, monkeypatch):
    import verify.pipeline

    seen = {}

    def extract_quotes(articles, *, outlet_files, fetch):
        seen.update(outlet_files=outlet_files, fetch=fetch)
        raise VerifyError("stop here")

    monkeypatch.setattr(verify.pipeline, "extract_quotes", extract_quotes)
    r = CliRunner().invoke(app, ["quotes", str(repo / "d.md"), "-f", "json"])
    assert r.exit_code == 2 and "stop here" in r.output
    assert seen["outlet_files"] == [repo / "extra.toml"]
    assert seen["fetch"].allow_private_network and seen["fetch"].timeout == 5
    assert seen["fetch"].cache_dir is None  # an article is read once: no page cache


def test_the_environment_object_answers_for_the_streams_and_variables(tmp_path):
    import datetime as dt
    import io

    from verify.cli.env import Environment
    from verify.formats.interface import OutputFormat

    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(),
                      environ={"NO_COLOR": "1", "GITHUB_STEP_SUMMARY": str(tmp_path / "s.md")},
                      today=dt.date(2026, 1, 2))
    assert not env.stdout_isatty and env.no_color and env.width() == 100
    assert env.step_summary == tmp_path / "s.md"
    assert not env.use_color(None, OutputFormat.TERMINAL, None)
    assert env.use_color(True, OutputFormat.TERMINAL, None)
    assert not env.use_color(True, OutputFormat.JSON, None)
    env.say("verify: hello")
    assert env.stderr.getvalue() == "verify: hello\n"


def test_the_post_services_come_from_the_environment_or_the_file(tmp_path):
    defaults = load_settings([], {}, env={}).check_options()
    assert (defaults.x_oembed, defaults.bluesky_api) == (
        "https://publish.twitter.com/oembed", "https://public.api.bsky.app")
    env = {"VERIFY_X_OEMBED": "http://127.0.0.1:8001/oembed",
           "VERIFY_BLUESKY_API": "http://127.0.0.1:8002"}
    opts = load_settings([], {}, env=env).check_options()
    assert (opts.x_oembed, opts.bluesky_api) == (env["VERIFY_X_OEMBED"],
                                                 env["VERIFY_BLUESKY_API"])
    config = tmp_path / "verify.toml"
    config.write_text('x-oembed = "http://oembed.internal/oembed"\n'
                      'bluesky-api = "http://appview.internal"\n')
    s = load_settings([], {}, env={}, config=config)
    assert (s.x_oembed, s.bluesky_api) == ("http://oembed.internal/oembed",
                                           "http://appview.internal")
    assert s.origin["x_oembed"] == str(config)
