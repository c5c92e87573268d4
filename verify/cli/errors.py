"""Exit codes and the one place errors become them.

0 no quote reached the failure level; 1 one did; 2 usage, config or input error. A
command raises the library's typed errors (:class:`~verify.errors.VerifyError`) or a
:class:`Failure`; :func:`reported` turns them into one line on stderr (a JSON error on
stdout in JSON mode) and exit code 2, and :func:`exit_for` does the same for whatever
reaches the top, so that no traceback ever reaches the user.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import NoReturn

import typer

from verify.cli.env import Environment
from verify.errors import VerifyError


class ExitCode(IntEnum):
    """The process's exit status."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 130
    """Stopped by SIGINT (128 + 2, as a shell reports it): ``verify batch`` only."""
    TERMINATED = 143
    """Stopped by SIGTERM (128 + 15): ``verify batch`` only."""


class Failure(VerifyError):
    """A usage or input error the command line finds itself (exit code 2)."""


def fail(env: Environment, message: str, *, as_json: bool = False) -> typer.Exit:
    """One line on stderr (or a JSON error on stdout in JSON mode); the exit to raise."""
    if as_json:
        env.stdout.write(json.dumps({"schema": "verify/error/v1",
                                     "error": {"message": message}}) + "\n")
    else:
        env.say(f"verify: error: {message}")
    return typer.Exit(ExitCode.ERROR)


@contextmanager
def reported(env: Environment, *, as_json: bool = False,
             catch: tuple[type[Exception], ...] = (VerifyError,)) -> Iterator[None]:
    """Errors of the kinds in ``catch`` (the library's typed errors by default) become
    :func:`fail`'s line and exit code 2."""
    try:
        yield
    except catch as exc:
        raise fail(env, str(exc), as_json=as_json) from exc


def _usage_message(exc: BaseException) -> str | None:
    """The message of a command-line usage error (click's ClickException, which typer may
    vendor under another module), or None for any other exception."""
    fmt = getattr(exc, "format_message", None)
    if callable(fmt) and isinstance(getattr(exc, "exit_code", None), int):
        return str(fmt())
    return None


def exit_for(exc: BaseException, env: Environment) -> NoReturn:
    """The last line of defence: one line on stderr, never a traceback, exit code 2."""
    if isinstance(exc, KeyboardInterrupt):
        env.say("verify: interrupted")
    elif type(exc).__name__ == "NoArgsIsHelpError":  # `verify` alone: the help, as click
        exc.show()  # type: ignore[attr-defined]
    elif type(exc).__name__ == "Abort":
        env.say("verify: aborted")
    elif (usage := _usage_message(exc)) is not None:
        env.say(f"verify: error: {' '.join(usage.split())}")
    else:
        env.say(f"verify: internal error: {type(exc).__name__}: {exc}")
    sys.exit(ExitCode.ERROR)
