"""The command line: argv in, one report out, an exit code. All the work is the library's.

Exit codes: 0 no quote reached the failure level; 1 one did; 2 usage, config or input error.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from verify import __version__
from verify.errors import VerifyError
from verify.formats.interface import OutputFormat, RenderContext, render


class ExitCode(IntEnum):
    """The process's exit status."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


# rich_markup_mode=None: rich markup would eat every "[default: …]" and "[tool.verify]" of
# the help texts; plain help also keeps `verify --help` free of rich's import.
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="Check that quotations really appear, unaltered, in their sources.",
                  context_settings={"help_option_names": ["-h", "--help"]})


def _fail(message: str, *, as_json: bool = False) -> typer.Exit:
    """One line on stderr (or a JSON error on stdout in JSON mode), exit code 2."""
    if as_json:
        sys.stdout.write(json.dumps({"schema": "verify/error/v1",
                                     "error": {"message": message}}) + "\n")
    else:
        typer.echo(f"verify: error: {message}", err=True)
    return typer.Exit(ExitCode.ERROR)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror})") from exc


def _use_color(choice: bool | None, fmt: OutputFormat, output: Path | None) -> bool:
    if fmt is not OutputFormat.TERMINAL or output is not None:
        return False
    if choice is not None:
        return choice
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _opt_in_intervals(seconds: float | None) -> dict[str, float] | None:
    """`search_interval` paces the opt-in backends (a self-hosted SearXNG, Brave within its
    plan); the public keyless services keep the limits their operators ask for."""
    if seconds is None:
        return None
    return {"searxng": seconds, "brave": seconds}


def _width() -> int:
    try:
        return max(80, min(os.get_terminal_size().columns, 160)) if sys.stdout.isatty() else 100
    except OSError:
        return 100


ArticlesArg = Annotated[list[str], typer.Argument(
    metavar="ARTICLE...", help="Paths (.html, .md, .txt, …), http(s) URLs, or - for stdin.")]
FormatOpt = Annotated[OutputFormat | None, typer.Option(
    "--format", "-f", help="Output format [default: terminal].", show_default=False)]


class QuotesFormat(StrEnum):
    """The formats of `verify quotes` (the others render verdicts)."""

    TERMINAL = "terminal"
    JSON = "json"


class BatchEngine(StrEnum):
    """Where `verify batch` runs (verify.batch.runner.Engine)."""

    local = "local"
    ray = "ray"


class BatchFormat(StrEnum):
    """What `verify batch` writes (verify.batch.runner.Format)."""

    jsonl = "jsonl"
    parquet = "parquet"


QuotesFormatOpt = Annotated[QuotesFormat | None, typer.Option(
    "--format", "-f", help="Output format [default: terminal].", show_default=False)]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.",
                                                dir_okay=False)]
OutletsOpt = Annotated[list[Path] | None, typer.Option(
    "--outlets", help="Extra outlet registry file (TOML), repeatable.")]
ConfigOpt = Annotated[Path | None, typer.Option(
    "--config", help="Config file (default: [tool.verify] in pyproject.toml or verify.toml, "
                     "searched from the inputs up to the repository root).")]


