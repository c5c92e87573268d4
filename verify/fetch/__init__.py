"""Stage 4, fetch: guarded, polite, cached HTTP for articles and candidate sources."""

from verify.fetch.client import FetchConfig, Fetcher
from verify.fetch.interface import FetchResult

__all__ = ["FetchConfig", "FetchResult", "Fetcher"]
