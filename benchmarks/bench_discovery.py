"""Discovery on the corpus set and on drafts that credit outlets: link-less drafts, a
SearXNG-compatible server on 127.0.0.1 that knows every page of ../shared/corpus and
../shared/corpus-extra (the latter under the address its canonical link or og:url
declares), and the pages' real URLs answered from a WARC (benchmarks/discovery/).

    .venv/bin/python benchmarks/bench_discovery.py [--corpus ../shared/corpus]
        [--extra ../shared/corpus-extra] [--drafts FOLDER ...] [--errors N]

Three sets, each checked with search only (no --source; the run's default search budget):

- the corpus set: one article quoting 24 corpus pages, each quote credited to its outlet
  and speaker ("As X reported, Y said: “…”"). Prints the share of quotes whose original
  was among the fetched candidates, pages fetched per quote, search requests per quote,
  the verdicts;
- generated outlet drafts (benchmarks/discovery/outlet_drafts.py): drafts crediting corpus
  quotations to their outlets in a desk's words, written at run time with gold files;
- each ``--drafts`` folder of hand-written drafts with gold (benchmarks/discovery/gold.py:
  ``NN-slug.md`` + ``NN-slug.gold.json``; only the gold fields are read).

For the drafts, per part (gold "part": tune / held-out): originals found among the
candidates (share), search queries per quotation, whether the credited outlet's page was
the evidence, passing quotations cleared and MISATTRIBUTED, failing ones flagged.
``--errors N`` lists N misses of each tune part (a held-out part is only counted)."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from werkzeug import Request
from werkzeug.serving import make_server

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.discovery import gold, outlet_drafts
from benchmarks.discovery.corpus_set import article, build, searxng_handler, write_warc
from verify.fetch.client import FetchConfig
from verify.outlets import OutletRegistry
from verify.pipeline import CheckOptions, check

SHARED = Path(__file__).parents[2] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--extra", type=Path, default=SHARED / "corpus-extra")
    ap.add_argument("--drafts", type=Path, action="append", default=[],
                    help="a folder of drafts with gold files (repeatable)")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    registry = OutletRegistry.load()
    cases, pages = build(args.corpus, registry,
                         extra=args.extra if args.extra.exists() else None)
    handler = searxng_handler(pages)
    requests: Counter[str] = Counter()

    def app(environ, start_response):  # type: ignore[no-untyped-def]
        requests["searxng"] += 1
        return handler(Request(environ))(environ, start_response)

    server = make_server("127.0.0.1", 0, app)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    searxng_url = f"http://127.0.0.1:{server.server_port}"
    url_of = {p.key: p.url for p in pages}
    print(f"search index: {len(pages)} pages ({sum(p.key.startswith('corpus/') for p in pages)}"
          f" of {args.corpus.name}, the rest of {args.extra.name})")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warc = folder / "originals.warc.gz"
        write_warc(pages, warc)

        def run(draft: Path, **kw: object):  # type: ignore[no-untyped-def]
            requests.clear()
            report = check([str(draft)], CheckOptions(
                search=["searxng"], search_urls={"searxng": searxng_url},
                search_intervals={"searxng": 0}, semantic=False,
                fetch=FetchConfig(cache_dir=None, replay=warc), **kw))  # type: ignore[arg-type]
            return report, requests["searxng"]

        draft = folder / "article.md"
        draft.write_text(article(cases))
        t0 = time.perf_counter()
        report, sent = run(draft)
        elapsed = time.perf_counter() - t0
        quotes = report.articles[0].quotes
        found = sum(1 for q, c in zip(quotes, cases, strict=True)
                    if any(cand.url == c.url for cand in q.candidates))
        fetched = sum(len(q.candidates) for q in quotes)
        n = len(cases)
        print(f"== corpus set: {n} quotes from {n} corpus pages of "
              f"{len({c.outlet for c in cases})} outlets")
        print(f"  original found among fetched candidates: {found}/{n} = {found / n:.1%}")
        print(f"  pages fetched per quote: {fetched / n:.2f}")
        print(f"  search requests: {sent} ({sent / n:.2f} per quote)")
        print(f"  verdicts: {report.summary}")
        print(f"  wall time {elapsed:.1f} s")

        generated = folder / "generated"
        outlet_drafts.write(args.corpus, registry, generated)
        sets = [("generated outlet drafts", generated), *((str(d), d) for d in args.drafts)]
        for title, source in sets:
            parts: dict[str, gold.PartScore] = {}
            t0 = time.perf_counter()
            for g in gold.load(source):
                report, sent = run(g.path)
                gold.score(g, report, sent, url_of, parts.setdefault(g.part, gold.PartScore()))
            print(f"== {title} ({time.perf_counter() - t0:.1f} s)")
            for part in sorted(parts, key=lambda p: p != "tune"):
                for line in parts[part].lines(part):
                    print("  " + line)
                if part == "tune":  # a held-out part is counted, never looked into
                    for miss in parts[part].misses[:args.errors]:
                        print("      " + miss)
    server.shutdown()


if __name__ == "__main__":
    main()
