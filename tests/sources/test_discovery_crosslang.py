"""Discovery across languages (issue 25): a quotation the draft translates, credited to a
foreign outlet or to words the draft says were spoken in another language, is searched by
what survives translation, in that language. A SearXNG-compatible server on 127.0.0.1 knows
an invented German page and finds it only by names, numbers and the site — never by the
draft's English phrases; the page's address is answered from a WARC. Never the internet."""

import asyncio
import json
import warnings
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from werkzeug import Request, Response

from benchmarks.discovery.corpus_set import Page, write_warc
from verify.fetch.client import FetchConfig
from verify.outlets import unlisted_outlet
from verify.pipeline import CheckOptions, check
from verify.sources.discovery.backends import GDELT, Brave, GoogleNews, SearXNG
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.crosslang import (
    credit_language,
    draft_language,
    local_number,
    search_language,
    surviving_names,
    surviving_terms,
)
from verify.sources.discovery.discover import Discoverer
from verify.sources.discovery.interface import SearchQuery
from verify.sources.discovery.queries import across_ladder, ladder

PAGE = Path(__file__).parents[1] / "fixtures" / "pages" / "invented-spiegel-ladestationen.html"
URL = "https://www.spiegel.de/wirtschaft/albrecht-ladestationen-a-1234.html"
WORDS = "We will build 50,000 new charging stations this year, and Hamburg will get the first of them"
ENGLISH = ("The council will spend 40 million pounds on the new sea wall over the next decade, "
           "and the engineers say it will hold")
DRAFT = f"""# Berlin promises a charging network

*Published 3 March 2026*

Transport Minister Katrin Albrecht unveiled a support programme for electric cars on Monday.
Der Spiegel quoted Albrecht as saying: "{WORDS}."

In Britain, Keir Dunmore told the Guardian: "{ENGLISH}."
"""


def searxng(request: Request) -> Response:
    """The German page, only for a query in German that holds its names, its number as
    German writes it, and its site; nothing for anything else."""
    args = parse_qs(urlsplit(request.url).query)
    q, language = args.get("q", [""])[0], args.get("language", [""])[0]
    results = []
    if (language.startswith("de") and "50.000" in q and "Albrecht" in q
            and "site:spiegel.de" in q):
        results = [{"url": URL, "title": "Albrecht kündigt 50.000 neue Ladestationen an",
                    "content": "Katrin Albrecht: 50.000 neue Ladestationen, Hamburg zuerst",
                    "publishedDate": "2026-03-02T10:15:00"}]
    return Response(json.dumps({"query": q, "results": results}),
                    content_type="application/json")


@pytest.fixture(scope="module")
def searched(tmp_path_factory):
    from pytest_httpserver import HTTPServer

    folder = tmp_path_factory.mktemp("crosslang")
    warc = folder / "pages.warc.gz"
    write_warc([Page(URL, "Albrecht", "", PAGE.read_bytes())], warc)
    draft = folder / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request("/search").respond_with_handler(searxng)
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            report = check([str(draft)], CheckOptions(
                search=["searxng"], search_intervals={"searxng": 0}, semantic=False,
                search_urls={"searxng": server.url_for("")},
                fetch=FetchConfig(cache_dir=folder / "c", replay=warc)))
        searches = [dict(r.args) for r, _ in server.log if r.path == "/search"]
    finally:
        server.clear()
        server.stop()
    quotes = {q.text.split()[0]: q for q in report.articles[0].quotes}
    return quotes["We"], quotes["The"], searches


def test_a_translated_quotation_is_found_by_what_survives_and_checked(searched):
    translated, _english, searches = searched
    assert translated.outlet == "Der Spiegel"
    assert [c.url for c in translated.candidates] == [URL]
    assert translated.verdict.value == "TRANSLATION", translated.explanation
    assert translated.evidence.language == "de" and "50.000" in translated.evidence.passage
    # The first query was enough: names, the number as German writes it, the site, in German.
    first = searches[0]
    assert first["q"] == "Katrin Albrecht Hamburg 50.000 site:spiegel.de"
    assert first["language"] == "de-DE"
    assert not any("charging" in s["q"] for s in searches)  # no English phrase was needed


