"""The CLI: exit codes, one-line errors, formats."""

import json

from typer.testing import CliRunner

from verify.cli import app

runner = CliRunner()


def invoke(*args, **kw):
    return runner.invoke(app, list(args), **kw)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


QUOTE = '"We will keep the plant open for another decade," Mayor Ann Lee said.\n'


def test_exit_0_clean_and_json_contract(tmp_path):
    src = write(tmp_path, "src.txt", QUOTE)
    draft = write(tmp_path, "draft.txt", QUOTE)
    out = tmp_path / "r.json"
    r = invoke("check", draft, "--source", src, "--format", "json", "-o", str(out),
               "--cache-dir", str(tmp_path / "c"), "--no-semantic")
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text())
    assert data["schema"] == "verify/report/v1"
    assert list(data) == ["schema", "tool", "articles", "summary", "baseline", "coverage"]
    q = data["articles"][0]["quotes"][0]
    assert list(q) == ["id", "text", "kind", "span", "speaker", "speaker_span", "outlet", "cue",
                       "verdict", "score", "explanation", "evidence", "candidates", "suppression",
                       "attribution", "reason"]
    assert list(q["attribution"]) == ["status", "source_speaker", "source_outlet", "note"]
    assert q["span"] == {"start": 0, "end": 49, "line": 1, "column": 1, "end_line": 1,
                         "end_column": 50, "column_bytes": 1, "end_column_bytes": 50}
    assert list(q["evidence"]) == ["url", "title", "published", "passage", "lexical_score",
                                   "semantic_score", "differences"]
    assert data["summary"] == {"VERBATIM": 1}


def test_exit_1_on_findings_and_fail_on(tmp_path):
    src = write(tmp_path, "src.txt", QUOTE)
    draft = write(tmp_path, "draft.txt", QUOTE.replace("another decade", "another century"))
    args = ["check", draft, "--source", src, "--cache-dir", str(tmp_path / "c"),
            "--no-semantic", "--no-progress"]
    r = invoke(*args)
    assert r.exit_code == 1 and "ALTERED" in r.output and "[-decade-] {+century+}" in r.output
    assert invoke(*args, "--fail-on", "NOT_FOUND").exit_code == 0
    bad = invoke(*args, "--fail-on", "WRONG")
    assert bad.exit_code == 2 and "unknown verdict WRONG" in bad.output


def test_bad_article_inputs_exit_2_with_one_line(tmp_path, httpserver):
    httpserver.expect_request("/pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    httpserver.expect_request("/big").respond_with_data(b"<p>x</p>" * 1000,
                                                        content_type="text/html")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x00")
    cases = {
        str(tmp_path / "missing.md"): "no such file",
        str(tmp_path): "is a folder",
        str(tmp_path / "empty.md"): "empty",
        str(tmp_path / "bin.txt"): "binary file",
        "http://127.0.0.1:9/nothing": "connection failed",
        httpserver.url_for("/pdf"): "damaged PDF",
    }
    for spec, message in cases.items():
        r = invoke("check", spec, "--allow-private-network", "--cache-dir", str(tmp_path / "c"),
                   "--timeout", "2")
        assert r.exit_code == 2, (spec, r.output)
        lines = r.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("verify: error:") and message in lines[0]
    r = invoke("check", httpserver.url_for("/big"), "--allow-private-network", "--max-bytes",
               "1000", "--cache-dir", str(tmp_path / "c"))
    assert r.exit_code == 2 and "size cap" in r.output


def test_url_article_is_refused_on_loopback_by_default(tmp_path, httpserver):
    httpserver.expect_request("/a").respond_with_data("<p>hi</p>", content_type="text/html")
    r = invoke("check", httpserver.url_for("/a"), "--cache-dir", str(tmp_path / "c"))
    assert r.exit_code == 2 and "loopback" in r.output and "--allow-private-network" in r.output


def test_stdin_article(tmp_path):
    r = invoke("quotes", "-", "--format", "json", input=QUOTE)
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["schema"] == "verify/quotes/v1"
    q = data["articles"][0]["quotes"][0]
    assert (q["speaker"], q["kind"]) == ("Ann Lee", "quote") and "verdict" not in q


def test_quotes_lists_seed_with_speakers_and_outlets():
    from tests.conftest import SEED

    r = invoke("quotes", str(SEED), "--format", "json")
    assert r.exit_code == 0
    quotes = json.loads(r.output)["articles"][0]["quotes"]
    pairs = {(q["speaker"], q["outlet"]) for q in quotes if q["kind"] == "quote"}
    assert {(None, "The Times (London)"), ("Sam Bendett", "The New York Times"),
            ("Timothy Snyder", "The New York Times")} <= pairs


def test_check_seed_offline_finishes(tmp_path):
    from tests.conftest import SEED

    r = invoke("check", str(SEED), "--cache-dir", str(tmp_path / "c"), "--format", "json")
    # Nothing could be checked (no link, no --source, search off here): never green.
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert data["summary"] == {"UNCHECKED": 26}
    assert data["coverage"]["checked"] == 0 and data["coverage"]["reasons"] == {"no-source": 26}
    assert r.stderr.startswith("verify: no quote could be checked: no candidate source")
    assert r.stderr.count("\n") == 1


def test_model_shows_the_runtime_and_where_the_files_are(tmp_path):
    r = invoke("model", "--model-dir", str(tmp_path / "models"))
    assert r.exit_code == 0, r.output
    assert "runtime: onnxruntime" in r.output
    assert f"{tmp_path / 'models'}" in r.output and "not made yet" in r.output
    other = invoke("model", "--model", "some/other-model")
    assert "runtime: sentence-transformers" in other.output
    refused = invoke("model", "--model", "some/other-model", "--build")
    assert refused.exit_code == 2
    assert refused.output.count("verify: error:") == 1 and "nothing to build" in refused.output
