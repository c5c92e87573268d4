"""Stage 4, fetch: guarded, polite, cached HTTP for articles and candidate sources.

The fetcher is in :mod:`verify.fetch.client`, its settings in :mod:`verify.fetch.config`;
importing this package imports neither (the command line reads its settings before it
needs the HTTP stack)."""