@app.command()
def check(
    articles: ArticlesArg,
    source: Annotated[list[str] | None, typer.Option(
        "--source", "-s", help="A candidate original: URL, file, or folder of "
                               ".html/.htm/.txt/.md files. Repeatable.")] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", help="Verdicts that make the exit code 1, comma-separated, or none "
                          "[default: ALTERED,MISATTRIBUTED,NOT_FOUND].")] = None,
    quiet: Annotated[bool | None, typer.Option(
        "--quiet", "-q", help="Show errors only (what fails is set by --fail-on).")] = None,
    cache_dir: Annotated[Path | None, typer.Option(
        "--cache-dir", help="Folder of the page cache [default: the user cache folder, "
                            "~/.cache/source-verify on Linux; env VERIFY_CACHE_DIR].",
        file_okay=False)] = None,
    cache: Annotated[bool | None, typer.Option(
        "--cache/--no-cache", help="Read and write the page cache [default: on].")] = None,
    model: Annotated[str | None, typer.Option(
        "--model", help="Embedding model name or path (default: the packaged "
                        "all-MiniLM-L6-v2, run on onnxruntime; others on "
                        "sentence-transformers).")] = None,
    model_dir: Annotated[Path | None, typer.Option(
        "--model-dir", help="Folder of the ONNX copy of the default model [default: "
                            "~/.cache/source-verify/models; env VERIFY_MODEL_DIR].",
        file_okay=False)] = None,
    nli_model: Annotated[str | None, typer.Option(
        "--nli-model", help="NLI cross-encoder (name or path, offline) to tell a paraphrase "
                            "from a contradiction; optional.")] = None,
    semantic: Annotated[bool | None, typer.Option(
        "--semantic/--no-semantic", help="Run the semantic step when nothing aligns word by "
                                         "word [default: on].")] = None,
    allow_private_network: Annotated[bool | None, typer.Option(
        "--allow-private-network", help="Let URLs reach loopback, private and link-local "
                                        "addresses.")] = None,
    offline: Annotated[bool | None, typer.Option(
        "--offline", help="Make no network request: use only the cache and --source files "
                          "(for pre-commit.ci and closed CI).")] = None,
    search: Annotated[str | None, typer.Option(
        "--search", help="Search backends for quotes with no link and no --source, in order: "
                         "gdelt, google-news (default), searxng, brave; 'none' for none.")]
        = None,
    archive: Annotated[bool | None, typer.Option(
        "--archive/--no-archive", help="Read the nearest Wayback capture of a paywalled page "
                                       "[default: on].")] = None,
    record: Annotated[Path | None, typer.Option(
        "--record", help="Write every response fetched to this WARC file.",
        dir_okay=False)] = None,
    replay: Annotated[Path | None, typer.Option(
        "--replay", help="Answer fetches from this WARC file instead of the network.",
        dir_okay=False, exists=True)] = None,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Seconds per request "
                                                                    "[default: 15].")] = None,
    max_bytes: Annotated[int | None, typer.Option(
        "--max-bytes", help="Largest page accepted, counted after decoding "
                            "[default: 5000000].")] = None,
    deadline: Annotated[float | None, typer.Option(
        "--deadline", help="Seconds one request may take in all, connect to last byte "
                           "[default: 30].")] = None,
    max_article_bytes: Annotated[int | None, typer.Option(
        "--max-article-bytes", help="Largest article read; a larger one is an input error "
                                    "[default: 5000000].")] = None,
    max_quotes: Annotated[int | None, typer.Option(
        "--max-quotes", help="Quotes checked per article; the rest are listed UNCHECKED "
                             "[default: 1000].")] = None,
    search_budget: Annotated[int | None, typer.Option(
        "--search-budget", help="Search queries the whole run may send; 0 for no limit "
                                "[default: 50].")] = None,
    min_checked: Annotated[float | None, typer.Option(
        "--min-checked", help="Fail (exit 1) when fewer than this fraction of the quotes "
                              "could be checked against a source, e.g. 0.8; 0 never fails "
                              "[default: fail only when not one quote could be checked].")
        ] = None,
    published_url: Annotated[str | None, typer.Option(
        "--published-url", help="ClaimReview: the article's public URL, or a base URL ending "
                                "in / for a folder of drafts (config published-url).")] = None,
    reviewer: Annotated[str | None, typer.Option(
        "--reviewer", help="ClaimReview: the reviewing organisation's name (config "
                           "reviewer).")] = None,
    reviewer_url: Annotated[str | None, typer.Option(
        "--reviewer-url", help="ClaimReview: the reviewing organisation's URL, required for "
                               "it (config reviewer-url).")] = None,
    outlets: OutletsOpt = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Baseline file of accepted findings (JSON).", dir_okay=False)] = None,
    update_baseline: Annotated[bool, typer.Option(
        "--update-baseline", help="Write the current failing findings to the baseline file "
                                  "and exit 0.")] = False,
    color: Annotated[bool | None, typer.Option(
        "--color/--no-color", help="Colour in the terminal report [default: when stdout is a "
                                   "terminal and NO_COLOR is unset].")] = None,
    progress: Annotated[bool, typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (only when stderr is a "
                                         "terminal).")] = True,
    config: ConfigOpt = None,
) -> None:
    """Find every quotation in ARTICLE and check it against its original."""
    from verify.config import load_settings
    from verify.report.policy import Policy

    flags: dict[str, Any] = {
        "sources": source, "format": fmt.value if fmt else None, "fail_on": fail_on,
        "quiet": quiet, "cache_dir": str(cache_dir) if cache_dir else None, "cache": cache,
        "model": model, "model_dir": str(model_dir) if model_dir else None,
        "semantic": semantic, "nli_model": nli_model,
        "allow_private_network": allow_private_network, "offline": offline,
        "search": None if search is None else ("" if search.strip() == "none" else search),
        "archive": archive, "record": str(record) if record else None,
        "replay": str(replay) if replay else None,
        "timeout": timeout, "max_bytes": max_bytes, "max_article_bytes": max_article_bytes,
        "deadline": deadline,
        "max_quotes": max_quotes, "search_budget": search_budget, "min_checked": min_checked,
        "outlets": [str(p) for p in outlets] if outlets else None,
        "baseline": str(baseline) if baseline else None, "color": color,
        "published_url": published_url, "reviewer": reviewer, "reviewer_url": reviewer_url,
    }
    as_json = fmt is OutputFormat.JSON
    try:
        settings = load_settings(articles, flags, config=config)
        out_fmt = OutputFormat(settings["format"])
        as_json = out_fmt is OutputFormat.JSON
        policy = Policy.build(severity=settings["severity"], fail_on=settings["fail_on"],
                              quiet=settings["quiet"], min_checked=settings["min_checked"])
        _check_writable(output, as_json)
        if out_fmt is OutputFormat.CLAIMREVIEW:
            _check_claimreview(settings, articles)
        # Started before the pipeline's imports, so that the model's session is built while
        # they run (onnxruntime builds it without holding the GIL).
        embedder = _preloaded(settings)
        from verify.fetch.client import FetchConfig
        from verify.pipeline import CheckOptions
        from verify.pipeline import check as run_check
        from verify.sources.discovery.backends import Wayback

        options = CheckOptions(
            sources=settings["sources"],
            fetch=FetchConfig(
                cache_dir=_cache_dir(settings) if settings["cache"] else None,
                allow_private_network=settings["allow_private_network"],
                timeout=settings["timeout"], max_bytes=settings["max_bytes"],
                deadline=settings["deadline"],
                offline=settings["offline"],
                record=Path(settings["record"]) if settings["record"] else None,
                replay=Path(settings["replay"]) if settings["replay"] else None),
            search=[] if settings["offline"] else settings["search"],
            search_intervals=_opt_in_intervals(settings["search_interval"]),
            archive=settings["archive"] and not settings["offline"],
            archive_url=os.environ.get(Wayback.env),
            model=settings["model"], semantic=settings["semantic"],
            model_dir=_model_dir(settings["model_dir"]),
            nli_model=settings["nli_model"],
            outlet_files=[Path(p) for p in settings["outlets"]],
            inline_suppressions=settings["inline_suppressions"],
            search_budget=settings["search_budget"] or None,
            max_article_bytes=settings["max_article_bytes"], max_quotes=settings["max_quotes"],
            include_text=out_fmt is OutputFormat.HTML,
        )
        with _warnings_to_stderr():
            if progress and sys.stderr.isatty():
                from verify._progress import progress_bar

                with progress_bar() as update:
                    report = run_check(articles, options, progress=update, embedder=embedder)
            else:
                report = run_check(articles, options, embedder=embedder)
        baseline_file = Path(settings["baseline"]) if settings["baseline"] else None
        if baseline_file is not None and update_baseline:
            from verify.report.suppress import baseline_entries, render_baseline

            entries = baseline_entries(report, policy, settings.root)
            _write(render_baseline(entries), baseline_file)
            typer.echo(f"verify: wrote {len(entries)} accepted findings to {baseline_file}",
                       err=True)
            raise typer.Exit(ExitCode.CLEAN)
        if update_baseline:
            raise _fail("--update-baseline needs --baseline FILE (or `baseline` in the "
                        "config)", as_json=as_json)
        if baseline_file is not None:
            from verify.report.suppress import apply_baseline

            report = apply_baseline(report, baseline_file, settings.root)
            if report.baseline and report.baseline.stale:
                typer.echo(f"verify: {len(report.baseline.stale)} stale entries in "
                           f"{baseline_file} (no longer found; run --update-baseline)", err=True)
    except (VerifyError, ValueError) as exc:
        raise _fail(str(exc), as_json=as_json) from exc
    _say_coverage(report, policy)
    unreadable = [a for a in report.articles if a.error]
    for a in unreadable:
        typer.echo(f"verify: error: {a.error}", err=True)
    import datetime as dt

    ctx = RenderContext(policy=policy, root=settings.root,
                        color=_use_color(settings["color"], out_fmt, output), width=_width(),
                        reviewer=settings["reviewer"], reviewer_url=settings["reviewer_url"],
                        published_url=settings["published_url"],
                        date=dt.date.today().isoformat())
    try:
        text = render(report, out_fmt, ctx)
    except ValueError as exc:
        raise _fail(str(exc), as_json=as_json) from exc
    _write(text, output)
    if out_fmt is OutputFormat.GITHUB and os.environ.get("GITHUB_STEP_SUMMARY"):
        from verify.formats.github import summary

        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
            fh.write(summary(report, ctx))
    raise typer.Exit(ExitCode.FINDINGS if policy.fails(report) else ExitCode.CLEAN)


