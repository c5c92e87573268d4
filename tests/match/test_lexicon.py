"""UK/US spelling from the shipped list, its inflections, and words that only look alike."""

import importlib.util
from pathlib import Path

import pytest

from verify.match.lexicon import spelling_variants, us_spelling
from verify.match.normalize import us_forms


@pytest.mark.parametrize(("uk", "us"), [
    ("programme", "program"), ("travelled", "traveled"), ("defence", "defense"),
    ("fulfil", "fulfill"), ("judgement", "judgment"), ("ageing", "aging"),
    ("manoeuvre", "maneuver"), ("tyre", "tire"), ("metre", "meter"), ("grey", "gray"),
    ("sceptical", "skeptical"), ("plough", "plow"), ("mould", "mold"), ("jewellery", "jewelry"),
    ("aluminium", "aluminum"), ("moustache", "mustache"), ("draughts", "drafts"),
])
def test_listed_spellings_are_variants(uk, us):
    assert spelling_variants(uk, us) and spelling_variants(us, uk)


@pytest.mark.parametrize(("uk", "us"), [
    # inflections of listed words, listed or not
    ("programmes", "programs"), ("travelling", "traveling"), ("defences", "defenses"),
    ("fulfils", "fulfills"), ("judgements", "judgments"), ("manoeuvring", "maneuvering"),
    ("organisations", "organizations"), ("tyres", "tires"), ("enrolment", "enrollment"),
    ("centring", "centering"), ("snowploughs", "snowplows"),
    # -ise/-ize, -our/-or, -re/-er, -ogue/-og, -ae/-e
    ("organisation", "organization"), ("recognised", "recognized"),
    ("neighbourhoods", "neighborhoods"), ("behavioural", "behavioral"), ("theatres", "theaters"),
    ("catalogued", "cataloged"), ("paediatrician", "pediatrician"),
    # coinages no list has: the British ending rewritten
    ("weaponised", "weaponized"), ("incentivising", "incentivizing"),
    ("fuelled", "fueled"), ("trialling", "trialing"),
])
def test_inflected_and_unlisted_spellings_are_variants(uk, us):
    assert spelling_variants(uk, us), (us_spelling(uk), us_spelling(us))


@pytest.mark.parametrize(("a", "b"), [
    ("council", "counsel"), ("four", "for"), ("tour", "tor"), ("hour", "hor"),
    ("filled", "filed"), ("polled", "poled"), ("shoe", "she"), ("defence", "offence"),
    ("travelled", "traveling"),  # another tense
    ("tonne", "ton"), ("philtre", "filter"),  # another unit, another word (left out of the list)
    ("programme", "programme"),  # the same word is no variant
])
def test_different_words_stay_different(a, b):
    assert not spelling_variants(a, b)


def test_the_shipped_spelling_list_is_the_one_breame_gives():
    pytest.importorskip("breame")
    script = Path(__file__).parents[2] / "scripts" / "make_spellings.py"
    spec = importlib.util.spec_from_file_location("make_spellings", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert dict(module.pairs()) == us_forms()


@pytest.mark.parametrize(("uk", "us"), [("colourblind", "colorblind"), ("cheque", "check"),
                                        ("kerbside", "curbside"), ("centrepiece", "centerpiece")])
def test_compounds_of_listed_words_and_common_pairs_breame_lacks(uk, us):
    assert spelling_variants(uk, us)
