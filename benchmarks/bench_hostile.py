"""Hostile drafts, pages and URLs: internal errors, time and memory per input.

    .venv/bin/python benchmarks/bench_hostile.py [--fuzz 1000] [--seed 7] [--doubling]

- ``--fuzz N`` drafts generated from the seed (benchmarks/hostile/inputs.py), each linking to
  a page of the hostile server on 127.0.0.1, checked and rendered in every format;
- every page of the hostile server, linked from a draft (hostile PDFs among them: 10,000
  pages, a decompression bomb, a broken cross-reference table, a file cut short, each
  checked for the reason it must end in);
- every guard probe, linked from a draft checked by a guarded run;
- with ``--doubling``: inputs that stressed the text stages, at doubling sizes, to show the
  time grows linearly.

Targets (issue "Hostile pages and drafts"): 0 internal errors, 0 runs past 30 s, peak memory
under 1 GB. Prints a table by kind of input, the slowest inputs, and the peak RSS.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.hostile.inputs import (  # noqa: E402
    GUARD_PROBES,
    LINE,
    PAGES,
    PDF_PAGES,
    Draft,
    HostileServer,
    fuzz_drafts,
    probes_at,
)
from benchmarks.hostile.run import Outcome, peak_rss_mb, run_draft  # noqa: E402

DOUBLING = {
    "unclosed quotes after said": 'said “x\n',
    "split quotes with cues": '“a,” he said “b ',
    "straight quotes and said": '"a," said "',
    "markdown link syntax": '[x]([y]([z](',
    "nested brackets": "[[[[",
    "single quotes": "‘a ’b ‘c ",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fuzz", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--doubling", action="store_true")
    args = ap.parse_args()
    outcomes: list[Outcome] = []
    t0 = time.perf_counter()
    with HostileServer() as base, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in PAGES:
            kind = "hostile pdf" if name in PDF_PAGES else "hostile page"
            o = run_draft(Draft(f"page-{name.replace('/', '-')}.md", (
                f"{LINE} ([source]({base}/{name}))\n").encode(), kind), work)
            if name in PDF_PAGES:
                print(f"  {name:<18} {o.seconds:6.2f} s  {o.said}"
                      f"{' (' + ', '.join(o.reasons) + ')' if o.reasons else ''}")
                expected = PDF_PAGES[name][1]
                got = "read" if "VERBATIM" in o.said else ",".join(o.reasons)
                if got != expected and o.internal_error is None:
                    o = Outcome(o.name, o.kind, o.seconds, f"ended in {got}, not {expected}",
                                o.said)
            outcomes.append(o)
        for i, url in enumerate(GUARD_PROBES + probes_at(base)):
            # As a draft gives it: a link beside the quote, in a guarded run. It must be
            # refused (or not taken as a link at all), and reach no listener.
            before = HostileServer.requests()
            o = run_draft(Draft(f"guard-{i}.md", f"{LINE} ([source]({url}))\n".encode(),
                                "guard probe"), work, guarded=True)
            reached = HostileServer.requests() > before
            checked = not any(v in o.said for v in ("UNCHECKED", "SOURCE_UNAVAILABLE"))
            if (reached or checked) and o.internal_error is None:
                o = Outcome(o.name, o.kind, o.seconds, f"guard let {url} through", o.said)
            outcomes.append(o)
        for draft in fuzz_drafts(args.fuzz, args.seed, base):
            outcomes.append(run_draft(draft, work))
        if args.doubling:
            print("time as inputs double (seconds, checked and rendered):")
            for label, unit in DOUBLING.items():
                row = []
                for size in (25_000, 50_000, 100_000, 200_000):
                    text = (unit * (size // len(unit)))[:size] + f"\n\n{LINE}\n"
                    o = run_draft(Draft(f"double-{size}.md", text.encode(), "doubling"), work)
                    outcomes.append(o)
                    row.append(o.seconds)
                ratio = row[-1] / max(row[-2], 1e-3)
                print(f"  {label:<28}" + "".join(f"{s:7.2f}" for s in row)
                      + f"   last doubling x{ratio:.1f}")
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.kind].append(o)
    print(f"\n{'inputs':<16}{'n':>6}{'internal errors':>17}{'past 30 s':>11}{'max s':>8}"
          f"{'p99 s':>8}")
    for kind, rows in sorted(by_kind.items()):
        times = sorted(o.seconds for o in rows)
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(f"{kind:<16}{len(rows):>6}{sum(o.internal_error is not None for o in rows):>17}"
              f"{sum(o.seconds > 30 for o in rows):>11}{times[-1]:>8.2f}{p99:>8.2f}")
    errors = [o for o in outcomes if o.internal_error]
    print(f"{'all':<16}{len(outcomes):>6}{len(errors):>17}"
          f"{sum(o.seconds > 30 for o in outcomes):>11}")
    print(f"peak RSS of the whole run: {peak_rss_mb():.0f} MB; wall time "
          f"{time.perf_counter() - t0:.0f} s")
    for o in sorted(outcomes, key=lambda o: -o.seconds)[:5]:
        print(f"  slowest: {o.name} ({o.kind}) {o.seconds:.2f} s: {o.said[:60]}")
    for o in errors[:20]:
        print(f"  INTERNAL ERROR {o.name}: {o.internal_error}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
