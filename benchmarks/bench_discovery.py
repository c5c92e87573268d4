"""Discovery on the corpus set: a link-less article whose quotes name an outlet, a
SearXNG-compatible server on 127.0.0.1 that knows every corpus page, and the originals'
real URLs answered from a WARC (benchmarks/discovery/corpus_set.py).

    .venv/bin/python benchmarks/bench_discovery.py [--corpus ../shared/corpus]

Prints the share of quotes whose original was among the fetched candidates, pages fetched
per quote, search requests per backend and per quote, and the verdicts."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from werkzeug import Request
from werkzeug.serving import make_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.discovery.corpus_set import article, build, searxng_handler, write_warc
from verify.fetch.client import FetchConfig
from verify.pipeline import CheckOptions, check
from verify.sources.outlets import OutletRegistry


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path,
                    default=Path(__file__).parents[2] / "shared" / "corpus")
    args = ap.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    cases, pages = build(args.corpus, OutletRegistry.load())
    handler = searxng_handler(pages)
    requests: Counter[str] = Counter()

    def app(environ, start_response):  # type: ignore[no-untyped-def]
        requests["searxng"] += 1
        return handler(Request(environ))(environ, start_response)

    server = make_server("127.0.0.1", 0, app)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    os.environ["VERIFY_SEARXNG_URL"] = f"http://127.0.0.1:{server.server_port}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        draft = folder / "article.md"
        draft.write_text(article(cases))
        write_warc(pages, folder / "originals.warc.gz")
        t0 = time.perf_counter()
        report = check([str(draft)], CheckOptions(
            search=["searxng"], search_intervals={"searxng": 0},
            fetch=FetchConfig(cache_dir=None, replay=folder / "originals.warc.gz")))
        elapsed = time.perf_counter() - t0
    server.shutdown()
    quotes = report.articles[0].quotes
    found = sum(1 for q, c in zip(quotes, cases, strict=True)
                if any(cand.url == c.url for cand in q.candidates))
    fetched = sum(len(q.candidates) for q in quotes)
    n = len(cases)
    print(f"{n} quotes from {n} corpus pages of {len({c.outlet for c in cases})} outlets")
    print(f"original found among fetched candidates: {found}/{n} = {found / n:.1%}")
    print(f"pages fetched per quote: {fetched / n:.2f}")
    print(f"search requests: {dict(requests)} ({requests['searxng'] / n:.2f} per quote)")
    print(f"verdicts: {report.summary}")
    print(f"wall time {elapsed:.1f} s")


if __name__ == "__main__":
    main()
