"""The default model on onnxruntime: the same vectors as sentence-transformers, no torch at
run time, a copy made atomically once, and a fallback with a warning."""

import json
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pytest

from verify.errors import ConfigError, VerifyWarning
from verify.match import onnx
from verify.match.semantic import (
    DEFAULT_MODEL,
    SentenceTransformerEmbedder,
    describe,
    make_embedder,
    preloaded,
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


def test_the_copy_is_made_without_torch(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from verify.match.onnx import export
        print(export(Path({str(tmp_path)!r})).name)
        print(sorted(m for m in sys.modules if m.split(".")[0] in
                     {{"torch", "sentence_transformers", "transformers"}}))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[0] == onnx.onnx_file(tmp_path).name
    assert out[1] == "[]"


def test_the_shipped_probe_vectors_are_those_of_sentence_transformers(real_embedder):
    # The export checks its graph against these; scripts/make_probe_vectors.py remakes them.
    probes = json.loads((Path(onnx.__file__).parent / "data/minilm_probes.json").read_text())
    ref = real_embedder.encode(probes["texts"])
    assert float((ref * np.array(probes["vectors"])).sum(1).min()) >= 0.99999


def test_a_graph_that_disagrees_is_never_put_in_place(tmp_path, monkeypatch):
    from verify.match import bert_graph

    real = bert_graph.build

    def wrong(folder):
        model = real(folder)
        eps = next(i for i in model.graph.initializer if i.name == "embeddings.LayerNorm.bias")
        eps.raw_data = (np.frombuffer(eps.raw_data, dtype=np.float32) + 1.0).tobytes()
        return model

    monkeypatch.setattr(bert_graph, "build", wrong)
    with pytest.raises(ValueError, match="disagrees"):
        onnx.export(tmp_path)
    assert list(tmp_path.iterdir()) == []  # neither the copy nor its temporary file


def test_batches_of_unlike_lengths_give_the_vectors_of_one_by_one(model_dir):
    emb = onnx.OnnxEmbedder(onnx.onnx_file(model_dir), DEFAULT_MODEL)
    texts = ["word " * n for n in (1, 3, 40, 2, 90, 41, 5, 300, 7)] * 4  # 300 is truncated
    together = emb.encode(texts)
    alone = np.concatenate([emb.encode([t]) for t in texts])
    assert float((together * alone).sum(1).min()) >= 0.99999


def test_a_preloaded_model_loads_in_the_background_and_a_failure_surfaces_on_use(model_dir,
                                                                                tmp_path):
    emb = onnx.OnnxEmbedder(onnx.onnx_file(model_dir), DEFAULT_MODEL)
    emb.preload()
    assert emb.encode(["The council voted."]).shape == (1, 384)
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not a model")
    bad = onnx.OnnxEmbedder(broken, DEFAULT_MODEL)
    bad.preload()
    with pytest.raises(ConfigError, match="cannot be loaded"):
        bad.encode(["anything"])


def test_preloaded_gives_an_embedder_only_when_the_copy_is_made(model_dir, tmp_path):
    assert isinstance(preloaded(DEFAULT_MODEL, model_dir), onnx.OnnxEmbedder)
    assert preloaded(DEFAULT_MODEL, tmp_path / "empty") is None  # made when first needed
    assert preloaded("some/other-model", model_dir) is None


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


def test_the_verify_command_preloads_the_copy_and_never_imports_torch(model_dir, tmp_path):
    src = tmp_path / "src.txt"
    src.write_text("The council voted on Tuesday to build a flood barrier along the river.\n")
    draft = tmp_path / "draft.md"
    draft.write_text('"The council has decided that a barrier will keep the river from '
                     'flooding," the mayor said. "Nothing here is in the source," she added.\n')
    code = textwrap.dedent(f"""
        import sys
        from verify.cli import main
        sys.argv = ["verify", "check", {str(draft)!r}, "--source", {str(src)!r},
                    "--cache-dir", {str(tmp_path / 'c')!r}, "--model-dir", {str(model_dir)!r},
                    "--format", "json", "--fail-on", "MISATTRIBUTED"]
        try:
            main()
        except SystemExit as exc:
            print(exc.code)
        import threading
        print([t.name for t in threading.enumerate() if t.name == "onnx-preload"])
        print(sorted(m for m in sys.modules if m.split(".")[0] in
                     {{"torch", "sentence_transformers", "transformers"}}))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    lines = proc.stdout.strip().split("\n")
    report = json.loads("\n".join(lines[:-3]))
    assert report["articles"][0]["quotes"][0]["evidence"]["semantic_score"] is not None
    assert lines[-3] == "0", proc.stderr
    assert lines[-2] == "[]"  # the preloading thread has finished by the time it is needed
    assert lines[-1] == "[]"


def test_a_run_that_needs_no_model_ends_cleanly_while_the_copy_preloads(model_dir, tmp_path):
    src = tmp_path / "src.txt"
    src.write_text("The council voted on Tuesday to build a flood barrier along the river.\n")
    draft = tmp_path / "draft.md"
    draft.write_text('"The council voted on Tuesday," the mayor said.\n')
    proc = subprocess.run([str(Path(sys.executable).parent / "verify"), "check", str(draft),
                           "--source", str(src), "--cache-dir", str(tmp_path / "c"),
                           "--model-dir", str(model_dir), "--format", "json"],
                          capture_output=True, text=True)
    # Ending the process while onnxruntime is still building the session would abort it.
    assert proc.returncode == 0 and proc.stderr == ""
    assert json.loads(proc.stdout)["summary"] == {"VERBATIM": 1}
