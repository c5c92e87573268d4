"""End to end: a draft linking to real pages served on 127.0.0.1, every verdict."""

from dataclasses import replace

import pytest

from verify.pipeline import CheckOptions, check

DRAFT = """# Swift and her label

Taylor Swift said: "I just want to be able to perform my own music." She posted it
[on Tumblr]({page}).

"That's it. I have tried to work this out privately … but have not been able to resolve
anything," Swift wrote in [the same post]({page}).

Big Machine said in [a statement]({page}): "In fact, we do have the right to keep her from
performing live anywhere."

"I just want to be able to perform my own music," said Scooter Braun, [according to the
BBC]({page}).

"We will release a new album in the spring with twelve songs," Swift told [fans]({page}).

Her label was "lovely" about it, [she said]({page}).

"The label says Taylor Swift is permitted to perform her older songs at the American Music
Awards," the singer's team wrote [here]({page}).

"Nothing here can be read at all today," said Jane Roe, [in a post]({missing}).
"""


@pytest.fixture
def served(httpserver, bbc_html):
    httpserver.expect_request("/swift").respond_with_data(bbc_html, content_type="text/html")
    httpserver.expect_request("/missing").respond_with_data("gone", status=404)
    return httpserver


def run(tmp_path, served, options, embedder):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(page=served.url_for("/swift"),
                                  missing=served.url_for("/missing")))
    return check([str(draft)], options, embedder=embedder)


def verdicts(report):
    return [(q.text[:30], q.verdict.value) for q in report.articles[0].quotes]


@pytest.mark.model
def test_every_verdict_from_a_real_page(tmp_path, served, options, real_embedder):
    report = run(tmp_path, served, options, real_embedder)
    assert [v for _, v in verdicts(report)] == [
        "VERBATIM", "MINOR_VARIATION", "ALTERED", "MISATTRIBUTED", "NOT_FOUND", "UNCHECKED",
        "PARAPHRASE", "SOURCE_UNAVAILABLE"]
    quotes = report.articles[0].quotes
    braun = next(q for q in quotes if q.speaker == "Scooter Braun")
    assert braun.verdict.value == "MISATTRIBUTED"
    assert "Taylor Swift" in braun.explanation
    altered = next(q for q in quotes if q.verdict.value == "ALTERED")
    assert [(d.kind, d.source) for d in altered.evidence.differences if not d.minor] == [
        ("negation", "not")]
    unavailable = next(q for q in quotes if q.verdict.value == "SOURCE_UNAVAILABLE")
    assert unavailable.explanation.endswith("HTTP 404")
    assert unavailable.candidates[0].status == "unavailable: HTTP 404"


def test_second_run_is_served_from_the_cache(tmp_path, served, options, fake_embedder):
    first = run(tmp_path, served, options, fake_embedder)
    requests = len(served.log)
    second = run(tmp_path, served, options, fake_embedder)
    assert verdicts(first) == verdicts(second)
    # Only the 404 (never cached) is asked for again, besides robots.txt.
    assert [r.path for r, _ in served.log[requests:] if r.path != "/robots.txt"] == [
        "/missing"]
    assert {c.status for q in second.articles[0].quotes for c in q.candidates} == {
        "cached", "unavailable: HTTP 404"}


def test_quote_without_candidates_is_unchecked(tmp_path, options):
    draft = tmp_path / "d.txt"
    draft.write_text('"We will keep the plant open for another decade," the mayor said.\n')
    (q,) = check([str(draft)], options).articles[0].quotes
    assert q.verdict.value == "UNCHECKED"
    assert q.explanation.startswith("no candidate source")


def test_lexical_run_never_loads_the_model(tmp_path, options, fake_embedder):
    src = tmp_path / "src.txt"
    src.write_text('"We will keep the plant open for another decade," Mayor Ann Lee said.\n')
    draft = tmp_path / "d.txt"
    draft.write_text('"We will keep the plant open for another decade," Mayor Ann Lee said.\n')
    options.sources = [str(src)]
    (q,) = check([str(draft)], options, embedder=fake_embedder).articles[0].quotes
    assert q.verdict.value == "VERBATIM" and fake_embedder.calls == 0
    assert q.evidence.semantic_score is None


