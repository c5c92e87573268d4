"""The command line's view of the world it runs in, as httpie's ``Environment``: the
streams, whether they are terminals, ``NO_COLOR``, ``GITHUB_STEP_SUMMARY`` and today's
date. Commands read these here, never from ``sys`` or ``os`` directly, so a test can give
its own."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import typer

from verify.formats.interface import OutputFormat

HUB_ENVIRONMENT = {"HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_PROGRESS_BARS": "1",
                   "TOKENIZERS_PARALLELISM": "false"}
"""What the command line puts in its own environment before sentence-transformers is
imported: the hub offline, no progress bars. (The library writes no environment: it loads
models with ``local_files_only``, so a model that is not on disk fails at once instead of
hanging on the network.)"""


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@dataclass
class Environment:
    """Streams, terminals and the variables the command line honours."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ)
    """The variables: read by :func:`verify.config.load_settings` and here, nowhere else."""
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def stdout_isatty(self) -> bool:
        """Whether stdout is a terminal."""
        return _isatty(self.stdout)

    @property
    def stderr_isatty(self) -> bool:
        """Whether stderr is a terminal (progress is shown only then)."""
        return _isatty(self.stderr)

    @property
    def no_color(self) -> bool:
        """``NO_COLOR`` is set and not empty."""
        return bool(self.environ.get("NO_COLOR"))

    @property
    def step_summary(self) -> Path | None:
        """The file named by ``GITHUB_STEP_SUMMARY`` (a GitHub Actions run), or None."""
        name = self.environ.get("GITHUB_STEP_SUMMARY")
        return Path(name) if name else None

    def width(self) -> int:
        """Columns for the terminal report: the terminal's, within 80-160; 100 off one."""
        try:
            return max(80, min(os.get_terminal_size().columns, 160)) if self.stdout_isatty \
                else 100
        except OSError:
            return 100

    def use_color(self, choice: bool | None, fmt: OutputFormat, output: Path | None) -> bool:
        """Colour only in the terminal format on stdout: as told, else on a terminal with
        ``NO_COLOR`` unset."""
        if fmt is not OutputFormat.TERMINAL or output is not None:
            return False
        if choice is not None:
            return choice
        return self.stdout_isatty and not self.no_color

    def say(self, line: str) -> None:
        """One line on stderr."""
        typer.echo(line, file=self.stderr)

    def write(self, text: str) -> None:
        """Text on stdout, flushed."""
        self.stdout.write(text)
        self.stdout.flush()
