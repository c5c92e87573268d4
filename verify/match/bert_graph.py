"""A BERT sentence encoder written out as an ONNX graph from its weights, without torch.

The graph is the one ``transformers``' ``BertModel`` computes in eval mode (absolute
positions, post-LayerNorm blocks, erf GELU), followed by sentence-transformers' mean pooling
over the attention mask and L2 normalisation, so its one output is what
``SentenceTransformer.encode(..., normalize_embeddings=True)`` returns. Reading the
``model.safetensors`` and ``config.json`` of a model folder takes numpy and the ``onnx``
package only: about a second, against several for importing torch and tracing the model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

#: The graph's inputs (int64, batch x sequence) and its output (float32, batch x hidden).
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT = "sentence_embedding"
OPSET = 17  # LayerNormalization is a standard operator from 17 on


class _Graph:
    """Nodes and initializers collected in order, with fresh value names."""

    def __init__(self) -> None:
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes: list[Any] = []
        self.inits: list[Any] = []
        self._n = 0

    def const(self, name: str, value: np.ndarray) -> str:
        self.inits.append(self.numpy_helper.from_array(value, name))
        return name

    def op(self, kind: str, *inputs: str, **attrs: Any) -> str:
        self._n += 1
        out = f"{kind.lower()}_{self._n}"
        self.nodes.append(self.helper.make_node(kind, list(inputs), [out], **attrs))
        return out

    def linear(self, x: str, w: dict[str, np.ndarray], prefix: str) -> str:
        """``x @ W.T + b`` for a torch ``Linear`` stored as (out, in)."""
        weight = self.const(f"{prefix}.weight_t",
                            np.ascontiguousarray(w[f"{prefix}.weight"].T))
        bias = self.const(f"{prefix}.bias", w[f"{prefix}.bias"])
        return self.op("Add", self.op("MatMul", x, weight), bias)

    def i64(self, name: str, *values: int) -> str:
        return self.const(name, np.array(values, dtype=np.int64))

    def f32(self, name: str, value: float) -> str:
        return self.const(name, np.array(value, dtype=np.float32))

    def layer_norm(self, x: str, w: dict[str, np.ndarray], prefix: str, eps: float) -> str:
        return self.op("LayerNormalization", x, self.const(f"{prefix}.weight", w[f"{prefix}.weight"]),
                       self.const(f"{prefix}.bias", w[f"{prefix}.bias"]), axis=-1, epsilon=eps)


def build(folder: Path) -> Any:
    """The ONNX model (an ``onnx.ModelProto``) of the BERT encoder in ``folder``."""
    from onnx import TensorProto, helper
    from safetensors.numpy import load_file

    config = _bert_config(folder)
    weights = load_file(str(folder / "model.safetensors"))
    w = {k.removeprefix("bert."): v for k, v in weights.items()}
    hidden, heads = int(config["hidden_size"]), int(config["num_attention_heads"])
    eps = float(config.get("layer_norm_eps", 1e-12))
    g = _Graph()
    x = g.layer_norm(_embeddings(g, w), w, "embeddings.LayerNorm", eps)

    # The additive mask: 0 where a token is real, the float32 minimum where it is padding.
    mask = g.op("Cast", "attention_mask", to=TensorProto.FLOAT)
    bias = g.op("Mul", g.op("Sub", g.f32("one", 1.0),
                            g.op("Unsqueeze", mask, g.i64("axes12", 1, 2))),
                g.f32("mask_min", float(np.finfo(np.float32).min)))
    layer = _Layer(g, w, hidden, heads, bias, eps)
    for n in range(int(config["num_hidden_layers"])):
        x = layer(x, f"encoder.layer.{n}")
    g.nodes.append(helper.make_node("Div", list(_mean_pooled(g, x, mask)), [OUTPUT]))

    graph = helper.make_graph(
        g.nodes, "sentence_encoder",
        [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "seq"])
         for name in INPUTS],
        [helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, ["batch", hidden])],
        g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="source-verify")
    model.ir_version = 8  # what onnxruntime releases of the last years all read
    return model


def _bert_config(folder: Path) -> dict[str, Any]:
    """``folder``'s ``config.json``, checked to be a BERT with what the graph computes."""
    config: dict[str, Any] = json.loads((folder / "config.json").read_text("utf-8"))
    if config.get("model_type") != "bert" or config.get("position_embedding_type",
                                                        "absolute") != "absolute":
        raise ValueError(f"{folder} is not a BERT model with absolute positions")
    if config.get("hidden_act", "gelu") != "gelu":
        raise ValueError(f"unsupported activation {config.get('hidden_act')!r}")
    return config


