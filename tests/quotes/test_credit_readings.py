"""How sure the reading of a credit is: pronouns with gender agreement, "X of Y", roles
read as earlier names, surnames two people share, short quotations beside a speech tag."""

import pytest

from verify.input.text import text_to_document
from verify.quotes import QuoteKind, extract
from verify.quotes.gender import gender_of
from verify.quotes.interface import DoubtCode


def quotes(text, registry):
    return extract(text_to_document(text, input="d.md", kind="markdown"), registry)


def test_a_pronoun_skips_a_person_of_the_other_gender(registry):
    (q,) = quotes("Council member Tom Price spoke after Mayor Ana Diaz. Of Mayor Diaz, he "
                  "said: “She has no plan for the river.”", registry)
    assert q.speaker == "Tom Price"
    assert q.credit_doubt is not None and q.credit_doubt.code in {DoubtCode.PRONOUN,
                                                                   DoubtCode.PRONOUN_NEAR}


def test_she_after_only_a_man_was_named_is_no_one_named(registry):
    (q,) = quotes("James Wong met reporters on Monday in the harbour office.\n\n"
                  "She added: “The budget is balanced for the first time.”", registry)
    assert q.speaker == "She"


def test_the_subject_of_the_pronouns_own_sentence_wins_over_the_name_list(registry):
    # "Lindsey" is mostly a woman's name; the sentence's subject is still "he".
    (q,) = quotes("Lindsey Graham assured his audience he would call them “bigots who oppose "
                  "the plan”.", registry)
    assert q.speaker == "Lindsey Graham"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Dana Cole of Brightline Labs warned: “The sensors will fail within a year.”",
     "Dana Cole"),
    ("“The sensors will fail within a year,” said Sam Bendett of CNA.", "Sam Bendett"),
    ("The Bank of England said: “Rates will stay where they are for now.”",
     "Bank of England"),
])
def test_x_of_y_credits_x(registry, sentence, speaker):
    (q,) = quotes(sentence, registry)
    assert q.speaker == speaker


def test_the_object_of_a_verb_before_a_colon_is_never_the_speaker(registry):
    text = ("Coach Mark Hill spoke first.\n\nHill praised his team, adding of the rookie Sam "
            "Reyes: “He is the best passer I have seen in ten years.”\n\nThe minister "
            "defended the council's ban: “We cannot allow cars in the old town any longer.”")
    hill, minister = quotes(text, registry)
    assert hill.speaker == "Coach Mark Hill" and hill.credit_doubt is None
    # "The minister" is read as the last person named: a reading, never a sure credit.
    assert minister.speaker == "Coach Mark Hill"
    assert minister.credit_doubt is not None
    assert minister.credit_doubt.code is DoubtCode.DESCRIPTION


def test_a_name_with_a_cue_in_the_quotes_sentence_is_a_sure_credit(registry):
    (q,) = quotes("“The sensors will fail within a year,” Dana Cole said.", registry)
    assert q.credit_doubt is None


def test_a_surname_two_people_share_is_not_a_sure_credit(registry):
    text = ("Jerry Jones owns the team; his son Stephen Jones runs it.\n\n"
            "“He played great,” Jones said.")
    (q,) = quotes(text, registry)
    assert q.credit_doubt is not None and q.credit_doubt.code is DoubtCode.SHARED_SURNAME


def test_a_credit_from_the_sentence_before_is_not_sure(registry):
    text = ("Dana Cole spoke at length about the sensors on Tuesday.\n\n“They will fail "
            "within a year,” she said. “Nobody will replace them.”")
    _first, second = quotes(text, registry)
    assert second.speaker == "Dana Cole" and second.rule not in {"cue-after", "cue-before"}
    assert second.credit_doubt is not None


def test_a_short_quotation_beside_its_speech_tag_is_a_quotation(registry):
    text = "Ari Moss waited at the gate.\n\n“Not yet,” xe said, “maybe soon.”"
    first, second = quotes(text, registry)
    assert first.kind is QuoteKind.QUOTE and second.kind is QuoteKind.QUOTE
    assert first.speaker == second.speaker == "Ari Moss"


