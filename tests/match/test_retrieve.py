"""Retrieval across the sources of a run, then judging the few it names."""

import random

import pytest

from verify.input.text import text_to_document
from verify.match.interface import Verdict
from verify.match.retrieve import SourceSet
from verify.match.select import QuotePlan, ReadSource, judge_all
from verify.match.verdicts import SourceIndex
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind

COMMON = ["the", "government", "said", "on", "Tuesday", "that", "the", "plan", "would", "be",
          "reviewed", "by", "officials", "in", "the", "coming", "weeks", "and", "that", "the",
          "minister", "would", "not", "comment", "further", "on", "the", "report"]
RIGHT = (
    "Harbour dredging approved\n\n"
    '"The dredgers will start at the northern quay in March and finish before the regatta," '
    "said Ines Carvalho, the port director.\n\n"
    "Fishermen welcomed the decision. \"We have waited eleven years for a deeper channel,\" "
    "said Tomas Reis, who leads the cooperative.\n"
)


def distractor(seed: int) -> str:
    rnd = random.Random(seed)
    paras = []
    for _ in range(6):
        words = [rnd.choice(COMMON) for _ in range(28)]
        paras.append(" ".join(words).capitalize() + ".")
    return "\n\n".join(paras)


@pytest.fixture(scope="module")
def sources():
    texts = [distractor(i) for i in range(11)]
    texts.insert(7, RIGHT)
    return [ReadSource(SourceIndex(text_to_document(t, input=f"s{i}.txt", kind="text")),
                       f"s{i}.txt") for i, t in enumerate(texts)]


def quote(text, speaker="Ines Carvalho", kind=QuoteKind.QUOTE, n=1):
    return Quote(f"q{n}", 0, 0, text, kind, speaker=speaker)


def run(sources, registry, quotes, embedder=None):
    extracted = {}

    def source_quotes(i):
        if i not in extracted:
            extracted[i] = extract(sources[i].index.doc, registry)
        return extracted[i]

    every = tuple(range(len(sources)))
    return judge_all([QuotePlan(q, every) for q in quotes], sources, registry=registry,
                     source_quotes=source_quotes, embedder=embedder)


def test_the_page_with_the_rare_words_ranks_first(sources):
    index = SourceSet([s.index for s in sources])
    hits = index.rank("The dredgers will start at the northern quay in March, the government "
                      "said on Tuesday")
    assert hits[0].source == 7
    assert [h.source for h in index.rank("dredgers northern quay", among=[1, 2])] == []


def test_a_quote_is_aligned_with_a_few_sources_only_and_never_wakes_the_model(sources,
                                                                             registry):
    def no_model():
        raise AssertionError("the model must not be loaded for quotes that align")

    class Lazy:
        name = "lazy"

        def encode(self, texts):
            no_model()

    (verbatim, altered, credited) = run(sources, registry, [
        quote("The dredgers will start at the northern quay in March and finish before the "
              "regatta"),
        quote("We have waited twelve years for a deeper channel", speaker="Tomas Reis", n=2),
        quote("We have waited eleven years for a deeper channel", speaker="Ines Carvalho", n=3),
    ], embedder=Lazy())
    assert verbatim.judgement.verdict is Verdict.VERBATIM and verbatim.source == 7
    assert len(verbatim.judged) <= 3
    assert altered.judgement.verdict is Verdict.ALTERED and altered.source == 7
    assert credited.judgement.verdict is Verdict.MISATTRIBUTED
    assert credited.judgement.attribution.source_speaker == "Tomas Reis"


def test_quotes_that_align_nowhere_go_to_the_model_in_one_batch(sources, registry,
                                                              fake_embedder):
    from verify.match.embeddings import CachingEmbedder

    emb = CachingEmbedder(lambda: fake_embedder, "fake")
    out = run(sources, registry, [
        quote("A new lighthouse will be built on the island next summer", n=1),
        quote("Tourists will pay a small fee to visit the old fortress", n=2),
        quote("The regatta moves to September because of the dredging", n=3),
    ], embedder=emb)
    assert fake_embedder.calls == 1  # one batch for every quote and window
    assert all(o.judgement.attribution is not None for o in out)
    assert {o.judgement.verdict for o in out} <= {Verdict.NOT_FOUND, Verdict.PARAPHRASE}


def test_no_shared_word_is_not_found_with_its_reason(sources, registry):
    (o,) = run(sources, registry, [quote("Zebras xylophone quixotic", n=1)])
    assert o.judgement.verdict is Verdict.NOT_FOUND
    assert "12 sources" in o.judgement.explanation


def test_a_paywalled_candidate_turns_not_found_into_unavailable(registry):
    open_page = ReadSource(SourceIndex(text_to_document(distractor(1), input="a.txt",
                                                        kind="text")), "a.txt")
    walled = ReadSource(SourceIndex(text_to_document("Subscribe to read the story.",
                                                     input="b.html", kind="text")),
                        "https://paper.example/story", paywall="paywall (only the teaser "
                                                                 "is readable)")
    (o,) = judge_all([QuotePlan(quote("The harbour will close for a month next year"), (0, 1))],
                     [open_page, walled], registry=registry, source_quotes=lambda i: [])
    assert o.judgement.verdict is Verdict.SOURCE_UNAVAILABLE
    assert "paywall" in o.judgement.explanation


@pytest.mark.model
def test_a_reworded_quote_is_found_in_its_page_among_distractors(sources, registry,
                                                               real_embedder):
    from verify.match.embeddings import CachingEmbedder

    (o,) = run(sources, registry, [
        quote("Fishermen have been waiting eleven years for the channel to be made deeper",
              speaker="Tomas Reis")], embedder=CachingEmbedder(lambda: real_embedder, "real"))
    assert o.source == 7
    assert o.judgement.verdict is Verdict.PARAPHRASE, o.judgement.explanation
