"""WebVTT and SRT transcripts to :class:`Document`: the cues' words as speech, each cue's
times kept as a location, WebVTT voice tags as who speaks.

What a caption file holds beside the words is dropped: the header, ``NOTE``, ``STYLE`` and
``REGION`` blocks, cue identifiers and settings, inline tags (``<c>``, ``<i>``, ``<b>``,
``<font>``, timestamps ``<00:00:01.000>``), bracketed sound and speaker labels
(``[Music]``, ``[Alba]``), and the lines auto-generated captions repeat as they roll up
(each cue showing the previous cue's line again). Cue text is joined into paragraphs of
speech; a new paragraph starts where the voice changes, a turn is marked (SRT's leading
``- ``, broadcast ``>>``) or the speech pauses.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import pairwise

from verify.errors import InputError
from verify.fetch.client import TRANSCRIPT_TYPES
from verify.input.interface import Document, Located, Location, TextBlock, Voice
from verify.reasons import Reason

__all__ = ["TRANSCRIPT_SUFFIXES", "TRANSCRIPT_TYPES", "Cue", "clock", "looks_like_webvtt",
           "parse_cues", "transcript_to_document"]

TRANSCRIPT_SUFFIXES = frozenset({".vtt", ".srt"})
#: A caption is a line or two; a cue longer than this is no transcript, and its one cue
#: would be a single unbroken stretch for the aligner to search.
MAX_CUE_CHARS = 100_000
#: Silence between two cues (seconds) that starts a new paragraph.
PAUSE_SECONDS = 2.0
#: Share of cues opening on the previous cue's last line that marks roll-up captions.
_ROLLING_SHARE = 0.2

_TIMING = re.compile(
    r"[ \t]*(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})[ \t]+-->[ \t]+"
    r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})(?=$|[ \t])")
_VOICE = re.compile(r"<v(?:\.[^\s>]{0,100})?(?:[ \t]+([^>\n]{0,200}))?>")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>|<\d{1,3}(?::\d{2}){1,2}[.,]\d{1,3}>")
_LABEL = re.compile(r"\[[^\[\]\n]{1,60}\]")
_TURN = re.compile(r"^(?:>>+|[-\u2013\u2014](?=\s*[^\d\s-]))\s*")
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\ufeff]")


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue: its times (milliseconds) and its lines of text, cleaned, each with the
    voice that speaks it (None when the file does not say) and whether it opens a turn."""

    start: int
    end: int
    lines: tuple[tuple[str, str | None, bool], ...]


def looks_like_webvtt(data: bytes) -> bool:
    """True for bytes that open as a WebVTT file (after a byte-order mark)."""
    return data.lstrip(b"\xef\xbb\xbf")[:6] == b"WEBVTT"


def clock(ms: int) -> str:
    """``HH:MM:SS.mmm`` of a time in milliseconds."""
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{milli:03d}"


def _ms(h: str | None, m: str, s: str, frac: str) -> int:
    return ((int(h or 0) * 60 + int(m)) * 60 + int(s)) * 1000 + int(frac.ljust(3, "0"))


def parse_cues(text: str, *, name: str) -> list[Cue]:
    """The cues of a WebVTT or SRT file, in file order; :class:`InputError` when there is
    none, or one is longer than :data:`MAX_CUE_CHARS`."""
    cues: list[Cue] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i, n = 0, len(lines)
    while i < n:
        m = _TIMING.match(lines[i])
        i += 1
        if m is None:
            continue
        raw: list[str] = []
        size = 0
        while i < n and lines[i].strip() and not _TIMING.match(lines[i]):
            raw.append(lines[i])
            size += len(lines[i])
            if size > MAX_CUE_CHARS:
                raise InputError(f"{name}: a cue of more than {MAX_CUE_CHARS:,} characters; "
                                 "a caption is a line or two, so this is no transcript",
                                 code=Reason.TOO_LARGE)
            i += 1
        start, end = _ms(*m.group(1, 2, 3, 4)), _ms(*m.group(5, 6, 7, 8))
        cleaned = tuple(_clean(raw))
        if cleaned:
            cues.append(Cue(start, max(end, start), cleaned))
    if not cues:
        raise InputError(f"{name}: no cue with text in this transcript", code=Reason.UNREADABLE)
    return cues


