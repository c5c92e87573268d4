"""What a batch reads and what it says at the end."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

GRACE_SECONDS = 10.0
"""How long a stopped batch waits for the articles in flight before it abandons them."""


@dataclass(frozen=True, slots=True)
class Item:
    """One article of a batch: a path, a URL or a text, and sources of its own."""

    id: str
    path: str | None = None
    url: str | None = None
    text: str | None = None
    sources: tuple[str, ...] = ()
    published: str | None = None
    """The manifest's publication date, for an article whose text does not give one."""
    error: str | None = None
    """Set when the manifest line itself could not be read: the item is reported, not run."""
    files: Mapping[str, bytes | str] = field(default_factory=dict)
    """This item's local files (its path, its sources) by the name it gives them: their
    bytes or their absolute path (``CheckOptions.files``), as the Ray engine sends them."""


@dataclass(frozen=True, slots=True)
class RayOptions:
    """How the Ray engine reaches its cluster, and what it sends there."""

    address: str | None = None
    """The cluster's address (``ray://…`` or ``host:port``); None starts a Ray here."""
    ship_inputs: bool = False
    """Send the bytes of the articles and shared sources with the work even when every
    node of the cluster is this machine (they are sent anyway when one is not)."""
    quiet: bool = True
    """Keep Ray's own log lines (its loggers below ERROR, the actors' output) off stderr."""


class Stop:
    """A request that a batch end early, made from a signal handler or another thread.

    Once asked, no article is started; those in flight are finished for up to ``grace``
    seconds, then abandoned (a rerun checks them). Asked a second time, they are
    abandoned at once. Plain attributes, no lock: a signal handler may set them while the
    batch's own thread holds any lock."""

    def __init__(self, grace: float = GRACE_SECONDS) -> None:
        self.grace = grace
        self.why: str | None = None
        """What asked first (a signal's name), or None while nothing has."""
        self.now = False
        """Abandon the articles in flight without waiting."""

    def ask(self, why: str) -> None:
        """Stop after the articles in flight; a second call: stop now."""
        if self.why is None:
            self.why = why
        else:
            self.now = True

    @property
    def asked(self) -> bool:
        """Whether the batch should stop."""
        return self.why is not None


@dataclass
class BatchSummary:
    """The run's totals."""

    articles: int = 0
    """Articles written this run (skipped ones not counted)."""
    skipped: int = 0
    """Articles already in the output (a resumed run)."""
    quotes: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    """Articles that could not be checked, by reason."""
    seconds: float = 0.0
    stopped: str | None = None
    """Why the run ended before the last article (a :class:`Stop`'s reason), or None."""

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0
