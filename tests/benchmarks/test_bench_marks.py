"""The marks benchmark's scorer: a found quotation, a missed one, an extra one and a wrong
credit are each counted where they belong."""

from benchmarks import bench_marks as bench
from benchmarks.marks.cases import ANY, CASES, Case
from verify.outlets import OutletRegistry


def test_each_kind_of_outcome_is_counted():
    registry = OutletRegistry.load()
    score = bench.Score()
    bench.score(Case("‘We will not back down,’ said Ann Lee. He never said it was 'a farce'.",
                     (("We will not back down,", "Lee"), ("never said", None)), "single"),
                registry, score)
    assert (score.gold, score.found, score.credited, score.credit_right) == (2, 1, 1, 1)
    assert score.predicted == 2 and any(e.startswith("extra") for e in score.errors)
    wrong = bench.Score()
    bench.score(Case("“Yes,” said Tom Hale.", (("Yes,", "Ruiz"),), "other"), registry, wrong)
    assert wrong.credit_right == 0 and wrong.errors[0].startswith("credit")


def test_the_set_is_as_large_as_its_targets_ask_and_its_quotations_are_in_their_texts():
    single = sum(len(c.quotes) for c in CASES if c.style == "single")
    other = sum(len(c.quotes) for c in CASES if c.style == "other")
    assert single >= 150 and other >= 60
    for case in CASES:
        for words, who in case.quotes:
            assert words in case.text and (who is None or who == ANY or who.strip())


def test_every_third_case_of_each_round_is_held_out_in_that_round():
    from benchmarks.marks.cases import ROUNDS

    labelled = bench.parts()
    assert [case for case, _ in labelled] == CASES
    at = 0
    for n, cases in enumerate(ROUNDS, start=1):
        held = [i for i, (_, p) in enumerate(labelled[at:at + len(cases)]) if p != "tune"]
        assert held == list(range(2, len(cases), 3))
        assert {labelled[at + i][1] for i in held} == {f"held-{n}"}
        at += len(cases)
