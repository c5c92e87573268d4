"""Stage 3, sources: the outlet registry, the candidate originals of each quote (links,
--source, search), and reading them once each (time budget, paywall, memo)."""

from verify.sources.outlets import Outlet, OutletMention, OutletRegistry

__all__ = ["Outlet", "OutletMention", "OutletRegistry"]
