"""One article of a batch, checked the way ``verify check`` checks it alone: what a worker
process (a pool's or a Ray actor's) runs for each item."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from functools import partial

from verify.batch.interface import Item
from verify.errors import VerifyError
from verify.match.embeddings import OnFirstUse
from verify.match.semantic import Embedder
from verify.options import CheckOptions
from verify.pipeline import check
from verify.sources.memo import SourceMemo

MODEL_THREADS = 1
"""onnxruntime threads per worker: a worker is one core's worth of work (``--workers``
defaults to the cores), so the model never competes with the other workers."""


class Worker:
    """A worker's state, made once: the options, the model's embedder (loaded once) and the
    originals already read (:class:`~verify.sources.memo.SourceMemo`)."""

    def __init__(self, options: CheckOptions) -> None:
        from verify.match.semantic import preloaded

        self.options = options
        self.embedder: Embedder | None = None
        if options.semantic:
            self.embedder = preloaded(options.model, options.model_dir, threads=MODEL_THREADS) \
                or OnFirstUse(partial(_model_of, options), options.model)
        self.memo = SourceMemo()  # originals read once per worker, not once per article

    def line(self, item: Item) -> str:
        """The output line of ``item`` (no trailing newline); never raises."""
        if item.error:
            return json.dumps({"id": item.id, "error": item.error}, ensure_ascii=False)
        opts = self.options
        if item.sources:
            opts = replace(opts, sources=[*opts.sources, *item.sources])
        if item.files:
            opts = replace(opts, files={**opts.files, **item.files})
        spec = item.path or item.url or "-"
        stdin = io.BytesIO(item.text.encode("utf-8")) if item.text is not None else None
        try:
            report = check([spec], opts, stdin=stdin, embedder=self.embedder, memo=self.memo)
            article = report.articles[0].model_dump(mode="json", by_alias=True)
            if item.published and not article.get("published") and not article.get("error"):
                article["published"] = item.published  # the page gave none; the manifest does
            line = {"id": item.id, **article}  # an unreadable article carries its own error
        except VerifyError as exc:
            line = {"id": item.id, "input": spec, "error": str(exc)}
        except Exception as exc:  # one article must never end the run
            line = {"id": item.id, "input": spec,
                    "error": f"could not be checked ({type(exc).__name__}: {str(exc)[:200]})"}
        return json.dumps(line, ensure_ascii=False)


def _model_of(options: CheckOptions) -> Embedder:
    """The embedder of ``options``' model (making the ONNX copy if it is not made yet)."""
    from verify.match.semantic import make_embedder

    return make_embedder(options.model, options.model_dir, threads=MODEL_THREADS)
