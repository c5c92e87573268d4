import pytest

from tests.conftest import SEED
from verify.input.reader import read_local
from verify.input.text import text_to_document
from verify.quotes import QuoteKind, extract


@pytest.fixture(scope="module")
def seed(registry):
    doc = read_local(str(SEED))
    return doc, extract(doc, registry)


def find(quotes, start):
    return next(q for q in quotes if q.text.startswith(start))


def test_seed_quotes_speakers_and_outlets(seed):
    _doc, quotes = seed
    expect = {
        "The Pentagon has given": (None, "The Times (London)"),
        "Hey #Russia": ("Adam Kinzinger", None),
        "the right to project force": ("James Cleverly", None),
        "internationally recognized": ("James Cleverly", None),
        "Nope": ("Jerrold Nadler", None),
        "Apart from creating": ("Sam Bendett", "The New York Times"),
        "If the decision to send F-16s": (None, "World Socialist Web Site"),
        "go on the offensive": ("Mark Milley", None),
        "When Russians talk": ("Timothy Snyder", "The New York Times"),
        # "Snyder replied bizarrely, “…”" names no outlet: an outlet credit belongs to the
        # sentence that names it, not to the next quote of the same speaker.
        "No option is without": ("Timothy Snyder", None),
        "The Ukraine war is not going away": ("David North", None),
        "There are two processes": ("David North", None),
        "are a response to contradictions": ("David North", None),
    }
    for start, (speaker, outlet) in expect.items():
        q = find(quotes, start)
        assert (q.speaker, q.outlet, q.kind) == (speaker, outlet, QuoteKind.QUOTE), start


def test_seed_speaker_span_is_the_mention_as_written(seed):
    doc, quotes = seed
    q = find(quotes, "The Pentagon has given")
    assert doc.text[q.speaker_span[0]:q.speaker_span[1]] == "it"
    q = find(quotes, "Nope")
    assert doc.text[q.speaker_span[0]:q.speaker_span[1]] == "he"


def test_seed_hyphenation_and_line_breaks_are_joined(seed):
    _, quotes = seed
    assert find(quotes, "internationally").text.endswith("as part of a nation’s self-defense.")
    assert "liberate Russian-occupied Ukraine" in find(quotes, "go on the offensive").text


def test_seed_multi_paragraph_quote_is_one_quote(seed):
    _, quotes = seed
    q = find(quotes, "It is metastasizing")
    assert "One could look at their policies" in q.text
    assert len(q.pieces) == 2


def test_seed_kinds(seed):
    _, quotes = seed
    assert find(quotes, "We Forget Nuclear Powers").kind is QuoteKind.TITLE
    for scare in ("encourage", "freedom of navigation", "defeat"):
        q = find(quotes, scare)
        assert q.kind is QuoteKind.FRAGMENT and q.speaker is None
    assert find(quotes, "prepare").speaker == "Karel ?ehka"


def test_seed_span_points_into_the_file(seed):
    doc, quotes = seed
    q = find(quotes, "The Pentagon has given")
    assert doc.text[q.start] == "“" and doc.text[q.end - 1] == "”"
    assert doc.line_col(q.start) == (24, 23)


@pytest.mark.parametrize(("text", "speaker", "outlet"), [
    ("“We are not blind to those,” wrote The Post.", None, "The Washington Post"),
    ("“Outlooks were mostly optimistic,” according to the report.", "the report", None),
    ("“They can only distance themselves so much,” said Joshua Huder, a senior fellow.", "Joshua Huder", None),
    ("Reuters reported on Monday. “Talks have stalled for now,” the agency wrote.", None,
     "Reuters"),
    ("“The public we all serve is served.” — Commissioner Geoffrey Starks", "Geoffrey Starks",
     None),
])
def test_attribution_patterns(registry, text, speaker, outlet):
    doc = text_to_document(text, input="t", kind="text")
    (q,) = [q for q in extract(doc, registry) if q.kind is QuoteKind.QUOTE]
    assert (q.speaker, q.outlet) == (speaker, outlet)


def test_split_quote_second_half_inherits_speaker(registry):
    doc = text_to_document("Maria Lopez spoke first. “We will not back down,” she said. "
                           "“Not now, not ever, whatever happens.”", input="t", kind="text")
    a, b = extract(doc, registry)
    assert a.speaker == b.speaker == "Maria Lopez"


def test_shows_after_a_possessive_and_bylined_headlines_are_titles(registry):
    text = ("“I was in Florida, with a bad earpiece,” Trump told NBC’s “Today” on Monday.\n\n"
            "“Hamilton to play Chicago in a long run,” by Variety’s Gordon Cox: the show moves.")
    quotes = extract(text_to_document(text, input="t", kind="text"), registry)
    assert [q.kind for q in quotes] == [QuoteKind.QUOTE, QuoteKind.TITLE, QuoteKind.TITLE]