def _embeddings(g: _Graph, w: dict[str, np.ndarray]) -> str:
    """Embeddings: word + position (0..seq-1) + token type, before their LayerNorm."""
    seq = g.op("Gather", g.op("Shape", "input_ids"), g.i64("one_index", 1), axis=0)
    positions = g.op("Unsqueeze", g.op("Range", g.i64("zero", 0), seq, g.i64("step", 1)),
                     g.i64("axis0", 0))
    return g.op("Add", g.op("Add",
                            g.op("Gather", g.const("word_embeddings",
                                                   w["embeddings.word_embeddings.weight"]),
                                 "input_ids"),
                            g.op("Gather", g.const("position_embeddings",
                                                   w["embeddings.position_embeddings.weight"]),
                                 positions)),
                g.op("Gather", g.const("token_type_embeddings",
                                       w["embeddings.token_type_embeddings.weight"]),
                     "token_type_ids"))


class _Layer:
    """One encoder layer (self-attention, then the feed-forward block, each post-LayerNorm),
    with the constants all layers share."""

    def __init__(self, g: _Graph, w: dict[str, np.ndarray], hidden: int, heads: int, bias: str,
                 eps: float) -> None:
        head = hidden // heads
        self.g, self.w, self.bias, self.eps = g, w, bias, eps
        self.split = g.i64("split_heads", 0, 0, heads, head)
        self.merge = g.i64("merge_heads", 0, 0, hidden)
        self.scale = g.f32("scale", float(np.sqrt(head)))
        self.root2, self.half = g.f32("sqrt2", float(np.sqrt(2.0))), g.f32("half", 0.5)

    def __call__(self, x: str, p: str) -> str:
        g, w = self.g, self.w

        def heads_of(name: str, perm: list[int]) -> str:
            return g.op("Transpose", g.op("Reshape", g.linear(x, w, f"{p}.attention.self.{name}"),
                                          self.split), perm=perm)

        q = heads_of("query", [0, 2, 1, 3])
        k = heads_of("key", [0, 2, 3, 1])
        v = heads_of("value", [0, 2, 1, 3])
        scores = g.op("Add", g.op("Div", g.op("MatMul", q, k), self.scale), self.bias)
        context = g.op("MatMul", g.op("Softmax", scores, axis=-1), v)
        context = g.op("Reshape", g.op("Transpose", context, perm=[0, 2, 1, 3]), self.merge)
        attended = g.op("Add", g.linear(context, w, f"{p}.attention.output.dense"), x)
        x = g.layer_norm(attended, w, f"{p}.attention.output.LayerNorm", self.eps)
        inner = g.linear(x, w, f"{p}.intermediate.dense")
        gelu = g.op("Mul", g.op("Mul", inner, self.half),
                    g.op("Add", g.f32(f"{p}.one", 1.0),
                         g.op("Erf", g.op("Div", inner, self.root2))))
        out = g.op("Add", g.linear(gelu, w, f"{p}.output.dense"), x)
        return g.layer_norm(out, w, f"{p}.output.LayerNorm", self.eps)


def _mean_pooled(g: _Graph, x: str, mask: str) -> tuple[str, str]:
    """sentence-transformers' mean pooling, and the L2 norm to divide it by, with its
    epsilons (ReduceSum takes its axes as an input at opset 13+, ReduceL2 only from 18)."""
    m = g.op("Unsqueeze", mask, g.i64("axis2", 2))
    summed = g.op("ReduceSum", g.op("Mul", x, m), g.i64("axis1", 1), keepdims=0)
    count = g.op("Max", g.op("ReduceSum", m, g.i64("axis1_count", 1), keepdims=0),
                 g.f32("count_eps", 1e-9))
    pooled = g.op("Div", summed, count)
    norm = g.op("Max", g.op("ReduceL2", pooled, axes=[-1], keepdims=1),
                g.f32("norm_eps", 1e-12))
    return pooled, norm
