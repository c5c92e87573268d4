"""Presentation: where the output goes, library warnings as lines, the checks on ``-o``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from verify.cli.env import Environment
from verify.cli.errors import fail


def write(env: Environment, text: str, output: Path | None) -> None:
    """The report to stdout, or to ``output``; a file that cannot be written is exit 2."""
    if output is None:
        env.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(env, f"{output}: cannot write ({exc.strerror})") from exc


def check_writable(env: Environment, output: Path | None, as_json: bool) -> None:
    """An -o that cannot be written is an input error before any work, not after it."""
    if output is None:
        return
    if output.is_dir():
        raise fail(env, f"{output}: is a folder (-o takes a file)", as_json=as_json)
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise fail(env, f"{output}: cannot write (no folder {parent})", as_json=as_json)
    if not os.access(output if output.exists() else parent, os.W_OK):
        raise fail(env, f"{output}: cannot write (permission denied)", as_json=as_json)


@contextmanager
def warnings_to_stderr(env: Environment) -> Iterator[None]:
    """Library warnings as one line each on stderr, every one once."""
    import warnings

    from verify.errors import VerifyWarning

    def show(message: Warning | str, category: type[Warning], *args: object,
             **kwargs: object) -> None:
        if issubclass(category, VerifyWarning):
            env.say(f"verify: warning: {message}")

    with warnings.catch_warnings():
        warnings.simplefilter("once", VerifyWarning)
        warnings.showwarning = show
        yield
