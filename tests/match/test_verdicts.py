"""Each kind of edit gets the verdict the README promises (invented sentences)."""

import pytest

from verify.input.text import text_to_document
from verify.match.interface import Verdict
from verify.match.verdicts import SourceIndex, judge
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind

SOURCE = (
    'The chancellor spoke on Tuesday. "We will not raise taxes by 4.2 billion pounds next '
    'year, and the defence programme stays as it is," said Chancellor Jane Doe. '
    '"Our organisation has always favoured a long-term plan for the country," she added. '
    "Officials said five new hospitals would open in the north by 2027."
)


def page_of(text):
    """A source of ``text`` alone, ready to match against."""
    return SourceIndex(text_to_document(text, input="s.txt", kind="text"))


@pytest.fixture(scope="module")
def source():
    return page_of(SOURCE)


def verdict(source, registry, text, speaker="Jane Doe", embedder=None):
    quote = Quote("q", 0, 0, text, QuoteKind.QUOTE, speaker=speaker)
    doc_quotes = extract(source.doc, registry)
    return judge(quote, source, registry=registry, embedder=embedder,
                 source_quotes=lambda: doc_quotes)


@pytest.mark.parametrize(("text", "expected"), [
    # faithful and formatting-only
    ("We will not raise taxes by 4.2 billion pounds next year,", Verdict.VERBATIM),
    ("we will not raise taxes by 4.2 billion pounds next year", Verdict.VERBATIM),
    ("We will not raise taxes by 4.2bn pounds next year", Verdict.MINOR_VARIATION),
    ("We won't raise taxes by 4.2 billion pounds next year", Verdict.MINOR_VARIATION),
    ("Our organization has always favored a long term plan for the country",
     Verdict.MINOR_VARIATION),
    ("We will not raise taxes … and the defence programme stays as it is",
     Verdict.MINOR_VARIATION),
    ("Our organisation has always favoured a long-term plan for [Britain]",
     Verdict.MINOR_VARIATION),
    ("We will not raise taxes by 4.2 billion pounds next year and the defence programme",
     Verdict.MINOR_VARIATION),  # a comma dropped
    # edits that change the meaning
    ("We will not raise taxes by 4.7 billion pounds next year", Verdict.ALTERED),  # number
    ("We will not raise taxes by four billion pounds next year", Verdict.ALTERED),  # number word
    ("We will raise taxes by 4.2 billion pounds next year", Verdict.ALTERED),  # negation
    ("We will not cut taxes by 4.2 billion pounds next year", Verdict.ALTERED),  # antonym
    ("We might not raise taxes by 4.2 billion pounds next year", Verdict.ALTERED),  # modal
    ("Our organisation has never favoured a long-term plan for the country",
     Verdict.ALTERED),  # quantifier / negation
    ("Our organisation has always favoured a long-term plan for Scotland",
     Verdict.ALTERED),  # name
    ("Our organisation has always favoured a short-term plan for the country",
     Verdict.ALTERED),  # content word
    ("We will not raise taxes by 4.2 billion pounds … we will build ten bridges",
     Verdict.ALTERED),  # a fabricated piece after an ellipsis
])
def test_edit_kinds(source, registry, text, expected):
    j = verdict(source, registry, text)
    assert j.verdict is expected, j.explanation


def test_a_changed_number_is_never_minor_whatever_the_similarity(source, registry):
    j = verdict(source, registry, "We will not raise taxes by 4.3 billion pounds next year,")
    assert j.verdict is Verdict.ALTERED
    assert [(d.kind, d.quote, d.source) for d in j.differences if not d.minor] == [
        ("number", "4.3", "4.2")]
    assert '"4.2" became "4.3"' in j.explanation


def test_speaker_swap_is_misattributed(source, registry):
    j = verdict(source, registry, "We will not raise taxes by 4.2 billion pounds next year",
                speaker="John Smith")
    assert j.verdict is Verdict.MISATTRIBUTED and "Jane Doe" in j.explanation


def test_fabricated_is_not_found_without_loading_a_model(source, registry, fake_embedder):
    j = verdict(source, registry, "The weather in Lisbon was glorious all weekend long",
                embedder=lambda: fake_embedder)
    assert j.verdict is Verdict.NOT_FOUND and fake_embedder.calls == 0


