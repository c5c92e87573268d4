"""An interview printed as questions and answers: each labelled paragraph is its speaker's."""

from verify.input.interview import interview_voices
from verify.input.text import text_to_document

INTERVIEW = """Ten questions for a planner

Dana Reyes has drawn up flood plans for three river towns. We asked her about the work.

The Gazette: Why did the town wait so long to raise the flood wall along the river?

Dana Reyes: Money was the problem for years, and nobody wanted to pay for a wall before the water came.

The Gazette: You say the wall will hold for a “century” at least. Is that not optimistic?

Ms Reyes: It is built for the worst flood we have records of, plus a margin for the warming climate.

Photo: a view of the flood wall from the bridge, taken in March.

Ms Reyes: I would build it again tomorrow if the council asked me to do it.

The interview has been edited for length and clarity.
"""


def voices_of(text):
    doc = text_to_document(text, input="i.md", kind="markdown")
    return [(v.name, doc.text[v.start:v.end]) for v in interview_voices(doc.text, doc.blocks)]


def test_each_labelled_answer_is_its_speakers():
    voices = voices_of(INTERVIEW)
    assert [name for name, _ in voices] == ["The Gazette", "Dana Reyes", "The Gazette",
                                            "Ms Reyes", "Ms Reyes"]
    assert voices[1][1].startswith("Money was the problem for years")
    assert voices[2][1] == ("You say the wall will hold for a “century” at least. Is that not "
                            "optimistic?")


def test_a_page_with_a_label_or_two_is_no_interview():
    text = ("Photo: a view of the flood wall from the bridge, taken in March.\n\n"
            "Update: the council voted on Tuesday to pay for the wall in full.\n\n"
            "Dana Reyes: Money was the problem for years, and nobody wanted to pay.\n")
    assert voices_of(text) == []


def test_a_source_interview_contradicts_a_question_credited_to_the_answerer(tmp_path, registry):
    from verify.input.reader import read_local
    from verify.match.interface import Verdict
    from verify.match.verdicts import SourceIndex, judge
    from verify.quotes import extract
    from verify.quotes.interface import Quote, QuoteKind

    path = tmp_path / "interview.md"
    path.write_text(INTERVIEW)
    source = SourceIndex(read_local(str(path), whole_page=True))
    quotes = extract(source.doc, registry)

    def credited(words, speaker):
        quote = Quote("q", 0, 0, words, QuoteKind.QUOTE, speaker=speaker)
        return judge(quote, source, registry=registry, embedder=None,
                     source_quotes=lambda: quotes)

    # The scare quote inside the question does not make its words anyone else's.
    asked = credited("You say the wall will hold for a “century” at least", "Dana Reyes")
    assert asked.verdict is Verdict.MISATTRIBUTED, asked.explanation
    assert "The Gazette" in asked.explanation
    answered = credited("I would build it again tomorrow if the council asked me", "Dana Reyes")
    assert answered.verdict is Verdict.VERBATIM, answered.explanation