def test_a_scare_quote_stays_a_fragment(registry):
    (q,) = quotes("The so-called “reform” passed on Tuesday.", registry)
    assert q.kind is QuoteKind.FRAGMENT


def test_the_writers_sentence_around_a_quote_is_kept_without_links(registry):
    (q,) = quotes("Taylor Swift spoke first.\n\n“I just want to perform,” said Scooter Braun, "
                  "[according to the\nBBC](https://example.org/swift).", registry)
    assert "Braun" in q.around and "example.org" not in q.around


@pytest.mark.parametrize(("name", "gender"), [
    ("Ana Diaz", "F"), ("James Wong", "M"), ("Coach Mark Hill", "M"), ("Mrs Lee", "F"),
    ("Sir Keir Starmer", "M"), ("Kim Lee", None), ("Diaz", None), ("Brightline Labs", None),
])
def test_gender_from_titles_and_first_names(name, gender):
    assert gender_of(name) == gender


@pytest.mark.parametrize("page, speaker", [
    # The article set "the man" apart from Dempsey: he is someone else.
    ("Dr Owen Dempsey suspected the duvet. Dempsey told the man to remove the bedding.\n\n"
     "“It does not affect me at all now,” the man wrote.\n", "the man"),
    # In apposition, "the doctor" is Dempsey.
    ("Owen Dempsey, the doctor who treated him, spoke first. Later the doctor went home.\n\n"
     "“It does not affect him at all now,” the doctor said.\n", "Owen Dempsey"),
])
def test_a_description_is_the_person_the_article_made_it(registry, page, speaker):
    [quote] = extract(text_to_document(page, input="d.txt", kind="text"), registry)
    assert quote.speaker == speaker


@pytest.mark.parametrize("draft, speaker", [
    ("A colleague of Dr Ann Wu said: “She worked day and night.”", "A colleague of Dr Ann Wu"),
    ("“It is over,” said a source familiar with John Smith's thinking.",
     "a source familiar with John Smith's thinking"),
    ("On the Bidens: “The allegations are not credible at all.”", None),
    ("Of Mayor Diaz: “He is a fine man and a friend.”", None),
    ("Sen. Ben Sasse turned on the prison chief, Kathleen Hawk Sawyer: “You are in this job "
     "because of this crisis.”", "Ben Sasse"),
    ("Coach Ann Lee praised the rookie, Sam Reyes: “He played the game of his life.”",
     "Coach Ann Lee"),
    ("Republican pollster Daron Shaw: “The race is close now.”", "Daron Shaw"),
])
def test_the_one_a_description_or_topic_names_is_not_the_speaker(registry, draft, speaker):
    [quote] = extract(text_to_document(draft + "\n", input="d.txt", kind="text"), registry)
    assert quote.speaker == speaker


@pytest.mark.parametrize("page, sure", [
    # Read past Daniel Hagari, who was named after Levitt: a guess.
    ("Hamas named Yahya Sinwar its leader. A deal was still possible, Matthew Levitt said.\n\n"
     "On Tuesday, Israel's chief military spokesperson, Rear Admiral Daniel Hagari, said "
     "Sinwar's appointment would not stop Israel from pursuing him.\n\n"
     "“There is only one place for Yahya Sinwar,” he told reporters.\n", False),
    # Nothing surely a person's stands between Swift and "she" ("accusing Big Machine").
    ("Then Taylor Swift posted a note accusing Big Machine of blocking her.\n\n"
     "“I just want to be able to perform my own music,” she said.\n", True),
])
def test_a_pronoun_read_past_a_nearer_person_is_a_guess(registry, page, sure):
    [quote] = extract(text_to_document(page, input="p.txt", kind="text"), registry)
    assert quote.credit_doubt is not None
    assert (quote.credit_doubt.code is not DoubtCode.PRONOUN_FAR) is sure