@pytest.mark.model
def test_paraphrase_and_its_limits(source, registry, real_embedder):
    para = verdict(source, registry, "Five more hospitals are going to open in the north by "
                   "2027, according to officials.", speaker=None,
                   embedder=lambda: real_embedder)
    assert para.verdict is Verdict.PARAPHRASE, para.explanation
    assert "no entailment model" in para.explanation
    wrong_year = verdict(source, registry, "Five more hospitals are going to open in the north "
                         "by 2031, according to officials.", speaker=None,
                         embedder=lambda: real_embedder)
    assert wrong_year.verdict is not Verdict.PARAPHRASE, wrong_year.explanation


SPELLINGS = (
    "“The defence programme has travelled a long way, and our organisation will fulfil its "
    "promise to take ageing tyres off the roads,” the minister said. “We stand by the "
    "judgement of the council on these manoeuvres for years to come.”"
)


@pytest.mark.parametrize(("text", "expected"), [
    ("The defense program has traveled a long way, and our organization will fulfill its "
     "promise to take aging tires off the roads", Verdict.MINOR_VARIATION),
    ("We stand by the judgment of the council on these maneuvers for years to come",
     Verdict.MINOR_VARIATION),
    # a genuinely different word, a number for a look-alike, a negation added
    ("We stand by the judgment of the counsel on these maneuvers for years to come",
     Verdict.ALTERED),
    ("We stand by the judgment of the council on these maneuvers four years to come",
     Verdict.ALTERED),
    ("The defense program has traveled a long way, and our organization will not fulfill its "
     "promise", Verdict.ALTERED),
])
def test_british_and_american_spellings_are_a_minor_variation(registry, text, expected):
    source = page_of(SPELLINGS)
    j = verdict(source, registry, text, speaker=None)
    assert j.verdict is expected, j.explanation
    if expected is Verdict.MINOR_VARIATION:
        assert {d.kind for d in j.differences} == {"spelling"}


def judged(registry, page, text):
    source = page_of(page)
    return verdict(source, registry, text, speaker=None)


ANSWER = ("“We tried everything we could think of,” he says quietly. “It failed anyway, and "
          "nobody came to help us.”")


@pytest.mark.parametrize(("page", "text", "tag"), [
    (ANSWER, "We tried everything we could think of. It failed anyway, and nobody came to help "
     "us.", "he says quietly"),
    ("“The council spent two years on the scheme,” says Smith, 45, of Leeds. “Then it simply "
     "gave up.”", "The council spent two years on the scheme. Then it simply gave up.",
     "says Smith, 45, of Leeds"),
    ("“Our members voted for the strike,” Jones told the BBC. “They will not back down.”",
     "Our members voted for the strike. They will not back down.", "Jones told the BBC"),
    ("“The bridge will reopen in May,” she added quietly, “but only for buses.”",
     "The bridge will reopen in May, but only for buses.", "she added quietly"),
    ("“They waited,” she says. “Nobody came.”", "They waited. Nobody came.", "she says"),
    ("“He has always listened to ideas,” said Ann Lee, a senior official at the Port Authority "
     "and an adviser to the mayor. “That is what people get wrong.”",
     "He has always listened to ideas. That is what people get wrong.",
     "said Ann Lee, a senior official at the Port Authority and an adviser to the mayor"),
    # a participle on the occasion; the quote's next word repeats the tag's first
    ("“Demand will stay weak through the winter,” the bank said in a memo released Friday. "
     "“The recovery could take two more years.”",
     "Demand will stay weak through the winter. The recovery could take two more years.",
     "the bank said in a memo released Friday"),
    # nouns joined by "and" in a phrase on the verb
    ("“We have nothing to hide,” he said of himself and his fellow councillors. “We welcome "
     "the audit.”", "We have nothing to hide. We welcome the audit.",
     "he said of himself and his fellow councillors"),
    # a gesture joined to the reporting verb
    ("“Funny means like a pratfall,” Kerr smiles and says. “Which is my next film.”",
     "Funny means like a pratfall. Which is my next film.", "Kerr smiles and says"),
    ("“It was a long night,” she says and laughs. “We got there in the end.”",
     "It was a long night. We got there in the end.", "she says and laughs"),
])
def test_a_join_across_a_speech_tag_is_a_minor_variation(registry, page, text, tag):
    j = judged(registry, page, text)
    assert j.verdict is Verdict.MINOR_VARIATION, j.explanation
    assert f'speech tag "{tag}"' in j.explanation
    assert [(d.kind, d.source) for d in j.differences if d.kind == "speech_tag"] == [
        ("speech_tag", tag)]


