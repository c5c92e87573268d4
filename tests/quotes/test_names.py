"""Speakers are clean names: whitespace collapsed, a description kept apart."""

import pytest

from verify.quotes.names import speaker_name


@pytest.mark.parametrize("mention, name", [
    ("the pro-war\nhistorian Timothy Snyder", "Timothy Snyder"),
    ("Sanders campaign manager Jeff Weaver", "Jeff Weaver"),
    ("White House press secretary Karine Jean-Pierre", "Karine Jean-Pierre"),
    ("Tom \n Okafor", "Tom Okafor"),
    ("former Secretary of State Hillary Clinton", "Secretary of State Hillary Clinton"),
    # Kept whole: no name, a determiner only, or a name tied to something else.
    ("a spokesperson", "a spokesperson"),
    ("the Kremlin", "the Kremlin"),
    ("the mayor", "the mayor"),
    ("an official with the Ministry of Defence", "an official with the Ministry of Defence"),
    ("two people familiar with the plans", "two people familiar with the plans"),
    ("Mr. Haq", "Mr. Haq"),
])
def test_speaker_name(mention, name):
    assert speaker_name(mention) == name


def test_the_seed_credits_snyder_by_name_without_the_line_break():
    from tests.conftest import SEED
    from verify.input.reader import read_local
    from verify.outlets import OutletRegistry
    from verify.quotes.extract import extract

    doc = read_local(str(SEED))
    (q,) = [q for q in extract(doc, OutletRegistry.load()) if "conventional defeat" in q.text]
    assert q.speaker == "Timothy Snyder"
    assert q.speaker_span is not None and "Snyder" in doc.text[slice(*q.speaker_span)]


def test_a_place_after_a_role_noun_and_a_title_both_leave_the_name():
    from verify.quotes.name_runs import NAME_RUN, strip_roles

    for text, name in (("the ambassador to Britain Liu Xiaoming said", "Liu Xiaoming"),
                       ("the envoy to Britain Gov. Ann Lee Jones said", "Ann Lee Jones"),
                       ("New Jersey Gov. Chris Christie said", "Chris Christie")):
        run = next(NAME_RUN.finditer(text))
        s, e = strip_roles(text, run.start(), run.end())
        assert text[s:e] == name
