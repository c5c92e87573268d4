"""The embedding cache: each text embedded once, kept on disk per model, the model created
only when a text is in no cache."""

import sqlite3

import numpy as np

from tests.conftest import FakeEmbedder
from verify.match.embeddings import CachingEmbedder, VectorStore


def factory(made):
    def make():
        made.append(FakeEmbedder())
        return made[-1]
    return make


def test_a_second_run_embeds_nothing_and_never_creates_the_model(tmp_path):
    made: list = []
    store = VectorStore(tmp_path)
    first = CachingEmbedder(factory(made), "fake", store)
    vecs = first.encode(["one text", "another text", "one text"])
    assert first.stats.texts_encoded == 2 and first.stats.model_calls == 1
    assert np.allclose(vecs[0], vecs[2])
    store.close()

    store = VectorStore(tmp_path)
    second = CachingEmbedder(factory(made), "fake", store)
    again = second.encode(["another text", "one text"])
    assert len(made) == 1 and not second.stats.model_loaded
    assert second.stats.disk_hits == 2 and second.stats.texts_encoded == 0
    assert np.allclose(again[1], vecs[0])


def test_vectors_of_two_models_never_mix(tmp_path):
    store = VectorStore(tmp_path)
    CachingEmbedder(factory([]), "model-a", store).encode(["same text"])
    other = CachingEmbedder(factory([]), "model-b", store)
    other.encode(["same text"])
    assert other.stats.disk_hits == 0 and other.stats.texts_encoded == 1


def test_a_damaged_row_is_embedded_again(tmp_path):
    store = VectorStore(tmp_path)
    CachingEmbedder(factory([]), "fake", store).encode(["a text"])
    store.close()
    db = sqlite3.connect(tmp_path / "embeddings.sqlite")
    db.execute("UPDATE vectors SET vec = ?", (b"\x00\x01",))
    db.commit()
    db.close()
    again = CachingEmbedder(factory([]), "fake", VectorStore(tmp_path))
    vec = again.encode(["a text"])
    assert again.stats.texts_encoded == 1 and vec.shape == (1, 256)


def test_memory_only_without_a_store():
    made: list = []
    emb = CachingEmbedder(factory(made), "fake")
    emb.encode(["x y z"])
    emb.encode(["x y z", "x y"])
    assert emb.stats.model_calls == 2 and emb.stats.texts_encoded == 2
    assert emb.stats.memory_hits == 1


def test_a_file_that_is_no_database_is_set_aside(tmp_path):
    (tmp_path / "embeddings.sqlite").write_bytes(b"this is not sqlite at all" * 100)
    emb = CachingEmbedder(factory([]), "fake", VectorStore(tmp_path))
    assert emb.encode(["a text"]).shape == (1, 256)
    assert (tmp_path / "embeddings.sqlite.damaged").exists()


def test_a_store_that_cannot_be_opened_leaves_the_run_in_memory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    assert VectorStore.open(blocker) is None
