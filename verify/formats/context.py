"""What a renderer may depend on besides the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from verify.report.policy import Policy


@dataclass(frozen=True)
class RenderContext:
    """Everything a renderer may depend on besides the report."""

    policy: Policy = field(default_factory=Policy)
    root: Path | None = None
    """Paths are shown relative to this folder (the repository root); default: cwd."""
    color: bool = False
    width: int = 100
    reviewer: str = "source-verify"
    """ClaimReview author (the fact-checking organisation)."""
    reviewer_url: str | None = None
    published_url: str | None = None
    """The article's public address for ClaimReview: its URL, or, ending in ``/``, the base
    URL of a folder of drafts (the draft's path under :attr:`inputs_folder` is appended,
    suffix dropped)."""
    inputs_folder: Path | None = None
    """The common folder of the inputs as given, which a base ``published_url`` stands for;
    default: the common folder of the report's drafts."""
    date: str | None = None
    """The run's date (ISO 8601), for ClaimReview's ``datePublished``."""