@pytest.mark.parametrize(("page", "text"), [
    # a splice: a clause of the writer's own between the passages
    ("“We tried everything we could think of,” he said, before the markets closed down. “It "
     "failed anyway.”", "We tried everything we could think of. It failed anyway."),
    # a sentence of the answer left out without an ellipsis
    ("“We tried everything we could think of,” he said. “We spent millions on lawyers. It "
     "failed anyway.”", "We tried everything we could think of. It failed anyway."),
    # the next passage is someone else's
    ("“We tried everything we could think of,” said Smith. “It failed anyway,” said Jones.",
     "We tried everything we could think of. It failed anyway."),
    # a clause of its own after the tag's phrase: "and" before a pronoun, a past tense
    ("“We tried everything we could think of,” he said of the plan and they laughed. “It "
     "failed anyway.”", "We tried everything we could think of. It failed anyway."),
    ("“We tried everything we could think of,” he said of the plan and the board resigned. "
     "“It failed anyway.”", "We tried everything we could think of. It failed anyway."),
    # a word changed, a negation dropped on the other side of the tag
    (ANSWER, "We tried everything we could think of. It worked anyway, and nobody came to "
     "help us."),
    (ANSWER, "We tried everything we could think of. It failed anyway, and somebody came to "
     "help us."),
])
def test_a_join_across_anything_but_a_speech_tag_is_altered(registry, page, text):
    j = judged(registry, page, text)
    assert j.verdict is Verdict.ALTERED, j.explanation


@pytest.mark.parametrize(("page", "text"), [
    ("“The plan worked,” she said. Nothing changed after that.", "The plan worked"),
    ("He spoke at length.\n\n“The plan worked.”\n\nNothing changed after that.",
     "The plan worked"),
    ("“We will win,” nobody said at the time.", "We will win"),  # past a closing mark
    ("“The vote is ours.” Nobody believed her.", "The vote is ours"),  # past a sentence end
    ("The minister said the new rules would work. No one in the room agreed.",
     "the new rules would work"),
    ("The report says the new rules would work\n\nNever before had a report been so wrong.",
     "the new rules would work"),  # the next paragraph
])
def test_no_word_past_a_boundary_alters_a_verbatim_quote(registry, page, text):
    j = judged(registry, page, text)
    assert j.verdict is Verdict.VERBATIM, j.explanation


@pytest.mark.parametrize(("page", "text"), [
    # a negation the quote cuts off inside its sentence
    ("“We can win this election without the unions,” she said.", "We can win this election"),
    ("The plan worked in the U.S. not in Europe, she said.", "The plan worked in the U.S."),
    ("“The plan has not worked,” she said.", "The plan has worked"),
    # a word changed at the edge, next to a boundary
    ("“The new plan worked well.” Nothing changed.", "The new plan worked badly"),
    ("“The new plan worked.” Nothing changed.", "The new plan worked completely"),
])
def test_words_inside_the_sentence_still_count_at_the_edge(registry, page, text):
    j = judged(registry, page, text)
    assert j.verdict is Verdict.ALTERED, j.explanation
    assert "Nothing" not in j.explanation


@pytest.mark.parametrize(("page", "text", "verdict"), [
    # A link line the page sets between two paragraphs of one answer: passed over.
    ("The general said: “The troops are already in the garrison. They are there for "
     "defence.\n\nSEE MORE: Harbour protests: 800 students under siege\n\n“If the "
     "situation becomes uncontrollable, the army would act.”",
     "The troops are already in the garrison. They are there for defence. If the situation "
     "becomes uncontrollable, the army would act.", Verdict.MINOR_VARIATION),
    # A paragraph of prose between them is part of the answer: leaving it out is a splice.
    ("The general said: “The troops are already in the garrison. They are there for "
     "defence.\n\nThe students stayed in the university for a week.\n\n“If the situation "
     "becomes uncontrollable, the army would act.”",
     "The troops are already in the garrison. They are there for defence. If the situation "
     "becomes uncontrollable, the army would act.", Verdict.ALTERED),
])
def test_a_block_set_between_paragraphs_of_a_passage(registry, page, text, verdict):
    j = judged(registry, page, text)
    assert j.verdict is verdict, j.explanation
    if verdict is Verdict.MINOR_VARIATION:
        assert "passes over \"SEE MORE" in j.explanation


