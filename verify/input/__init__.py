"""Stage 1, input: read an article (HTML, Markdown, text, URL, stdin) into a :class:`Document`."""

from verify.input.interface import Document, Link, TextBlock
from verify.input.reader import document_from_bytes, read_local

__all__ = ["Document", "Link", "TextBlock", "document_from_bytes", "read_local"]
