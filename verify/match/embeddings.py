"""Sentence vectors, each text embedded at most once: in memory for the run, on disk across
runs.

:class:`CachingEmbedder` sits in front of any :class:`~verify.match.semantic.Embedder`. It
creates the model only when a text is missing from both caches, so a warm re-run against the
same originals never loads the model. The disk store is SQLite in the cache folder, keyed by
the model's name and a hash of the text, so vectors of two models never mix.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from verify.match.semantic import Embedder

_SCHEMA = """CREATE TABLE IF NOT EXISTS vectors (
  model TEXT NOT NULL, hash TEXT NOT NULL, dim INTEGER NOT NULL, vec BLOB NOT NULL,
  PRIMARY KEY (model, hash))"""
#: Bump when the way texts are turned into vectors changes (pooling, normalisation).
STORE_VERSION = 1


def text_hash(text: str) -> str:
    """The key of a text in the store."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class VectorStore:
    """Vectors on disk: (model, hash of the text) -> float32 vector."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "embeddings.sqlite"
        self._lock = threading.Lock()
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            # Not a database any more (truncated, overwritten): set it aside and start anew;
            # it only ever held vectors that can be computed again.
            self.path.replace(self.path.with_suffix(".sqlite.damaged"))
            self._db = self._open()

    @classmethod
    def open(cls, folder: Path) -> VectorStore | None:
        """The store in ``folder``, or None when it cannot be opened (a read-only or full
        disk): the run then keeps its vectors in memory only."""
        try:
            return cls(folder)
        except (OSError, sqlite3.Error):
            return None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        try:
            db.execute(_SCHEMA)
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get_many(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors among ``hashes``."""
        out: dict[str, np.ndarray] = {}
        with self._lock, suppress(sqlite3.Error):  # a store that fails is a cache miss
            for i in range(0, len(hashes), 500):  # SQLite's limit on bound parameters
                chunk = list(hashes[i:i + 500])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT hash, dim, vec FROM vectors WHERE model = ? AND hash IN ({marks})",
                    [model, *chunk]).fetchall()
                for h, dim, blob in rows:
                    # A damaged row is embedded again, never trusted.
                    if isinstance(blob, bytes) and len(blob) == 4 * dim:
                        out[h] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_many(self, model: str, items: Sequence[tuple[str, np.ndarray]]) -> None:
        """Store vectors (replacing any with the same key)."""
        rows = [(model, h, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
                for h, v in items]
        with self._lock, suppress(sqlite3.Error):  # locked or full: not kept, still right
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows)
            self._db.commit()

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


class OnFirstUse:
    """An :class:`Embedder` that ``factory`` makes when a text first needs it, then kept: a
    run (or a batch worker) that embeds nothing never loads the model."""

    def __init__(self, factory: Callable[[], Embedder], name: str) -> None:
        self.name = name
        self._factory = factory
        self._made: Embedder | None = None

    def model(self) -> Embedder:
        """The embedder, made on the first call."""
        if self._made is None:
            self._made = self._factory()
        return self._made

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """The texts' vectors, from the embedder made once."""
        return self.model().encode(texts)


@dataclass
class EmbeddingStats:
    """What the embedder did in a run."""

    model_calls: int = 0
    """Batches sent to the model."""
    texts_encoded: int = 0
    """Texts the model embedded."""
    disk_hits: int = 0
    """Texts answered from the on-disk store."""
    memory_hits: int = 0
    """Texts answered from this run's memory."""
    model_loaded: bool = False
    """True once the model was created."""


class CachingEmbedder:
    """An :class:`Embedder` that embeds each distinct text once and remembers it.

    ``factory`` creates the real embedder on the first text that no cache holds; ``name``
    is the model's identity in the store (the model name or path)."""

    def __init__(self, factory: Callable[[], Embedder], name: str,
                 store: VectorStore | None = None) -> None:
        self.name = name
        self._model = OnFirstUse(factory, name)
        self._store = store
        self._memory: dict[str, np.ndarray] = {}
        self._key = f"{name}#v{STORE_VERSION}"
        self.stats = EmbeddingStats()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of ``texts``, in order; only unseen texts reach the model."""
        hashes = [text_hash(t) for t in texts]
        missing = [h for h in dict.fromkeys(hashes) if h not in self._memory]
        self.stats.memory_hits += len(hashes) - len(missing)
        if missing and self._store is not None:
            found = self._store.get_many(self._key, missing)
            self._memory.update(found)
            self.stats.disk_hits += len(found)
            missing = [h for h in missing if h not in found]
        if missing:
            by_hash = dict(zip(hashes, texts, strict=True))
            batch = [by_hash[h] for h in missing]
            model = self._model.model()
            self.stats.model_loaded = True
            vecs = np.asarray(model.encode(batch), dtype=np.float32)
            self.stats.model_calls += 1
            self.stats.texts_encoded += len(batch)
            fresh = list(zip(missing, vecs, strict=True))
            self._memory.update(fresh)
            if self._store is not None:
                self._store.put_many(self._key, fresh)
        if not hashes:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self._memory[h] for h in hashes])