def _check_claimreview(settings: Any, articles: list[str]) -> None:
    """ClaimReview is for publishing: its addresses must be public, the reviewer known."""
    if not settings["reviewer_url"]:
        raise _fail("--format claimreview needs the reviewing organisation's URL: give "
                    "--reviewer-url (or reviewer-url in the config)")
    local = [a for a in articles if not a.startswith(("http://", "https://"))]
    base = settings["published_url"]
    if local and not base:
        raise _fail(f"--format claimreview needs the public address of {local[0]}: give "
                    "--published-url (or published-url in the config)")
    if base and not base.endswith("/") and len(local) > 1:
        raise _fail("--published-url names one article; for several drafts give a base URL "
                    "ending in /")


def _check_writable(output: Path | None, as_json: bool) -> None:
    """An -o that cannot be written is an input error before any work, not after it."""
    if output is None:
        return
    if output.is_dir():
        raise _fail(f"{output}: is a folder (-o takes a file)", as_json=as_json)
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise _fail(f"{output}: cannot write (no folder {parent})", as_json=as_json)
    if not os.access(output if output.exists() else parent, os.W_OK):
        raise _fail(f"{output}: cannot write (permission denied)", as_json=as_json)


def _say_coverage(report: Any, policy: Any) -> None:
    """One line on stderr when nothing, or too little, could be checked."""
    c = report.coverage
    why = policy.coverage_failure(report)
    if why is None and c is not None and c.quotes and not c.checked:  # --min-checked 0
        why = f"no quote could be checked: {c.main_reason}"
    if why is not None:
        typer.echo(f"verify: {why}", err=True)


