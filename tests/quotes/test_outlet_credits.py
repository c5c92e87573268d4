"""Outlet credits on invented sentences: a publication the registry does not know is the
quote's outlet, never its speaker, and an outlet credit stays in the sentence that names it."""

import pytest

from tests.quotes.test_hard_cases import quotes
from verify.input.text import text_to_document
from verify.quotes.context import ArticleContext
from verify.quotes.marks import find_quotes
from verify.quotes.unlisted import unlisted_outlets

WORDS = "the ferry will stop running on weekends from next month"


@pytest.mark.parametrize(("sentence", "outlet"), [
    (f"Harbor Gazette reported that “{WORDS}.”", "Harbor Gazette"),
    (f"“{WORDS},” CityWire reported.", "CityWire"),
    (f"“{WORDS},” Example.org reported.", "Example.org"),
    (f"“{WORDS},” reports Riverbend Radio.", "Riverbend Radio"),
    (f"The Coastal Post first reported that “{WORDS}.”", "Coastal Post"),
    (f"According to a report by the Lakeside Tribune, “{WORDS}.”", "Lakeside Tribune"),
    (f"According to a report in Ridgeline, “{WORDS}.”", "Ridgeline"),
    (f"A report in the Valley Herald said “{WORDS}.”", "Valley Herald"),
    (f"“{WORDS},” Ridgeline’s report said.", "Ridgeline"),
    (f"“{WORDS},” Gothamville Daily said.", "Gothamville Daily"),
    (f"“{WORDS},” the Quillfield Magazine essay argued.", "Quillfield Magazine"),
    (f"An Example.org report said “{WORDS}.”", "Example.org"),
    (f"“{WORDS},” Marta Ruiz told WKRN.", "WKRN"),
    (f"“{WORDS},” Marta Ruiz said, according to Ridgeline.", "Ridgeline"),
    (f"“{WORDS},” Marta Ruiz told The Ridgeline Ledger Now.", "Ridgeline Ledger Now"),
    (f"Marta Ruiz told The Daily Ridge: “{WORDS}.”", "Daily Ridge"),
    (f"“{WORDS},” Marta Ruiz said in an interview with Harbor Radio.", "Harbor Radio"),
    (f"Quillfield Magazine wrote: “{WORDS}.”", "Quillfield Magazine"),
])
def test_a_publication_the_registry_does_not_know_is_the_outlet(registry, sentence, outlet):
    (q,) = quotes(registry, sentence)
    assert q.speaker == ("Marta Ruiz" if "Marta Ruiz" in sentence else None)
    assert q.outlet == outlet
    assert q.outlet_id == "unlisted:" + outlet
    assert registry.get(q.outlet_id).name == outlet


def test_a_domain_name_gives_the_outlet_its_domain(registry):
    (q,) = quotes(registry, f"“{WORDS},” Maria Lopez told CityWire.com.")
    assert (q.speaker, q.outlet) == ("Maria Lopez", "CityWire.com")
    assert registry.get(q.outlet_id).domains == ("citywire.com",)


def test_a_person_speaking_to_an_unknown_outlet_stays_the_speaker(registry):
    (q,) = quotes(registry, f"Maria Lopez told Harbor TV: “{WORDS}.”")
    assert (q.speaker, q.outlet) == ("Maria Lopez", "Harbor TV")
    (q,) = quotes(registry, f"“{WORDS},” the Harbor Gazette’s editor said.")
    assert (q.speaker, q.outlet) == ("the Harbor Gazette’s editor", None)


@pytest.mark.parametrize("sentence", [
    f"Jane Okafor covered the trial. “{WORDS},” Okafor reported.",  # her surname
    f"Reporter Sam Vega reported that “{WORDS}.”",  # a role before the name
    f"“{WORDS},” Dr Lena Marsh reported.",  # a title
    f"Emily Post said: “{WORDS}.”",  # a weak publication word without "the" or "reported"
])
def test_people_who_report_stay_people(registry, sentence):
    (q,) = quotes(registry, sentence)
    assert q.speaker is not None and q.outlet is None


@pytest.mark.parametrize("sentence", [
    f"“{WORDS},” the Pentagon reported.",  # a body's finding
    f"“{WORDS},” Ukraine reported.",  # a place's government
])
def test_bodies_and_places_that_report_are_not_publications(registry, sentence):
    (q,) = quotes(registry, sentence)
    assert q.outlet is None