def _clean(raw: list[str]) -> list[tuple[str, str | None, bool]]:
    """The cue's lines without tags, entities and labels, each with its voice and whether
    it opens a turn; a voice holds until the cue ends or another begins."""
    out: list[tuple[str, str | None, bool]] = []
    voice: str | None = None
    for line in raw:
        pieces = _VOICE.split(line)
        # split gives text, voice, text, voice, ...: the first text keeps the running voice
        for k in range(0, len(pieces), 2):
            if k:
                voice = " ".join((pieces[k - 1] or "").split()) or None
            words = _INVISIBLE.sub("", html.unescape(_TAG.sub("", pieces[k])))
            words = _LABEL.sub(" ", words)
            turn = bool(_TURN.match(words.lstrip()))
            words = " ".join(_TURN.sub("", words.strip()).split())
            if words:
                out.append((words, voice, turn))
    return out


def _rolling(cues: list[Cue]) -> bool:
    """True for roll-up captions (YouTube's automatic ones): cues that open on the line
    the previous cue ended with."""
    repeats = sum(1 for a, b in pairwise(cues)
                  if b.lines[0][0] == a.lines[-1][0])
    return repeats >= 2 and repeats >= _ROLLING_SHARE * (len(cues) - 1)


def transcript_to_document(text: str, *, input: str, url: str | None = None) -> Document:
    """Build a document from a WebVTT or SRT file's text (see the module docstring)."""
    cues = parse_cues(text, name=input)
    rolling = _rolling(cues)
    parts: list[str] = []
    pos = 0
    blocks: list[TextBlock] = []
    located: list[Located] = []
    voices: list[Voice] = []
    para_start: int | None = None
    prev: Cue | None = None
    prev_voice: str | None = None
    shown: tuple[str, ...] = ()
    for cue in cues:
        lines = list(cue.lines)
        if rolling:
            texts = tuple(t for t, _v, _turn in lines)
            keep = next((k for k in range(min(len(texts), len(shown)), 0, -1)
                         if texts[:k] == shown[-k:]), 0)
            shown = texts
            lines = lines[keep:]
        if not lines:
            continue
        cue_start: int | None = None
        for words, voice, turn in lines:
            new_para = para_start is None or turn or voice != prev_voice or (
                prev is not None and cue.start - prev.end >= PAUSE_SECONDS * 1000
                and cue_start is None)
            if new_para and para_start is not None:
                blocks.append(TextBlock(para_start, pos))
                parts.append("\n\n")
                pos += 2
                para_start = None
            elif para_start is not None:
                parts.append(" ")
                pos += 1
            if para_start is None:
                para_start = pos
            if cue_start is None:
                cue_start = pos
            if voice is not None:
                if voices and prev_voice == voice:  # the same speaker goes on
                    voices[-1] = Voice(voices[-1].start, pos + len(words), voice)
                else:
                    voices.append(Voice(pos, pos + len(words), voice))
            parts.append(words)
            pos += len(words)
            prev_voice = voice
        assert cue_start is not None
        located.append(Located(cue_start, pos, Location(kind="time", start=clock(cue.start),
                                                         end=clock(cue.end))))
        prev = cue
    if para_start is not None:
        blocks.append(TextBlock(para_start, pos))
    if not located:
        raise InputError(f"{input}: no cue with text in this transcript",
                         code=Reason.UNREADABLE)
    return Document(input=input, kind="transcript", text="".join(parts), blocks=tuple(blocks),
                    url=url, locations=tuple(located), voices=tuple(voices))