def _preloaded(settings: Any) -> Any:
    """The default model already loading in the background, when the run may need it and
    its ONNX copy is made; None otherwise (the pipeline then makes the model when needed)."""
    if not settings["semantic"]:
        return None
    from verify.match.semantic import preloaded

    return preloaded(settings["model"], _model_dir(settings["model_dir"]))


@app.command()
def quotes(
    articles: ArticlesArg,
    fmt: QuotesFormatOpt = None,
    output: OutputOpt = None,
    outlets: OutletsOpt = None,
    allow_private_network: Annotated[bool, typer.Option(
        "--allow-private-network", help="Let URL articles reach private addresses.")] = False,
) -> None:
    """List the quotations of ARTICLE with kind, speaker and outlet (no sources, no model)."""
    from verify.fetch.client import FetchConfig
    from verify.pipeline import extract_quotes

    out_fmt = OutputFormat(fmt.value) if fmt else OutputFormat.TERMINAL
    as_json = out_fmt is OutputFormat.JSON
    try:
        with _warnings_to_stderr():
            report = extract_quotes(articles, outlet_files=outlets or [],
                                    fetch=FetchConfig(cache_dir=None,
                                                      allow_private_network=allow_private_network))
    except VerifyError as exc:
        raise _fail(str(exc), as_json=as_json) from exc
    ctx = RenderContext(color=_use_color(None, out_fmt, output), width=_width())
    _write(render(report, out_fmt, ctx), output)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(
        metavar="INPUT...", help="Folders of articles, JSONL manifests ({\"id\", \"path\" | "
                                 "\"url\" | \"text\", \"sources\"?} per line), or files.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="JSONL file: one line per article; a rerun resumes it.",
        dir_okay=False)],
    workers: Annotated[int | None, typer.Option(
        "--workers", help="Worker processes [default: the cores].")] = None,
    source: Annotated[list[str] | None, typer.Option(
        "--source", "-s", help="A candidate original shared by every article. "
                               "Repeatable.")] = None,
    cache_dir: Annotated[Path | None, typer.Option(
        "--cache-dir", help="Folder of the page cache [default: the user cache folder].",
        file_okay=False)] = None,
    model_dir: Annotated[Path | None, typer.Option(
        "--model-dir", help="Folder of the ONNX copy of the default model.",
        file_okay=False)] = None,
    semantic: Annotated[bool, typer.Option(
        "--semantic/--no-semantic", help="Run the semantic step [default: on].")] = True,
    offline: Annotated[bool, typer.Option(
        "--offline", help="Make no network request: the cache and --source only.")] = False,
    allow_private_network: Annotated[bool, typer.Option(
        "--allow-private-network", help="Let URLs reach private addresses.")] = False,
    replay: Annotated[list[Path] | None, typer.Option(
        "--replay", help="Answer fetches from this WARC file (a crawl of the originals, "
                         "Common Crawl's news WARCs). Repeatable: a later file wins.",
        dir_okay=False, exists=True)] = None,
    per_host: Annotated[int, typer.Option(
        "--per-host", min=1, help="Live requests in flight to one site, across all "
                                  "workers.")] = 2,
    engine: Annotated[BatchEngine, typer.Option(
        "--engine", help="local: a process pool on this machine; ray: Ray actors, on "
                         "--ray-address or a Ray started here.")] = BatchEngine.local,
    ray_address: Annotated[str | None, typer.Option(
        "--ray-address", envvar="RAY_ADDRESS",
        help="The Ray cluster for --engine ray [default: $RAY_ADDRESS, else a Ray started "
             "on this machine].")] = None,
    fmt: Annotated[BatchFormat, typer.Option(
        "--format", "-f", help="jsonl: OUT is one file; parquet: OUT is a folder of parts "
                               "(needs pyarrow).")] = BatchFormat.jsonl,
) -> None:
    """Check an archive: one JSONL line per article (search is off: the public services
    allow about one query every few seconds, 17,280 a day at GDELT's pace)."""
    from verify.batch.manifest import read_items
    from verify.batch.runner import run_batch
    from verify.config import default_cache_dir
    from verify.fetch.client import FetchConfig
    from verify.pipeline import CheckOptions

    if fmt is BatchFormat.jsonl:
        _check_writable(output, False)
    # Ray's default is the cluster's CPUs, which only Ray knows.
    n = workers if engine is BatchEngine.ray else workers or os.cpu_count() or 1
    fetch = FetchConfig(allow_private_network=allow_private_network, offline=offline,
                        replay=tuple(replay) if replay else None, per_host=per_host,
                        cache_dir=cache_dir or default_cache_dir())
    options = CheckOptions(sources=source or [], fetch=fetch, semantic=semantic,
                           model_dir=_model_dir(str(model_dir) if model_dir else None),
                           search=[], archive=False, preload_model=False)
    started = time.perf_counter()
    tty = sys.stderr.isatty()
    total = sum(1 for _ in read_items(inputs)) if tty else None

    def progress(summary: Any) -> None:
        elapsed = max(time.perf_counter() - started, 1e-6)
        rate = summary.articles / elapsed
        left = ""
        if total is not None and rate:
            remaining = max(0, total - summary.skipped - summary.articles)
            left = f", {remaining / rate:.0f} s left"
        of = f"/{total - summary.skipped}" if total is not None else ""
        sys.stderr.write(f"\r{summary.articles}{of} articles, {rate:.1f}/s{left} ")
        sys.stderr.flush()

    try:
        with _warnings_to_stderr():
            summary = run_batch(read_items(inputs), output, options, workers=n,
                                engine=engine.value, ray_address=ray_address,
                                fmt=fmt.value, progress=progress if tty else None)
    except VerifyError as exc:
        raise _fail(str(exc)) from exc
    if tty:
        sys.stderr.write("\n")
    verdicts = ", ".join(f"{c} {v}" for v, c in summary.verdicts.most_common()) or "none"
    errors = ", ".join(f"{c} {why}" for why, c in summary.errors.most_common()) or "none"
    typer.echo(f"verify batch: {summary.articles} articles ({summary.skipped} already in "
               f"{output}), {summary.quotes} quotes: {verdicts}; {summary.rate:.1f} "
               f"articles/s; errors: {errors}", err=True)


