"""The error hierarchy. The CLI turns these into one line on stderr and exit code 2."""


class VerifyError(Exception):
    """Base class of every error the library raises on purpose. ``code`` is a short kind
    (``no-such-file``, ``too-large``, …) for reports that count reasons."""

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class InputError(VerifyError):
    """An article given on the command line cannot be read (missing, binary, empty, …)."""


class ConfigError(VerifyError):
    """A configuration value or data file is invalid."""


class VerifyWarning(UserWarning):
    """Something the user should hear once, that does not stop the run (the CLI prints it
    as one line on stderr)."""
