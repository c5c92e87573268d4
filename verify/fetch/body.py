"""A response body read as it streams, decoded with its size capped.

The cap applies to the decoded bytes as each compressed chunk is inflated (so a few KB of
gzip cannot grow into gigabytes in memory before anything counts them), and at most one
content-encoding layer is accepted: "gzip, gzip" is how a decompression bomb is nested.
"""

from __future__ import annotations

import zlib

from verify.fetch.interface import Reason

#: What the fetcher asks for, and so all it needs to decode.
ACCEPT_ENCODING = "gzip, deflate"


class BodyError(Exception):
    """The body cannot be accepted: too large once decoded, or encoded in a way refused."""

    def __init__(self, reason: str, code: Reason) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


class BodyDecoder:
    """Feed raw chunks, get decoded bytes; raises :class:`BodyError` past ``cap`` bytes."""

    def __init__(self, content_encoding: str | None, cap: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",")
                   if c.strip() and c.strip().lower() != "identity"]
        if len(codings) > 1:
            raise BodyError(f"refused: {len(codings)} content-encoding layers "
                            f"({', '.join(codings)}); one is accepted", Reason.TOO_LARGE)
        self.coding = codings[0] if codings else None
        if self.coding not in {None, "gzip", "x-gzip", "deflate"}:
            raise BodyError(f"refused: content-encoding {self.coding} was not asked for",
                            Reason.NOT_TEXT)
        self.cap = cap
        self.size = 0
        self._raw = 0
        self._parts: list[bytes] = []
        wbits = 16 + zlib.MAX_WBITS if self.coding in {"gzip", "x-gzip"} else zlib.MAX_WBITS
        self._inflate = zlib.decompressobj(wbits) if self.coding else None
        self._first = True

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.cap:
            raise BodyError(f"larger than the size cap (over {self.cap:,} bytes"
                            f"{' once decoded' if self.coding else ''})", Reason.TOO_LARGE)
        self._parts.append(data)

    def feed(self, raw: bytes) -> None:
        """Take the next raw chunk."""
        self._raw += len(raw)
        if self._raw > self.cap:
            raise BodyError(f"larger than the size cap (over {self.cap:,} bytes)",
                            Reason.TOO_LARGE)
        if self._inflate is None:
            self._keep(raw)
            return
        data = raw
        try:
            while data:
                # Never more output than the cap leaves room for (+1 to see it overflow).
                out = self._inflate.decompress(data, self.cap - self.size + 1)
                self._keep(out)
                data = self._inflate.unconsumed_tail
        except zlib.error as exc:
            if self._first and self.coding == "deflate":  # raw deflate, without zlib header
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                self._first = False
                self.feed(raw)
                return
            raise BodyError(f"corrupt {self.coding} body ({exc})", Reason.UNREADABLE) from exc
        self._first = False

    def body(self) -> bytes:
        """Everything decoded, once the last chunk was fed."""
        if self._inflate is not None:
            try:
                self._keep(self._inflate.flush())
            except zlib.error as exc:
                raise BodyError(f"corrupt {self.coding} body ({exc})",
                                Reason.UNREADABLE) from exc
        return b"".join(self._parts)
