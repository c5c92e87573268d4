"""Attribution rules beyond the hard cases, on invented sentences: who holds a view with no
reporting verb, verbs outside the lexicon, relative clauses, floating quotes."""

from tests.quotes.test_hard_cases import quotes
from verify.quotes import QuoteKind


def mention(text, q):
    return text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None


def test_the_subject_of_a_sentence_without_a_reporting_verb_holds_the_view(registry):
    text = ("Dana Okafor spoke in Leeds on Monday.\n\n"
            "Okafor also bemoaned a climate in which neighbours “literally hate each other over "
            "politics” these days.")
    (q,) = quotes(registry, text)
    assert (q.speaker, mention(text, q)) == ("Dana Okafor", "Okafor")


def test_any_subject_phrase_can_hold_the_words(registry):
    text = "The petition demands that the council “reopen the library before the winter.”"
    (q,) = quotes(registry, text)
    assert q.speaker == "The petition"


def test_a_short_phrase_without_a_reporting_verb_stays_a_scare_quote(registry):
    (q,) = quotes(registry, "The US media keeps pushing for the “defeat” of its rival, "
                            "claiming there is no risk.")
    assert q.kind is QuoteKind.FRAGMENT and q.speaker is None


def test_a_verb_outside_the_lexicon_after_the_quote(registry):
    text = "“Would that be negotiable for the families?” Hannity prodded."
    (q,) = quotes(registry, text)
    assert (q.speaker, q.cue) == ("Hannity", "prodded")
    text = "“This is fantastic!” beamed Donald Hartley of Madison."
    (q,) = quotes(registry, text)
    assert q.speaker == "Donald Hartley"


def test_a_non_reporting_verb_after_the_quote_is_no_attribution(registry):
    (q,) = quotes(registry, "“The rules were written long ago,” the clerk was not sure.")
    assert (q.speaker, q.cue) == (None, None)


def test_an_attribution_after_a_quote_without_its_comma(registry):
    text = "“The Iowa caucus is a battle of niches” Grubbs said."
    (q,) = quotes(registry, text)
    assert q.speaker == "Grubbs"
    text = "“For months we have had to stand by while leaks piled up” said Nick Merrill."
    (q,) = quotes(registry, text)
    assert q.speaker == "Nick Merrill"


def test_a_mixed_quote_whose_sentence_closes_on_its_attribution(registry):
    text = ("Clinton “drew quite well from working-class Democrats” in the 2008 primary, said "
            "professor Paul Beck.")
    (q,) = quotes(registry, text)
    assert q.speaker == "Paul Beck"


def test_a_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(registry):
    text = ("Glenn Beck, who has described the candidate as “a pathological narcissistic "
            "sociopath,” spoke on Sunday.")
    (q,) = quotes(registry, text)
    assert (q.speaker, mention(text, q)) == ("Glenn Beck", "who")


def test_a_body_written_in_capitals_can_speak_but_a_dateline_cannot(registry):
    (q,) = quotes(registry, "In a statement, the DNC said the staff’s actions were “completely "
                            "unacceptable.”")
    assert q.speaker == "DNC"
    (q,) = quotes(registry, "WASHINGTON (AP) — “We are ready for the vote this week,” the "
                            "senator said.")
    assert q.speaker == "the senator"


def test_a_sentence_opening_participle_is_not_a_name(registry):
    text = ("Hillary Clinton spoke in Iowa on Monday. Reprising one of her favourite lines, the "
            "former secretary of state talked about the “progress we had under President Obama” "
            "and more.")
    (q,) = quotes(registry, text)
    assert (q.speaker, mention(text, q)) == ("Hillary Clinton", "the former secretary of state")
    (q,) = quotes(registry, "Led by the speaker, the rally denounced the “politics of fear and "
                            "division in this city.”")
    assert q.speaker == "the rally"


def test_an_indefinite_description_is_a_new_person(registry):
    text = ("Officers arrested Michael Webb in the hallway.\n\n"
            "“Come on, sweetheart. You are going to be OK,” an officer told the girl.")
    (q,) = quotes(registry, text)
    assert q.speaker == "an officer"


