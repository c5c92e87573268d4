"""The command line: argv in, one report out, an exit code. All the work is the library's.

Exit codes: 0 no quote reached the failure level; 1 one did; 2 usage, config or input error.

- :mod:`~verify.cli.app`: the typer application and the options commands share;
- :mod:`~verify.cli.check`, :mod:`~verify.cli.batch`, :mod:`~verify.cli.commands`: the
  commands' signatures, each built from one :class:`verify.config.Settings`;
- :mod:`~verify.cli.env`: the environment object (streams, terminals, ``NO_COLOR``,
  ``GITHUB_STEP_SUMMARY``, today's date);
- :mod:`~verify.cli.errors`: exit codes and the one error handler;
- :mod:`~verify.cli.present`: where output goes, warnings as lines.
"""

from __future__ import annotations

import os
import sys

from verify.cli import batch, check, commands  # noqa: F401  (they register the commands)
from verify.cli.app import app
from verify.cli.env import HUB_ENVIRONMENT, Environment
from verify.cli.errors import ExitCode, exit_for

__all__ = ["ExitCode", "app", "main"]


def main() -> None:
    """Console-script entry point: usage errors are one line on stderr with exit 2, and no
    traceback ever reaches the user."""
    for name, value in HUB_ENVIRONMENT.items():  # before sentence-transformers is imported
        os.environ.setdefault(name, value)
    try:
        code = app(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else ExitCode.CLEAN)
    except SystemExit:
        raise
    except (KeyboardInterrupt, Exception) as exc:  # the last line of defence
        exit_for(exc, Environment())
