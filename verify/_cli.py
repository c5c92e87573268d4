"""The command line: argv in, one report out, an exit code. All the work is the library's.

Exit codes: 0 no quote reached the failure level; 1 one did; 2 usage or input error.
"""

from __future__ import annotations

import os
import sys
from enum import IntEnum
from pathlib import Path
from typing import Annotated

import typer

from verify import __version__
from verify.errors import VerifyError
from verify.fetch.client import FetchConfig
from verify.formats.interface import OutputFormat, render
from verify.match.interface import Verdict

DEFAULT_FAIL_ON = "ALTERED,MISATTRIBUTED,NOT_FOUND"


class ExitCode(IntEnum):
    """The process's exit status."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Check that quotations really appear, unaltered, in their sources.",
                  context_settings={"help_option_names": ["-h", "--help"]})


def _fail(message: str) -> typer.Exit:
    typer.echo(f"verify: error: {message}", err=True)
    return typer.Exit(ExitCode.ERROR)


def _parse_fail_on(value: str) -> set[Verdict]:
    names = {v.strip().upper() for v in value.split(",") if v.strip()}
    unknown = names - {v.value for v in Verdict}
    if unknown:
        raise _fail(f"--fail-on: unknown verdict {', '.join(sorted(unknown))} "
                    f"(choose from {', '.join(v.value for v in Verdict)})")
    return {Verdict(n) for n in names}


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror})") from exc


def _color(fmt: OutputFormat, output: Path | None) -> bool:
    return fmt is OutputFormat.TERMINAL and output is None and sys.stdout.isatty() and \
        not os.environ.get("NO_COLOR")


def _width() -> int:
    try:
        return max(80, min(os.get_terminal_size().columns, 160)) if sys.stdout.isatty() else 100
    except OSError:
        return 100


ArticlesArg = Annotated[list[str], typer.Argument(
    metavar="ARTICLE...", help="Paths (.html, .md, .txt, …), http(s) URLs, or - for stdin.")]
FormatOpt = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.",
                                                dir_okay=False)]
OutletsOpt = Annotated[list[Path] | None, typer.Option(
    "--outlets", help="Extra outlet registry file (TOML), repeatable.")]


@app.command()
def check(
    articles: ArticlesArg,
    source: Annotated[list[str] | None, typer.Option(
        "--source", "-s", help="A candidate original: URL, file, or folder of "
                               ".html/.htm/.txt/.md files. Repeatable.")] = None,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", help="Verdicts that make the exit code 1 (comma-separated).")]
        = DEFAULT_FAIL_ON,
    cache_dir: Annotated[Path, typer.Option(
        "--cache-dir", envvar="VERIFY_CACHE_DIR", help="Folder of the page cache.",
        file_okay=False)] = Path("cache"),
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the cache."
                                           )] = False,
    model: Annotated[str | None, typer.Option(
        "--model", help="sentence-transformers model name or path (default: the packaged "
                        "all-MiniLM-L6-v2).")] = None,
    no_semantic: Annotated[bool, typer.Option(
        "--no-semantic", help="Skip the semantic step (no model is loaded).")] = False,
    allow_private_network: Annotated[bool, typer.Option(
        "--allow-private-network", help="Let URLs reach loopback, private and link-local "
                                        "addresses.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per request.")] = 15.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest page accepted.")]
        = 5_000_000,
    outlets: OutletsOpt = None,
    progress: Annotated[bool, typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a "
                                         "terminal).")] = True,
) -> None:
    """Find every quotation in ARTICLE and check it against its original."""
    from verify.match.semantic import DEFAULT_MODEL
    from verify.pipeline import CheckOptions
    from verify.pipeline import check as run_check

    failing = _parse_fail_on(fail_on)
    options = CheckOptions(
        sources=source or [],
        fetch=FetchConfig(cache_dir=None if no_cache else cache_dir,
                          allow_private_network=allow_private_network, timeout=timeout,
                          max_bytes=max_bytes),
        model=model or DEFAULT_MODEL,
        semantic=not no_semantic,
        outlet_files=outlets or [],
    )
    show_progress = progress and sys.stderr.isatty()
    try:
        if show_progress:
            from verify._progress import progress_bar

            with progress_bar() as update:
                report = run_check(articles, options, progress=update)
        else:
            report = run_check(articles, options)
    except VerifyError as exc:
        raise _fail(str(exc)) from exc
    _write(render(report, fmt, color=_color(fmt, output), width=_width()), output)
    found = any(q.verdict in failing for a in report.articles for q in a.quotes)
    raise typer.Exit(ExitCode.FINDINGS if found else ExitCode.CLEAN)


@app.command()
def quotes(
    articles: ArticlesArg,
    fmt: FormatOpt = OutputFormat.TERMINAL,
    output: OutputOpt = None,
    outlets: OutletsOpt = None,
    allow_private_network: Annotated[bool, typer.Option(
        "--allow-private-network", help="Let URL articles reach private addresses.")] = False,
) -> None:
    """List the quotations of ARTICLE with kind, speaker and outlet (no sources, no model)."""
    from verify.pipeline import extract_quotes

    try:
        report = extract_quotes(articles, outlet_files=outlets or [],
                                fetch=FetchConfig(cache_dir=None,
                                                  allow_private_network=allow_private_network))
    except VerifyError as exc:
        raise _fail(str(exc)) from exc
    _write(render(report, fmt, color=_color(fmt, output), width=_width()), output)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"source-verify {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version,
                                                is_eager=True, help="Show the version.")]
          = False) -> None:
    """Check that quotations really appear, unaltered, in their sources."""


def main() -> None:
    """Console-script entry point: no traceback ever reaches the user."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        typer.echo("verify: interrupted", err=True)
        sys.exit(ExitCode.ERROR)
    except Exception as exc:
        typer.echo(f"verify: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(ExitCode.ERROR)