@pytest.mark.parametrize(("sentence", "speaker"), [
    # A progressive verb's subject is the one before its auxiliary, not the sentence's.
    ("The Statehouse finally had its budget, and by lunchtime Gov. Eric Holcomb was calling "
     "it “a generational impact budget.”", "Eric Holcomb"),
    ("The council met on Monday, and Ann Lee was already describing it as “a waste of a "
     "morning.”", "Ann Lee"),
    # After a quote that ends its sentence, "Name, asked …, was upbeat:" opens the next one.
    ("Kristina Box said the Legislature provided “the major components we need.” Holcomb, "
     "asked about the conditions, was upbeat: “There are some strings attached.”", "Holcomb"),
])
def test_the_subject_of_the_clause_that_holds_the_quote(registry, sentence, speaker):
    *_, q = quotes(sentence, registry)
    assert q.speaker is not None and q.speaker.endswith(speaker), q.speaker


def test_the_sentence_before_is_kept_only_when_the_credit_may_reach_back_to_it(registry):
    draft = ("Alexander Vindman and Jennifer Williams described the call. “Frankly I couldn't "
             "believe what I was hearing,” Williams said.\n\n"
             "Robert Danin spoke first. “We are not ready,” Bobby said.\n\n"
             "Robert Danin spoke first. “We are not ready,” he said.")
    williams, bobby, he = quotes(draft, registry)
    assert "Vindman" not in williams.around  # her full name was given: a person of her own
    assert "Danin" in bobby.around  # a name never given in full may be a nickname
    # The pronoun's person opens the sentence before, and no one else is named: sure.
    assert he.speaker == "Robert Danin" and he.credit_doubt is None


@pytest.mark.parametrize(("draft", "sure"), [
    ("McDonald promised more than a hits set. “We will play songs from our full catalog,” "
     "he said.", True),
    ("Powell has broken with the White House line before. She told CBS: “I think any woman "
     "has every right to speak up.”", True),
    ("Daniel Anthony, vice president of the Trade Partnership, put the bill at “over $4 "
     "billion a month.” He added: “Businesses find it harder to compete.”", True),
    # Another person named between, or the sentence opening on a preposition: a guess.
    ("Tom Price met Ann Lee on Monday. She said: “We have no plan for the river.”", False),
    ("Council member Tom Price spoke after Mayor Ana Diaz. Of Mayor Diaz, he said: “She has "
     "no plan for the river.”", False),
])
def test_a_pronoun_is_sure_when_its_person_opens_the_sentence_before(registry, draft, sure):
    *_, q = quotes(draft, registry)
    assert (q.credit_doubt is None) is sure, q.credit_doubt


@pytest.mark.parametrize(("sentence", "speaker"), [
    # A noun-like verb's third person is a verb right after a quote, before a name.
    ("“We worked on the architecture of the spacecraft,” comments Robin Biesbroek of the CDF.",
     "Robin Biesbroek"),
    ("“We are truly excited about our tour,” says Johnston in a statement.", "Johnston"),
    ("“Stay in your cars and wait for the trucks,” an officer ordered.", "an officer"),
])
def test_a_tag_after_the_quote_names_its_speaker(registry, sentence, speaker):
    (q,) = quotes(sentence, registry)
    assert q.speaker == speaker


def test_a_noun_like_verb_is_a_noun_elsewhere(registry):
    (q,) = quotes("His comments Trump made clear were “a disaster for the country.”", registry)
    assert q.speaker != "His"


def test_a_list_introduced_by_here_credits_no_one(registry):
    (q,) = quotes("Morrison testified on Thursday.\n\nHere are some of the highlights:\n\n"
                  "“My fears have been realized”", registry)
    assert q.speaker is None


def test_a_role_with_an_adjective_and_no_article_is_the_description(registry):
    (q,) = quotes("# ‘My fears have been realised’, says former White House adviser", registry)
    assert q.speaker == "former White House adviser"


