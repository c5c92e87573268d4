"""The commands besides ``check`` and ``batch``: ``quotes``, ``config``, ``model``, ``schema``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from verify.cli.app import ArticlesArg, ConfigOpt, OutletsOpt, OutputOpt, QuotesFormatOpt, app
from verify.cli.env import Environment
from verify.cli.errors import fail, reported
from verify.cli.present import warnings_to_stderr, write
from verify.formats.interface import OutputFormat, RenderContext, render


@app.command()
def quotes(
    articles: ArticlesArg,
    fmt: QuotesFormatOpt = None,
    output: OutputOpt = None,
    outlets: OutletsOpt = None,
    allow_private_network: Annotated[bool, typer.Option(
        "--allow-private-network", help="Let URL articles reach private addresses.")] = False,
    config: ConfigOpt = None,
) -> None:
    """List the quotations of ARTICLE with kind, speaker and outlet (no sources, no model)."""
    from verify.config import load_settings
    from verify.pipeline import extract_quotes

    env = Environment()
    out_fmt = OutputFormat(fmt.value) if fmt else OutputFormat.TERMINAL
    flags = {"outlets": [str(p) for p in outlets] if outlets else None,
             "allow_private_network": allow_private_network or None}
    with reported(env, as_json=out_fmt is OutputFormat.JSON):
        settings = load_settings(articles, flags, config=config, env=env.environ)
        # No page cache: an article is read once.
        fetch = settings.fetch_config(cache_dir=None)
        with warnings_to_stderr(env):
            report = extract_quotes(articles, outlet_files=[Path(p) for p in settings.outlets],
                                    fetch=fetch)
    ctx = RenderContext(color=env.use_color(settings.color, out_fmt, output), width=env.width())
    write(env, render(report, out_fmt, ctx), output)


@app.command("config")
def show_config(
    articles: Annotated[list[str] | None, typer.Argument(
        metavar="[ARTICLE...]", help="Where to start looking for configuration.")] = None,
    config: ConfigOpt = None,
) -> None:
    """Print the merged configuration (defaults, file, VERIFY_* variables) as JSON."""
    from verify.config import load_settings

    env = Environment()
    with reported(env):
        settings = load_settings(articles or [], {}, config=config, env=env.environ)
    write(env, json.dumps(settings.as_dict(), indent=2) + "\n", None)


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

    env = Environment()
    with reported(env):
        settings = load_settings([], {"model": model, "model_dir": str(model_dir)
                                      if model_dir else None}, config=config, env=env.environ)
    folder = settings.model_folder()
    info = describe(settings.model, folder)
    if build and not info.ready:
        if info.runtime != "onnxruntime":
            raise fail(env, f"nothing to build: {info.reason}")
        try:
            export(folder)
        except Exception as exc:  # the export's own errors (onnx, safetensors, the disk)
            raise fail(env, f"the ONNX copy could not be made: {type(exc).__name__}: {exc}") \
                from exc
        info = describe(settings.model, folder)
    lines = [f"model:   {info.name}", f"runtime: {info.runtime} ({info.reason})"]
    if info.source:
        lines.append(f"files:   {info.source}")
    if info.onnx:
        lines.append(f"onnx:    {info.onnx} ({'made' if info.ready else 'not made yet'})")
    write(env, "\n".join(lines) + "\n", None)


@app.command("schema")
def show_schema(
    quotes_report: Annotated[bool, typer.Option(
        "--quotes", help="The schema of `verify quotes --format json` instead.")] = False,
) -> None:
    """Print the JSON Schema of the report (verify/report/v1)."""
    from verify.report.schema import quotes_schema, report_schema

    write(Environment(), json.dumps(quotes_schema() if quotes_report else report_schema(),
                                    indent=2) + "\n", None)
