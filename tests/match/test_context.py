"""Out of context: the source's own sentence negates, denies, reports as others' claim,
makes hypothetical or asks the quoted words (invented sentences)."""

import pytest

from verify.input.text import text_to_document
from verify.match.context import out_of_context
from verify.match.interface import Verdict
from verify.match.verdicts import SourceIndex, judge
from verify.quotes import extract
from verify.quotes.interface import Quote, QuoteKind


def decide(sentence: str, quoted: str, speaker: str = "Ann Lee") -> str | None:
    at = sentence.index(quoted)
    found = out_of_context(sentence, at, at + len(quoted), quoted, speaker)
    return found.code if found else None


@pytest.mark.parametrize(("sentence", "quoted", "code"), [
    # negation right before the span, through saying and thinking verbs
    ("She said this was not a peaceful protest by people defending their homes.",
     "a peaceful protest by people defending their homes", "negation"),
    ("I am not saying we should leave the union tomorrow.",
     "we should leave the union tomorrow", "negation"),
    ("I don't think the ferry will run again this winter.",
     "the ferry will run again this winter", "negation"),
    ("The harbour is no longer a safe place for small boats.",
     "a safe place for small boats", "negation"),
    ("It is not true that the council ignored the residents.",
     "the council ignored the residents", "negation"),
    ("Few would argue against the use of such cameras to catch speeding drivers.",
     "argue against the use of such cameras to catch speeding drivers", "negation"),
    ("I don't think she fully understood what the new exam would mean.",
     "fully understood what the new exam would mean", "negation"),
    # a denial or distancing word governing the span
    ("It would be wrong to say the plan has failed completely.",
     "the plan has failed completely", "denial"),
    ("We reject the idea that the barrier is too costly for the town.",
     "the barrier is too costly for the town", "denial"),
    ("I deny that we broke the rules last year.", "we broke the rules last year", "denial"),
    # a claim reported as others'
    ("Critics say the mayor has wasted millions on the barrier.",
     "the mayor has wasted millions on the barrier", "others_claim"),
    ("Some landlords claim that you can opt out of the new licence scheme.",
     "you can opt out of the new licence scheme", "others_claim"),
    ("The plan is a disaster for renters, according to opponents of the mayor.",
     "The plan is a disaster for renters", "others_claim"),
    # a condition, either side
    ("If the funding fell through, the whole project would collapse.",
     "the whole project would collapse", "condition"),
    ("The whole project would collapse if the funding fell through.",
     "The whole project would collapse", "condition"),
    ("The warming limit is dead, unless we act on the energy imbalance.",
     "The warming limit is dead", "condition"),
    ("These concerns cannot be met short of exempting the press from the law.",
     "These concerns cannot be met", "condition"),
    ("No one sector wants to sign up for rules that would cut its emissions.",
     "wants to sign up for rules that would cut its emissions", "negation"),
    ("This is motivated by a fallacy, advanced by the paper, that warming will be far greater.",
     "warming will be far greater", "denial"),
    ("However, I disagree on the solution: using aerosols to cool the climate.",
     "using aerosols to cool the climate", "denial"),
    ("She asked the voters one question: \"Is this the conduct that we want from a leader?\"",
     "the conduct that we want from a leader", "question"),
    # a question turned into a statement
    ("Do we really want to leave the union tomorrow?",
     "we really want to leave the union tomorrow", "question"),
    ("But does that mean that they are going to face jail and lose their careers?",
     "going to face jail and lose their careers", "question"),
    # others' view, whoever they are, when they are not the speaker
    ("They see the decline of the paper as close to inevitable.",
     "the decline of the paper as close to inevitable", "others_claim"),
    ("She always felt that any change in education might be for the worse.",
     "any change in education might be for the worse", "others_claim"),
    ("Representatives of the family suggested the financier may have been murdered.",
     "the financier may have been murdered", "others_claim"),
    ("We work with the coalition forces, who have said they need a security assessment first.",
     "need a security assessment first", "others_claim"),
    ("People want to hear that I bought all gold and fur.", "I bought all gold and fur",
     "others_claim"),
    # a possibility, the condition itself, what would follow otherwise
    ("The timing raises concerns that the agency was unaware of the operation.",
     "the agency was unaware of the operation", "condition"),
    ("If he had concerns about the call, I would have expected to hear of them.",
     "had concerns about the call", "condition"),
    ("I had to do a good job or no one would ever invite me to the party again.",
     "no one would ever invite me to the party again", "condition"),
    # a fronted negation, what was said instead, a claim found hard to believe
    ("At no time was I aware of or took part in an effort to urge an inquiry.",
     "took part in an effort to urge an inquiry", "negation"),
    ("Instead of telling them that they needed to act, I told them the opposite.",
     "they needed to act", "negation"),
    ("I find it hard to believe that either would allow the talks to collapse.",
     "would allow the talks to collapse", "denial"),
    # "no" right before the noun the quotation opens with
    ("Unlike in the films, there's no class on how to speak or how to sit.",
     "class on how to speak or how to sit", "negation"),
    # the consequence of an "if" clause that opens the sentence, after a discourse word
    ("Anyway, if the firm combined those records, no guesswork would be required.",
     "no guesswork would be required", "condition"),
    ("If you give these reporters full access, then you will get better press.",
     "you will get better press", "condition"),
    ("Because if you don't do what's right by the people, you have to reckon with us.",
     "you have to reckon with us", "condition"),
    ("Asked why, Scott told the host, \u201cBecause if you don't do right by the people, "
     "you have to reckon with us.\u201d", "you have to reckon with us", "condition"),
    ("To simplify it, it's a case of if you give full access to these reporters, then you "
     "will get better press.", "you will get better press", "condition"),
    # a quotation the speaker gives to someone else inside their own words
    ("Congress got involved and said, ‘Oh that’s not fair, these people should be "
     "able to get credit.’", "these people should be able to get credit", "others_claim"),
])
def test_a_governing_word_left_outside_the_quotation(sentence, quoted, code):
    assert decide(sentence, quoted) == code


