"""Running hostile inputs through the library as a user's run would, and what came of it."""

from __future__ import annotations

import resource
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from benchmarks.hostile.inputs import Draft
from verify.errors import VerifyError
from verify.fetch.client import FetchConfig
from verify.formats.interface import OutputFormat, RenderContext, render
from verify.pipeline import CheckOptions, check


@dataclass(frozen=True)
class Outcome:
    """One input's run: how long, whether the library failed in a way it should not, and
    what it said."""

    name: str
    kind: str
    seconds: float
    internal_error: str | None
    """An exception other than the library's own input errors: always a defect."""
    said: str
    """The verdict summary, or the input error's message."""
    reasons: tuple[str, ...] = ()
    """The reason codes of the quotes not checked (SOURCE_UNAVAILABLE, UNCHECKED)."""


def options(tmp: Path, *, guarded: bool = False) -> CheckOptions:
    """Short limits so that the hostile server's slow pages cost seconds, not minutes."""
    return CheckOptions(semantic=False, search=[], preload_model=False,
                        fetch=FetchConfig(cache_dir=tmp / "cache", timeout=2, retries=1,
                                          deadline=4, allow_private_network=not guarded))


def run_draft(draft: Draft, tmp: Path, *, sources: list[str] | None = None,
              guarded: bool = False) -> Outcome:
    """Check ``draft`` and render its report in every format; nothing may escape but the
    library's own errors."""
    path = tmp / draft.name
    path.write_bytes(draft.data)
    opts = options(tmp, guarded=guarded)
    if sources:
        opts = CheckOptions(**{**opts.__dict__, "sources": sources})
    t0 = time.perf_counter()
    reasons: tuple[str, ...] = ()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            report = check([str(path)], opts)
        for fmt in OutputFormat:
            if fmt is not OutputFormat.CLAIMREVIEW:
                render(report, fmt, RenderContext())
        render(report, OutputFormat.CLAIMREVIEW,
               RenderContext(reviewer_url="https://desk.example.org",
                             published_url="https://news.example.org/"))
        said = ", ".join(f"{n} {v}" for v, n in report.summary.items()) or "no quotes"
        reasons = tuple(q.reason for a in report.articles for q in a.quotes if q.reason)
        error = None
    except VerifyError as exc:
        said, error = f"input error: {str(exc)[:80]}", None
    except Exception as exc:  # the defect this harness is looking for
        said, error = "", f"{type(exc).__name__}: {str(exc)[:160]}"
    return Outcome(draft.name, draft.kind, time.perf_counter() - t0, error, said, reasons)


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
