"""The extraction benchmark's scorer on an invented brat folder in PolNeAR's layout."""

import sys

import pytest

from benchmarks import bench_extraction as bench
from verify.outlets import OutletRegistry

TEXT = (
    "Senators Clash Over Budget.\n\n"
    "“We will not back down,” said Senator Ana Ruiz. “Not now, not ever, not on this bill.”\n\n"
    "Ruiz called the plan “reckless” and “cruel.”\n\n"
    "The Daily Planet reported that the vote “could slip to March.”\n\n"
    "Officials expect a long night in the chamber.\n"
)


def span(text, needle):
    start = text.index(needle)
    return start, start + len(needle)


def brat(text):
    """Annotations as a PolNeAR annotator would write them (one discontinuous content)."""
    a1, a2 = span(text, "“We will not back down,”"), span(text, "“Not now, not ever, not on this bill.”")
    lines = []

    def t(ident, kind, *parts):
        offsets = ";".join(f"{s} {e}" for s, e in parts)
        covered = " ".join(text[s:e] for s, e in parts)
        lines.append(f"{ident}\t{kind} {offsets}\t{covered}")

    t("T1", "Content", a1, a2)
    t("T2", "Source", span(text, "Senator Ana Ruiz"))
    t("T3", "Cue", span(text, "said"))
    t("T4", "Content", span(text, "the plan “reckless” and “cruel.”"))
    ruiz = text.index("Ruiz called")
    t("T5", "Source", (ruiz, ruiz + len("Ruiz")))
    t("T6", "Cue", span(text, "called"))
    t("T7", "Content", span(text, "the vote “could slip to March.”"))
    t("T8", "Source", span(text, "The Daily Planet"))
    t("T9", "Cue", span(text, "reported"))
    t("T10", "Content", span(text, "a long night in the chamber"))  # no quote mark: not gold
    t("T11", "Cue", span(text, "expect"))
    lines += ["E1\tAttribution:T3 Cue:T3 Source:T2 Content:T1",
              "E2\tAttribution:T6 Cue:T6 Source:T5 Content:T4",
              "E3\tAttribution:T9 Cue:T9 Source:T8 Content:T7",
              "E4\tAttribution-no-source:T11 Content:T10 Cue:T11",
              "a continuation line of a covered text that broke"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "nyt_2016-01-01_budget.txt").write_text(TEXT, "utf-8")
    (tmp_path / "attributions" / "nyt_2016-01-01_budget_4b22.ann").write_text(brat(TEXT), "utf-8")
    # A second annotator's file sorts later and is ignored.
    (tmp_path / "attributions" / "nyt_2016-01-01_budget_ef2d.ann").write_text("", "utf-8")
    return tmp_path


def test_gold_items_are_the_quoted_segments_of_each_content():
    golds = bench.load_gold(TEXT, brat(TEXT))
    assert [TEXT[g.start:g.end] for g in golds] == [
        "“We will not back down,”", "“Not now, not ever, not on this bill.”",
        "the plan “reckless” and “cruel.”", "the vote “could slip to March.”"]
    assert TEXT[slice(*golds[0].sources[0])] == "Senator Ana Ruiz"


def test_predictions_are_attributed_contents():
    preds = bench.predict(TEXT, OutletRegistry.load())
    # The two fragments of one clause credited to Ruiz are one content, as annotated.
    assert [TEXT[p.start:p.end] for p in preds] == [
        "“We will not back down,”", "“Not now, not ever, not on this bill.”",
        "“reckless” and “cruel.”", "“could slip to March.”"]


def test_matching_is_one_to_one_at_half_the_shorter_span():
    golds = [bench.Gold(0, 10, ()), bench.Gold(20, 30, ())]
    preds = [bench.Pred(5, 14, None), bench.Pred(0, 10, None), bench.Pred(24, 40, None)]
    pairs = bench.match(preds, golds, 0.5)
    assert [(p.start, g.start) for p, g in pairs] == [(0, 0), (24, 20)]
    assert bench.overlap((0, 10), (5, 30)) == 0.5


def test_the_benchmark_prints_every_figure(folder, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["bench_extraction.py", str(folder)])
    bench.main()
    out = capsys.readouterr().out
    assert "1 articles, 4 gold quoted segments, 4 predicted" in out
    assert "detection @0.5  P 1.000  R 1.000  F1 1.000" in out
    assert "speaker accuracy on matched  1.000" in out
    assert "end-to-end      P 1.000  R 1.000  F1 1.000" in out
    assert "articles that raised: 0" in out
    assert "articles/s (CPU time, one core)" in out


def test_a_quote_over_paragraphs_is_one_content_per_paragraph():
    text = ("Ana Ruiz wrote to her members on Friday:\n\n“The budget is late again this year.\n\n"
            "“We will ask for an extension next week.”\n")
    preds = bench.predict(text, OutletRegistry.load())
    assert [text[p.start:p.end] for p in preds] == [
        "“The budget is late again this year.", "“We will ask for an extension next week.”"]
    assert len({p.speaker for p in preds}) == 1
