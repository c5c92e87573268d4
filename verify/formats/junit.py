"""``--format junit``: JUnit XML for CI dashboards.

One test suite per article and one test case per quote shown; a quote whose verdict
fails the run (``--fail-on``) is a failure, SOURCE_UNAVAILABLE and UNCHECKED are skipped,
the rest pass. An article with no quotes gives one passing case.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from verify.formats.common import findings, message, sanitized, short
from verify.formats.context import RenderContext
from verify.match.interface import Verdict
from verify.report.coverage import article_coverage
from verify.report.models import Report
from verify.report.suppress import display_path

_SKIPPED = {Verdict.SOURCE_UNAVAILABLE, Verdict.UNCHECKED}


def render(report: Report, ctx: RenderContext) -> str:
    """The JUnit XML document."""
    report = sanitized(report)  # control characters shown, never obeyed
    root = ET.Element("testsuites", name="source-verify")
    shown = list(findings(report, ctx))
    total_failures = total_tests = total_skipped = 0
    for article in report.articles:
        path = display_path(article.input, ctx.root)
        rows = [f for f in shown if f.article is article]
        suite = ET.SubElement(root, "testsuite", name=path)
        cov = article_coverage(article)
        props = ET.SubElement(suite, "properties")
        for key, value in (("quotes", cov.quotes), ("checked", cov.checked)):
            ET.SubElement(props, "property", name=key, value=str(value))
        failures = skipped = 0
        for f in rows:
            q = f.quote
            case = ET.SubElement(suite, "testcase", classname=path,
                                 name=f"{q.id} line {q.span.line}: {short(q.text, 60)}")
            if q.verdict in ctx.policy.fail_on:
                failures += 1
                fail = ET.SubElement(case, "failure", type=f.rule,
                                     message=f"{q.verdict.value}: {short(q.explanation, 200)}")
                fail.text = f"Line {q.span.line}, Column {q.span.column}\n{message(q)}"
            elif q.verdict in _SKIPPED:
                skipped += 1
                ET.SubElement(case, "skipped", message=f"{q.verdict.value}: {q.explanation}")
        if not rows:
            ET.SubElement(suite, "testcase", classname=path, name="no findings")
        tests = max(len(rows), 1)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("skipped", str(skipped))
        suite.set("errors", "0")
        total_tests += tests
        total_failures += failures
        total_skipped += skipped
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("skipped", str(total_skipped))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
