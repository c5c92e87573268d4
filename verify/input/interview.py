"""An interview printed as questions and answers, each paragraph opening on its speaker's
name ("The Economist: What do you mean …", "Mr Malone: A supermind is …").

The label says who speaks the paragraph as surely as a transcript's voice tag does, with no
reporting verb to read: :func:`interview_voices` turns the labels into voices. A page only
counts as an interview when at least two speakers each open two paragraphs or more, so a
lone "Photo: Reuters" or "Update: …" line names no one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from verify.input.interface import TextBlock, Voice

#: A speaker's label: one to five capitalised words (a title, "Mr", "The" allowed), a colon.
_LABEL = re.compile(r"[ \t>*_]*((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:The\s+)?[A-Z][\w.’'-]*"
                    r"(?:\s+[A-Z][\w.’'-]*){0,4})[*_]*\s*:\s+(?=\S)")
#: Labels that open a line of a page but name no speaker.
_NOT_SPEAKERS = frozenset({
    "photo", "photos", "image", "video", "source", "sources", "update", "updated", "note",
    "editor's note", "editor’s note", "read more", "related", "watch", "listen", "see also",
    "credit", "caption", "advertisement", "published", "posted", "correction", "disclosure",
    "warning", "read", "more", "subscribe", "share", "tags", "topics", "filed under", "q", "a",
})
#: Paragraphs a label must open, per speaker, and speakers, for a page to be an interview;
#: words a labelled paragraph holds at least ("Interview: Cory Booker" is a heading).
MIN_TURNS = 2
MIN_SPEAKERS = 2
MIN_WORDS = 6


def interview_voices(text: str, blocks: Sequence[TextBlock]) -> tuple[Voice, ...]:
    """Voices of a question-and-answer interview: each paragraph a speaker's label opens is
    that speaker's (a label once given in full, "Thomas Malone", is the "Mr Malone" of the
    other turns); none when the page is not laid out as an interview. A paragraph after a
    turn with no label of its own gets no voice: it may be the article's own words."""
    labelled: list[tuple[int, str, int]] = []  # (block index, label, where its words start)
    for i, block in enumerate(blocks):
        m = _LABEL.match(text, block.start, block.end)
        if m is None or m.group(1).lower() in _NOT_SPEAKERS or \
                len(text[m.end():block.end].split()) < MIN_WORDS:
            continue
        labelled.append((i, " ".join(m.group(1).split()), m.end()))
    # Turns counted by the label's last word: "Thomas Malone" and "Mr Malone" are one.
    counts = Counter(label.split()[-1] for _, label, _ in labelled)
    speakers = {last for last, n in counts.items() if n >= MIN_TURNS}
    if len(speakers) < MIN_SPEAKERS:
        return ()
    return tuple(Voice(at, blocks[i].end, label) for i, label, at in labelled
                 if label.split()[-1] in speakers)
