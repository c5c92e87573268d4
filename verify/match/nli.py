"""Optional entailment: an NLI cross-encoder (sentence-transformers ``CrossEncoder``) that
separates a paraphrase from a contradiction. The tool works without one and says so.

The model's ``id2label`` must name its classes (contradiction, entailment, neutral, in any
order and case), as the NLI cross-encoders published for sentence-transformers do.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from verify.errors import ConfigError

LABELS = ("contradiction", "entailment", "neutral")


@dataclass(frozen=True, slots=True)
class Entailment:
    """What the model says of (source passage, quote)."""

    label: str
    """contradiction, entailment or neutral."""
    probability: float
    """Probability of that label."""


class NLIModel:
    """A cross-encoder loaded on first use, offline."""

    def __init__(self, name_or_path: str) -> None:
        self.name = name_or_path
        self._model: Any = None
        self._labels: dict[int, str] = {}
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                from sentence_transformers import CrossEncoder

                try:
                    model = CrossEncoder(self.name, device="cpu", local_files_only=True)
                except (OSError, ValueError) as exc:
                    raise ConfigError(f"NLI model {self.name!r} cannot be loaded offline: "
                                      f"{str(exc).splitlines()[0]}") from exc
                id2label = getattr(getattr(model, "config", None), "id2label", None) or {}
                labels = {int(i): str(name).lower() for i, name in id2label.items()}
                if sorted(labels.values()) != sorted(LABELS):
                    raise ConfigError(f"NLI model {self.name!r} must label its classes "
                                      f"{', '.join(LABELS)} (it has {sorted(labels.values())})")
                self._labels, self._model = labels, model
        return self._model

    def judge(self, premise: str, hypothesis: str) -> Entailment:
        """Does ``premise`` (the source) entail, contradict, or not decide ``hypothesis``?"""
        model = self._load()
        probs = model.predict([(premise, hypothesis)], apply_softmax=True,
                              show_progress_bar=False)[0]
        best = int(probs.argmax())
        return Entailment(self._labels[best], float(probs[best]))