@app.command("config")
def show_config(
    articles: Annotated[list[str] | None, typer.Argument(
        metavar="[ARTICLE...]", help="Where to start looking for configuration.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Print the merged configuration (defaults, file, VERIFY_* variables) as JSON."""
    from verify.config import load_settings

    try:
        settings = load_settings(articles or [], {}, config=config)
    except VerifyError as exc:
        raise _fail(str(exc)) from exc
    _write(json.dumps(settings.as_dict(), indent=2) + "\n", None)


@app.command("model")
def show_model(
    build: Annotated[bool, typer.Option(
        "--build", help="Make the ONNX copy of the default model now, unless it is made "
                        "(for CI images and caches), instead of on the first check that "
                        "needs it.")] = False,
    model: Annotated[str | None, typer.Option(
        "--model", help="The model to describe (default: the configured one).")] = None,
    model_dir: Annotated[Path | None, typer.Option(
        "--model-dir", help="Folder of the ONNX copy [default: ~/.cache/source-verify/models]"
                            ".")] = None,
    config: ConfigOpt = None,
) -> None:
    """Show which model and runtime a check would use and where its files are."""
    from verify.config import load_settings
    from verify.match.onnx import export
    from verify.match.semantic import describe

    try:
        settings = load_settings([], {"model": model, "model_dir": str(model_dir)
                                      if model_dir else None}, config=config)
    except VerifyError as exc:
        raise _fail(str(exc)) from exc
    folder = _model_dir(settings["model_dir"])
    info = describe(settings["model"], folder)
    if build and not info.ready:
        if info.runtime != "onnxruntime":
            raise _fail(f"nothing to build: {info.reason}")
        try:
            export(folder)
        except Exception as exc:  # the export's own errors (onnx, safetensors, the disk)
            raise _fail(f"the ONNX copy could not be made: {type(exc).__name__}: {exc}") \
                from exc
        info = describe(settings["model"], folder)
    lines = [f"model:   {info.name}", f"runtime: {info.runtime} ({info.reason})"]
    if info.source:
        lines.append(f"files:   {info.source}")
    if info.onnx:
        lines.append(f"onnx:    {info.onnx} ({'made' if info.ready else 'not made yet'})")
    _write("\n".join(lines) + "\n", None)


def _cache_dir(settings: Any) -> Path:
    from verify.config import default_cache_dir

    return Path(settings["cache_dir"]) if settings["cache_dir"] else default_cache_dir()


def _model_dir(value: str | None) -> Path:
    from verify.config import default_model_dir

    return Path(value) if value else default_model_dir()


@contextmanager
def _warnings_to_stderr() -> Iterator[None]:
    """Library warnings as one line each on stderr, every one once."""
    import warnings

    from verify.errors import VerifyWarning

    def show(message: Warning | str, category: type[Warning], *args: object,
             **kwargs: object) -> None:
        if issubclass(category, VerifyWarning):
            typer.echo(f"verify: warning: {message}", err=True)

    with warnings.catch_warnings():
        warnings.simplefilter("once", VerifyWarning)
        warnings.showwarning = show
        yield


@app.command("schema")
def show_schema(
    quotes_report: Annotated[bool, typer.Option(
        "--quotes", help="The schema of `verify quotes --format json` instead.")] = False,
) -> None:
    """Print the JSON Schema of the report (verify/report/v1)."""
    from verify.report.schema import quotes_schema, report_schema

    _write(json.dumps(quotes_schema() if quotes_report else report_schema(), indent=2) + "\n",
           None)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"source-verify {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version,
                                                is_eager=True, help="Show the version.")]
          = False) -> None:
    """Check that quotations really appear, unaltered, in their sources."""


def _usage_message(exc: BaseException) -> str | None:
    """The message of a command-line usage error (click's ClickException, which typer may
    vendor under another module), or None for any other exception."""
    fmt = getattr(exc, "format_message", None)
    if callable(fmt) and isinstance(getattr(exc, "exit_code", None), int):
        return str(fmt())
    return None


def main() -> None:
    """Console-script entry point: usage errors are one line on stderr with exit 2, and no
    traceback ever reaches the user."""
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else ExitCode.CLEAN)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        typer.echo("verify: interrupted", err=True)
        sys.exit(ExitCode.ERROR)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if type(exc).__name__ == "NoArgsIsHelpError":  # `verify` alone: the help, as click
            exc.show()  # type: ignore[attr-defined]
            sys.exit(ExitCode.ERROR)
        if type(exc).__name__ == "Abort":
            typer.echo("verify: aborted", err=True)
            sys.exit(ExitCode.ERROR)
        usage = _usage_message(exc)
        if usage is not None:
            typer.echo(f"verify: error: {' '.join(usage.split())}", err=True)
            sys.exit(ExitCode.ERROR)
        typer.echo(f"verify: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