@pytest.mark.parametrize("draft", [
    "Tom Field studied the Arctic. The Beaufort Gyre, north of Alaska, is a nursery for sea "
    "ice. “The currents there would spread the materials around,” he said.",
    "Tom Field grew up in Palo Alto. “The currents there would spread the materials "
    "around,” he said.",
])
def test_a_pronoun_is_never_read_as_a_place(registry, draft):
    (q,) = quotes(draft, registry)
    assert q.speaker == "Tom Field", q.speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    # "and" between two roles of one person opens no clause.
    ("“We found the next best thing,” lead researcher and agency scientist Lucia Ferro "
     "said in a statement.", "Lucia Ferro"),
    # A place ends the role; the name after it is the speaker.
    ("Ruritania’s ambassador to Britain Ivo Marek said: “We will not sit on our hands.”",
     "Ivo Marek"),
    ("“We will not sit on our hands,” said the ambassador to France, Jane Hartfield.",
     "Jane Hartfield"),
    # A person's noun before "to": the adviser speaks, not whom they advise.
    ("An adviser to Governor Ruth Ames said: “The budget will pass.”",
     "An adviser to Governor Ruth Ames"),
    # A restrictive relative clause between subject and verb: its object never speaks.
    ("The man who shot Jon Smythe said: “I regret it every day.”", "The man"),
    ("A party spokesman who asked not to be named said: “We are ready for this.”",
     "A party spokesman"),
    # A platform after "via" or "on" is where the words went.
    ("Mayor Ann Kole, who has long mocked the plan, piled on via Twitter: “It is a "
     "waste of money.”", "Ann Kole"),
    # A relative clause set off by commas between the name and the verb stays the name's.
    ("“I do not believe in superdelegates,” Ann Warden, who has not endorsed anyone, told "
     "reporters in Boston.", "Ann Warden"),
])
def test_roles_places_and_clauses_around_the_speaker(registry, sentence, speaker):
    (q,) = quotes(sentence, registry)
    assert q.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # Two people joined by "and" are two people.
    ("Tony Marsh and Doug Keller walked out onto the pond. Dana Field stayed inside.\n\n"
     "Glass beads work on flat ice, Marsh explained. “On a slope, they run,” he told me.",
     "Tony Marsh"),
    # A name with an appositive before its verb is a subject.
    ("“We will return to flight in January,” spokesman Phil Larkin said.\n\n"
     "A single failure can set a company back, Jim Canton, the chief executive of "
     "a rival, told reporters.\n\n"
     "“These accidents are tough to come back from,” he said.", "Jim Canton"),
    # A described speaker in the sentence before, even one whose description names someone.
    ("Union leader Jo Grady said the figures were alarming.\n\n"
     "But a spokesperson for the Employers Association said its members had cut "
     "such contracts.\n\n"
     "“We have worked with the unions for years,” he said.",
     "a spokesperson for the Employers Association"),
    ("But a spokesman for Tom Reyes said the talks had failed.\n\n"
     "“We have worked with the unions for years,” he said.", "a spokesman for Tom Reyes"),
    # A description in apposition to the name before it describes that person.
    ("Lena Ortiz, a trade professor at Cornell, said the talks had “stalled for good.” “The "
     "deadline only makes it worse,” she said.", "Lena Ortiz"),
])
def test_whom_a_pronoun_means(registry, text, speaker):
    assert quotes(text, registry)[-1].speaker == speaker


@pytest.mark.parametrize("sentence", [
    "An Oxford University epidemiologist working on the trial said: “We are ready.”",
    "“We are ready,” one Labour Party insider in Westminster said.",
])
def test_a_name_read_from_inside_a_description_is_never_sure(registry, sentence):
    (q,) = quotes(sentence, registry)
    assert q.credit_doubt is not None
    assert q.credit_doubt.code is DoubtCode.IN_DESCRIPTION


def test_a_persons_spokesperson_is_not_the_person(registry):
    text = ("Britain has no plans to send jets, the prime minister Rishi Sunak’s spokesperson "
            "said on Monday.\n\nAsked if that could change, the spokesperson said: “There are "
            "no plans to do that.”")
    (q,) = quotes(text, registry)
    assert q.speaker != "Rishi Sunak"