def test_broken_source_does_not_sink_the_run(tmp_path, options):
    good = tmp_path / "good.txt"
    good.write_text('"We will keep the plant open for another decade," Mayor Ann Lee said.\n')
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\x00\x01binary")
    draft = tmp_path / "d.txt"
    draft.write_text('"We will keep the plant open for another decade," Mayor Ann Lee said.\n')
    options.sources = [str(binary), str(good)]
    (q,) = check([str(draft)], options).articles[0].quotes
    assert q.verdict.value == "VERBATIM"
    assert [c.status for c in q.candidates] == ["unavailable: binary file, not text", "read"]


def test_outlet_credit_checked_against_the_page_domain(tmp_path, served, options):
    draft = tmp_path / "d.md"
    draft.write_text('The New York Times [wrote]({}): "I just want to be able to perform my own '
                     'music," Swift said.\n'.format(served.url_for("/swift")))
    (q,) = check([str(draft)], options).articles[0].quotes
    assert q.outlet == "The New York Times"
    assert q.verdict.value == "MISATTRIBUTED" and "not in The New York Times" in q.explanation


DESK_DRAFT = """# Harbour works

"The dredgers will start at the northern quay in March," said Ines Carvalho, the port
director.

"We have waited eleven years for a deeper channel," a person familiar with the matter said.

One person involved told the paper: "The regatta will move to September this year."

"Nobody will lose a mooring during the works," officials said.
"""
ORIGINALS = {
    "port.txt": ('"The dredgers will start at the northern quay in March," said Ines Carvalho, '
                 "the port director.\n\n\"We have waited eleven years for a deeper channel,\" "
                 "said Tomas Reis, who leads the cooperative.\n"),
    "regatta.txt": ('"The regatta will move to September this year," said Rui Santos, the club '
                    "secretary.\n\n\"Nobody will lose a mooring during the works,\" he said.\n"),
}


def desk(tmp_path, n_distractors=10):
    folder = tmp_path / "originals"
    folder.mkdir()
    for name, text in ORIGINALS.items():
        (folder / name).write_text(text)
    for i in range(n_distractors):
        (folder / f"other-{i}.txt").write_text(
            f"Council meeting {i}\n\nThe council said on Tuesday that the budget for year {i} "
            "would be reviewed in the coming weeks, and that officials would report back.\n")
    draft = tmp_path / "draft.md"
    draft.write_text(DESK_DRAFT)
    return draft, folder


def test_a_desk_draft_against_a_folder_of_originals(tmp_path, options, fake_embedder):
    from verify.match.embeddings import EmbeddingStats

    draft, folder = desk(tmp_path)
    options.sources = [str(folder)]
    stats = EmbeddingStats()
    quotes = check([str(draft)], options, embedder=fake_embedder, stats=stats).articles[0].quotes
    assert [q.verdict.value for q in quotes] == ["VERBATIM"] * 4
    assert [q.attribution.status for q in quotes] == ["confirmed", "unnamed", "unnamed",
                                                      "unnamed"]
    assert "Tomas Reis" in quotes[1].attribution.note
    assert quotes[1].attribution.source_speaker == "Tomas Reis"
    assert not stats.model_loaded and fake_embedder.calls == 0
    assert all(len(q.candidates) == 12 for q in quotes)


def test_the_second_run_against_the_same_originals_embeds_nothing(tmp_path, options,
                                                                  fake_embedder):
    from verify.match.embeddings import EmbeddingStats

    draft, folder = desk(tmp_path, n_distractors=3)
    draft.write_text(DESK_DRAFT + '\n"A lighthouse will be built on the island," '
                     "Ines Carvalho said.\n")
    options.sources = [str(folder)]
    first, second = EmbeddingStats(), EmbeddingStats()
    a = check([str(draft)], options, embedder=fake_embedder, stats=first)
    b = check([str(draft)], options, embedder=fake_embedder, stats=second)
    assert first.model_loaded and first.texts_encoded > 0
    assert not second.model_loaded and second.texts_encoded == 0
    assert second.disk_hits == first.texts_encoded
    assert [q.verdict for q in a.articles[0].quotes] == [q.verdict for q in b.articles[0].quotes]


def test_a_source_over_the_page_budget_is_skipped_with_the_reason(tmp_path):
    from verify.fetch.client import FetchConfig
    from verify.pipeline import CheckOptions, check

    src = tmp_path / "src.txt"
    src.write_text("The council voted on Tuesday to build a flood barrier along the river.\n")
    draft = tmp_path / "d.md"
    draft.write_text('"The council voted on Tuesday to build a flood barrier," she said.\n')
    opts = CheckOptions(sources=[str(src)], semantic=False, page_seconds=0.0,
                        fetch=FetchConfig(cache_dir=None))
    (q,) = check([str(draft)], opts).articles[0].quotes
    assert q.verdict.value == "SOURCE_UNAVAILABLE" and q.reason == "time-budget"
    assert "over the page budget of 0 s" in q.candidates[0].status


