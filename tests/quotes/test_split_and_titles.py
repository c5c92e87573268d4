"""Attribution faults found by other projects' test suites, each pinned by an invented
sentence of the same shape: a title after "the book is", the short tail of a split quote,
and a dash-delimited appositive before the verb."""

from verify.input.reader import document_from_bytes
from verify.quotes.extract import extract
from verify.sources.outlets import OutletRegistry


def quotes(text: str):
    return extract(document_from_bytes(text.encode(), input="d.txt"), OutletRegistry.load())


def test_a_title_after_a_copula_is_a_title_not_a_quote():
    (q,) = quotes('Her favourite film is "Brief Encounter at the Station," she told us.')
    assert q.kind.value == "title"
    (r,) = quotes('The report was "Rivers in Retreat," and it sold out.')
    assert r.kind.value == "title"


def test_the_short_tail_of_a_split_quote_keeps_its_speaker():
    # "ventured" is no reporting verb of the lexicon: the tail has no cue of its own.
    first, tail = quotes('"Surely as a keen reader of maps," ventured Captain Osei, '
                         '"like you?"')
    assert first.speaker == "Osei"
    assert tail.speaker == "Osei" and tail.rule == "split"


def test_a_split_quote_needs_only_the_attribution_between_its_halves():
    _first, b = quotes('"Nothing here," said Dana Price. Later that week the council met. '
                  '"at all," someone wrote.')
    assert b.rule != "split"


def test_a_dash_appositive_before_the_verb_leaves_the_name():
    (q,) = quotes("Baker and councillor Tomás Reyes — born Tomás Ruiz — said: “The bridge "
                  "will reopen next spring after the repairs.”")
    assert q.speaker == "Tomás Reyes"
