"""Accepted findings: inline HTML comments in the draft, and a committed baseline file.

Inline comments are invisible in rendered Markdown::

    <!-- verify-disable-next-line -->            the next line, every verdict
    <!-- verify-disable-next-line NOT_FOUND -->  the next line, these verdicts only
    <!-- verify-disable ALTERED -->  …  <!-- verify-enable -->   a region

The baseline is a JSON file of accepted findings keyed by a fingerprint of path, quote
and verdict — not the line number, so editing around a quote keeps it accepted. Entries
that no longer match anything are reported as stale.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

from verify.errors import ConfigError, InputError
from verify.match.interface import Verdict
from verify.match.normalize import squash
from verify.report.models import ArticleReport, BaselineStatus, QuoteResult, Report, Suppression
from verify.report.policy import Policy, parse_verdict

BASELINE_SCHEMA = "verify/baseline/v1"
_COMMENT = re.compile(r"<!--\s*verify-(disable-next-line|disable-line|disable|enable)"
                      r"((?:\s+[A-Za-z_,-]+)*)\s*-->")


@dataclass(frozen=True)
class _Rule:
    first_line: int
    last_line: int  # inclusive; a large number for an open region
    verdicts: frozenset[Verdict] | None  # None: every verdict
    comment: str

    def covers(self, q: QuoteResult) -> bool:
        in_lines = q.span.line <= self.last_line and q.span.end_line >= self.first_line
        return in_lines and (self.verdicts is None or q.verdict in self.verdicts)


def inline_rules(text: str) -> list[_Rule]:
    """The suppression comments of a draft, as line ranges."""
    rules: list[_Rule] = []
    open_regions: list[tuple[int, frozenset[Verdict] | None, str]] = []
    for m in _COMMENT.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        kind = m.group(1)
        names = [n for n in re.split(r"[\s,]+", m.group(2)) if n]
        try:
            verdicts = frozenset(parse_verdict(n) for n in names) if names else None
        except ValueError as exc:
            raise ConfigError(f"line {line}: {exc}") from exc
        if kind == "disable-next-line":
            rules.append(_Rule(line + 1, line + 1, verdicts, m.group()))
        elif kind == "disable-line":
            rules.append(_Rule(line, line, verdicts, m.group()))
        elif kind == "disable":
            open_regions.append((line, verdicts, m.group()))
        elif open_regions:
            start, verdicts_open, comment = open_regions.pop()
            rules.append(_Rule(start, line, verdicts_open, comment))
    rules.extend(_Rule(start, 10**9, v, c) for start, v, c in open_regions)
    return rules


def apply_inline(article: ArticleReport, text: str) -> ArticleReport:
    """Mark the quotes an inline comment suppresses."""
    rules = inline_rules(text)
    if not rules:
        return article
    quotes = []
    for q in article.quotes:
        rule = next((r for r in rules if r.covers(q)), None)
        if rule is not None and q.suppression is None:
            q = q.model_copy(update={"suppression": Suppression(kind="inline",
                                                                justification=rule.comment)})
        quotes.append(q)
    return article.model_copy(update={"quotes": quotes})


def display_path(path: str, root: Path | None = None) -> str:
    """A stable, POSIX, repository-relative path for an input (URLs and ``-`` unchanged)."""
    if path == "-" or "://" in path:
        return path
    root = root or Path.cwd()
    try:
        rel = os.path.relpath(Path(path).resolve(), root.resolve())
    except ValueError:  # another drive on Windows
        rel = path
    return PurePath(rel).as_posix()


def fingerprint(path: str, quote: str, verdict: Verdict | str) -> str:
    """The baseline key of a finding: path, normalised quote and verdict."""
    key = "\0".join((path, squash(quote), str(Verdict(verdict).value)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def load_baseline(path: Path) -> dict[str, dict]:
    """Fingerprint -> entry. A missing file is an empty baseline."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
        entries = data["entries"]
        return {e["fingerprint"]: e for e in entries}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: not a verify baseline file ({exc})") from exc


def apply_baseline(report: Report, baseline_file: Path, root: Path | None = None) -> Report:
    """Suppress the findings the baseline accepts, and list its stale entries."""
    entries = load_baseline(baseline_file)
    seen: set[str] = set()
    articles = []
    for article in report.articles:
        path = display_path(article.input, root)
        quotes = []
        for q in article.quotes:
            fp = fingerprint(path, q.text, q.verdict)
            if fp in entries:
                seen.add(fp)
                if q.suppression is None:
                    q = q.model_copy(update={"suppression": Suppression(
                        kind="baseline", justification=f"{baseline_file.name}: {fp}")})
            quotes.append(q)
        articles.append(article.model_copy(update={"quotes": quotes}))
    status = BaselineStatus(file=str(baseline_file), matched=len(seen),
                            stale=sorted(set(entries) - seen))
    return report.model_copy(update={"articles": articles, "baseline": status})


def baseline_entries(report: Report, policy: Policy, root: Path | None = None
                     ) -> list[dict[str, str]]:
    """The findings a new baseline accepts: every quote whose verdict fails the run."""
    out = []
    for article in report.articles:
        path = display_path(article.input, root)
        for q in article.quotes:
            if q.verdict in policy.fail_on and (q.suppression is None
                                                or q.suppression.kind == "baseline"):
                out.append({"fingerprint": fingerprint(path, q.text, q.verdict), "path": path,
                            "verdict": q.verdict.value, "quote": q.text})
    return sorted(out, key=lambda e: (e["path"], e["fingerprint"]))


def render_baseline(entries: Iterable[dict[str, str]]) -> str:
    """The baseline file's text (stable order, one entry per finding)."""
    return json.dumps({"schema": BASELINE_SCHEMA, "entries": list(entries)}, indent=2,
                      ensure_ascii=False) + "\n"


def write_baseline(report: Report, policy: Policy, baseline_file: Path,
                   root: Path | None = None) -> int:
    """``--update-baseline``: write the run's failing findings to ``baseline_file``, and
    say how many; :class:`~verify.errors.InputError` when the file cannot be written."""
    entries = baseline_entries(report, policy, root)
    try:
        baseline_file.write_text(render_baseline(entries), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{baseline_file}: cannot write ({exc.strerror})") from exc
    return len(entries)


def stale_message(report: Report) -> str | None:
    """One line on a baseline's entries that no longer match a finding, or None."""
    b = report.baseline
    if b is None or not b.stale:
        return None
    return (f"{len(b.stale)} stale entries in {b.file} (no longer found; run "
            "--update-baseline)")
