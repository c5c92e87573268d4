"""Stage 3, sources: the candidate originals of each quote, and finding them
(:mod:`verify.sources.discovery`). The outlet registry they rank by is :mod:`verify.outlets`."""