def test_a_short_utterance_continues_its_speaker(registry):
    text = "“We will not back down on this,” she said. “Not now.”"
    first, second = quotes(registry, text)
    assert second.kind is QuoteKind.FRAGMENT
    assert (second.speaker, second.speaker_span) == (first.speaker, first.speaker_span)


def test_a_floating_quote_points_at_its_speaker_nearest_mention(registry):
    text = ("“Things are negotiable,” Donald Trump said.\n\n"
            "Trump was quick to add that nothing had been settled yet.\n\n"
            "“Building it? Not negotiable at all.”")
    first, second = quotes(registry, text)
    assert second.speaker == "Donald Trump"
    assert text[second.speaker_span[0]:second.speaker_span[1]] == "Trump"
    assert second.speaker_span[0] > first.end


def test_a_paragraph_opening_on_a_misdirected_mark(registry):
    (q,) = quotes(registry, "” … he delivered a mix of orthodoxy and rejoinders with a coolness "
                            "Reagan might have admired,” Barabak wrote.")
    assert q.text.startswith("… he delivered") and q.speaker == "Barabak"


def test_it_before_a_colon_names_nobody(registry):
    (q,) = quotes(registry, "Wait, it gets better: “The number is not 200,000 but far lower "
                            "than that.”")
    assert (q.speaker, q.outlet) == (None, None)


def test_a_description_with_commas_after_the_quote(registry):
    text = ("Ban Ki-moon made climate change his focus.\n\n"
            "“From Day One, I made climate change the top priority,” the bespectacled, "
            "71-year-old diplomat said.")
    (q,) = quotes(registry, text)
    assert (q.speaker, mention(text, q)) == ("Ban Ki-moon", "the bespectacled, 71-year-old diplomat")


def test_a_titled_name_closing_the_sentence(registry):
    text = "“Boots on the ground” would be appropriate, Republican candidate Ben Carson said."
    (q,) = quotes(registry, text)
    assert q.speaker == "Ben Carson"


DESK_CREDITS = [
    ('“The talks will resume next week in Geneva,” officials said.', "officials"),
    ('“The talks will resume next week in Geneva,” sources said.', "sources"),
    ('“The talks will resume next week in Geneva,” European officials said.',
     "European officials"),
    ('“The talks will resume next week in Geneva,” said a person familiar with the matter.',
     "a person familiar with the matter"),
    ('“The talks will resume next week in Geneva,” two people familiar with the plans said.',
     "two people familiar with the plans"),
    ('A spokeswoman for the company said: “The talks will resume next week in Geneva.”',
     "A spokeswoman for the company"),
    ('One person involved told Deccan Herald: “The talks will resume next week in Geneva.”',
     "One person involved"),
    ('One person involved told The Spokesman-Review: “The talks will resume next week.”',
     "One person involved"),
    ('“The talks will resume next week in Geneva,” said Sanders campaign manager Jeff Weaver.',
     "Jeff Weaver"),
]


def test_desk_credits_name_who_the_draft_names(registry):
    from verify.match.attribution import is_unnamed

    lead = "Maria Keller, the minister, and Robert Danin met on Monday.\n\n"
    for line, expected in DESK_CREDITS:
        (q,) = quotes(registry, lead + line)
        assert q.speaker == expected, (line, q.speaker)
        assert is_unnamed(q.speaker) is (expected != "Jeff Weaver"), line


def test_the_spokesman_is_named_only_if_one_was_introduced_as_such(registry):
    text = ("Jane Doe, the minister, spoke on Monday.\n\n"
            "A spokesman for the ministry declined to give details. “The talks will resume "
            "next week in Geneva,” the spokesman said.\n\n"
            "Tom Lee, a spokesman for the party, was asked too. “We are ready for the vote,” "
            "the spokesman said.\n")
    unnamed, named = quotes(registry, text)
    assert unnamed.speaker == "the spokesman"
    assert named.speaker == "Tom Lee"
