from verify.input.text import text_to_document
from verify.quotes.marks import find_quotes


def quotes_of(text: str) -> list[str]:
    doc = text_to_document(text, input="t", kind="text")
    return [" | ".join(text[s:e] for s, e in q.pieces) for q in find_quotes(doc.text, doc.blocks)]


def test_curly_and_straight_pairs():
    assert quotes_of('He said “one two” and "three four".') == ["one two", "three four"]


def test_misdirected_closing_mark():
    assert quotes_of("“Hello there,“ he said.") == ["Hello there,"]


def test_apostrophes_do_not_unbalance():
    assert quotes_of("The players’ union said “the owners’ offer is an insult.”") == [
        "the owners’ offer is an insult."]


def test_nested_single_quotes_stay_inside_their_parent():
    assert quotes_of("“You didn’t see them. I said, ‘go home.’”") == [
        "You didn’t see them. I said, ‘go home.’"]


def test_multi_paragraph_quote_continues_into_next_opening_paragraph():
    text = "“We have seen the cases drop.\n\n“Until now we stayed within the mark.”\n\nAfter."
    assert quotes_of(text) == ["We have seen the cases drop. | Until now we stayed within the mark."]


def test_unclosed_quote_ends_at_paragraph_end_and_never_raises():
    assert quotes_of("He said “this never closes\n\nNext paragraph.") == ["this never closes"]
    assert quotes_of('Odd " marks " everywhere "') is not None


def test_split_quote_gives_two_segments():
    assert quotes_of("“We will not back down,” she said. “Not now, not ever.”") == [
        "We will not back down,", "Not now, not ever."]


def test_single_marks_quote_in_a_text_that_quotes_in_single_marks():
    assert quotes_of("‘We will not back down,’ the minister said on Tuesday. ‘The plan "
                     "stands.’") == ["We will not back down,", "The plan stands."]
    assert quotes_of("'Hello,' he said, 'how are you doing?'") == ["Hello,",
                                                                   "how are you doing?"]


def test_double_marks_inside_single_ones_are_the_quote_within_the_quote():
    assert quotes_of("‘He told me “never again”, and he meant it,’ she said.") == [
        "He told me “never again”, and he meant it,"]


def test_apostrophes_never_open_or_close_a_single_quote():
    text = ("The students' books were new, and the teachers' union said it didn't matter "
            "in the '90s. Rock 'n' roll, they said, was the players’ choice.")
    assert quotes_of(text) == []


def test_in_a_text_that_quotes_in_double_marks_single_ones_stay_inside_or_styled():
    text = ("Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’\n\n"
            "“We will win,” he said. “We will win big,” he added. “Believe me.”")
    assert quotes_of(text) == ["We will win,", "We will win big,", "Believe me."]


def test_a_paragraph_of_stray_apostrophes_pairs_nothing():
    # 200 KB, every word an opening mark with no closing one: 0.08 s (the cost is measured
    # by hand, not here; a quadratic search took minutes on this input).
    assert quotes_of("x 'a " * 40_000) == []
