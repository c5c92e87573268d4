"""Every reason code: why a source was not read, or why a quote was not judged.

One enum for the whole tool (``reason`` in the JSON, the counts of the coverage line, the
``code`` of a :class:`~verify.errors.VerifyError`); the values are the JSON contract. The
report's schema lists them from here, so prose and code cannot drift apart.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """A short code desks can count, beside the sentence that explains it."""

    # Why a candidate source could not be read (or was only a paywall teaser).
    ROBOTS_DISALLOW = "robots-disallow"
    ROBOTS_UNREACHABLE = "robots-unreachable"
    OFFLINE_MISS = "offline-miss"
    REPLAY_MISS = "replay-miss"
    BLOCKED_ADDRESS = "blocked-address"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    HTTP_ERROR = "http-error"
    NOT_TEXT = "not-text"
    TOO_LARGE = "too-large"
    REDIRECTS = "redirects"
    PAYWALL = "paywall"
    NO_SUCH_FILE = "no-such-file"
    UNREADABLE = "unreadable"
    BAD_URL = "bad-url"
    POST_NOT_FOUND = "post-not-found"
    """A social post the service says does not exist (deleted, or never was)."""
    POST_PROTECTED = "post-protected"
    """A social post the service shows only to some (protected, private, blocked, or its
    author asks not to be shown to logged-out viewers)."""
    NO_TEXT_LAYER = "no-text-layer"
    """A PDF whose pages are images of text (a scan): there are no words to compare, which
    says nothing about whether the quote is in it (never NOT_FOUND)."""
    ENCRYPTED = "encrypted"
    """A PDF locked with a password: its text cannot be read without it."""
    TIME_BUDGET = "time-budget"
    # Why a quote was not judged, when no candidate's reason says it.
    NO_SOURCE = "no-source"
    SEARCH_UNREACHABLE = "search-unreachable"
    SEARCH_BUDGET = "search-budget"
    TOO_MANY_QUOTES = "too-many-quotes"
    NOT_JUDGED = "not-judged"


#: Reasons a candidate source has (``Candidate.reason``).
SOURCE_REASONS: tuple[Reason, ...] = tuple(Reason)[:tuple(Reason).index(Reason.TIME_BUDGET) + 1]
#: Reasons only a quote has (``QuoteResult.reason``, besides its candidates' reasons).
QUOTE_REASONS: tuple[Reason, ...] = tuple(Reason)[len(SOURCE_REASONS):]
