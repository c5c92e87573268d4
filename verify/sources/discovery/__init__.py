"""Finding originals that the article does not link: search services and web archives."""

from verify.sources.discovery.interface import Backend, BackendError, SearchHit, SearchQuery

__all__ = ["Backend", "BackendError", "SearchHit", "SearchQuery"]
