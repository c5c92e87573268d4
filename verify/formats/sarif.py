"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

One rule per verdict with a stable id (``quote/altered``), repository-relative paths,
``columnKind`` set to Unicode code points (the report's columns), a
``partialFingerprints`` entry built from path, quote and verdict (so alerts survive
edits around the quote), and suppressed findings carried with their suppression.
"""

from __future__ import annotations

import json
from typing import Any

from verify._version import __version__
from verify.formats.common import findings, message, sanitized, where
from verify.formats.context import RenderContext
from verify.match.interface import Verdict
from verify.report.models import Report
from verify.report.policy import RULE_DESCRIPTIONS, Severity, rule_id
from verify.report.suppress import fingerprint

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://pypi.org/project/source-verify/"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def render(report: Report, ctx: RenderContext) -> str:
    """The SARIF log as indented JSON."""
    report = sanitized(report)  # shown by viewers: controls escaped, never obeyed
    rules = []
    for v in Verdict:
        rules.append({
            "id": rule_id(v),
            "name": v.value.title().replace("_", ""),
            "shortDescription": {"text": f"Quotation {v.value.lower().replace('_', ' ')}"},
            "fullDescription": {"text": RULE_DESCRIPTIONS[v]},
            "help": {"text": RULE_DESCRIPTIONS[v] + " See the README's verdict table."},
            "defaultConfiguration": {"level": _LEVEL[ctx.policy.severity[v]]},
        })
    index = {rule_id(v): i for i, v in enumerate(Verdict)}
    results = []
    for f in findings(report, ctx, include_suppressed=True):
        q, s = f.quote, f.quote.span
        properties: dict[str, Any] = {
            "quoteId": q.id, "speaker": q.speaker, "outlet": q.outlet, "score": q.score,
            "source": q.evidence.url if q.evidence else None,
            "attribution": q.attribution.status if q.attribution else None,
            "sourceSpeaker": q.attribution.source_speaker if q.attribution else None}
        if q.evidence is not None and q.evidence.location is not None:
            # Where in the original (a PDF's page, a transcript's times, a post): for a
            # reader, and as the report's JSON has it.
            properties["sourceLocation"] = where(q.evidence.location)
            properties["sourceLocationDetail"] = q.evidence.location.model_dump()
        result = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _LEVEL[f.level],
            "message": {"text": message(q)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path},
                "region": {"startLine": s.line, "startColumn": s.column,
                           "endLine": s.end_line, "endColumn": s.end_column,
                           "charOffset": s.start, "charLength": s.end - s.start},
            }}],
            "partialFingerprints": {"quoteFingerprint/v1": fingerprint(f.path, q.text,
                                                                        q.verdict)},
            "properties": properties,
        }
        if q.suppression is not None:
            result["suppressions"] = [{
                "kind": "inSource" if q.suppression.kind == "inline" else "external",
                "justification": q.suppression.justification}]
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "source-verify", "version": __version__,
                                "informationUri": INFO_URI, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "automationDetails": {"id": "source-verify/"},
            "results": results,
            **({"properties": {"coverage": report.coverage.model_dump()}}
               if report.coverage is not None else {}),
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
