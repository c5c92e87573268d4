"""The typer application, the options several commands share, and ``--version``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from verify import __version__
from verify.config import Settings
from verify.formats.interface import OutputFormat

# rich_markup_mode=None: rich markup would eat every "[default: …]" and "[tool.verify]" of
# the help texts; plain help also keeps `verify --help` free of rich's import.
app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="Check that quotations really appear, unaltered, in their sources.",
                  context_settings={"help_option_names": ["-h", "--help"]})

ArticlesArg = Annotated[list[str], typer.Argument(
    metavar="ARTICLE...", help="Paths (.html, .md, .txt, …), http(s) URLs, or - for stdin.")]
DEFAULTS = Settings()
"""The settings with nothing given: the defaults the help texts name."""

FormatOpt = Annotated[OutputFormat | None, typer.Option(
    "--format", "-f", help=f"Output format [default: {DEFAULTS.format}].", show_default=False)]


class QuotesFormat(StrEnum):
    """The formats of `verify quotes` (the others render verdicts)."""

    TERMINAL = "terminal"
    JSON = "json"


QuotesFormatOpt = Annotated[QuotesFormat | None, typer.Option(
    "--format", "-f", help="Output format [default: terminal].", show_default=False)]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.",
                                                dir_okay=False)]
OutletsOpt = Annotated[list[Path] | None, typer.Option(
    "--outlets", help="Extra outlet registry file (TOML), repeatable.")]
ConfigOpt = Annotated[Path | None, typer.Option(
    "--config", help="Config file (default: [tool.verify] in pyproject.toml or verify.toml, "
                     "searched from the inputs up to the repository root).")]


def on_off(value: bool) -> str:
    """A switch's default as the help texts say it."""
    return "on" if value else "off"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"source-verify {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version,
                                                is_eager=True, help="Show the version.")]
          = False) -> None:
    """Check that quotations really appear, unaltered, in their sources."""
