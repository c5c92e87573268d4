"""The default model on onnxruntime: the same vectors as sentence-transformers, no torch at
run time, a copy made atomically once, and a fallback with a warning."""

import subprocess
import sys
import textwrap
import warnings

import numpy as np
import pytest

from verify.errors import VerifyWarning
from verify.match import onnx
from verify.match.semantic import (
    DEFAULT_MODEL,
    SentenceTransformerEmbedder,
    describe,
    make_embedder,
)

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("models")
    onnx.export(folder)
    return folder


def test_the_copy_gives_the_vectors_of_sentence_transformers(model_dir, real_embedder):
    texts = ["Short.", "The council voted seven to two on Tuesday to build a flood barrier.",
             "A much longer sentence with numbers like 4.2 billion pounds, names such as Ines "
             "Carvalho and a clause or two, so that the batch needs padding everywhere."] * 3
    got = make_embedder(DEFAULT_MODEL, model_dir).encode(texts)
    ref = real_embedder.encode(texts)
    assert got.shape == ref.shape
    assert float((got * ref).sum(1).min()) >= 0.9999
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_a_check_with_the_default_model_never_imports_torch(model_dir, tmp_path):
    src = tmp_path / "src.txt"
    src.write_text("The council voted on Tuesday to build a flood barrier along the river. "
                   "Chief engineer Tom Okafor said people by the river could rest at last.\n")
    draft = tmp_path / "draft.md"
    draft.write_text('"People who live by the river will finally sleep through a storm," '
                     "Tom Okafor said.\n")
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from verify.fetch.client import FetchConfig
        from verify.match.embeddings import EmbeddingStats
        from verify.pipeline import CheckOptions, check
        stats = EmbeddingStats()
        opts = CheckOptions(sources=[{str(src)!r}], model_dir=Path({str(model_dir)!r}),
                            fetch=FetchConfig(cache_dir=Path({str(tmp_path / 'c')!r})))
        report = check([{str(draft)!r}], opts, stats=stats)
        assert stats.model_loaded and stats.texts_encoded > 0, stats
        print(report.articles[0].quotes[0].verdict.value)
        print(sorted(m for m in sys.modules if m.split(".")[0] in
                     {{"torch", "sentence_transformers", "transformers"}}))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0] in {"PARAPHRASE", "NOT_FOUND"}
    assert out[1] == "[]"


def test_describe_names_the_runtime_and_its_files(model_dir, tmp_path):
    ready = describe(DEFAULT_MODEL, model_dir)
    assert ready.runtime == "onnxruntime" and ready.ready and ready.onnx.exists()
    later = describe(DEFAULT_MODEL, tmp_path / "empty")
    assert later.runtime == "onnxruntime" and not later.ready
    other = describe("some/other-model", model_dir)
    assert other.runtime == "sentence-transformers" and other.onnx is None


def test_no_half_written_copy_is_ever_visible(model_dir):
    names = [p.name for p in model_dir.iterdir()]
    assert names == [onnx.onnx_file(model_dir).name]  # the temporary file was renamed


def test_when_the_copy_cannot_be_made_it_says_so_and_falls_back(tmp_path, monkeypatch):
    def broken(folder):
        raise OSError("read-only file system")

    monkeypatch.setattr(onnx, "export", broken)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        emb = make_embedder(DEFAULT_MODEL, tmp_path / "models")
    assert isinstance(emb, SentenceTransformerEmbedder)
    (w,) = [w for w in caught if issubclass(w.category, VerifyWarning)]
    assert "read-only file system" in str(w.message) and "sentence-transformers" in str(w.message)
