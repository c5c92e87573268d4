"""``verify check``: its signature, then settings → options → the library's check → the
report, the baseline and the exit code."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verify.cli.app import DEFAULTS, ArticlesArg, ConfigOpt, FormatOpt, OutletsOpt, OutputOpt, app, on_off
from verify.cli.env import Environment
from verify.cli.errors import ExitCode, Failure, fail, reported
from verify.cli.present import check_writable, warnings_to_stderr, write
from verify.errors import VerifyError
from verify.formats.interface import OutputFormat, RenderContext, render

if TYPE_CHECKING:
    from verify.config import Settings
    from verify.report.models import Report
    from verify.report.policy import Policy


SourceOpt = Annotated[list[str] | None, typer.Option(
    "--source", "-s", help="A candidate original: URL, file, or folder of "
                           ".html/.htm/.txt/.md files. Repeatable.")]
FailOnOpt = Annotated[str | None, typer.Option(
    "--fail-on", help="Verdicts that make the exit code 1, comma-separated, or none "
                      f"[default: {','.join(DEFAULTS.fail_on)}].")]
QuietOpt = Annotated[bool | None, typer.Option(
    "--quiet", "-q", help="Show errors only (what fails is set by --fail-on).")]
CacheDirOpt = Annotated[Path | None, typer.Option(
    "--cache-dir", help="Folder of the page cache [default: the user cache folder, "
                        "~/.cache/source-verify on Linux; env VERIFY_CACHE_DIR].",
    file_okay=False)]
CacheOpt = Annotated[bool | None, typer.Option(
    "--cache/--no-cache",
    help=f"Read and write the page cache [default: {on_off(DEFAULTS.cache)}].")]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", help="Embedding model name or path (default: the packaged "
                    "all-MiniLM-L6-v2, run on onnxruntime; others on "
                    "sentence-transformers).")]
ModelDirOpt = Annotated[Path | None, typer.Option(
    "--model-dir", help="Folder of the ONNX copy of the default model [default: "
                        "~/.cache/source-verify/models; env VERIFY_MODEL_DIR].",
    file_okay=False)]
NliModelOpt = Annotated[str | None, typer.Option(
    "--nli-model", help="NLI cross-encoder (name or path, offline) to tell a paraphrase "
                        "from a contradiction; optional.")]
SemanticOpt = Annotated[bool | None, typer.Option(
    "--semantic/--no-semantic", help="Run the semantic step when nothing aligns word by "
                                     f"word [default: {on_off(DEFAULTS.semantic)}].")]
AllowPrivateNetworkOpt = Annotated[bool | None, typer.Option(
    "--allow-private-network", help="Let URLs reach loopback, private and link-local "
                                    "addresses.")]
OfflineOpt = Annotated[bool | None, typer.Option(
    "--offline", help="Make no network request: use only the cache and --source files "
                      "(for pre-commit.ci and closed CI).")]
SearchOpt = Annotated[str | None, typer.Option(
    "--search", help="Search backends for quotes with no link and no --source, in order: "
                     "gdelt, google-news (default), searxng, brave; 'none' for none.")]
ArchiveOpt = Annotated[bool | None, typer.Option(
    "--archive/--no-archive", help="Read the nearest Wayback capture of a paywalled page "
                                   f"[default: {on_off(DEFAULTS.archive)}].")]
RecordOpt = Annotated[Path | None, typer.Option(
    "--record", help="Write every response fetched to this WARC file.",
    dir_okay=False)]
ReplayOpt = Annotated[Path | None, typer.Option(
    "--replay", help="Answer fetches from this WARC file instead of the network.",
    dir_okay=False, exists=True)]
TimeoutOpt = Annotated[float | None, typer.Option(
    "--timeout", help=f"Seconds per request [default: {DEFAULTS.timeout:g}].")]
MaxBytesOpt = Annotated[int | None, typer.Option(
    "--max-bytes", help="Largest page accepted, counted after decoding "
                        f"[default: {DEFAULTS.max_bytes}].")]
DeadlineOpt = Annotated[float | None, typer.Option(
    "--deadline", help="Seconds one request may take in all, connect to last byte "
                       f"[default: {DEFAULTS.deadline:g}].")]
MaxArticleBytesOpt = Annotated[int | None, typer.Option(
    "--max-article-bytes", help="Largest article read; a larger one is an input error "
                                f"[default: {DEFAULTS.max_article_bytes}].")]
MaxQuotesOpt = Annotated[int | None, typer.Option(
    "--max-quotes", help="Quotes checked per article; the rest are listed UNCHECKED "
                         f"[default: {DEFAULTS.max_quotes}].")]
SearchBudgetOpt = Annotated[int | None, typer.Option(
    "--search-budget", help="Search queries the whole run may send; 0 for no limit "
                            f"[default: {DEFAULTS.search_budget}].")]
MinCheckedOpt = Annotated[float | None, typer.Option(
    "--min-checked", help="Fail (exit 1) when fewer than this fraction of the quotes "
                          "could be checked against a source, e.g. 0.8; 0 never fails "
                          "[default: fail only when not one quote could be checked].")]
PublishedUrlOpt = Annotated[str | None, typer.Option(
    "--published-url", help="ClaimReview: the article's public URL, or a base URL ending "
                            "in / for a folder of drafts (config published-url).")]
ReviewerOpt = Annotated[str | None, typer.Option(
    "--reviewer", help="ClaimReview: the reviewing organisation's name (config "
                       "reviewer).")]
ReviewerUrlOpt = Annotated[str | None, typer.Option(
    "--reviewer-url", help="ClaimReview: the reviewing organisation's URL, required for "
                           "it (config reviewer-url).")]
BaselineOpt = Annotated[Path | None, typer.Option(
    "--baseline", help="Baseline file of accepted findings (JSON).", dir_okay=False)]
UpdateBaselineOpt = Annotated[bool, typer.Option(
    "--update-baseline", help="Write the current failing findings to the baseline file "
                              "and exit 0.")]
ColorOpt = Annotated[bool | None, typer.Option(
    "--color/--no-color", help="Colour in the terminal report [default: when stdout is a "
                               "terminal and NO_COLOR is unset].")]
ProgressOpt = Annotated[bool, typer.Option(
    "--progress/--no-progress", help="Progress bar on stderr (only when stderr is a "
                                     "terminal).")]


@app.command()
def check(
    articles: ArticlesArg,
    source: SourceOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    fail_on: FailOnOpt = None,
    quiet: QuietOpt = None,
    cache_dir: CacheDirOpt = None,
    cache: CacheOpt = None,
    model: ModelOpt = None,
    model_dir: ModelDirOpt = None,
    nli_model: NliModelOpt = None,
    semantic: SemanticOpt = None,
    allow_private_network: AllowPrivateNetworkOpt = None,
    offline: OfflineOpt = None,
    search: SearchOpt = None,
    archive: ArchiveOpt = None,
    record: RecordOpt = None,
    replay: ReplayOpt = None,
    timeout: TimeoutOpt = None,
    max_bytes: MaxBytesOpt = None,
    deadline: DeadlineOpt = None,
    max_article_bytes: MaxArticleBytesOpt = None,
    max_quotes: MaxQuotesOpt = None,
    search_budget: SearchBudgetOpt = None,
    min_checked: MinCheckedOpt = None,
    published_url: PublishedUrlOpt = None,
    reviewer: ReviewerOpt = None,
    reviewer_url: ReviewerUrlOpt = None,
    outlets: OutletsOpt = None,
    baseline: BaselineOpt = None,
    update_baseline: UpdateBaselineOpt = False,
    color: ColorOpt = None,
    progress: ProgressOpt = True,
    config: ConfigOpt = None,
) -> None:
    """Find every quotation in ARTICLE and check it against its original."""
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
    run(Environment(), articles, flags, fmt=fmt, output=output, config=config,
        update_baseline=update_baseline, progress=progress)


def run(env: Environment, articles: list[str], flags: dict[str, Any], *,
        fmt: OutputFormat | None, output: Path | None, config: Path | None,
        update_baseline: bool, progress: bool) -> None:
    """The command: settings, the check, the baseline, the report, the exit code."""
    from verify.config import load_settings
    from verify.report.policy import Policy

    with reported(env, as_json=fmt is OutputFormat.JSON, catch=(VerifyError, ValueError)):
        settings = load_settings(articles, flags, config=config, env=env.environ)
        out_fmt = OutputFormat(settings.format)
    as_json = out_fmt is OutputFormat.JSON
    with reported(env, as_json=as_json, catch=(VerifyError, ValueError)):
        policy = Policy.build(severity=settings.severity, fail_on=settings.fail_on,
                              quiet=settings.quiet, min_checked=settings.min_checked)
        check_writable(env, output, as_json)
        inputs_folder = None
        if out_fmt is OutputFormat.CLAIMREVIEW:
            from verify.formats.claimreview import check_publishable, common_folder

            check_publishable(articles, settings.reviewer_url, settings.published_url)
            inputs_folder = common_folder(articles)
        report = _checked(env, articles, settings, out_fmt, progress)
        report = _baseline(env, report, policy, settings, update_baseline)
    if (why := policy.coverage_message(report)) is not None:
        env.say(f"verify: {why}")
    for a in report.articles:
        if a.error:
            env.say(f"verify: error: {a.error}")
    ctx = RenderContext(policy=policy, root=settings.root,
                        color=env.use_color(settings.color, out_fmt, output), width=env.width(),
                        reviewer=settings.reviewer, reviewer_url=settings.reviewer_url,
                        published_url=settings.published_url, inputs_folder=inputs_folder,
                        date=env.today.isoformat())
    with reported(env, as_json=as_json, catch=(ValueError,)):
        text = render(report, out_fmt, ctx)
    write(env, text, output)
    if out_fmt is OutputFormat.GITHUB and env.step_summary is not None:
        from verify.formats.github import summary

        with open(env.step_summary, "a", encoding="utf-8") as fh:
            fh.write(summary(report, ctx))
    raise typer.Exit(ExitCode.FINDINGS if policy.fails(report) else ExitCode.CLEAN)


def _checked(env: Environment, articles: list[str], settings: Settings, out_fmt: OutputFormat,
             progress: bool) -> Report:
    """The library's check with these settings, a progress bar on a terminal."""
    # Started before the pipeline's imports, so that the model's session is built while
    # they run (onnxruntime builds it without holding the GIL).
    embedder = None
    if settings.semantic:
        from verify.match.semantic import preloaded

        embedder = preloaded(settings.model, settings.model_folder())
    from verify.pipeline import check as run_check

    options = settings.check_options(include_text=out_fmt is OutputFormat.HTML)
    with warnings_to_stderr(env):
        if progress and env.stderr_isatty:
            from verify._progress import progress_bar

            with progress_bar() as update:
                return run_check(articles, options, progress=update, embedder=embedder)
        return run_check(articles, options, embedder=embedder)


def _baseline(env: Environment, report: Report, policy: Policy, settings: Settings,
              update: bool) -> Report:
    """``--update-baseline`` writes the baseline and exits 0; otherwise the baseline's
    accepted findings are suppressed and its stale entries said."""
    from verify.report.suppress import apply_baseline, stale_message, write_baseline

    baseline = Path(settings.baseline) if settings.baseline else None
    if baseline is not None and update:
        try:
            n = write_baseline(report, policy, baseline, settings.root)
        except VerifyError as exc:
            raise fail(env, str(exc)) from exc
        env.say(f"verify: wrote {n} accepted findings to {baseline}")
        raise typer.Exit(ExitCode.CLEAN)
    if update:
        raise Failure("--update-baseline needs --baseline FILE (or `baseline` in the config)")
    if baseline is not None:
        report = apply_baseline(report, baseline, settings.root)
        if (stale := stale_message(report)) is not None:
            env.say(f"verify: {stale}")
    return report
