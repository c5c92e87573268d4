"""The HTML report in a real browser: headless Chromium from the distribution (``.ci/run``
installs it), driven by Playwright. Screenshots go to ``tests/artifacts/``."""

import shutil
from pathlib import Path

import pytest

from verify.formats.interface import OutputFormat, RenderContext, render
from verify.report import models as m

ARTIFACTS = Path(__file__).parents[1] / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: Skipped without a browser, and then said in one line at the end of the run
#: (tests/conftest.py); failed instead when VERIFY_REQUIRE_BROWSER=1, as .ci/run sets.
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium (make test installs it when run as root)")
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def open_report(browser, tmp_path, report, name):
    path = tmp_path / f"{name}.html"
    path.write_text(render(report, OutputFormat.HTML, RenderContext(date="2026-12-01")),
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    events = {"dialogs": [], "errors": [], "requests": []}
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.goto(path.as_uri())
    return page, events


def with_text(report):
    """The fixture report with its article text, as --format html asks for."""
    article = report.articles[0]
    text = "".join(f"{q.text} said someone.\n\n" for q in article.quotes)
    quotes, at = [], 0
    for q in article.quotes:
        quotes.append(q.model_copy(update={"span": q.span.model_copy(
            update={"start": at, "end": at + len(q.text)})}))
        at += len(q.text) + len(" said someone.\n\n")
    return report.model_copy(update={"articles": [article.model_copy(
        update={"quotes": quotes, "text": text})]})


def test_every_quotation_is_highlighted_and_focus_shows_its_diff(browser, tmp_path, report):
    page, events = open_report(browser, tmp_path, with_text(report), "report")
    assert page.locator("mark.q").count() == len(report.articles[0].quotes)
    assert page.locator(".details:not([hidden])").count() == 0
    page.focus("mark.q.v-ALTERED")
    shown = page.locator(".details:not([hidden])")
    assert shown.count() == 1
    assert shown.locator("del").inner_text() == "4.7" and shown.locator("ins").inner_text() \
        == "4.2"
    page.keyboard.press("Tab")  # the next quotation, by keyboard
    assert page.locator(".details:not([hidden])").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-report.png"), full_page=True)
    assert events["errors"] == [] and events["dialogs"] == []
    assert [u for u in events["requests"] if not u.startswith("file:")] == []


def test_the_verdict_filter_hides_a_verdict(browser, tmp_path, report):
    page, _ = open_report(browser, tmp_path, with_text(report), "filter")
    altered = page.locator("mark.v-ALTERED .tag")
    assert altered.is_visible()
    page.uncheck("input.filter[value=ALTERED]")
    assert not altered.is_visible()


def test_an_injection_probe_runs_nothing_and_renders_as_text(browser, tmp_path, report):
    probe = ('<img src=x onerror="alert(1)"></script><script>alert(2)</script>'
             '<a href="javascript:alert(3)">x</a>')
    article = report.articles[0]
    q = article.quotes[1]
    assert q.evidence is not None
    hostile_q = q.model_copy(update={
        "text": probe, "explanation": probe, "speaker": probe,
        "evidence": q.evidence.model_copy(update={"passage": probe, "url": "javascript:alert(4)"}),
        "candidates": [m.Candidate(url="javascript:alert(5)", via="link", status=probe)]})
    hostile = report.model_copy(update={"articles": [article.model_copy(update={
        "title": probe, "quotes": [hostile_q], "text": f"Before {probe} after."})]})
    page, events = open_report(browser, tmp_path, hostile, "probe")
    page.focus("mark.q")
    page.wait_for_timeout(200)
    assert events["dialogs"] == []  # no alert ran
    assert page.locator("img").count() == 0 and page.locator("a[href^=javascript]").count() == 0
    assert "onerror" in page.locator(".details:not([hidden])").inner_text()  # shown as text
    assert page.evaluate("document.scripts.length") == 1  # only the page's own


@pytest.mark.parametrize("args", [
    ["examples/draft.md", "--source", "examples/sources"],
    ["../shared/seed/drone-attack-on-moscow.txt", "--search", "none", "--min-checked", "0"],
], ids=["example", "seed"])
def test_the_bundled_example_and_the_sample_article_render(browser, tmp_path, args):
    import json
    import subprocess
    import sys

    root = Path(__file__).parents[2]
    if not (root / args[0]).exists():
        pytest.skip(f"needs {args[0]}")
    verify = str(Path(sys.executable).parent / "verify")
    common = ["--cache-dir", str(tmp_path / "c"), "--no-semantic"]
    out = tmp_path / "r.html"
    subprocess.run([verify, "check", *args, *common, "--format", "html", "-o", str(out)],
                   cwd=root, capture_output=True, check=False)
    data = json.loads(subprocess.run([verify, "check", *args, *common, "--format", "json"],
                                     cwd=root, capture_output=True, text=True).stdout)
    page = browser.new_page()
    page.goto(out.as_uri())
    quotes = data["articles"][0]["quotes"]
    assert page.locator("mark.q").count() == len(quotes) > 0
    page.focus("mark.q")
    assert page.locator(".details:not([hidden])").count() == 1


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_a_markdown_draft_renders_as_a_reader_sees_it_with_every_quote_marked(browser, tmp_path):
    import json
    import subprocess
    import sys

    root = Path(__file__).parents[2]
    verify = str(Path(sys.executable).parent / "verify")
    args = ["examples/draft.md", "--source", "examples/sources", "--no-semantic",
            "--cache-dir", str(tmp_path / "c")]
    out = tmp_path / "md.html"
    subprocess.run([verify, "check", *args, "--format", "html", "-o", str(out)], cwd=root,
                   capture_output=True, check=False)
    quotes = json.loads(subprocess.run([verify, "check", *args, "--format", "json"], cwd=root,
                                       capture_output=True, text=True).stdout
                        )["articles"][0]["quotes"]
    page = browser.new_page()
    page.goto(out.as_uri())
    text = page.locator(".text")
    assert text.locator("h1").inner_text() == "Riverton approves its flood barrier"
    assert text.locator("em").first.inner_text().startswith("Draft for the weekend edition")
    link = text.locator("a", has_text="council's minutes")
    assert link.get_attribute("href") == "sources/council-minutes.html"
    assert link.get_attribute("rel") == "noopener noreferrer"
    shown = text.inner_text()
    assert "# " not in shown and "](" not in shown and "*Draft" not in shown
    # Every quotation is marked at its place, its words whole across its pieces.
    assert page.locator("mark.q").count() == len(quotes) == 6
    for q in quotes:
        mark_id = f"a1-{q['id']}"
        pieces = page.locator(f"#{mark_id}, mark.q-more[data-q='{mark_id}']")
        words = " ".join(pieces.nth(i).evaluate(
            "m => Array.from(m.childNodes).filter(n => n.nodeType === 3)"
            ".map(n => n.textContent).join('')") for i in range(pieces.count()))
        # The mark spans the quotation marks too, as in a plain-text draft; a line break
        # inside the quotation falls between two pieces.
        assert _squash(words).strip('"“”') == _squash(q["text"])
        assert page.locator(f"#{mark_id} ~ .tag, [data-q='{mark_id}'] .tag, #{mark_id} .tag"
                            ).count() == 1
    page.focus("mark.q.v-ALTERED")
    assert "\"38\" became \"48\"" in page.locator(".details:not([hidden])").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-report-markdown.png"), full_page=True)


def test_a_hostile_markdown_draft_runs_nothing(browser, tmp_path, report):
    text = ('# Title <img src=x onerror="alert(1)">\n\n'
            '"Quoted words here," said [Jane](javascript:alert(2)) and '
            '[doc](data:text/html,<script>alert(3)</script>) <script>alert(4)</script>\n\n'
            '![x](http://tracker.example/p.png) [ok](https://news.example/story)\n')
    start = text.index("Quoted")
    article = report.articles[0]
    q = article.quotes[0].model_copy(update={"text": "Quoted words here,", "span": article.quotes[
        0].span.model_copy(update={"start": start, "end": start + len("Quoted words here,")})})
    hostile = report.model_copy(update={"articles": [article.model_copy(update={
        "input": "drafts/hostile.md", "quotes": [q], "text": text})]})
    page, events = open_report(browser, tmp_path, hostile, "hostile-md")
    page.focus("mark.q")
    page.wait_for_timeout(200)
    assert events["dialogs"] == [] and events["errors"] == []
    assert [u for u in events["requests"] if not u.startswith("file:")] == []
    assert page.locator(".text img").count() == 0
    assert page.locator("a[href^=javascript], a[href^=data]").count() == 0
    assert page.locator(".text a").get_attribute("href") == "https://news.example/story"
    assert page.evaluate("document.scripts.length") == 1
    assert "<script>alert(4)</script>" in page.locator(".text").inner_text()  # as text
    assert page.locator("mark.q").inner_text().startswith("Quoted words here,")
