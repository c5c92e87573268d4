"""Paywalls: a source that shows only its teaser, and the Wayback capture read instead."""

from __future__ import annotations

from dataclasses import replace

from verify.errors import VerifyError
from verify.fetch.client import Fetcher
from verify.input.articles import document_from_fetch
from verify.input.interface import Document
from verify.match.verdicts import SourceIndex
from verify.outlets import OutletRegistry
from verify.sources.discovery.backends import Wayback, parse_date
from verify.sources.discovery.client import ApiClient
from verify.sources.discovery.interface import BackendError
from verify.sources.interface import LoadedSource

#: Extracted text shorter than this, from an outlet known for its paywall, is a teaser.
TEASER_CHARS = 1500


def looks_paywalled(doc: Document, registry: OutletRegistry | None) -> bool:
    """Whether ``doc`` is a paywall teaser: the page says it is not free, or it is a short
    text from an outlet the registry knows as paywalled."""
    if doc.paywalled:
        return True
    outlet = registry.for_url(doc.url) if registry else None
    return bool(outlet and outlet.paywalled and len(doc.main_text) < TEASER_CHARS)


async def behind_paywall(src: LoadedSource, fetcher: Fetcher, wayback: Wayback | None,
                         api: ApiClient | None) -> LoadedSource:
    """Try the nearest Wayback capture of a paywalled page; keep the teaser otherwise."""
    assert src.index is not None
    doc = src.index.doc
    if wayback is not None and api is not None and doc.url:
        try:
            capture = await wayback.closest(doc.url, parse_date(doc.published), api)
        except BackendError as exc:
            src.paywall = f"paywall; {exc}"
            return src
        if capture:
            result = await fetcher.fetch(capture)
            if result.ok:
                try:
                    archived = document_from_fetch(capture, result, source=True)
                except VerifyError:
                    archived = None
                if archived is not None and not archived.paywalled and \
                        len(archived.main_text) > len(doc.main_text):
                    archived = replace(archived, url=doc.url)  # the page's identity stays
                    return LoadedSource(src.ref, SourceIndex(archived),
                                        cached=result.from_cache, archived=capture)
        src.paywall = "paywall; no readable Wayback capture"
        return src
    src.paywall = "paywall (only the teaser is readable)"
    return src
