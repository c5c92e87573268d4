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


def test_one_word_scare_quotes_in_single_marks_but_not_rock_n_roll():
    assert quotes_of("The review found a ‘toxic’ culture and a ‘broken’ board.") == [
        "toxic", "broken"]
    assert quotes_of("Critics called it 'unworkable'. Rock 'n' roll, said nobody.") == [
        "unworkable"]


def test_an_elided_word_after_the_opening_mark_is_inside_the_quote():
    assert quotes_of("‘’Twas ever thus,’ sighed the keeper. ‘’Tis the tide.’") == [
        "’Twas ever thus,", "’Tis the tide."]


def test_a_closing_mark_after_an_s_closes_when_nothing_else_does():
    # "‘no regrets’ over" looks like "students’ books": taken only when no other mark closes.
    assert quotes_of("PM says ‘no regrets’ over the plan") == ["no regrets"]
    assert quotes_of("‘The students’ books were lost,’ she said.") == [
        "The students’ books were lost,"]
    assert quotes_of("Starmer: ‘We will fix the foundations’\n\nHe spoke in Leeds.") == [
        "We will fix the foundations"]


def test_single_quoted_quotations_run_over_paragraphs():
    text = ("The minister said:\n\n‘We have listened to farmers and we have acted.\n\n"
            "‘This package will be delivered before the spring.’\n\nThe opposition scoffed.")
    assert quotes_of(text) == ["We have listened to farmers and we have acted. | This "
                               "package will be delivered before the spring."]


def test_the_worlds_marks():
    assert quotes_of("„Wir schaffen das“, sagte sie. »Das ist gut«, sagte er.") == [
        "Wir schaffen das", "Das ist gut"]
    assert quotes_of("« Nous ne céderons pas », a-t-il dit. «Prêts», dit-elle.") == [
        " Nous ne céderons pas ", "Prêts"]
    assert quotes_of("”Vi har inget val”, sa hon. „Nie oddamy”, powiedział.") == [
        "Vi har inget val", "Nie oddamy"]


def test_corner_brackets_pair_by_nesting():
    assert quotes_of("首相は「経済が最優先だ」と述べた。") == ["経済が最優先だ"]
    assert quotes_of("「彼は『もう遅い』と言った」と証人は語った。") == ["彼は『もう遅い』と言った"]
    assert quotes_of("He said 『我们不会接受。』 and left. 」stray") == ["我们不会接受。"]


def test_in_an_archive_text_quoting_in_two_apostrophes_singles_are_inner_quotes():
    # ''…'' is how newspaper archives print double marks; the single marks inside are the
    # quote within the quote, never quotations of their own.
    text = "''I said, 'Eight years, no progress,''' he recalled. ''It was true.''"
    assert quotes_of(text) == []


def test_a_straight_mark_that_opens_a_word_closes_the_quote_before_it():
    # The next quotation's opening mark bounds the one before; "in '19" is an apostrophe.
    text = "Walkers called the path 'lethal'. 'Nobody should go up there,' said a guide."
    assert quotes_of(text) == ["lethal", "Nobody should go up there,"]
    text = "'We lost the final in '22,' the captain said, 'and we won't again.'"
    assert quotes_of(text) == ["We lost the final in '22,", "and we won't again."]


def test_a_mark_after_an_elided_article_opens():
    assert quotes_of("Le maire parle d’« erreur grave » et l’«humiliation» d’un quartier.") == [
        " erreur grave ", "humiliation"]


def test_single_guillemets_quote_outside_double_ones():
    assert quotes_of("›Nie wieder‹, schrieb sie. Er antwortete ‹Doch›.") == [
        "Nie wieder", "Doch"]
    assert quotes_of("»Sie rief ›Halt‹ und lief«, sagte er.") == ["Sie rief ›Halt‹ und lief"]
    assert quotes_of("Weiter › Seite 2 ‹ Zurück") == []


def test_a_text_in_double_marks_keeps_a_sentence_quoted_in_single_ones():
    # Copy put together from two styles: the single-quoted sentence is a quotation too.
    text = ("“We will win,” he said. “We will win big,” he added.\n\n"
            "His son does not soften it: 'The public want to hug the whales, they want to "
            "touch them - that's not the thing.'")
    assert quotes_of(text)[-1] == ("The public want to hug the whales, they want to touch "
                                   "them - that's not the thing.")


def test_a_straight_single_mark_before_a_number_opens_a_quotation():
    assert quotes_of("China has recorded '26 cases and 17 deaths between 2009 and 2018', the "
                     "magazine said.") == ["26 cases and 17 deaths between 2009 and 2018"]
    assert quotes_of("He grew up in the '90s and in '19 he left.") == []


def test_a_single_mark_opening_on_a_bracket():
    assert quotes_of("‘When will we talk?’ the elder asked. ‘[The whales] are drowning out "
                     "there, they can’t breathe.’")[-1] == \
        "[The whales] are drowning out there, they can’t breathe."


def test_a_quotation_runs_on_past_a_link_line_the_page_sets_inside_it():
    text = ("Liu warned: “They are already there in the garrison. They are there to show "
            "sovereignty.\n\nSEE MORE: Hong Kong protests: students under siege\n\n"
            "“If the situation becomes uncontrollable, we would not sit on our hands.”\n")
    (q,) = quotes_of(text)
    assert q.startswith("They are already there") and q.endswith("not sit on our hands.")
    assert "SEE MORE" not in q
