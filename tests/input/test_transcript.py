"""WebVTT and SRT transcripts: real caption files (tests/fixtures/transcripts, see its
README) read into speech with their cue times and voices."""

from pathlib import Path

import pytest

from verify.errors import InputError
from verify.input.reader import document_from_bytes, kind_for, read_local
from verify.input.transcript import MAX_CUE_CHARS, clock

FILES = Path(__file__).parent.parent / "fixtures" / "transcripts"


def read(name: str):
    return read_local(str(FILES / name))


def times_of(doc, words: str) -> tuple[str | None, str | None]:
    at = doc.text.index(words)
    where = doc.location_of(at, at + len(words))
    assert where is not None and where.kind == "time"
    return where.start, where.end


def test_voice_tags_give_the_speaker_and_cues_join_into_speech():
    doc = read("w3c-spec-example.vtt")
    assert doc.kind == "transcript"
    assert "<v" not in doc.text and "-->" not in doc.text
    assert doc.text.startswith("We are in New York City We're actually at the Lucern Hotel")
    # One stretch of speech per speaker turn: Roger Bingham, then Neil deGrasse Tyson.
    said = [(v.name, doc.text[v.start:v.end][:20]) for v in doc.voices]
    assert said[:2] == [("Roger Bingham", "We are in New York C"),
                        ("Neil deGrasse Tyson", "Didn't we talk about")]
    crossing = "just down the street from the American Museum"
    at = doc.text.index(crossing)
    assert doc.voice_at(at, at + len(crossing)).name == "Roger Bingham"
    assert times_of(doc, crossing) == ("00:00:13.000", "00:00:18.000")
    # A paragraph per turn: the voice changes, so does the block.
    tyson = doc.text.index("Didn't we talk")
    assert doc.text[tyson - 2:tyson] == "\n\n"


def test_one_location_per_cue_in_order():
    doc = read("w3c-spec-example.vtt")
    assert len(doc.locations) == 13
    assert [x.start for x in doc.locations] == sorted(x.start for x in doc.locations)
    first = doc.locations[0]
    assert doc.text[first.start:first.end] == "We are in New York City"
    assert (first.location.start, first.location.end) == ("00:00:11.000", "00:00:13.000")


def test_auto_captions_lose_their_rolling_repeats_and_inline_timestamps():
    doc = read("youtube-auto-captions.vtt")
    assert doc.text == "yeah what this will happen is I'm telling"
    assert times_of(doc, "this will happen") == ("00:05:04.080", "00:05:05.069")


def test_inline_timestamps_and_class_tags_are_removed_without_losing_words():
    doc = read("karaoke-timestamps.vtt")
    assert doc.text == "When the moon hits your eye Like a big-a pizza pie That's amore"
    assert times_of(doc, "hits your eye Like a big-a") == ("00:00:16.500", "00:00:20.500")


def test_srt_font_tags_dashes_and_entities():
    doc = read("french-font-tags.srt")
    assert "<font" not in doc.text and "<i>" not in doc.text
    assert "By the way, 2 < 3 !" in doc.text  # a bare "<" is text, not a tag
    # A leading dash is a change of speaker: a new paragraph, the dash dropped.
    assert "\n\nStéphane ? Où on se gare ?\n\nEuh, là-bas, au chêne." in doc.text
    assert times_of(doc, "Euh, là-bas") == ("00:02:27.680", "00:02:29.280")


def test_srt_with_two_languages_per_cue_keeps_both_lines():
    doc = read("bilingual.srt")
    assert times_of(doc, "Using mainly spoons, 挖一条隧道 然后把她丢到野外去 we dig a tunnel") == (
        "00:31:39.931", "00:31:43.435")


@pytest.mark.parametrize(("name", "ctype", "data", "kind"), [
    ("https://example.org/hearing.vtt", None, b"WEBVTT\n", "transcript"),
    ("https://example.org/captions?id=3", "text/vtt; charset=utf-8", b"", "transcript"),
    ("https://example.org/c", "application/x-subrip", b"", "transcript"),
    ("https://example.org/speech.srt", "text/plain", b"", "transcript"),
    ("https://example.org/speech", "text/plain", b"WEBVTT\n\n", "transcript"),
    ("https://example.org/speech.srt", "text/html", b"<html>", "html"),  # an error page
    ("notes.txt", None, b"1\n00:00:01,000 --> 00:00:02,000\nhi", "text"),
])
def test_transcripts_are_known_by_content_type_suffix_or_header(name, ctype, data, kind):
    assert kind_for(name, ctype, data) == kind


def test_a_transcript_with_no_cue_is_an_input_error_with_its_reason():
    with pytest.raises(InputError) as err:
        document_from_bytes(b"WEBVTT\n\nNOTE nothing here\n", input="empty.vtt")
    assert err.value.code == "unreadable"


def test_a_cue_of_megabytes_ends_in_its_reason(tmp_path):
    path = tmp_path / "one-cue.vtt"
    path.write_bytes(b"WEBVTT\n\n00:00.000 --> 00:01.000\n" + b"word " * 1_000_000)
    with pytest.raises(InputError) as err:
        read_local(str(path))
    assert err.value.code == "too-large"
    assert f"{MAX_CUE_CHARS:,}" in str(err.value)


def test_clock():
    assert clock(0) == "00:00:00.000"
    assert clock(3_723_045) == "01:02:03.045"
