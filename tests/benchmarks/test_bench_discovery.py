"""The discovery benchmark's pieces on invented material: the gold loader and scorer, the
corpus-extra page addresses, and the plain-term search of the loopback server."""

import json
from types import SimpleNamespace

import pytest
from werkzeug import Request
from werkzeug.test import Client

from benchmarks.discovery import gold
from benchmarks.discovery.corpus_set import Page, canonical_url, searxng_handler

URL = "https://www.harborgazette.example/2026/ferry"


def write_gold(folder, quotes, part="held-out", draft="01-ferry.md"):
    (folder / draft).write_text("# Ferry\n", "utf-8")
    (folder / "01-ferry.gold.json").write_text(json.dumps({
        "draft": draft, "part": part, "originals": ["ferry.html"], "distractors": [],
        "quotes": quotes}), "utf-8")


def result(text, verdict, url=None, candidates=(), explanation=""):
    return SimpleNamespace(
        text=text, verdict=SimpleNamespace(value=verdict), explanation=explanation,
        evidence=SimpleNamespace(url=url) if url else None,
        candidates=[SimpleNamespace(url=u) for u in candidates])


def test_drafts_and_gold_are_loaded_by_their_field_names(tmp_path):
    write_gold(tmp_path, [{"anchor": "cannot afford the fuel", "category": "outlet",
                           "credited_to": "Harbor Gazette", "true_speaker": "Ana Ruiz",
                           "page": "ferry.html", "page_text": "…", "note": "",
                           "extra": "ignored"}])
    (d,) = gold.load(tmp_path)
    assert (d.path.name, d.part, d.originals) == ("01-ferry.md", "held-out", ("ferry.html",))
    assert d.quotes[0].outlet_credit and d.quotes[0].true_speaker == "Ana Ruiz"


def test_a_gold_file_without_its_draft_is_an_error(tmp_path):
    write_gold(tmp_path, [], draft="01-ferry.md")
    (tmp_path / "01-ferry.md").unlink()
    with pytest.raises(ValueError, match="missing"):
        gold.load(tmp_path)


def test_the_score_of_one_draft(tmp_path):
    write_gold(tmp_path, [
        {"anchor": "cannot afford the fuel", "category": "outlet",
         "credited_to": "Harbor Gazette", "page": "ferry.html"},
        {"anchor": "stop on weekends from", "category": "faithful",
         "credited_to": "Ana Ruiz / Harbor Gazette", "page": "ferry.html"},
        {"anchor": "raise the fare by 40", "category": "number", "page": "ferry.html"},
        {"anchor": "never in the draft at all", "category": "faithful", "page": "ferry.html"},
    ])
    (d,) = gold.load(tmp_path)
    copy = "https://coastwire.example/ferry"
    report = SimpleNamespace(articles=[SimpleNamespace(quotes=[
        result("We cannot afford the fuel.", "VERBATIM", URL + "/", [URL, copy]),
        result("It will stop on weekends from May.", "MISATTRIBUTED", copy, [copy],
               "found, but in the source these words are Tom Reyes's"),
        result("We will raise the fare by 40 cents.", "ALTERED", URL,
               ["http://harborgazette.example/2026/ferry"]),
    ])])
    part = gold.PartScore()
    gold.score(d, report, 5, {"ferry.html": URL}, part)
    assert (part.quotes, part.not_extracted, part.requests) == (4, 1, 5)
    assert (part.original_found, part.with_page) == (2, 3)  # scheme, www. and / aside
    assert (part.outlet_page_chosen, part.outlet_credits) == (1, 2)
    assert (part.passing, part.passing_cleared, part.passing_misattributed) == (2, 1, 1)
    assert (part.failing, part.failing_flagged) == (1, 1)
    assert any("MISATTRIBUTED" in m for m in part.misses)
    assert "1/2 = 50.0%" in "\n".join(part.lines("held-out"))


def test_a_page_declares_its_address_by_canonical_link_or_og_url():
    assert canonical_url(f'<head><link rel="canonical" href="{URL}"></head>') == URL
    assert canonical_url(f'<meta property="og:url" content="{URL}">') == URL
    assert canonical_url("<head><title>x</title></head>") is None


def test_the_loopback_search_ranks_plain_terms_and_matches_phrases():
    pages = [Page("https://a.example/1", "A", "the harbour ferry will stop on weekends", b""),
             Page("https://b.example/2", "B", "the harbour is quiet", b""),
             Page("https://c.example/3", "C", "ferry weekends harbour stop schedule", b"")]
    client = Client(Request.application(searxng_handler(pages)))

    def urls(q):
        return [r["url"] for r in client.get("/search", query_string={"q": q}).json["results"]]

    assert urls('"ferry will stop"') == ["https://a.example/1"]
    assert urls('"ferry will stop" site:b.example') == []
    # Most of the terms, the pages with more of them first.
    assert urls("harbour ferry weekends schedule") == ["https://c.example/3",
                                                       "https://a.example/1"]
