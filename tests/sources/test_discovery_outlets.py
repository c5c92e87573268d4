"""Outlet credits end to end, on invented pages: a link-less draft, a SearXNG-compatible
server on 127.0.0.1 that knows the pages (benchmarks/discovery/corpus_set.py's), and the
pages' addresses answered from a WARC. Never the internet."""

import html

import pytest

from benchmarks.discovery.corpus_set import Page, searxng_handler, write_warc
from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check

FERRY = "We simply cannot afford the fuel for the weekend crossings any longer"
WALL = ("The council will spend 40 million pounds on the new sea wall over the next decade, "
        "and the engineers say it will hold for a century")
TOLL = "We will not raise the bridge toll this year, whatever the regional council says"
FIRE = "We lost everything in an hour, the sheds and the orchard and the old house"
PIER = "The pier has stood for a hundred years and it will stand for a hundred more"
FILLER = ("Residents gathered at the town hall on Tuesday evening to hear the plans, and many "
          "stayed late to ask questions about costs, timetables and who would pay.")


def page(url: str, title: str, paragraphs: list[str], site: str = "") -> Page:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in [FILLER, *paragraphs, FILLER])
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    doc = (f'<html><head><title>{title}</title><link rel="canonical" href="{url}">{meta}'
           f"</head><body><article><h1>{title}</h1>{body}</article></body></html>")
    text = "\n\n".join([FILLER, *paragraphs, FILLER])
    return Page(url, title, text, doc.encode())


PAGES = [
    page("https://www.harborgazette.example/2026/ferry", "Ferry to stop on weekends",
         [f"“{FERRY},” said Ana Ruiz, who runs the service."], "Harbor Gazette"),
    # A wire copy of the same story, on another site.
    page("https://www.coastwire.example/ferry-copy", "Weekend ferry ends",
         [f"“{FERRY},” said Ana Ruiz, who runs the service.",
          "This story first appeared in a regional paper."]),
    page("https://www.riverbendnews.example/sea-wall", "Sea wall approved",
         [f"“{WALL},” said Tom Okafor, the council's engineer."]),
    page("https://example.org/toll", "No toll rise",
         [f"“{TOLL},” said Lena Marsh, the bridge trust's chair."]),
    page("https://www.abc.net.au/news/fire", "Fire reaches the orchards",
         [f"“{FIRE},” Jane Cole said as she looked over the valley."]),
    # A page that quotes the BBC's interview: an outlet chain.
    page("https://www.coastwire.example/pier", "Pier saved",
         [f"“{PIER},” Rosa Dunn told the BBC on Monday."]),
    page("https://www.nytimes.com/2026/library", "Library branch to close",
         ["The council voted to close the library branch on the east side."]),
]

DRAFT = f"""# Coast roundup

The New York Times reported on the library vote last week.

Harbor Gazette reported that “{FERRY[0].lower() + FERRY[1:]}.”

“{WALL.replace("40", "50")},” Riverbend News reported.

“{TOLL},” Example.org reported.

The fire reached the outskirts of Sydney on Monday. “{FIRE},” Jane Cole told ABC.

Rosa Dunn told the BBC: “{PIER}.”
"""


@pytest.fixture
def searched(httpserver, monkeypatch, tmp_path):
    httpserver.expect_request("/search").respond_with_handler(searxng_handler(PAGES))
    warc = tmp_path / "pages.warc.gz"
    write_warc(PAGES, warc)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    report = check([str(draft)], CheckOptions(
        search=["searxng"], search_intervals={"searxng": 0}, semantic=False,
        search_urls={"searxng": httpserver.url_for("")},
        fetch=FetchConfig(cache_dir=tmp_path / "c", replay=warc)))
    searches = [r for r, _ in httpserver.log if r.path == "/search"]
    return {q.text.split()[1].lower(): q for q in report.articles[0].quotes}, searches


def test_outlet_credits_are_found_and_never_accuse_faithful_words(searched):
    quotes, searches = searched
    ferry, wall, toll, fire, pier = (quotes[k] for k in ("simply", "council", "will",
                                                         "lost", "pier"))
    # An outlet the registry does not know is the outlet, not a speaker to contradict; its
    # own page is the evidence, the wire copy named.
    assert (ferry.speaker, ferry.outlet) == (None, "Harbor Gazette")
    assert ferry.verdict.value == "VERBATIM", ferry.explanation
    assert ferry.evidence.url == "https://www.harborgazette.example/2026/ferry"
    assert "also on https://www.coastwire.example/ferry-copy" in ferry.explanation
    # A changed number spoils one phrase of the quote, not the search.
    assert wall.verdict.value == "ALTERED", wall.explanation
    assert wall.evidence.url == "https://www.riverbendnews.example/sea-wall"
    # Example.org's own credit, not the Times named two paragraphs before.
    assert toll.outlet == "Example.org" and toll.verdict.value == "VERBATIM"
    assert toll.attribution.status == "confirmed"
    # "ABC" in an Australian story: the Australian broadcaster's page confirms it.
    assert fire.verdict.value == "VERBATIM" and fire.attribution.status == "confirmed"
    # A page saying "told the BBC" supports a draft saying the same.
    assert pier.verdict.value == "VERBATIM" and pier.attribution.status == "confirmed"
    assert not any(q.verdict.value in {"MISATTRIBUTED", "UNCHECKED"}
                   for q in (ferry, toll, fire, pier))
    # Few queries: a faithful quote costs one, the changed one two.
    assert len(searches) <= 2 * len(quotes), [r.args["q"] for r in searches]


def test_the_search_is_restricted_to_the_outlets_own_site_first(searched):
    _quotes, searches = searched
    queries = [r.args["q"] for r in searches]
    assert any("site:example.org" in q for q in queries)
    assert not any("site:nytimes.com" in q for q in queries)  # named in another sentence
