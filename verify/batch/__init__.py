"""Stage 8, batch: verify an archive of articles, one JSONL line per article, resumable."""
