from pathlib import Path

import pytest

from verify.errors import ConfigError
from verify.match.interface import Verdict
from verify.report.suppress import (
    apply_baseline,
    fingerprint,
    inline_rules,
    render_baseline,
)

TEXT = """line 1
<!-- verify-disable-next-line -->
line 3
<!-- verify-disable NOT_FOUND,ALTERED -->
line 5
<!-- verify-enable -->
line 7 <!-- verify-disable-line -->
"""


def test_inline_rules_as_line_ranges():
    rules = sorted((r.first_line, r.last_line, r.verdicts or frozenset())
                   for r in inline_rules(TEXT))
    assert rules == [(3, 3, frozenset()),
                     (4, 6, frozenset({Verdict.NOT_FOUND, Verdict.ALTERED})),
                     (7, 7, frozenset())]


def test_unknown_verdict_in_a_comment_is_an_error():
    with pytest.raises(ConfigError, match="line 1: unknown verdict NOPE"):
        inline_rules("<!-- verify-disable-next-line NOPE -->\n")


def test_fingerprint_ignores_case_spacing_and_line(tmp_path):
    a = fingerprint("d/a.md", "We  will\nwin", Verdict.ALTERED)
    assert a == fingerprint("d/a.md", "we will win", "ALTERED")
    assert a != fingerprint("d/a.md", "we will win", Verdict.NOT_FOUND)


def test_baseline_suppresses_and_reports_stale(tmp_path):
    from tests.formats.conftest import report as make_report

    report = make_report.__wrapped__()
    path = report.articles[0].input
    altered = next(q for q in report.articles[0].quotes if q.verdict is Verdict.ALTERED)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(render_baseline([
        {"fingerprint": fingerprint(path, altered.text, "ALTERED"), "path": path,
         "verdict": "ALTERED", "quote": altered.text},
        {"fingerprint": "0" * 20, "path": path, "verdict": "ALTERED", "quote": "gone"},
    ]))
    out = apply_baseline(report, baseline, Path.cwd())
    q = next(q for q in out.articles[0].quotes if q.verdict is Verdict.ALTERED)
    assert q.suppression.kind == "baseline"
    assert out.baseline.matched == 1 and out.baseline.stale == ["0" * 20]