def test_an_outlet_credit_is_not_carried_to_the_next_sentence(registry):
    text = ("The New York Times reported that “the council had voted to close the library "
            "branch.”\n\n“We will not raise the toll this year, whatever the council says,” "
            "Example.org reported.")
    first, second = quotes(registry, text)
    assert first.outlet == "The New York Times"
    assert second.outlet == "Example.org"


def test_a_quote_after_an_outlet_credit_inherits_the_speaker_not_the_outlet(registry):
    text = ("“We will rebuild the pier before summer,” Lopez told the BBC. “Then the road after "
            "it, whatever it costs.”")
    first, second = quotes(registry, text)
    assert (first.speaker, first.outlet) == ("Lopez", "BBC")
    assert (second.speaker, second.outlet) == ("Lopez", None)
    text = ("The Harbor Gazette reported that “the ferry will stop on weekends.”\n\n"
            "“Nobody on the board was told about the sale at all.”")
    first, second = quotes(registry, text)
    assert first.outlet == "Harbor Gazette"
    assert (second.speaker, second.outlet) == (None, None)


def test_a_split_quote_keeps_its_outlet_within_its_sentence(registry):
    a, b = quotes(registry, "“We tried,” Lopez told Harbor TV, “and the council said no "
                            "to every plan we had.”")
    assert a.outlet == b.outlet == "Harbor TV"


def test_the_same_speaker_later_names_no_outlet(registry):
    text = ("Lopez told the BBC: “We will rebuild the pier before summer.”\n\n"
            "“Then we will rebuild the road after it, whatever it costs,” Lopez said.")
    first, second = quotes(registry, text)
    assert first.outlet == "BBC" and second.outlet is None


def test_unlisted_outlets_finds_names_by_shape_and_by_verb(registry):
    text = ("Yesterday Harbor Gazette ran it. The Coastal Post agreed, and Ridgeline reported "
            "it too, on example.org. Emily Post and Jane Smith disagreed; Smith reported it. "
            "Times Union covered it, and Harbor Union reported it.")
    doc = text_to_document(text, input="t", kind="text")
    ctx = ArticleContext(text, doc.blocks, find_quotes(text, doc.blocks), registry)
    names = [m.text for m in ctx.outlets]
    # A publication word opening a name makes it a paper's ("Times Union"); "Harbor Union"
    # reporting is a body's finding.
    assert names == ["Harbor Gazette", "The Coastal Post", "Ridgeline", "example.org",
                     "Times Union"]
    runs = []  # no capitalised runs: only web addresses are read
    assert [m.text for m in unlisted_outlets(text, runs, [])] == ["example.org"]


def test_an_ambiguous_outlet_name_keeps_what_else_it_may_mean(registry):
    (q,) = quotes(registry, "The fire reached the outskirts of Sydney on Monday. “We lost "
                            "everything in an hour,” Jane Cole told ABC.")
    assert (q.outlet_id, q.outlet_others) == ("abc-au", ())
    (q,) = quotes(registry, "Crews came from the US to help. “We lost everything in an "
                            "hour,” Jane Cole told ABC. Residents of Sydney fled.")
    assert (q.outlet_id, q.outlet_others) == ("abc-us", ("abc-au",))
    (q,) = quotes(registry, "“We lost everything in an hour,” Jane Cole told ABC News.")
    assert (q.outlet_id, q.outlet_others) == ("abc-us", ())


def test_a_web_address_after_told_keeps_the_speaker(registry):
    (q,) = quotes(registry, f"One person involved told Space.example.com: “{WORDS}.”")
    assert (q.speaker, q.outlet) == ("One person involved", "Space.example.com")


@pytest.mark.parametrize("sentence", [
    f"The general told US media this month that “{WORDS}.”",  # whose media, not which
    f"“{WORDS},” she wrote in a post on pic.twitter.com/AbC123 last night.",  # a link
    f"“{WORDS},” the mayor said on TV.",  # a lone "TV" is no outlet's name
])
def test_what_is_not_an_outlets_name(registry, sentence):
    (q,) = quotes(registry, sentence)
    assert q.outlet is None


def test_a_named_magazine_is_not_the_outlet_named_before(registry):
    # "the paper" reads back to The Guardian; "Smithsonian magazine" names its own.
    text = ("The Guardian, in an editorial, was stark: 'Hong Kong is burning tonight.' The "
            "paper argued that 'excessive force has accelerated the crisis'.\n\n"
            "Smithsonian magazine noted that officials 'are minimising or even restricting "
            "information about the cases'.")
    *_, paper, magazine = quotes(registry, text)
    assert paper.outlet == "The Guardian"
    assert magazine.outlet != "The Guardian" and magazine.speaker == "Smithsonian magazine"