def test_a_body_named_before_is_not_cut_to_its_last_word(registry):
    (q,) = quotes("The Israel Defense Forces did not respond; asked in December, the "
                  "military said: ‘We do not target journalists.’", registry)
    assert q.speaker == "the military"


def test_whose_words_a_colon_introduces_after_another_verb(registry):
    (q,) = quotes("Tom Reyes repeated Ann Kole’s warning: “The steel costs could rise.”",
                  registry)
    assert q.speaker == "Ann Kole"
    # "the mayor" may be read as the one person named, but never surely.
    (r,) = quotes("Tom Reyes recalled the mayor’s promise: “The bridge will open in May.”",
                  registry)
    assert r.speaker == "the mayor" or r.credit_doubt is not None


@pytest.mark.parametrize(("text", "speaker", "outlet"), [
    # The infinitive after "vowed" is what was vowed, not the words quoted after the comma.
    ("The vote keeps in office a prime minister who has vowed to resist Obama on each front, "
     "“guaranteeing two more years of difficult diplomacy,” as The Washington Post put it.",
     None, "The Washington Post"),
    # A description with no determiner opens the coordinated clause whose verb reports.
    ("“It paved the way,” the settlers said, and analysts say it “will further embolden the "
     "settlement movement.”", "analysts", None),
    # The clause's "As" is no part of the name.
    ("As Eswar Prasad put it, “The deadline only makes it worse.”", "Eswar Prasad", None),
    # A passive's agent before the colon speaks, not its subject.
    ("Trump was criticised by Eswar Prasad: “The deadline only makes it worse.”",
     "Eswar Prasad", None),
    # A reporting verb inverted before the name is no part of it.
    ("Replied Stephen Jones: “We will take Zack.”", "Stephen Jones", None),
    # "the mother" is the girl's mother the story spoke of, not the last woman named.
    ("U.S. Attorney Nealy Cox welcomed the sentence. At trial, the girl’s mother told "
     "jurors about the struggle. Afterwards the mother said: “We are thankful.”",
     "the mother", None),
    ("Replied Stephen: “We will take Zack.”\n\n“There wasn’t a peep,” says Stephen.",
     "Stephen", None),
    # A description in apposition to a name, set off by commas, is that person.
    ("“We will see the field thin,” Mayer said. It is a view Bob Iger, Disney’s chief "
     "executive, has put bluntly: “Not everyone will succeed.”", "Bob Iger", None),
    ("Ann Lee, the city’s mayor, put it bluntly: “We are done here.”", "Ann Lee", None),
    # A colon closes the clause a conjunction opens: its subject speaks, not the sentence's.
    ("Whiplash changed the math, though he describes the windfall modestly: “I had a little "
     "bit of capital, and then I maxed it all out.”", "he", None),
    ("The film flopped, but Ann Lee was blunt about it: “We made the film we wanted.”",
     "Ann Lee", None),
    # A title written short with a full stop; "Del" in a surname is no title.
    ("“This is a waste of the committee’s time,” said Del. Stacey Plaskett of the Virgin "
     "Islands.", "Stacey Plaskett", None),
    ("“We are ready for the big storm now,” Supt. Ann Cole said.", "Ann Cole", None),
    ("“We will win the vote in the end,” said Benicio Del Toro.", "Benicio Del Toro", None),
    ("Bob Iger ran the studio. Iger, the chief executive, was blunt: “We are done with this deal.”",
     "Bob Iger", None),
])
def test_the_cue_that_reports_the_words(registry, text, speaker, outlet):
    q = quotes(text, registry)[-1]
    assert (q.speaker, q.outlet) == (speaker, outlet)


def test_a_description_the_name_ends_is_a_sure_name(registry):
    (q,) = quotes("“The deadline only makes it worse,” the Flexport economist Phil Levy said.",
                  registry)
    assert q.speaker == "Phil Levy" and q.credit_doubt is None


def test_to_before_whom_the_words_were_said_to_is_a_frame(registry):
    (q,) = quotes("Jane Smith said to CNN: “We will win this fight in the end.”", registry)
    assert (q.speaker, q.outlet, q.rule) == ("Jane Smith", "CNN", "cue-before")