SPOKEN = ("So we will, uh, you know, build the flood barrier this year. I mean, the river "
          "rose twice last winter, um, and the town cannot wait. We like the plan.")


@pytest.fixture(scope="module")
def spoken():
    return page_of(SPOKEN)


@pytest.mark.parametrize(("text", "left_out"), [
    ("we will build the flood barrier this year", ["uh you know"]),
    ("the river rose twice last winter, and the town cannot wait", ["um"]),
    ("So we will build the flood barrier this year. The river rose twice last winter",
     ["uh you know", "I mean"]),
])
def test_fillers_a_quote_leaves_out_are_a_minor_variation(spoken, registry, text, left_out):
    j = verdict(spoken, registry, text)
    assert j.verdict is Verdict.MINOR_VARIATION, j.explanation
    fillers = [d for d in j.differences if d.kind == "filler"]
    assert [" ".join(d.source.replace(",", "").split()) for d in fillers] == left_out
    assert all(d.minor and d.op == "insert" for d in fillers)


@pytest.mark.parametrize("text", [
    "we will, you know, not build the flood barrier this year",  # a word added, not a filler
    "We plan.",  # "like" carries meaning: never a filler
    "the river rose twice last winter and the town can wait",
])
def test_a_filler_kind_covers_only_fillers_left_out(spoken, registry, text):
    j = verdict(spoken, registry, text)
    assert j.verdict is not Verdict.VERBATIM
    assert not any(d.kind == "filler" for d in j.differences if d.quote)


@pytest.mark.parametrize(("text", "expected"), [
    ("You can get twenty-five years longer to keep the ice", Verdict.VERBATIM),
    ("You can get 25 years longer to keep the ice", Verdict.MINOR_VARIATION),
    ("You can get twenty five years longer to keep the ice", Verdict.MINOR_VARIATION),
    ("You can get 35 years longer to keep the ice", Verdict.ALTERED),
    ("You can get thirty-five years longer to keep the ice", Verdict.ALTERED),
])
def test_a_hyphenated_number_word_is_its_value(registry, text, expected):
    page = page_of(
        "“You can get twenty-five years longer to keep the ice,” said Tom Lee.")
    assert verdict(page, registry, text, speaker="Tom Lee").verdict is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the ellipsis stands for a phrase of its own, its "no" included
    ("An ideal shelter is a room in a building … It would keep radiation out,",
     Verdict.MINOR_VARIATION),
    # nothing parts the dropped "not" from the words kept: the meaning is reversed
    ("We do … support a shelter in every building", Verdict.ALTERED),
])
def test_an_ellipsis_covers_a_phrase_not_a_negation_of_the_words_kept(registry, text, expected):
    page = page_of(
        "“An ideal shelter is a room in a building, no windows or anything like that. It "
        "would keep radiation out,” said Tom Lee. “We do not really support a shelter in "
        "every building,” he added.")
    assert verdict(page, registry, text, speaker="Tom Lee").verdict is expected


