"""The error hierarchy. The CLI turns these into one line on stderr and exit code 2."""

from __future__ import annotations

from verify.reasons import Reason


class VerifyError(Exception):
    """Base class of every error the library raises on purpose. ``code`` is a short kind
    (:class:`~verify.reasons.Reason`: ``no-such-file``, ``too-large``, …) for reports that
    count reasons; a string is read as the reason it names."""

    def __init__(self, message: str, *, code: Reason | str | None = None) -> None:
        super().__init__(message)
        self.code: Reason | None = Reason(code) if code else None


class InputError(VerifyError):
    """An article given on the command line cannot be read (missing, binary, empty, …)."""


class ConfigError(VerifyError):
    """A configuration value or data file is invalid."""


class VerifyWarning(UserWarning):
    """Something the user should hear once, that does not stop the run (the CLI prints it
    as one line on stderr)."""
