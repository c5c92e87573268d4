"""``verify batch``: an archive checked with the settings of ``verify check`` (config file,
``VERIFY_*``, flags), search and the Wayback Machine off."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from verify.cli.app import DEFAULTS, ConfigOpt, app, on_off
from verify.cli.env import Environment
from verify.cli.errors import ExitCode, reported
from verify.cli.present import check_writable, warnings_to_stderr
from verify.fetch.config import FetchConfig

if TYPE_CHECKING:
    from verify.batch.interface import Stop


class BatchEngine(StrEnum):
    """Where `verify batch` runs (verify.batch.runner.Engine)."""

    local = "local"
    ray = "ray"


class BatchFormat(StrEnum):
    """What `verify batch` writes (verify.batch.runner.Format)."""

    jsonl = "jsonl"
    parquet = "parquet"


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
    semantic: Annotated[bool | None, typer.Option(
        "--semantic/--no-semantic", help="Run the semantic step "
                                         f"[default: {on_off(DEFAULTS.semantic)}].")] = None,
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
                                  "workers.")] = FetchConfig.per_host,
    engine: Annotated[BatchEngine, typer.Option(
        "--engine", help="local: a process pool on this machine; ray: Ray actors, on "
                         "--ray-address or a Ray started here.")] = BatchEngine.local,
    ray_address: Annotated[str | None, typer.Option(
        "--ray-address", envvar="RAY_ADDRESS",
        help="The Ray cluster for --engine ray [default: $RAY_ADDRESS, else a Ray started "
             "on this machine].")] = None,
    ship_inputs: Annotated[bool, typer.Option(
        "--ship-inputs", help="--engine ray: send the articles' and --source files' bytes to "
                              "the workers even when the cluster is this machine (they are "
                              "sent anyway when a node is another machine).")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", help="--engine ray: show Ray's own log lines (also shown when "
                          "RAY_LOGGER_LEVEL is set).")] = False,
    fmt: Annotated[BatchFormat, typer.Option(
        "--format", "-f", help="jsonl: OUT is one file; parquet: OUT is a folder of parts "
                               "(needs pyarrow).")] = BatchFormat.jsonl,
    config: ConfigOpt = None,
) -> None:
    """Check an archive: one JSONL line per article (search is off: the public services
    allow about one query every few seconds, 17,280 a day at GDELT's pace)."""
    from verify.batch.manifest import read_items
    from verify.batch.runner import RayOptions, Stop, run_batch
    from verify.config import load_settings

    env = Environment()
    if fmt is BatchFormat.jsonl:
        check_writable(env, output, False)
    flags = {"sources": source, "cache_dir": str(cache_dir) if cache_dir else None,
             "model_dir": str(model_dir) if model_dir else None, "semantic": semantic,
             "offline": offline or None, "allow_private_network": allow_private_network or None}
    with reported(env):
        settings = load_settings(inputs, flags, config=config, env=env.environ)
    # One WARC per run, not one written by every worker at once.
    fetch = settings.fetch_config(per_host=per_host, record=None,
                                  **({"replay": tuple(replay)} if replay else {}))
    options = settings.check_options(fetch=fetch, search=[], archive=False,
                                     preload_model=False)
    # Ray's default is the cluster's CPUs, which only Ray knows.
    n = workers if engine is BatchEngine.ray else workers or os.cpu_count() or 1
    ray = None
    if engine is BatchEngine.ray:
        ray = RayOptions(address=ray_address, ship_inputs=ship_inputs,
                         quiet=_quiet_ray(env, verbose))
    started = time.perf_counter()
    stop = Stop()
    with reported(env), warnings_to_stderr(env), _stop_on_signals(stop):
        total = sum(1 for _ in read_items(inputs)) if env.stderr_isatty else None
        summary = run_batch(read_items(inputs), output, options, workers=n,
                            engine=engine.value, ray=ray, fmt=fmt.value,
                            progress=_progress(env, total, started) if env.stderr_isatty else None,
                            stop=stop)
    if env.stderr_isatty:
        env.stderr.write("\n")
    verdicts = ", ".join(f"{c} {v}" for v, c in summary.verdicts.most_common()) or "none"
    errors = ", ".join(f"{c} {why}" for why, c in summary.errors.most_common()) or "none"
    env.say(f"verify batch: {summary.articles} articles ({summary.skipped} already in "
            f"{output}), {summary.quotes} quotes: {verdicts}; {summary.rate:.1f} "
            f"articles/s; errors: {errors}")
    if summary.stopped:
        env.say(f"verify batch: stopped by {summary.stopped}; {output} holds every article "
                f"finished ({summary.skipped + summary.articles}). Run the same command again "
                "to check the rest.")
        raise typer.Exit(STOP_CODES[summary.stopped])


RAY_LOGGING = ("RAY_LOGGER_LEVEL",)
"""Ray's own logging variables for its Python loggers: one set means the user asked for
Ray's log lines (``RAY_BACKEND_LOG_LEVEL``, for its C++ core, Ray applies itself)."""


def _quiet_ray(env: Environment, verbose: bool) -> bool:
    """Whether Ray's own log lines stay off the terminal."""
    return not (verbose or any(name in env.environ for name in RAY_LOGGING))


STOP_SIGNALS = {signal.SIGTERM: "SIGTERM", signal.SIGINT: "SIGINT"}
STOP_CODES = {"SIGTERM": ExitCode.TERMINATED, "SIGINT": ExitCode.INTERRUPTED}


@contextmanager
def _stop_on_signals(stop: Stop) -> Iterator[None]:
    """SIGTERM and SIGINT ask ``stop`` (a second one: abandon the articles in flight) for
    the block's length; the handlers before are put back after it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (a test calling the command)
        return

    def ask(signum: int, frame: object) -> None:
        stop.ask(STOP_SIGNALS[signal.Signals(signum)])

    before = {s: signal.signal(s, ask) for s in STOP_SIGNALS}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)


def _progress(env: Environment, total: int | None, started: float) -> Any:
    """One line on stderr, rewritten: articles done, the rate and the time left."""

    def progress(summary: Any) -> None:
        elapsed = max(time.perf_counter() - started, 1e-6)
        rate = summary.articles / elapsed
        left = ""
        if total is not None and rate:
            remaining = max(0, total - summary.skipped - summary.articles)
            left = f", {remaining / rate:.0f} s left"
        of = f"/{total - summary.skipped}" if total is not None else ""
        env.stderr.write(f"\r{summary.articles}{of} articles, {rate:.1f}/s{left} ")
        env.stderr.flush()

    return progress