@pytest.mark.parametrize(("source_words", "quoted"), [
    ("We walked toward the river and learned a lot there.",
     "We walked towards the river and learnt a lot there"),
    ("We met while the economy grew among the strongest anywhere.",
     "We met whilst the economy grew amongst the strongest anywhere"),
    ("It is a defense of labor rights and organizing.",
     "It is a defence of labour rights and organising"),
    ("It was the 1st time in years that it cost OK money.",
     "It was the first time in years that it cost okay money"),
    ("The email was sent on Nov. 5 to everyone in the office.",
     "The email was sent on November 5 to everyone in the office"),
    # A short quotation whose contractions a desk spells out (two words for one).
    ("We won't stop. We can't stop.", "We will not stop. We cannot stop."),
    ("It's a feel good story, OK?", "It's a feel-good story, okay?"),
    # A date the other way round.
    ("The vote is on 3 November in the main hall.", "The vote is on November 3 in the main hall"),
    ("The vote is on November 3rd in the main hall.", "The vote is on 3rd November in the main hall"),
    ("We have focussed on it and benefitted from it.", "We have focused on it and benefited from it"),
    # A range's dash as "to", and a number written out at the quote's end.
    ("This factor predicts about 30–60% of the variation on tasks.",
     "This factor predicts about 30 to 60 per cent of the variation on tasks"),
    ("It was in the middle of that range—about 45%.",
     "It was in the middle of that range – about 45 per cent"),
    # Abbreviations a house style writes out, and ordinals in words.
    ("Sen. Warren and Gov. Hochul backed the bill at 45 Main St. on Monday.",
     "Senator Warren and Governor Hochul backed the bill at 45 Main Street on Monday"),
    ("We are the No. 1 city for growth in the 21st century, us vs. them.",
     "We are the number one city for growth in the twenty-first century, us versus them"),
])
def test_forms_a_desk_lets_through_are_minor(registry, source_words, quoted):
    page = page_of(f"“{source_words}” said Tom Lee.")
    j = verdict(page, registry, quoted, speaker="Tom Lee")
    assert j.verdict is Verdict.MINOR_VARIATION, j.explanation


def test_a_curly_apostrophe_is_no_spelling_difference(registry):
    page = page_of("“We don’t know what the council will do next,” said "
                                        "Tom Lee.")
    j = verdict(page, registry, "We don't know what the council will do next", speaker="Tom Lee")
    assert j.verdict is Verdict.VERBATIM, j.explanation


@pytest.mark.parametrize("quoted", [
    "The vote is on November 4 in the main hall",   # another day
    "The vote is on December 3 in the main hall",   # another month
    "We will stop. We cannot stop.",                 # a negation dropped in the spelled-out form
    "The vote is on 3 November in the main hall, about 46 per cent",  # another number
])
def test_a_changed_date_or_negation_in_a_new_form_is_still_altered(registry, quoted):
    page = page_of("“The vote is on 3 November in the main hall, about "
                                        "45%. We won't stop. We can't stop.” said Tom Lee.")
    j = verdict(page, registry, quoted, speaker="Tom Lee")
    assert j.verdict is Verdict.ALTERED, j.explanation


def test_a_join_across_a_tag_that_holds_the_quotes_next_word(registry):
    # "The" of the second piece is also the "the" of "the crowd": the tag is still one stretch.
    page = page_of(
        "“The crisis is now, and we need action now,” Gambill said to cheers from the crowd. "
        "“The issue is funding, and the state has the money.”")
    j = verdict(page, registry, "The crisis is now, and we need action now. The issue is "
                                "funding, and the state has the money.", speaker="Gambill")
    assert j.verdict is Verdict.MINOR_VARIATION, j.explanation
    assert "Gambill said to cheers from the crowd" in j.explanation


@pytest.mark.parametrize(("quoted", "expected"), [
    # A negation after a comma opens a phrase of its own: the cut is the quote's.
    ("People just want to come and gawk at us …", Verdict.VERBATIM),
    ("People just want to come and gawk at us", Verdict.VERBATIM),
    # One the quote cuts off from its own clause still changes what is said.
    ("We think the council should raise the levy", Verdict.ALTERED),
])
def test_a_negation_just_past_the_quotes_end(registry, quoted, expected):
    page = page_of(
        "“These days it is like a zoo. People just want to come and gawk at us, without even "
        "trying to understand,” said Tom Lee. “We think the council should raise the levy "
        "not at all,” he added.")
    j = verdict(page, registry, quoted, speaker="Tom Lee")
    assert j.verdict is expected, j.explanation


@pytest.mark.parametrize(("source_words", "quoted"), [
    ("There is no one in the main hall tonight.", "There is number one in the main hall tonight"),
    ("We are the No. 1 city for growth this year.", "We are the number two city for growth this year"),
    ("Sen. Warren backed the bill on Monday night.", "Senator Sanders backed the bill on Monday night"),
])
def test_an_abbreviation_is_no_cover_for_a_changed_word(registry, source_words, quoted):
    page = page_of(f"“{source_words}” said Tom Lee.")
    j = verdict(page, registry, quoted, speaker="Tom Lee")
    assert j.verdict is Verdict.ALTERED, j.explanation


