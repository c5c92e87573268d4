"""The command line, kept under its old name: see :mod:`verify.cli`."""

from verify.cli import ExitCode, app, main

__all__ = ["ExitCode", "app", "main"]
