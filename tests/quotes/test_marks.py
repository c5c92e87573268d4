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
