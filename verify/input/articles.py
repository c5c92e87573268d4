"""Read the articles of a check: local files, stdin or URLs, each into a :class:`Document`.

An article that cannot be read is an :class:`~verify.errors.InputError`; a run of several
can record it and go on with the others. :func:`document_from_fetch` also reads the
fetched pages of the sources stage, whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from verify.errors import InputError
from verify.fetch.client import FetchConfig, Fetcher
from verify.fetch.interface import FetchResult
from verify.input.cache import DocumentCache
from verify.input.interface import Document
from verify.input.reader import Staged, document_from_bytes, is_url, read_local


async def read_articles(specs: Sequence[str], fetch: FetchConfig, stdin: BinaryIO | None,
                        fetcher: Fetcher | None = None, *, max_bytes: int | None = None,
                        failed: dict[int, InputError] | None = None,
                        files: Staged | None = None) -> list[Document]:
    """The articles, read (a name in ``files`` from there). With ``failed``, an article
    that cannot be read is recorded there by its position and the others are still read;
    the run fails (the first error raised) only when not one could be."""
    if not specs:
        raise InputError("no article given")
    docs = []
    for n, spec in enumerate(specs):
        try:
            docs.append(await _read_article(spec, fetch, stdin, fetcher, max_bytes, files))
        except InputError as exc:
            if failed is None:
                raise
            failed[n] = exc
        except Exception as exc:  # a hostile article must never end the run
            if failed is None:
                raise
            failed[n] = InputError(f"{spec}: could not be read ({type(exc).__name__})",
                                   code="unreadable")
    if failed and not docs:
        raise failed[min(failed)]
    return docs


async def _read_article(spec: str, fetch: FetchConfig, stdin: BinaryIO | None,
                        fetcher: Fetcher | None, max_bytes: int | None,
                        files: Staged | None) -> Document:
    if not is_url(spec):
        return read_local(spec, stdin=stdin, max_bytes=max_bytes, files=files)
    if fetcher is None:
        async with Fetcher(fetch) as own:
            return document_from_fetch(spec, await own.fetch(spec))
    return document_from_fetch(spec, await fetcher.fetch(spec))


def document_from_fetch(spec: str, result: FetchResult, *, source: bool = False,
                        cache: DocumentCache | None = None) -> Document:
    """The document a fetch brought; a ``source`` is read whole (the page beyond its main
    content too), an article as its main content."""
    if not result.ok:
        raise InputError(f"{spec}: {result.error}")
    assert result.body is not None
    return document_from_bytes(result.body, input=spec, url=result.final_url or spec,
                               content_type=result.content_type, whole_page=source,
                               cache=cache)