@pytest.mark.parametrize(("sentence", "quoted"), [
    # the whole sentence, or the governing word inside the quotation
    ("This was a peaceful protest by people defending their homes.",
     "This was a peaceful protest by people defending their homes"),
    ("This was not a peaceful protest by people defending their homes.",
     "not a peaceful protest by people defending their homes"),
    # nothing governs the span
    ("This was a peaceful protest by people defending their homes.",
     "a peaceful protest by people defending their homes"),
    # a negation that narrows, a concession, a double negative, a clause between
    ("This was not only a peaceful protest but a celebration of the town.",
     "a peaceful protest but a celebration of the town"),
    ("Even if it rains, we will finish the barrier on time.",
     "we will finish the barrier on time"),
    ("There is no doubt the barrier will hold for decades.",
     "the barrier will hold for decades"),
    ("We did not win the vote, but the team played well all season.",
     "the team played well all season"),
    # a neighbouring sentence that disagrees is not the quoted words' own sentence
    ("Some argue the plan is flawed. I think the plan is sound and fair.",
     "the plan is sound and fair"),
    # a judgement that is not of a saying, a condition over no hypothetical
    ("It is wrong that children still go hungry in this city.",
     "children still go hungry in this city"),
    ("If you look at the figures, this is the best year the port has had.",
     "this is the best year the port has had"),
    ("A few would argue against the use of such cameras on quiet roads.",
     "argue against the use of such cameras on quiet roads"),
    ("We will win this election if we stay united behind the plan.",
     "We will win this election"),
    ("If you look at the figures, we had the best year the port has seen.",
     "we had the best year the port has seen"),
    ("If you look at the figures, you will see the port has grown.",
     "you will see the port has grown"),
    ("If I'm honest, we will have to raise the fares next year.",
     "we will have to raise the fares next year"),
    # "no" before another noun than the quotation's; the speaker quoting themself
    ("There is no plan B, and the barrier will hold for decades.",
     "the barrier will hold for decades"),
    ("I went and said, ‘these people should be able to get credit’, and they did.",
     "these people should be able to get credit"),
    ("No wonder the plan failed so badly in its first year.", "the plan failed so badly"),
    # exactly the source's own quotation: the words around it are the reporter's
    ("Papers show she did not \u201clike the sound of the new exam\u201d at all.",
     "like the sound of the new exam"),
    # the speaker reports their own view, not others'
    ("Ann Lee said the plan is sound and fair to renters.",
     "the plan is sound and fair to renters"),
    # what the speaker knows, found, or said themself
    ("We know that the river will flood again this year.",
     "the river will flood again this year"),
    ("As I told the council, the plan is sound and fair.", "the plan is sound and fair"),
    ("We lost the vote. But we played well and the fans saw it.", "we played well"),
    ("I said we would win, and we did.", "we would win"),
    # a sentence of its own, after one that reads like others' claim
    ("They need to start giving the public some answers. These arrests are important, but "
     "they are not the end.", "These arrests are important"),
])
def test_the_quotation_says_what_its_sentence_says(sentence, quoted):
    assert decide(sentence, quoted) is None


