"""Stage 5, match and verdicts: align each quote with a source passage and judge it."""
