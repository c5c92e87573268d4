"""Quotes translated from another language (issue 25): invented German, French and Spanish
originals, each cross-language check (number, name, date, negation, speaker), retrieval
among distractors in both languages, and the reading of numbers across conventions."""

import pytest

from verify.input.text import text_to_document
from verify.match.interface import AttributionStatus, Verdict
from verify.match.select import QuotePlan, ReadSource, judge_all
from verify.match.translation import date_difference, name_difference, negated, numbers
from verify.match.verdicts import SourceIndex
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind

ORIGINALS = {
    "de": ("Berlin. Die Bundesregierung will im kommenden Jahr mehr Geld für die Bahn ausgeben. "
           "„Die Stadt Köln erhält im März 50.000 Euro für jede Station“, sagte "
           "Verkehrsministerin Anna Berger am Montag. Die Opposition kritisierte die Pläne.\n\n"
           "„Die Regierung wird die Steuern in diesem Jahr nicht erhöhen“, sagte Finanzminister "
           "Jonas Keller vor dem Bundestag. Der Zug nach Hamburg fährt wieder pünktlich.\n"),
    "fr": ("Paris. Le gouvernement veut dépenser davantage pour les chemins de fer l'an prochain. "
           "« La ville de Lyon recevra 50 000 euros pour chaque gare en mars », a déclaré la "
           "ministre Claire Dubois lundi. L'opposition a critiqué ces projets.\n\n"
           "« Le gouvernement n'augmentera pas les impôts cette année », a déclaré le ministre "
           "Paul Martin devant l'Assemblée. Le train pour Marseille circule de nouveau.\n"),
    "es": ("Madrid. El Gobierno quiere gastar más dinero en el ferrocarril el próximo año. "
           "«La ciudad de Sevilla recibirá 50.000 euros por cada estación en marzo», dijo la "
           "ministra Lucía Romero el lunes. La oposición criticó los planes.\n\n"
           "«El Gobierno no subirá los impuestos este año», dijo el ministro Diego Navarro ante "
           "el Congreso. El tren a Valencia vuelve a circular con normalidad.\n"),
}
CITY = {"de": "Cologne", "fr": "Lyon", "es": "Seville"}
MINISTER = {"de": "Anna Berger", "fr": "Claire Dubois", "es": "Lucía Romero"}
TAXES = {"de": "Jonas Keller", "fr": "Paul Martin", "es": "Diego Navarro"}
ENGLISH_DISTRACTOR = ("The council said on Tuesday that the new bridge would open in June. "
                      "Traffic on the ring road has doubled since last year, officials said.\n")
GERMAN_DISTRACTOR = ("Das Wetter bleibt am Wochenende sonnig und warm. Im Süden werden bis zu "
                     "30 Grad erwartet, teilte der Wetterdienst mit.\n")


def judge(registry, lang, text, speaker, *, distractors=True):
    pages = [("orig", ORIGINALS[lang])]
    if distractors:
        pages += [("en", ENGLISH_DISTRACTOR), ("de2", GERMAN_DISTRACTOR)]
    srcs = [ReadSource(SourceIndex(text_to_document(t, input=f"{n}.txt", kind="text")), n)
            for n, t in pages]
    quote = Quote("q1", 0, 0, text, QuoteKind.QUOTE, speaker=speaker)
    (outcome,) = judge_all([QuotePlan(quote, tuple(range(len(srcs))))], srcs,
                           registry=registry,
                           source_quotes=lambda i: extract(srcs[i].index.doc, registry))
    return outcome


LANGS = ["de", "fr", "es"]


def station(lang, city=None, number="50,000", month="March"):
    return (f"The city of {city or CITY[lang]} will receive {number} euros for every station "
            f"in {month}")


@pytest.mark.parametrize("lang", LANGS)
def test_a_faithful_translation_is_found_in_the_original_and_called_translation(registry, lang):
    out = judge(registry, lang, station(lang), MINISTER[lang])
    j = out.judgement
    assert j.verdict is Verdict.TRANSLATION, j.explanation
    assert out.source == 0 and "50" in j.passage and j.language == lang
    assert "euro" in j.passage.lower()  # the passage stays in the original's language


