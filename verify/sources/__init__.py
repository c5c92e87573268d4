"""Stage 3, sources: the candidate originals of each quote (links, --source, search:
:mod:`verify.sources.discovery`), and reading them once each (time budget, paywall, memo).
The outlet registry they rank by is :mod:`verify.outlets`."""
