"""Read an article or a local source from a path, stdin or fetched bytes."""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from verify.errors import InputError
from verify.input.cache import DocumentCache
from verify.input.html import html_to_document
from verify.input.interface import Document, DocumentKind
from verify.input.interview import interview_voices
from verify.input.text import text_to_document
from verify.input.transcript import (
    TRANSCRIPT_SUFFIXES,
    TRANSCRIPT_TYPES,
    looks_like_webvtt,
    transcript_to_document,
)
from verify.reasons import Reason

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
TEXT_SUFFIXES = {".txt", ".text"}
PDF_SUFFIXES = {".pdf"}
PDF_TYPES = {"application/pdf", "application/x-pdf"}
_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])", re.I)


def is_url(spec: str) -> bool:
    """True for an http(s) URL."""
    return spec.startswith(("http://", "https://"))


def kind_for(name: str, content_type: str | None = None, data: bytes = b"") -> DocumentKind:
    """Choose how to read a document from its name, its content type, or its first bytes."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if b"%PDF-" in data[:1024] or ctype in PDF_TYPES:
        return "pdf"
    if ctype in {"text/html", "application/xhtml+xml"}:
        return "html"
    if ctype in {"text/markdown", "text/x-markdown"}:
        return "markdown"
    suffix = Path(name.split("?")[0]).suffix.lower()
    if ctype in TRANSCRIPT_TYPES or looks_like_webvtt(data) or (
            suffix in TRANSCRIPT_SUFFIXES and ctype in {"", "text/plain"}):
        return "transcript"
    if ctype == "text/plain":
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    return "html" if _HTML_SNIFF.match(data[:1024]) else "text"


#: Byte-order marks, longest first (UTF-32's LE mark begins with UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, *, name: str, content_type: str | None = None) -> str:
    """Decode bytes as text, refusing what is binary. Text with a byte-order mark (UTF-8,
    UTF-16, UTF-32) is read in that encoding, whatever the NUL bytes UTF-16 is full of."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {encoding.upper()} text ({exc.reason})",
                                 code=Reason.UNREADABLE) from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    charset = None
    m = re.search(r"charset=([\w-]+)", content_type or "", re.I)
    if m:
        charset = m.group(1)
    for enc in filter(None, (charset, "utf-8")):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    # A single-byte page (legacy HTML) decodes under cp1252; genuine binary was caught above.
    return data.decode("cp1252", errors="replace")


def document_from_bytes(data: bytes, *, input: str, url: str | None = None,
                        content_type: str | None = None, whole_page: bool = False,
                        cache: DocumentCache | None = None) -> Document:
    """Build a :class:`Document` from raw bytes; raise :class:`InputError` if unusable.

    ``whole_page`` reads an HTML page's text beyond its main content too (a source);
    ``cache`` keeps what an HTML page's reading produced, by its content hash. A PDF (by its
    first bytes, content type or name) is read by :mod:`verify.input.pdf`."""
    if kind_for(url or input, content_type, data) == "pdf":
        from verify.input.pdf import pdf_to_document  # a run with no PDF never pays for it

        return pdf_to_document(data, input=input, url=url)
    text = decode(data, name=input, content_type=content_type)
    if not text.strip():
        raise InputError(f"{input}: empty")
    kind = kind_for(url or input, content_type, data)
    if kind == "transcript":
        return transcript_to_document(text, input=input, url=url)
    if kind != "html":
        doc = text_to_document(text, input=input, kind=kind, url=url)
        if whole_page and (voices := interview_voices(doc.text, doc.blocks)):
            doc = replace(doc, voices=voices)  # a source printed as questions and answers
        return doc
    key = cache.key(data, kind=kind, url=url, whole_page=whole_page) if cache else ""
    if cache is not None and (kept := cache.get(key, input=input)) is not None:
        return kept
    doc = html_to_document(text, input=input, url=url, whole_page=whole_page)
    if not doc.text.strip():
        raise InputError(f"{input}: no article text could be extracted from the HTML")
    if cache is not None:
        cache.put(key, doc)
    return doc


Staged = Mapping[str, "bytes | str"]
"""Local files by the name they were given: their bytes, or the absolute path to read them
from. The name stays the file's name in the report; a batch on a cluster resolves its
inputs on the driver and, for other machines, sends their bytes this way."""


def read_local(spec: str, *, stdin: BinaryIO | None = None, max_bytes: int | None = None,
               whole_page: bool = False, cache: DocumentCache | None = None,
               files: Staged | None = None) -> Document:
    """Read a path or ``-`` (stdin), of at most ``max_bytes``. URLs are fetched by
    :mod:`verify.input.articles`, not here. ``whole_page`` and ``cache`` as for
    :func:`document_from_bytes`; a name in ``files`` is read from there."""
    staged = files.get(spec) if files else None
    if isinstance(staged, bytes):
        _check_size(spec, len(staged), max_bytes)
        return document_from_bytes(staged, input=spec, whole_page=whole_page, cache=cache)
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
        _check_size("-", len(data), max_bytes)
        return document_from_bytes(data, input="-", whole_page=whole_page, cache=cache)
    path = Path(staged or spec)
    if not path.exists():
        raise InputError(f"{spec}: no such file", code=Reason.NO_SUCH_FILE)
    if path.is_dir():
        raise InputError(f"{spec}: is a folder; give the files to check")
    try:
        _check_size(spec, path.stat().st_size, max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{spec}: cannot read ({exc.strerror or exc})",
                         code=Reason.UNREADABLE) from exc
    return document_from_bytes(data, input=spec, whole_page=whole_page, cache=cache)


def _check_size(name: str, size: int, cap: int | None) -> None:
    if cap is not None and size > cap:
        raise InputError(f"{name}: larger than the article size cap ({cap:,} bytes; "
                         "--max-article-bytes)", code=Reason.TOO_LARGE)

