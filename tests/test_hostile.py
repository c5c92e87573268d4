"""Hostile drafts, pages and links, small and fast: every page of the hostile server on
127.0.0.1, every guard probe, and a slice of the seeded fuzz drafts (the full suite, 1,000+
inputs, is benchmarks/bench_hostile.py). No input may raise anything but the library's own
input errors, and no guard probe may reach a listener."""

import pytest

from benchmarks.hostile.inputs import (
    GUARD_PROBES,
    LINE,
    PAGES,
    PDF_PAGES,
    Draft,
    HostileServer,
    fuzz_drafts,
    probes_at,
)
from benchmarks.hostile.run import run_draft


@pytest.fixture(scope="module")
def hostile():
    with HostileServer() as base:
        yield base


@pytest.mark.parametrize("page", sorted(set(PAGES) - {"slow"}))
def test_every_hostile_page_is_a_reason_not_a_crash(hostile, tmp_path, page):
    o = run_draft(Draft(f"{page.replace('/', '-')}.md",
                        f"{LINE} ([source]({hostile}/{page}))\n".encode(), "page"), tmp_path)
    assert o.internal_error is None
    assert o.seconds < 10


def test_a_server_trickling_a_byte_a_second_is_cut_at_the_deadline(hostile, tmp_path):
    o = run_draft(Draft("slow.md", f"{LINE} ([source]({hostile}/slow))\n".encode(), "page"),
                  tmp_path)
    assert o.internal_error is None and "SOURCE_UNAVAILABLE" in o.said and o.seconds < 8


def test_no_guard_probe_reaches_a_listener(hostile, tmp_path):
    for n, url in enumerate(GUARD_PROBES + probes_at(hostile)):
        before = HostileServer.requests()
        o = run_draft(Draft(f"g{n}.md", f"{LINE} ([source]({url}))\n".encode(), "guard"),
                      tmp_path, guarded=True)
        assert o.internal_error is None, url
        assert HostileServer.requests() == before, url
        assert "VERBATIM" not in o.said, url


def test_seeded_fuzz_drafts(hostile, tmp_path):
    for draft in fuzz_drafts(40, seed=11, base_url=hostile):
        o = run_draft(draft, tmp_path)
        assert o.internal_error is None, (draft.name, o.internal_error)
        assert o.seconds < 10, draft.name


@pytest.mark.parametrize(("path", "what"), [("huge-cue.vtt", "a cue of more than 100,000"),
                                            ("@poster/1", "a post of 1,049,999 characters")])
def test_a_huge_transcript_cue_or_post_ends_in_its_reason(hostile, tmp_path, path, what):
    from benchmarks.hostile.run import options
    from verify.pipeline import check

    o = run_draft(Draft(f"{path.replace('/', '-')}.md",
                        f"{LINE} ([source]({hostile}/{path}))\n".encode(), "page"), tmp_path)
    assert o.internal_error is None and o.said == "1 SOURCE_UNAVAILABLE" and o.seconds < 10
    draft = tmp_path / "again.md"
    draft.write_text(f"{LINE} ([source]({hostile}/{path}))\n")
    (q,) = check([str(draft)], options(tmp_path)).articles[0].quotes
    assert [c.reason for c in q.candidates] == ["too-large"]
    assert what in q.explanation
@pytest.mark.parametrize("page", sorted(PDF_PAGES))
def test_a_hostile_pdf_ends_in_its_own_reason_and_the_run_goes_on(hostile, tmp_path, page):
    good = f"{hostile}/good"
    o = run_draft(Draft(f"{page}.md", (f"{LINE} ([source]({hostile}/{page}))\n\n"
                                       f"{LINE} ([source]({good}))\n").encode(), "pdf"),
                  tmp_path)
    assert o.internal_error is None and o.seconds < 10
    expected = PDF_PAGES[page][1]
    if expected == "read":  # repaired by PDFium
        assert o.said == "2 VERBATIM", o.said
    else:
        assert o.reasons == (expected,) and "1 VERBATIM" in o.said, (o.said, o.reasons)
