"""End to end: a draft quoting a hearing whose transcript is a real WebVTT file, given with
--source or linked and served on 127.0.0.1 as text/vtt."""

import shutil
from pathlib import Path

import pytest

from verify.pipeline import CheckOptions, check

VTT = Path(__file__).parent / "fixtures" / "transcripts" / "w3c-spec-example.vtt"

DRAFT = """# At the museum

"We're actually at the Lucern Hotel, just down the street from the American Museum of
Natural History," Roger Bingham said{link}.

"Didn't we talk about enough in that conversation?" Roger Bingham said{link}.

"I'm so excited my glasses are falling off here," Bingham said{link}.
"""


def results(report):
    return [(q.verdict.value, q.attribution.status.value if q.attribution else None,
             q.evidence.location.model_dump(exclude_none=True)
             if q.evidence and q.evidence.location else None)
            for q in report.articles[0].quotes]


EXPECTED = [
    # across three cues: VERBATIM, from the first cue's start to the last one's end
    ("VERBATIM", "confirmed", {"kind": "time", "start": "00:00:13.000", "end": "00:00:18.000"}),
    # the voice tag says Neil deGrasse Tyson asked it
    ("MISATTRIBUTED", "contradicted",
     {"kind": "time", "start": "00:00:30.500", "end": "00:00:32.500"}),
    # a quotation may begin after the speaker's "You know"
    ("VERBATIM", "confirmed",
     {"kind": "time", "start": "00:00:35.500", "end": "00:00:38.000"}),
]


def test_a_transcript_given_with_source(tmp_path, options):
    folder = tmp_path / "originals"
    folder.mkdir()
    shutil.copy(VTT, folder / "hearing.vtt")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(link=""))
    opts = CheckOptions(**{**options.__dict__, "sources": [str(folder)], "semantic": False})
    report = check([str(draft)], opts)
    assert results(report) == EXPECTED
    tyson = report.articles[0].quotes[1]
    assert tyson.attribution.source_speaker == "Neil deGrasse Tyson"


SPEECH_SRT = """1
00:01:02,000 --> 00:01:04,500
- We will, uh, build the barrier

2
00:01:04,500 --> 00:01:07,250
this year, because, you know, the river

3
00:01:07,250 --> 00:01:09,000
rose twice last winter.

4
00:01:12,000 --> 00:01:14,000
- Thank you, Mayor.
"""


def test_fillers_a_quote_leaves_out_of_a_speech_are_a_minor_variation(tmp_path, options):
    (tmp_path / "speech.srt").write_text(SPEECH_SRT)
    draft = tmp_path / "draft.md"
    draft.write_text('"We will build the barrier this year, because the river rose twice '
                     'last winter," the mayor said.\n\n"We will build the barrier next year," '
                     'the mayor said.\n')
    opts = CheckOptions(**{**options.__dict__, "sources": [str(tmp_path / "speech.srt")],
                           "semantic": False})
    faithful, changed = check([str(draft)], opts).articles[0].quotes
    assert faithful.verdict.value == "MINOR_VARIATION"
    diffs = faithful.evidence.differences
    assert [d.source for d in diffs if d.kind == "filler"] == ["uh", "you know"]
    assert {d.kind for d in diffs} <= {"filler", "punctuation"}
    assert faithful.evidence.location.start == "00:01:02.000"
    assert faithful.evidence.location.end == "00:01:09.000"
    assert changed.verdict.value == "ALTERED"


@pytest.mark.parametrize(("path", "ctype"), [
    ("/hearing.vtt", "text/plain"),  # a .vtt served as plain text is still a transcript
    ("/captions", "text/vtt"),
])
def test_a_linked_transcript(tmp_path, httpserver, options, path, ctype):
    httpserver.expect_request(path).respond_with_data(VTT.read_bytes(), content_type=ctype)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(link=f" ([hearing]({httpserver.url_for(path)}))"))
    opts = CheckOptions(**{**options.__dict__, "semantic": False})
    assert results(check([str(draft)], opts)) == EXPECTED


def test_a_quote_across_auto_caption_cues_without_voices(tmp_path, options):
    # YouTube's roll-up captions: each cue repeats the last line, words carry their own
    # timestamps, no voice tags. The quote runs over three cues.
    shutil.copy(VTT.parent / "youtube-auto-captions.vtt", tmp_path / "captions.vtt")
    draft = tmp_path / "draft.md"
    draft.write_text('"What this will happen is I\'m telling," the host said.\n')
    opts = CheckOptions(**{**options.__dict__, "sources": [str(tmp_path / "captions.vtt")],
                           "semantic": False})
    (quote,) = check([str(draft)], opts).articles[0].quotes
    assert quote.verdict.value in {"VERBATIM", "MINOR_VARIATION"}, quote.explanation
    assert quote.evidence.location.kind == "time"
    assert quote.evidence.location.start == "00:04:46.470"
    assert quote.evidence.location.end == "00:05:05.069"
