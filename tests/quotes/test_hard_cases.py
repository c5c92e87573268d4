"""The hard cases of ../shared/docs/extraction.md §3, rewritten as invented sentences."""

import pytest

from verify.input.text import text_to_document
from verify.quotes import QuoteKind, extract


def quotes(registry, text, kind="text"):
    return extract(text_to_document(text, input="t", kind=kind), registry)


def test_01_multi_paragraph_quote_without_closing_mark(registry):
    text = ("The mayor spoke at length.\n\n“We have seen the cases drop this month.\n\n"
            "“Until now we have stayed within the limit,” Mayor Dana Cole said.\n")
    (q,) = quotes(registry, text)
    assert q.text == ("We have seen the cases drop this month. Until now we have stayed within "
                      "the limit,")
    assert q.speaker == "Dana Cole"


def test_02_quote_split_by_its_attribution(registry):
    a, b = quotes(registry, "“As the numbers fall, the party moves away,” said Joshua Hale, a "
                            "senior fellow. “They can only distance themselves so much.”")
    assert a.speaker == b.speaker == "Joshua Hale"


def test_03_short_fragments_with_a_cue_are_kept_and_attributed(registry):
    qs = quotes(registry, "Senator Ana Ruiz said the chair’s actions were “unethical” and "
                          "“horrifying.”")
    assert [(q.text, q.kind, q.speaker) for q in qs] == [
        ("unethical", QuoteKind.FRAGMENT, "Ana Ruiz"), ("horrifying.", QuoteKind.FRAGMENT,
                                                        "Ana Ruiz")]


def test_04_scare_quotes_and_titles(registry):
    scare, title = quotes(registry, "The campaign offered refugees “relief and salvation” "
                                    "in a report titled “Failure to Adjust: How Americans Got "
                                    "Left Behind.”")
    assert scare.kind is QuoteKind.FRAGMENT and scare.speaker is None
    assert title.kind is QuoteKind.TITLE


def test_05_apostrophes(registry):
    (q,) = quotes(registry, "The players’ union said “the owners’ offer is an insult to us all.”")
    assert q.text == "the owners’ offer is an insult to us all."
    assert q.speaker == "The players’ union"


def test_06_misdirected_marks(registry):
    (q,) = quotes(registry, "“Hello to all of you,“ Tom Reyes said.")
    assert (q.text, q.speaker) == ("Hello to all of you,", "Tom Reyes")


def test_07_nested_quotes_stay_in_their_parent(registry):
    (q,) = quotes(registry, "“You didn’t see them. I said, ‘go home now,’ and they left,” "
                            "Maria Diaz said.")
    assert "‘go home now,’" in q.text and q.speaker == "Maria Diaz"


def test_08_09_ellipsis_and_brackets_are_kept_in_the_text(registry):
    (q,) = quotes(registry, "“It is different in a way [from 2012], but … I do think the "
                            "question is fair,” said Dan Pope.")
    assert "[from 2012]" in q.text and "…" in q.text and q.speaker == "Dan Pope"


@pytest.mark.parametrize(("text", "speaker", "outlet"), [
    # No outlet named before: the description stays the speaker, unresolved.
    ("“Hillary Clinton has the potential to be an excellent president,” the influential US "
     "daily wrote. Later The New York Times agreed.", "the influential US daily", None),
    ("The New York Times endorsed her on Saturday. “Hillary Clinton has the potential to be an "
     "excellent president,” the influential US daily wrote.", None, "The New York Times"),
    ("“We are not blind to those failures,” wrote The Washington Post.", None,
     "The Washington Post"),
])
def test_10_publication_as_the_source(registry, text, speaker, outlet):
    q = next(q for q in quotes(registry, text) if q.kind is QuoteKind.QUOTE)
    assert (q.speaker, q.outlet) == (speaker, outlet)


def test_10_outlet_citing_a_person(registry):
    (q,) = quotes(registry, "The New York Times, citing Sam Bendett of CNA, wrote, “Drone attacks "
                            "might serve to test air defense systems.”")
    assert (q.speaker, q.outlet) == ("Sam Bendett", "The New York Times")


def test_11_according_to(registry):
    (q,) = quotes(registry, "“Outlooks were mostly optimistic this quarter,” according to the "
                            "report.")
    assert q.speaker == "the report" and q.cue == "according to"


def test_12_dash_and_colon_paragraph(registry):
    (q,) = quotes(registry, "“Our work serves the public we all serve.” — Commissioner Geoffrey "
                            "Starks")
    assert q.speaker == "Geoffrey Starks"
    (q,) = quotes(registry, "And from Chairwoman Jessica Rosenworcel:\n\n“Anna brings deep "
                            "experience to this role.”")
    assert q.speaker == "Jessica Rosenworcel"


def test_13_transcript_inside_a_quote(registry):
    (q,) = quotes(registry, "“MR. O’NEILL: By the way, we really did appreciate the help,” the "
                            "transcript reads.")
    assert q.text.startswith("MR. O’NEILL:") and q.kind is QuoteKind.QUOTE


def test_14_sentence_split_at_quote_marks(registry):
    (q,) = quotes(registry, "“That’s a Protestant-looking house,” mothers would chirp as we "
                            "passed.")
    assert q.kind is QuoteKind.QUOTE and q.text == "That’s a Protestant-looking house,"


def test_never_raises_on_unbalanced_marks(registry):
    for text in ['"', "“", "”", '“a “b” c', 'He said "x and "y', "‘’‘", "”“”“"]:
        quotes(registry, text)
