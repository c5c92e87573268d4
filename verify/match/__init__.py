"""Stage 5, match and verdicts: align each quote with a source passage and judge it."""

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
"""The embedding model a check uses unless told otherwise (shipped as a package, run on
onnxruntime from an ONNX copy); here, so that naming it imports no model code."""
