"""Stage 3, sources: the outlet registry and the candidate originals of each quote."""

from verify.sources.outlets import Outlet, OutletMention, OutletRegistry

__all__ = ["Outlet", "OutletMention", "OutletRegistry"]