def test_an_english_credited_quotation_keeps_exactly_todays_queries(searched, registry):
    _translated, english, searches = searched
    assert english.outlet == "The Guardian" and english.verdict.value == "UNCHECKED"
    domains = registry.get("guardian").domains
    expected = [(f'"{q.phrase}"' if q.exact else q.phrase)
                + (f" site:{q.domains[0]}" if q.domains else "")
                for rung in ladder(ENGLISH, domains=domains, window=None,
                                   names=[english.speaker]) for q in rung]
    sent = [s for s in searches if s["q"] != "Katrin Albrecht Hamburg 50.000 site:spiegel.de"]
    assert [s["q"] for s in sent] == expected
    assert {s["language"] for s in sent} == {"en"}
    # Nothing found: the explanation says how it was searched, not a cross-language note.
    assert "survive translation" not in english.explanation


def test_nothing_found_across_languages_is_explained(tmp_path, httpserver):
    httpserver.expect_request("/search").respond_with_json({"results": []})
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.replace("Hamburg", "Bremen").split("In Britain")[0], "utf-8")
    report = check([str(draft)], CheckOptions(
        search=["searxng"], search_intervals={"searxng": 0}, semantic=False,
        search_urls={"searxng": httpserver.url_for("")},
        fetch=FetchConfig(cache_dir=tmp_path / "c")))
    (q,) = report.articles[0].quotes
    assert q.verdict.value == "UNCHECKED"
    assert "searched in de-DE by the names and numbers that survive translation: Katrin " \
           "Albrecht Bremen 50.000 (on spiegel.de)" in q.explanation
    sent = [r.args["q"] for r, _ in httpserver.log if r.path == "/search"]
    assert sent[0].endswith("site:spiegel.de") and any(s.startswith('"') for s in sent[1:])
    assert len(sent) <= 10  # the across rungs, then the English ladder: within the budget


# ---------------------------------------------------------------- the language


def test_an_outlets_language_comes_from_the_registry(registry):
    assert registry.get("spiegel").language == "de-DE"
    assert registry.get("lemonde").language == "fr-FR"
    assert registry.get("elpais").language == "es-ES"
    assert registry.get("yomiuri").language == "ja-JP"
    assert registry.get("corriere").language == "it-IT"
    assert registry.get("guardian").language is None  # English: searched as before
    assert registry.get("dw").language is None  # editions in many languages
    assert credit_language([registry.get("spiegel")], "") == "de-DE"
    # Words that may mean two outlets of different languages give none.
    assert credit_language([registry.get("spiegel"), registry.get("guardian")], "") is None


@pytest.mark.parametrize(("around", "language"), [
    ("'…,' Albrecht said in German.", "de"),
    ("Albrecht told reporters in French that", "fr"),
    ("Albrecht told the German newspaper Handelsblatt:", "de"),
    ("according to an Austrian broadcaster", "de"),
    ("(translated from the Spanish)", "es"),
    ("in a Japanese-language interview", "ja"),
    ("Albrecht said in German media", None),  # where, not the language spoken
    ("Albrecht said on Monday", None),  # a person gives no language
    ("(translated)", None),  # translated from what?
    ("told the Swiss broadcaster", None),  # Swiss outlets write in three languages
    ("said in German, then told the French daily", None),  # two languages: unsure
])
def test_the_draft_may_say_the_words_were_spoken_in_another_language(around, language):
    assert draft_language(around) == language


def test_a_person_credit_takes_the_drafts_word_and_english_quotes_need_no_detector(registry):
    assert search_language(WORDS, [], "Albrecht said in German.") == "de"
    assert search_language(WORDS, [unlisted_outlet("Kieler Rundschau")],
                           "told the German newspaper Kieler Rundschau") == "de"
    assert search_language(WORDS, [registry.get("guardian")], "said in German.") is None
    # Words already in the outlet's language are searched by their own words.
    german = "Wir werden in diesem Jahr 50.000 neue Ladestationen bauen"
    assert search_language(german, [registry.get("spiegel")], "") is None


# ---------------------------------------------------------------- the terms


def test_numbers_are_written_the_way_the_language_writes_them():
    assert local_number("50,000", "de-DE") == "50.000"
    assert local_number("2.5", "it") == "2,5"
    assert local_number("1,250,000.75", "es") == "1.250.000,75"
    assert local_number("50,000", "fr") is None  # "50 000": two numbers to a search
    assert local_number("2025", "fr") == "2025"
    assert local_number("50,000", "ja") == "50,000"


def test_names_that_survive_translation():
    quote = ("We told Chancellor Olaf Scholz and Pope Leo in March that Germany and the "
             "Israeli side would meet in Cologne and Hamburg")
    assert surviving_names(quote) == ["Olaf Scholz", "Leo", "Hamburg"]
    terms = surviving_terms(WORDS, "de-DE", ["Katrin Albrecht"])
    assert (terms.local, terms.english) == ("Katrin Albrecht Hamburg 50.000",
                                            "Katrin Albrecht Hamburg 50,000")


