"""What a check can be told: :class:`CheckOptions`, the one home of the library's defaults.

The stages below the pipeline never see these options: the pipeline hands each stage the
values it needs, so a stage can be used, and tested, without them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verify.fetch.config import FetchConfig
from verify.match import DEFAULT_MODEL
from verify.sources.posts import BLUESKY_API, X_OEMBED


@dataclass
class CheckOptions:
    """Everything a check can be told."""

    sources: Sequence[str] = ()
    """--source values: URLs, files, or folders of .html/.htm/.txt/.md files."""
    fetch: FetchConfig = field(default_factory=FetchConfig)
    """Fetching limits, cache folder and the private-network switch."""
    model: str = DEFAULT_MODEL
    """Model name or path for the semantic step (the default runs on onnxruntime)."""
    model_dir: Path | None = None
    """Folder for the ONNX copy of the default model (made on first use); None (the default,
    so that a library call makes no folder unless told to) runs the default model on
    sentence-transformers. The command line gives :func:`verify.config.default_model_dir`."""
    semantic: bool = True
    """Run the semantic step for quotes that do not align word by word."""
    preload_model: bool = True
    """Start loading the default model's ONNX copy in a background thread as the run
    begins, so that it is ready when the first quote needs it (about a quarter of a second
    sooner); a run where no quote needs it has spent a core for that long and ~100 MB."""
    nli_model: str | None = None
    """An NLI cross-encoder (name or path) to tell paraphrase from contradiction; optional."""
    outlet_files: Sequence[Path] = ()
    """Extra outlet registry files."""
    inline_suppressions: bool = True
    """Honour ``<!-- verify-disable… -->`` comments in text and Markdown drafts."""
    search: Sequence[str] = ()
    """Search backends, in order, for quotes with no link and no --source (none by default
    in the library; the CLI turns on the keyless ones)."""
    archive: bool = False
    """Fall back to the Wayback Machine for paywalled pages."""
    archive_url: str | None = None
    """Base URL of the Wayback Machine for ``archive`` (None: https://web.archive.org); the
    command line takes it from ``VERIFY_WAYBACK_URL``."""
    search_urls: Mapping[str, str] | None = None
    """Base URL per search backend name, overriding its public one (a SearXNG instance must
    be given one); the command line takes them from ``VERIFY_<BACKEND>_URL``."""
    search_keys: Mapping[str, str] | None = None
    """API key per search backend name (``brave``); the command line takes Brave's from
    ``BRAVE_API_KEY``."""
    search_intervals: Mapping[str, float] | None = None
    """Override the minimum seconds between requests per backend (tests)."""
    search_budget: int | None = 50
    """Search queries the whole run may send (None: no limit); quotes past it say so."""
    max_article_bytes: int = 5_000_000
    """Largest article read (a larger one is an input error)."""
    max_quotes: int = 1000
    """Quotes checked per article; the rest are listed UNCHECKED, with a warning."""
    include_text: bool = False
    """Put each article's text in the report (``ArticleReport.text``), for a formatter that
    shows the article, such as the HTML report."""
    x_oembed: str = X_OEMBED
    """X's oEmbed endpoint, through which X and Twitter post addresses are read (the
    command line takes it from ``VERIFY_X_OEMBED`` or the ``x-oembed`` setting)."""
    bluesky_api: str = BLUESKY_API
    """The Bluesky AppView whose ``app.bsky.feed.getPostThread`` reads bsky.app post
    addresses (``VERIFY_BLUESKY_API`` or the ``bluesky-api`` setting)."""
    page_seconds: float | None = 20.0
    """A source that took longer than this to read and index is skipped with the reason
    (time-budget) instead of being matched; None for no budget."""
    files: Mapping[str, bytes | str] = field(default_factory=dict)
    """Local files (articles, sources) by the name they are given: their bytes, or the
    absolute path to read them from instead of the name (``verify.input.reader.Staged``;
    what ``verify batch --engine ray`` sends its workers). Reports keep the names."""
