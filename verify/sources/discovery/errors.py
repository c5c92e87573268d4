"""Why a search backend could not answer, as types the search policy acts on."""

from __future__ import annotations


class BackendError(Exception):
    """A backend could not answer this query (with the reason, for the report). ``status``
    is the HTTP status of the answer that failed, when there was one."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class BackendDown(BackendError):
    """A backend cannot answer at all this run (unreachable, or not configured): the search
    stops asking it."""