def test_a_quotation_that_never_closes_is_named_in_a_warning(tmp_path):
    import pytest

    from verify.errors import VerifyWarning
    from verify.pipeline import extract_quotes

    draft = tmp_path / "d.md"
    draft.write_text('Intro.\n\n"Morning," she said, "shall we make a start on the accounts?\n')
    with pytest.warns(VerifyWarning, match=r"d\.md:3:22: a quotation opens here and never "):
        report = extract_quotes([str(draft)])
    assert [q.text for q in report.articles[0].quotes] == ["Morning,"]


def test_words_the_main_extraction_drops_are_found_on_the_page_read_whole(
        tmp_path, httpserver, options, fake_embedder):
    import gzip

    from tests.conftest import FIXTURES
    html = gzip.decompress((FIXTURES / "pages" / "wired-skipped-container.html.gz").read_bytes())
    httpserver.expect_request("/wired").respond_with_data(html, content_type="text/html")
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Joseph Minga, a friend of the writer, told [Wired]({url}): “I was stunned just to see "
        "how many people visited my profile even without posting for several months.”\n"
        .format(url=httpserver.url_for("/wired")))
    report = check([str(draft)], options, embedder=fake_embedder)
    (quote,) = report.articles[0].quotes
    assert quote.verdict.value in {"VERBATIM", "MINOR_VARIATION"}
    assert "found in the page's text outside the article body" in quote.explanation
    # The page's reading is kept by its content hash: a second run parses nothing again.
    kept = list((options.fetch.cache_dir / "documents").rglob("*.json.gz"))
    assert len(kept) == 1
    again = check([str(draft)], options, embedder=fake_embedder)
    assert again.articles[0].quotes[0].verdict == quote.verdict


def test_a_quote_not_found_never_says_its_words_were_found_outside_the_main_text(
        tmp_path, options, fake_embedder):
    article = "".join(f"<p>The council met on day {i} to discuss the flood barrier and its "
                      f"cost to the town of Riverton.</p>" for i in range(12))
    page = (f"<html><body><article><h1>Barrier</h1>{article}</article><aside><div>The mayor "
            "promised the barrier would be finished before the winter storms arrived in "
            "the valley.</div></aside></body></html>")
    (tmp_path / "page.html").write_text(page)
    draft = tmp_path / "draft.md"
    draft.write_text("The mayor said: “The barrier will never be finished before the spring "
                     "floods reach the valley towns.”\n")
    options.sources = [str(tmp_path / "page.html")]
    (quote,) = check([str(draft)], options, embedder=fake_embedder).articles[0].quotes
    assert quote.verdict.value == "NOT_FOUND"
    assert "the closest passage is in the page's text outside the article body" in \
        quote.explanation
    assert "words were found" not in quote.explanation


def test_staged_files_give_the_lines_of_the_files_themselves(tmp_path):
    """CheckOptions.files (what the Ray engine sends its workers): an article and a --source
    folder's file read from bytes, under the names given, report as the files on disk."""
    from verify.fetch.client import FetchConfig

    (tmp_path / "srcs").mkdir()
    (tmp_path / "srcs" / "s.txt").write_text('The mayor said "we will keep the plant open".\n')
    (tmp_path / "a.md").write_text('"We will keep the plant open," the mayor said.\n')
    opts = CheckOptions(sources=[str(tmp_path / "srcs")], semantic=False,
                        fetch=FetchConfig(cache_dir=None))
    on_disk = check([str(tmp_path / "a.md")], opts)
    assert [q.verdict.value for q in on_disk.articles[0].quotes] == ["VERBATIM"]
    names = {str(tmp_path / "a.md"): (tmp_path / "a.md").read_bytes(),
             str(tmp_path / "srcs" / "s.txt"): (tmp_path / "srcs" / "s.txt").read_bytes()}
    moved = tmp_path / "moved"
    (tmp_path / "srcs").rename(moved)  # the names no longer reach a file
    (tmp_path / "a.md").unlink()
    staged = check([str(tmp_path / "a.md")],
                   replace(opts, sources=[str(tmp_path / "srcs" / "s.txt")], files=names))
    assert staged.articles == on_disk.articles
