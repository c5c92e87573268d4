"""Which source the verdict rests on: among the candidates that hold the words, the
credited outlet's page, with the other copies named (invented pages)."""

from verify.input.text import text_to_document
from verify.match.interface import Verdict
from verify.match.select import QuotePlan, ReadSource, judge_all
from verify.match.verdicts import SourceIndex
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind

WORDS = "We simply cannot afford the fuel for the weekend crossings any longer"
STORY = ("The harbour ferry will stop running on weekends from next month.\n\n"
         f'"{WORDS}," said Ana Ruiz, who runs the service.\n')


def sources(*pages):
    return [ReadSource(SourceIndex(text_to_document(text, input=f"p{i}.txt", kind="text",
                                                    url=url)), url)
            for i, (url, text) in enumerate(pages)]


def run(srcs, registry, quote):
    def source_quotes(i):
        return extract(srcs[i].index.doc, registry)
    (outcome,) = judge_all([QuotePlan(quote, tuple(range(len(srcs))))], srcs,
                           registry=registry, source_quotes=source_quotes)
    return outcome


def credited(outlet_id, registry, words=WORDS, speaker=None):
    return Quote("q1", 0, 0, words, QuoteKind.QUOTE, speaker=speaker,
                 outlet=registry.get(outlet_id).name, outlet_id=outlet_id)


def test_the_credited_outlets_page_is_the_evidence_and_the_copies_are_named(registry):
    # The wire copy is cleaner text (it ranks first); the credit names the Gazette.
    copy = ("https://www.coastwire.example/ferry", "Ferry stops\n\n" + STORY)
    own = ("https://www.harborgazette.example/ferry",
           "Ferry stops\n\n" + STORY + "\nSubscribe to the Gazette for more local news.\n")
    srcs = sources(copy, own)
    outcome = run(srcs, registry, credited("unlisted:Harbor Gazette", registry))
    assert outcome.source == 1
    assert outcome.judgement.verdict is Verdict.VERBATIM
    assert "also on https://www.coastwire.example/ferry" in outcome.judgement.explanation


def test_the_outlets_page_is_the_evidence_even_when_its_words_differ(registry):
    # Its version changed a word since: the quote is checked against the outlet's words.
    changed = STORY.replace("weekend crossings", "winter crossings")
    srcs = sources(("https://www.coastwire.example/ferry", STORY),
                   ("https://www.harborgazette.example/ferry", changed))
    outcome = run(srcs, registry, credited("unlisted:Harbor Gazette", registry))
    assert outcome.source == 1
    assert outcome.judgement.verdict is Verdict.ALTERED


def test_a_page_of_the_outlet_that_does_not_hold_the_words_is_not_chosen(registry):
    other = "The Gazette's sports desk reported on the regatta and the harbour swim.\n"
    srcs = sources(("https://www.coastwire.example/ferry", STORY),
                   ("https://www.harborgazette.example/regatta", other))
    outcome = run(srcs, registry, credited("unlisted:Harbor Gazette", registry))
    assert outcome.source == 0
    assert "also on" not in outcome.judgement.explanation


def test_without_an_outlet_credit_the_best_alignment_decides(registry):
    srcs = sources(("https://www.coastwire.example/ferry", STORY),
                   ("https://www.harborgazette.example/ferry", STORY))
    quote = Quote("q1", 0, 0, WORDS, QuoteKind.QUOTE, speaker="Ana Ruiz")
    outcome = run(srcs, registry, quote)
    assert outcome.judgement.verdict is Verdict.VERBATIM
    assert "also on" not in outcome.judgement.explanation