def test_the_across_rungs_and_when_there_are_none():
    rungs = across_ladder(WORDS, language="de-DE", domains=("spiegel.de",), window=None,
                          names=["Katrin Albrecht"])
    assert [[(q.phrase, q.domains, q.language, q.exact) for q in r] for r in rungs] == [
        [("Katrin Albrecht Hamburg 50.000", ("spiegel.de",), "de-DE", False)],
        [("Katrin Albrecht Hamburg 50.000", (), "de-DE", False)]]
    # Nothing of the quotation's own survives: the speaker's name alone would find any page.
    assert across_ladder("we will do what we said we would do", language="de",
                         domains=("spiegel.de",), window=None, names=["Katrin Albrecht"]) == []


# ---------------------------------------------------------------- the services

QUERY = SearchQuery("Katrin Albrecht Hamburg 50.000", False, ("spiegel.de",),
                    date(2026, 1, 1), date(2026, 3, 4), "de-DE", "Katrin Albrecht Hamburg 50,000")
FAST = {"gdelt": 0, "google-news": 0, "searxng": 0, "brave": 0}


def ask(backend, query=QUERY):
    async def go():
        client = ApiClient(intervals=FAST)
        try:
            return await backend.search(query, client)
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_searxng_and_brave_take_the_language(httpserver):
    httpserver.expect_request("/search").respond_with_json({"results": []})
    ask(SearXNG(httpserver.url_for("")))
    args = httpserver.log[-1][0].args
    assert args["language"] == "de-DE" and args["q"] == "Katrin Albrecht Hamburg 50.000 site:spiegel.de"
    httpserver.expect_request("/res/v1/web/search").respond_with_json({"web": {"results": []}})
    ask(Brave(httpserver.url_for(""), "k"))
    assert httpserver.log[-1][0].args["search_lang"] == "de"
    ask(Brave(httpserver.url_for(""), "k"), SearchQuery("Tanaka 2025", False, language="ja-JP"))
    assert httpserver.log[-1][0].args["search_lang"] == "jp"  # Brave's code for Japanese
    ask(Brave(httpserver.url_for(""), "k"), SearchQuery("plain words"))
    assert "search_lang" not in httpserver.log[-1][0].args  # as before


def test_google_news_asks_the_languages_edition(httpserver):
    httpserver.expect_request("/rss/search").respond_with_data(
        "<rss version=\"2.0\"><channel></channel></rss>", content_type="text/xml")
    ask(GoogleNews(httpserver.url_for("")))
    args = httpserver.log[-1][0].args
    assert (args["hl"], args["gl"], args["ceid"]) == ("de", "DE", "DE:de")
    assert args["q"].startswith("Katrin Albrecht Hamburg 50.000 site:spiegel.de")
    ask(GoogleNews(httpserver.url_for("")), SearchQuery("x y z", False, language="pt-BR"))
    args = httpserver.log[-1][0].args
    assert (args["hl"], args["gl"], args["ceid"]) == ("pt-BR", "BR", "BR:pt-419")
    ask(GoogleNews(httpserver.url_for("")), SearchQuery("tacit endorsement of Ukraine"))
    args = httpserver.log[-1][0].args
    assert (args["hl"], args["gl"], args["ceid"]) == ("en-GB", "GB", "GB:en")  # as before


def test_gdelt_searches_english_translations_of_the_sources_language(httpserver):
    httpserver.expect_request("/api/v2/doc/doc").respond_with_json({})
    ask(GDELT(httpserver.url_for("")))
    # GDELT matches the English machine translations: English numbers, sourcelang.
    assert httpserver.log[-1][0].args["query"] == (
        "Katrin Albrecht Hamburg 50,000 domainis:spiegel.de sourcelang:german")


def test_the_discoverer_stops_at_the_outlets_page_found_across(httpserver):
    httpserver.expect_request("/search").respond_with_handler(searxng)

    async def go():
        client = ApiClient(intervals=FAST)
        try:
            return await Discoverer([SearXNG(httpserver.url_for(""))], client).find(
                WORDS, domains=("spiegel.de",), article_date=date(2026, 3, 3), context="",
                names=["Katrin Albrecht"], language="de-DE"), client
        finally:
            await client.aclose()

    found, client = asyncio.run(go())
    assert [h.url for h in found.hits] == [URL]
    assert client.requests["searxng"] == found.queries == 1
    assert found.across and "50.000" in found.across