@pytest.mark.parametrize(("page", "text", "kind"), [
    # A number the quote ends on, written short: the magnitude after the passage is its own.
    ("The company had its valuation slashed from $47 billion to $8 billion after the IPO.",
     "had its valuation slashed from $47bn to $8bn", "number_format"),
    # Speech written out: "leave ’em" as "leave them".
    ("“You come in, and hopefully you leave ’em in a better place than where you found ’em.”",
     "You come in, and hopefully you leave them in a better place than where you found them.",
     "contraction"),
    # A tag whose relative clause on the speaker runs to eleven words.
    ("“So what if he’s a billionaire?” says Polian, who worked with Stephen for five years on "
     "the Competition Committee. “He doesn’t have any airs about him. He’s also smart.”",
     "So what if he’s a billionaire? He doesn’t have any airs about him.", "speech_tag"),
    # The page's own bracket, kept, on one side of a speech tag.
    ("“If you’re scared [of Manziel],” one Cowboys executive joked to Stephen, “then I’m "
     "really scared.”", "If you’re scared [of Manziel], then I’m really scared", "speech_tag"),
    # The quote's own bracket right beside the tag it joins across.
    ("“If you’re scared of him,” one Cowboys executive joked to Stephen, one of those "
     "draftniks, “then I’m really scared.”", "If you’re scared [of Manziel], then I’m really "
     "scared", "bracket"),
    # A contraction opening or closing the quote, the source's two words written short.
    ("“We are going to win this thing, no doubt about it,” she said.",
     "We're going to win this thing, no doubt about it", "contraction"),
    ("“We know the plan will work and that it is,” she said.",
     "We know the plan will work and that it's", "contraction"),
    # A British paper's "pc"; a decade without its century.
    ("“About 40 percent of the homes were flooded,” she said.",
     "About 40pc of the homes were flooded", "number_format"),
    ("“We saw it in the 1990s and we will see it again,” she said.",
     "We saw it in the ’90s and we will see it again", "number_format"),
    # The anchor piece is said twice on the page; the pieces fall in order only around the
    # second (the sentence the writer quotes).
    ("The exams were meant to show “how much or how little pupils understand, know and can "
     "do”. Under the old system, she said, pupils were “simply ranked in merit order, with "
     "little regard to how much or how little pupils understand, know and can do”.",
     "simply ranked in merit order, with … or how little pupils understand, know and can do",
     "ellipsis"),
    # A bracketed word added to a short quote whose longer piece the page repeats.
    ("Is this the start of the future of gaming? Cloud play may be the future of gaming for "
     "some. But first: “Is streaming the future of gaming?” Possibly.",
     "Is streaming [also] the future of gaming?", "bracket"),
    # A bracket that replaces a pronoun inside its contraction ("he’s" as "[Smith]’s").
    ("“Yes, of course, he’s just beginning,” she said of the new leader.",
     "Yes, of course, [Smith]’s just beginning", "bracket"),
])
def test_forms_a_desk_writes_are_minor(registry, page, text, kind):
    j = judged(registry, page, text)
    assert j.verdict is Verdict.MINOR_VARIATION, j.explanation
    assert kind in {d.kind for d in j.differences}


def test_a_number_changed_at_the_quotes_end_is_still_altered(registry):
    j = judged(registry, "The company had its valuation slashed to $8 billion after the IPO.",
               "had its valuation slashed to $9bn")
    assert j.verdict is Verdict.ALTERED


def test_pieces_out_of_order_on_every_reading_are_still_altered(registry):
    j = judged(registry, "“The budget is balanced,” he said. “We will cut no services.”",
               "We will cut no services … The budget is balanced")
    assert j.verdict is Verdict.ALTERED, j.explanation


@pytest.mark.parametrize("text", [
    "We saw it in the ’80s and we will see it again",  # another decade
    "About 45pc of the homes were flooded",  # another share
])
def test_a_number_in_a_short_form_is_still_compared(registry, text):
    j = judged(registry, "“We saw it in the 1990s and we will see it again,” she said. “About "
               "40 percent of the homes were flooded,” she added.", text)
    assert j.verdict is Verdict.ALTERED, j.explanation
