from verify.formats.interface import FORMATS, OutputFormat, render
from verify.match.interface import Verdict
from verify.report import models as m


def report() -> m.Report:
    q = m.QuoteResult(
        id="q1", text="We will not raise taxes", kind="quote",
        span=m.Span(start=0, end=25, line=1, column=1, end_line=1, end_column=26),
        speaker="Jane Doe", speaker_span=None, outlet=None, cue="said",
        verdict=Verdict.ALTERED, score=0.8, explanation='"cut" became "raise"',
        evidence=m.Evidence(url="https://ex.org/a", title="A", published=None,
                            passage="We will not cut taxes", lexical_score=0.9,
                            semantic_score=None,
                            differences=[m.Difference(op="replace", quote="raise", source="cut",
                                                      kind="word", minor=False)]),
        candidates=[m.Candidate(url="https://ex.org/a", via="link", status="read")])
    return m.Report(tool=m.Tool(version="0"), summary={"ALTERED": 1},
                    articles=[m.ArticleReport(input="d.md", title="Draft", url=None,
                                              published=None, quotes=[q])])


def test_formats_are_exhaustive_and_pure():
    r = report()
    for fmt in OutputFormat:
        assert render(r, fmt) == render(r, fmt)
    assert set(FORMATS) == {"terminal", "json"}


def test_terminal_diff_readable_without_colour():
    text = render(report(), OutputFormat.TERMINAL)
    assert "MAJOR word: [-cut-] {+raise+}" in text
    assert "\x1b[" not in text
    assert "d.md: 1 quotation: 1 ALTERED" in text


def test_json_round_trips():
    r = report()
    assert m.Report.model_validate_json(render(r, OutputFormat.JSON)) == r
