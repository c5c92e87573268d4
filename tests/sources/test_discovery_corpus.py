"""Discovery end to end: a link-less article citing outlets, a SearXNG-compatible server
that knows the corpus, and the originals' real URLs answered from a WARC."""

from pathlib import Path

import pytest

from benchmarks.discovery.corpus_set import article, build, searxng_handler, write_warc
from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check

CORPUS = Path(__file__).parents[3] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def corpus_set(registry, tmp_path_factory):
    cases, pages = build(CORPUS, registry)
    folder = tmp_path_factory.mktemp("discovery")
    draft = folder / "article.md"
    draft.write_text(article(cases))
    warc = folder / "originals.warc.gz"
    write_warc(pages, warc)
    return cases, pages, draft, warc


def run_search(corpus_set, httpserver, monkeypatch, tmp_path, fake_embedder):
    _cases, pages, draft, warc = corpus_set
    httpserver.expect_request("/search").respond_with_handler(searxng_handler(pages))
    # The budget is not what these tests measure: 24 quotes may need more than 50 queries.
    options = CheckOptions(search=["searxng"], search_intervals={"searxng": 0},
                           search_urls={"searxng": httpserver.url_for("")},
                           search_budget=None,
                           fetch=FetchConfig(cache_dir=tmp_path / "c", replay=warc))
    return check([str(draft)], options, embedder=fake_embedder)


def test_originals_are_found_with_few_pages_per_quote(corpus_set, httpserver, monkeypatch,
                                                      tmp_path, fake_embedder):
    cases = corpus_set[0]
    assert len(cases) >= 20
    report = run_search(corpus_set, httpserver, monkeypatch, tmp_path, fake_embedder)
    quotes = report.articles[0].quotes
    assert len(quotes) == len(cases)
    found = sum(1 for q, c in zip(quotes, cases, strict=True)
                if any(cand.url == c.url for cand in q.candidates))
    pages = sum(len(q.candidates) for q in quotes)
    searches = sum(1 for r, _ in httpserver.log if r.path == "/search")
    assert found / len(cases) >= 0.9, (found, len(cases))
    assert pages / len(cases) <= 3
    assert searches / len(cases) <= 5  # the ladder stops at the first strong rung
    verified = sum(1 for q in quotes if q.verdict.value in {"VERBATIM", "MINOR_VARIATION"})
    assert verified / len(cases) >= 0.9


def test_search_with_replay_matches_source(corpus_set, httpserver, monkeypatch, tmp_path,
                                           fake_embedder):
    cases, _pages, draft, _warc = corpus_set
    searched = run_search(corpus_set, httpserver, monkeypatch, tmp_path, fake_embedder)
    given = check([str(draft)], CheckOptions(sources=[str(c.page) for c in cases],
                                             fetch=FetchConfig(cache_dir=tmp_path / "c2")),
                  embedder=fake_embedder)
    pairs = [(s, g) for s, g, c in zip(searched.articles[0].quotes, given.articles[0].quotes,
                                       cases, strict=True)
             if any(cand.url == c.url for cand in s.candidates)]
    assert len(pairs) >= 0.9 * len(cases)
    assert [s.verdict for s, _ in pairs] == [g.verdict for _, g in pairs]


def test_cli_search_and_replay_reach_the_verdicts_of_source(corpus_set, httpserver,
                                                             monkeypatch, tmp_path):
    """`verify check` with --search searxng and --replay, against --source with the pages."""
    import json

    from typer.testing import CliRunner

    from verify.cli import app

    cases, pages, draft, warc = corpus_set
    httpserver.expect_request("/search").respond_with_handler(searxng_handler(pages))
    monkeypatch.setenv("VERIFY_SEARXNG_URL", httpserver.url_for(""))
    monkeypatch.setenv("VERIFY_SEARCH_INTERVAL", "0")  # our own instance: no pacing needed
    common = [str(draft), "--format", "json", "--no-semantic", "--no-progress",
              "--cache-dir", str(tmp_path / "c")]
    searched = CliRunner().invoke(app, ["check", *common, "--search", "searxng", "--replay",
                                        str(warc), "--search-budget", "0"])
    sources = [a for c in cases for a in ("--source", str(c.page))]
    given = CliRunner().invoke(app, ["check", *common, "--search", "none", *sources])
    assert searched.exit_code == given.exit_code
    s_quotes = json.loads(searched.stdout)["articles"][0]["quotes"]
    g_quotes = json.loads(given.stdout)["articles"][0]["quotes"]
    assert all(q["candidates"] and q["candidates"][0]["via"] == "search" for q in s_quotes)
    assert [q["verdict"] for q in s_quotes] == [q["verdict"] for q in g_quotes]
