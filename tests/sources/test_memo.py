"""The memo of originals already read: by address and robots.txt rule, least recently used
out, bounded by count and by characters (a batch worker's reuse: tests/batch)."""

import pytest

from verify.input.reader import read_local
from verify.match.verdicts import SourceIndex
from verify.sources.candidates import CandidateRef
from verify.sources.interface import LoadedSource
from verify.sources.memo import SourceMemo

SOURCE = ('"The council voted on Tuesday to build a flood barrier," said Tom Okafor. '
          "The vote was close.\n")


@pytest.fixture
def read(tmp_path) -> LoadedSource:
    path = tmp_path / "src.txt"
    path.write_text(SOURCE)
    ref = CandidateRef(str(path), "source")
    return LoadedSource(ref, SourceIndex(read_local(str(path), whole_page=True)))


def test_the_memo_keeps_the_most_recent_and_never_reuses_past_robots(read):
    small = SourceMemo(size=1)
    small.put(CandidateRef("x.html", "source"), read)
    assert small.get(CandidateRef("x.html", "source")) is not None
    assert small.get(CandidateRef("x.html", "link")) is None  # robots.txt applies to links
    small.put(CandidateRef("y.html", "source"), read)
    assert small.get(CandidateRef("x.html", "source")) is None  # least recently used: out


def test_the_memo_is_bounded_by_the_characters_it_holds_too(read):
    size = len(read.index.doc.text)
    small = SourceMemo(max_chars=size * 2)
    for name in ("x", "y", "z"):
        small.put(CandidateRef(f"{name}.html", "source"), read)
    assert len(small) == 2 and small.chars == size * 2  # the oldest went out
    assert small.get(CandidateRef("x.html", "source")) is None


def test_an_unreadable_original_is_not_kept(read):
    memo = SourceMemo()
    memo.put(read.ref, LoadedSource(read.ref, error="gone", code="http-error"))
    assert len(memo) == 0 and memo.get(read.ref) is None
