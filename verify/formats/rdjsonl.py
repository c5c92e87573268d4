"""``--format rdjsonl``: reviewdog's Diagnostic, one JSON object per line.

Columns are UTF-8 byte counts, as reviewdog requires; ``end`` is exclusive.
"""

from __future__ import annotations

import json

from verify.formats.common import findings, message, sanitized
from verify.formats.context import RenderContext
from verify.report.models import Report
from verify.report.policy import Severity

_SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.NOTE: "INFO"}


def render(report: Report, ctx: RenderContext) -> str:
    """One Diagnostic per finding."""
    report = sanitized(report)  # shown by viewers: controls escaped, never obeyed
    lines = []
    for f in findings(report, ctx):
        s = f.quote.span
        diag = {
            "message": message(f.quote),
            "location": {"path": f.path, "range": {
                "start": {"line": s.line, "column": s.column_bytes or s.column},
                "end": {"line": s.end_line, "column": s.end_column_bytes or s.end_column},
            }},
            "severity": _SEVERITY[f.level],
            "source": {"name": "source-verify"},
            "code": {"value": f.rule},
        }
        lines.append(json.dumps(diag, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