SOURCE = ('The minister spoke on Friday. "This was not a peaceful protest by people defending '
          'their homes," said Minister Jane Doe. "It was a riot, and it will be treated as '
          'one," she added.')


@pytest.fixture(scope="module")
def source():
    return SourceIndex(text_to_document(SOURCE, input="s.txt", kind="text"))


def verdict(source, registry, text):
    quote = Quote("q", 0, 0, text, QuoteKind.QUOTE, speaker="Jane Doe")
    doc_quotes = extract(source.doc, registry)
    return judge(quote, source, registry=registry, embedder=None,
                 source_quotes=lambda: doc_quotes)


def test_a_faithful_sub_span_of_a_negated_sentence_is_out_of_context(source, registry):
    j = verdict(source, registry, "a peaceful protest by people defending their homes")
    assert j.verdict is Verdict.OUT_OF_CONTEXT
    assert "the source's sentence reads: '\"This was not a peaceful protest" in j.explanation


def test_with_the_negation_inside_it_is_verbatim(source, registry):
    j = verdict(source, registry, "This was not a peaceful protest by people defending their "
                                  "homes")
    assert j.verdict is Verdict.VERBATIM


SPEECH = ('The mayor spoke on Monday.\n\n"We will build the barrier before the spring floods '
          'arrive," said Mayor Ann Lee.\n\nThe council debated the budget for an hour. Members '
          'raised the question of maintenance costs.\n\nResidents asked about road closures.'
          '\n\n"Every household on the east bank will be protected by the end of the decade," '
          'Lee said.\n\n"We tried for years," she said. "It failed every time."')


@pytest.fixture(scope="module")
def speech():
    return SourceIndex(text_to_document(SPEECH, input="s.txt", kind="text"))


def test_a_splice_without_an_ellipsis_is_altered_and_names_the_join(speech, registry):
    quote = Quote("q", 0, 0, "We will build the barrier before the spring floods arrive. Every "
                  "household on the east bank will be protected", QuoteKind.QUOTE,
                  speaker="Ann Lee")
    j = judge(quote, speech, registry=registry, embedder=None,
              source_quotes=lambda: extract(speech.doc, registry))
    assert j.verdict is Verdict.ALTERED
    assert "joins two passages 3 paragraphs apart without an ellipsis" in j.explanation


@pytest.mark.parametrize("text", [
    "We will build the barrier before the spring floods arrive … Every household on the east "
    "bank will be protected",  # the ellipsis says words were left out
    "We tried for years. It failed every time.",  # one answer across its speech tag
])
def test_a_marked_splice_or_one_answer_across_a_tag_is_minor(speech, registry, text):
    quote = Quote("q", 0, 0, text, QuoteKind.QUOTE, speaker="Ann Lee")
    j = judge(quote, speech, registry=registry, embedder=None,
              source_quotes=lambda: extract(speech.doc, registry))
    assert j.verdict is Verdict.MINOR_VARIATION


def test_two_answers_far_apart_joined_without_an_ellipsis_are_a_splice(registry):
    filler = " ".join(f"Paragraph {n} of the minutes records item {n} and who seconded it."
                      for n in range(60))
    text = ("Since 2008 there has not been a single year of revenue gain in the industry, Ken "
            f"Doctor said.\n\n{filler}\n\nFinancial players like Fortress and Alden are making "
            "significant money on the way down, he added.")
    src = SourceIndex(text_to_document(text, input="s.txt", kind="text"))
    quote = Quote("q", 0, 0, "Since 2008 there has not been a single year of revenue gain, "
                  "financial players like Fortress and Alden are making significant money",
                  QuoteKind.QUOTE, speaker="Ken Doctor")
    j = judge(quote, src, registry=registry, embedder=None,
              source_quotes=lambda: extract(src.doc, registry))
    assert j.verdict is Verdict.ALTERED
    assert "without an ellipsis" in j.explanation


def test_others_claims_are_out_of_context_only_for_a_person_credited_with_them():
    sentence = "Officials said the bridge will reopen to traffic in May."
    quoted = "the bridge will reopen to traffic in May"
    assert decide(sentence, quoted, "Ann Lee") == "others_claim"
    assert decide(sentence, quoted, "Officials") is None  # theirs
    # no one, or the outlet that reported it ("the Herald reported that “…”"): what it said
    assert decide(sentence, quoted, None) is None
