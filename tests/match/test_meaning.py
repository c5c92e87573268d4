"""Indirect speech made direct: the source reports the credited speaker's words, the draft
quotes them reworded (invented sentences, the real model)."""

from verify.input.text import text_to_document
from verify.match.interface import Verdict
from verify.match.select import QuotePlan, ReadSource, judge_all
from verify.match.semantic import Window, reported
from verify.match.verdicts import SourceIndex, _indirect, reports_speaker
from verify.quotes.interface import Quote, QuoteKind

REPORT = ("The harbour board met on Thursday evening to approve the new sea wall.\n\n"
          "Harbour master Ines Varga said fishermen in the old town would finally be able to "
          "leave their boats moored through the winter without fearing the tides.\n\n"
          "Work on the wall begins in March.")
OTHER = ("The county fair opens on Saturday with a parade of tractors.\n\n"
         "Organisers said tickets for the fair had sold out within a day.")


def test_a_sentence_of_indirect_speech_gives_the_reported_words_and_who_said_them():
    start = REPORT.index("Harbour master")
    end = REPORT.index("tides.") + len("tides.")
    w = reported(REPORT, start, end)
    assert w is not None and w.reporter == "Harbour master Ines Varga"
    assert w.text.startswith("fishermen in the old town would finally")
    assert reports_speaker(w, "Ines Varga") and not reports_speaker(w, "Tom Baker")
    assert reported("The wall, which cost millions, is finished now and open to all.", 0, 62) \
        is None


def run(text, speaker, real_embedder, registry):
    sources = [ReadSource(SourceIndex(text_to_document(t, input=f"{n}.txt", kind="text")),
                          f"{n}.txt") for n, t in enumerate((OTHER, REPORT))]
    quote = Quote("q", 0, 0, text, QuoteKind.QUOTE, speaker=speaker)
    (out,) = judge_all([QuotePlan(quote, (0, 1))], sources, registry=registry,
                       source_quotes=lambda i: [], embedder=real_embedder)
    return out.judgement


def test_indirect_speech_made_direct_is_a_paraphrase(real_embedder, registry):
    j = run("Our fishermen can leave their boats in the harbour all winter without being afraid "
            "of the tides", "Ines Varga", real_embedder, registry)
    assert j.verdict is Verdict.PARAPHRASE
    assert "reports Harbour master Ines Varga saying this in indirect speech" in j.explanation


def test_a_fabricated_quote_stays_not_found(real_embedder, registry):
    j = run("The harbour board will double the fees for every boat in the old town next year",
            "Ines Varga", real_embedder, registry)
    assert j.verdict is Verdict.NOT_FOUND


def test_a_window_reports_a_speaker_only_by_their_name():
    assert not reports_speaker(Window(0, 10, "x", "She"), "Ines Varga")
    assert not reports_speaker(Window(0, 10, "x"), "Ines Varga")


def test_words_in_single_marks_after_a_report_are_the_speakers_own(real_embedder, registry):
    # A headline in single marks: "… holding a sign saying 'over 1.5 degrees is …'".
    page = ("Actor escorted off stage after protesters climb up holding sign saying 'over 1.5 "
            "degrees is a global shipwreck'\n\nThe show went on.")
    source = ReadSource(SourceIndex(text_to_document(page, input="p.txt", kind="text")),
                        "p.txt")
    quote = Quote("q", 0, 0, "over 1.5 degrees is a global shipwreck", QuoteKind.QUOTE,
                  speaker="protesters")
    (out,) = judge_all([QuotePlan(quote, (0,))], [source], registry=registry,
                       source_quotes=lambda i: [], embedder=real_embedder)
    assert out.judgement.verdict is Verdict.VERBATIM, out.judgement.explanation


def test_according_to_opening_its_sentence_reports_the_speaker(real_embedder, registry):
    page = ("The panel met on Monday.\n\nAccording to Varga, the sea wall will hold back every "
            "winter storm for decades.\n")
    source = ReadSource(SourceIndex(text_to_document(page, input="p.txt", kind="text")),
                        "p.txt")
    quote = Quote("q", 0, 0, "the sea wall will hold back every winter storm for decades",
                  QuoteKind.QUOTE, speaker="Ines Varga")
    (out,) = judge_all([QuotePlan(quote, (0,))], [source], registry=registry,
                       source_quotes=lambda i: [], embedder=real_embedder)
    assert out.judgement.verdict is Verdict.PARAPHRASE, out.judgement.explanation
    assert "indirect speech" in out.judgement.explanation


def test_a_report_in_the_sentences_second_clause_reports_its_speaker():
    text = ("Although the family suggested the financier may have been murdered, Hawk Sawyer "
            "told lawmakers no evidence supports anything other than suicide.")
    source = SourceIndex(text_to_document(text, input="p.txt", kind="text"))
    at, end = text.index("no evidence"), text.index("suicide") + len("suicide")
    quote = Quote("q", 0, 0, "No evidence supports anything other than suicide",
                  QuoteKind.QUOTE, speaker="Hawk Sawyer")
    assert _indirect(quote, source, (at, end)) == "Hawk Sawyer"