@pytest.mark.parametrize("lang", LANGS)
def test_a_changed_number_is_altered_and_both_numbers_are_named(registry, lang):
    j = judge(registry, lang, station(lang, number="15,000"), MINISTER[lang]).judgement
    assert j.verdict is Verdict.ALTERED, j.explanation
    assert "15,000" in j.explanation and "50" in j.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_a_changed_name_is_altered(registry, lang):
    j = judge(registry, lang, station(lang, city="Hamburg"), MINISTER[lang]).judgement
    assert j.verdict is Verdict.ALTERED, j.explanation
    assert "Hamburg" in j.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_a_changed_month_is_altered(registry, lang):
    j = judge(registry, lang, station(lang, month="May"), MINISTER[lang]).judgement
    assert j.verdict is Verdict.ALTERED, j.explanation
    assert "May" in j.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_negation_must_survive_translation(registry, lang):
    kept = judge(registry, lang, "The government will not raise taxes this year", TAXES[lang]).judgement
    dropped = judge(registry, lang, "The government will raise taxes this year", TAXES[lang]).judgement
    assert kept.verdict is Verdict.TRANSLATION, kept.explanation
    assert dropped.verdict is Verdict.ALTERED and "negat" in dropped.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_a_credit_the_original_gives_someone_else_is_left_to_a_person(registry, lang):
    # Read in another language, the source's credit is no sure reading: never MISATTRIBUTED,
    # but the finding names whom the original credits.
    j = judge(registry, lang, "The government will not raise taxes this year", MINISTER[lang]).judgement
    assert j.verdict is Verdict.TRANSLATION, j.explanation
    assert j.attribution is not None and j.attribution.status is AttributionStatus.UNCHECKED
    assert TAXES[lang].split()[-1] in j.explanation and "check by hand" in j.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_what_no_passage_says_is_not_found_with_the_closest_passage(registry, lang):
    j = judge(registry, lang, "The museum will stay closed until the roof is repaired", None).judgement
    assert j.verdict is Verdict.NOT_FOUND and j.passage and j.language in {lang, "de"}


def test_an_original_in_the_quotations_language_is_judged_as_before(registry):
    out = judge(registry, "de", "Die Regierung wird die Steuern in diesem Jahr nicht erhöhen",
                "Jonas Keller")
    assert out.judgement.verdict is Verdict.VERBATIM and out.judgement.language is None


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("50.000 Euro", "de", 50000), ("50,000 euros", "en", 50000), ("50 000 euros", "fr", 50000),
    ("50\u202f000 euros", "fr", 50000), ("50 Tausend Euro", "de", 50000),
    ("3,5 Millionen", "de", 3.5e6), ("2 Milliarden", "de", 2e9), ("2 billion", "en", 2e9),
    ("mil millones", "es", None), ("2 mil millones de euros", "es", 2e9),
    ("1,5 millones", "es", 1.5e6), ("4.2 million", "en", 4.2e6), ("30 %", "fr", 30),
])
def test_numbers_are_read_in_each_languages_conventions(text, lang, value):
    got = [n.value for n in numbers(text, lang) if not n.small_word]
    assert got == ([] if value is None else [value])


def test_months_and_negators_per_language():
    assert date_difference("on 3 March", "am 3. März") is None
    assert date_difference("on 3 May", "le 3 mars") == "the source says mars, the quotation May"
    assert negated("Nous n'irons pas", "fr") and negated("No iremos", "es")
    assert negated("Wir haben keine Zeit", "de") and not negated("Wir haben Zeit", "de")


def test_a_weekday_inside_a_german_compound_is_a_date():
    source = "Am Freitagvormittag war es mit dem Optimismus wieder vorbei."
    assert date_difference("By Friday morning the optimism was over", source) is None
    assert date_difference("By Thursday morning the optimism was over", source) == \
        "the source says Freitagvormittag, the quotation Thursday"


@pytest.mark.parametrize(("quote", "passage"), [
    ("the expected US recession", "die erwartete US-Rezession"),  # a compound's part
    ("the weak GDP figures", "die schwachen BIP-Zahlen"),  # an acronym each language spells
    ("the talks in Vienna", "die Gespräche in Wien"),  # CLDR's city names
    ("the United States will act", "die Vereinigten Staaten werden handeln"),
    ("aid for Greece", "die Hilfe für Griechenland"),  # CLDR's country names
    ("talks with Hungary", "les discussions avec la Hongrie"),
])
def test_a_name_written_the_languages_way_is_the_same_name(quote, passage):
    assert name_difference(quote, passage) is None


def test_another_place_is_another_name():
    assert name_difference("the talks in Berlin", "die Gespräche in Wien") == \
        "the quotation names Berlin, the source passage does not"
    assert name_difference("aid for Greece", "die Hilfe für Ungarn") is not None
