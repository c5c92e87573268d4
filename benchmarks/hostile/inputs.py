"""Hostile inputs for the tool, shared by the test suite (a few) and bench_hostile.py (many).

- :func:`fuzz_drafts`: drafts made from a fixed seed out of the pieces that stress each
  stage — quote marks of every kind left open, reporting verbs, Markdown brackets and link
  syntax, HTML and JSON-LD, paywall markers, control characters, byte-order marks, very
  long lines and sentences without a full stop — in Markdown, text and HTML, 100 B to
  ~300 KB, each linking to a page of the hostile server.
- :class:`HostileServer`: a real HTTP server on 127.0.0.1 whose pages misbehave:
  decompression bombs, a byte a second, redirects to javascript:, data: and bad ports,
  deeply nested JSON-LD, control characters, UTF-16, lying content types and lengths.
- :data:`GUARD_PROBES`: URLs the address guard must refuse before connecting.
- :data:`PDF_PAGES`: hostile PDFs (10,000 pages, a decompression bomb in a content stream, a
  broken cross-reference table, a file cut short), served as application/pdf, each with
  the reason it must end in.
"""

from __future__ import annotations

import codecs
import gzip
import http.server
import random
import socketserver
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

_PIECES = [
    "“", "”", "‘", "’", '"', "'", "«", "»", "„", "‚", "「", "」",
    " said ", " told reporters ", " according to ", ", he said, ", " she added: ",
    " Tom Okafor said ", " the spokesman said ", " a person familiar with the matter said ",
    "[", "]", "(", ")", "[x](", "](http://", "[[", "]]", "![img](", "<", ">", "</p>", "<p>",
    "<script type=\"application/ld+json\">", "</script>", '{"isAccessibleForFree": false',
    '{"@graph": [', "itemprop=\"isAccessibleForFree\" content=\"false\"",
    "\n", "\n\n", "\r\n", "\t", "  ", "—", "–", "-\n", "…", "...", ".", "?", "!", ",",
    "\x1b[2J", "\x1b]0;pwned\x07", "\u202e", "\x00", "\x0c", "\ufeff",
    "The council voted on Tuesday to build a flood barrier along the river",
    "We will not back down", "4.2 billion", "Ines Carvalho", "O'Neil", "rock 'n' roll",
    "’90s", "Jones’ car", "#", "> ", "* ", "1. ", "```", "|", "---", "http://127.0.0.1:1/x",
]


#: The quotation each hostile draft ends with, linked to a hostile page.
LINE = '"The council voted on Tuesday to build a flood barrier," Tom Okafor said.'


@dataclass(frozen=True)
class Draft:
    """One generated input: its file name (the suffix picks the reader) and bytes."""

    name: str
    data: bytes
    kind: str
    """What it stresses, for the report's table."""


def fuzz_drafts(n: int, seed: int, base_url: str) -> Iterator[Draft]:
    """``n`` drafts from ``seed``; the same arguments give the same drafts."""
    rng = random.Random(seed)
    paths = list(PAGES)
    for i in range(n):
        size = int(10 ** rng.uniform(2, 5.5))  # 100 B to ~300 KB, log-uniform
        mode = rng.choice(["mixed", "repeat", "repeat", "quotes"])
        if mode == "repeat":  # one short unit many times: where quadratic code shows
            unit = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4)))
            text = unit * max(1, size // max(len(unit), 1))
        elif mode == "quotes":
            text = "".join(f'{rng.choice(["“", chr(34), "‘"])}{rng.choice(_PIECES)} '
                           f'{rng.choice(_PIECES)}{rng.choice(["”", chr(34), "’", ""])}'
                           f'{rng.choice(_PIECES)}' for _ in range(size // 40 + 1))
        else:
            text = "".join(rng.choice(_PIECES) for _ in range(size // 8 + 1))
        link = f"{base_url}/{rng.choice(paths)}"
        text += f'\n\n"The council voted on Tuesday to build a flood barrier," Tom Okafor ' \
                f"said. ([source]({link}))\n"
        suffix = rng.choice([".md", ".txt", ".html"])
        data = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.05:
            data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        yield Draft(f"draft-{i:05d}{suffix}", data, mode)


GOOD = (b"<html><head><title>Barrier</title></head><body><article><p>The council voted on "
        b"Tuesday to build a flood barrier along the river, after two years of debate.</p>"
        b"<p>&ldquo;The council voted on Tuesday to build a flood barrier,&rdquo; Tom Okafor "
        b"said.</p></article></body></html>")


def _nested_ld(depth: int) -> bytes:
    return (b'<html><head><script type="application/ld+json">' + b'{"a":[' * depth + b"1"
            + b"]}" * depth + b"</script></head><body><article><p>" + GOOD[60:140]
            + b"</p></article></body></html>")


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (numbered from 1; 1 is the catalogue) with a correct
    cross-reference table."""
    parts = [b"%PDF-1.4\n"]
    offsets = []
    size = len(parts[0])
    for n, body in enumerate(objects, 1):
        offsets.append(size)
        parts.append(b"%d 0 obj\n%s\nendobj\n" % (n, body))
        size += len(parts[-1])
    xref = size
    parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    parts.extend(b"%010d 00000 n \n" % o for o in offsets)
    return b"".join(parts) + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)


def _stream(data: bytes, *, flate: bytes | None = None) -> bytes:
    if flate is None:
        return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(flate), flate)


def _pages(n: int, content: bytes) -> bytes:
    """``n`` pages that all draw ``content`` (one stream, shared)."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(n))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>")
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", content]
                + [page] * n)


_SAID = (b"BT /F1 11 Tf 72 700 Td (The council voted on Tuesday to build a flood barrier, "
         b"Tom Okafor said.) Tj ET")


def _bomb(inflated: int) -> bytes:
    """A zlib stream of ``inflated`` bytes of text-showing operators, made without holding
    them: one megabyte compressed after a full flush (which forgets the history) is the
    same bytes every time, so it is repeated; then a final empty block and the checksum."""
    block = (b"BT /F1 1 Tf (" + b"a" * (1 << 20) + b") Tj ET ")[: 1 << 20]
    c = zlib.compressobj(9)
    first = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    count = inflated >> 20
    adler = 1
    for _ in range(count):
        adler = zlib.adler32(block, adler)
    return first + again * (count - 1) + b"\x03\x00" + struct.pack(">I", adler)


def _broken_xref() -> bytes:
    """A one-page PDF whose cross-reference table points nowhere (a viewer repairs it by
    scanning for the objects)."""
    good = _pages(1, _stream(_SAID))
    head, _, _ = good.partition(b"xref\n")
    return head + b"xref\n0 6\n" + b"0000099999 00000 n \n" * 6 + \
        b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n"


_PDF = {"Content-Type": "application/pdf"}
#: path -> (body, the reason it must end in: a source reason code, or "read")
PDF_PAGES: dict[str, tuple[bytes, str]] = {
    "pdf-10000-pages": (_pages(10_000, _stream(_SAID)), "too-large"),
    "pdf-bomb": (_pages(1, _stream(b"", flate=_bomb(400 << 20))), "too-large"),
    "pdf-broken-xref": (_broken_xref(), "read"),
    "pdf-cut-short": (_pages(1, _stream(_SAID))[:60], "unreadable"),
}


#: path -> (status, headers, body, trickle seconds per byte or 0)
PAGES: dict[str, tuple[int, dict[str, str], bytes, float]] = {
    "good": (200, {"Content-Type": "text/html"}, GOOD, 0),
    "bomb-two-layers": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"},
                        gzip.compress(gzip.compress(b"a" * 50_000_000)), 0),
    "bomb-one-layer": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                       gzip.compress(b"<p>" + b"a" * 60_000_000), 0),
    "corrupt-gzip": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                     b"\x1f\x8b\x08\x00garbage" * 10, 0),
    "brotli-unasked": (200, {"Content-Type": "text/html", "Content-Encoding": "br"},
                       b"\x0b\x02\x80hello\x03", 0),
    "slow": (200, {"Content-Type": "text/html"}, GOOD, 1.0),
    "redirect-js": (302, {"Location": "javascript:alert(1)"}, b"", 0),
    "redirect-data": (302, {"Location": "data:text/html,<script>alert(1)</script>"}, b"", 0),
    "redirect-port": (302, {"Location": "http://127.0.0.1:99999/x"}, b"", 0),
    "redirect-ipv6": (302, {"Location": "http://[::1/x"}, b"", 0),
    "redirect-label": (302, {"Location": "http://" + "a" * 80 + ".example/"}, b"", 0),
    "redirect-loop": (302, {"Location": "/redirect-loop"}, b"", 0),
    "redirect-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"",
                          0),
    "nested-json-ld": (200, {"Content-Type": "text/html"}, _nested_ld(5000), 0),
    "deep-html": (200, {"Content-Type": "text/html"},
                  b"<html><body>" + b"<div>" * 20000 + b"text" + b"</div>" * 20000
                  + b"</body></html>", 0),
    "control-chars": (200, {"Content-Type": "text/html"},
                      GOOD.replace(b"Tuesday", b"\x1b[2J\x1b]0;pwned\x07Tuesday\x1b[0m"), 0),
    "utf16": (200, {"Content-Type": "text/plain"},
              codecs.BOM_UTF16_LE + GOOD.decode().encode("utf-16-le"), 0),
    "binary": (200, {"Content-Type": "text/html"}, bytes(range(256)) * 40, 0),
    "image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n" + b"\x00" * 100, 0),
    "lying-length": (200, {"Content-Type": "text/html", "Content-Length": "99999999"}, GOOD,
                     0),
    "huge": (200, {"Content-Type": "text/html"}, b"<p>" + b"said \xe2\x80\x9c" * 700_000, 0),
    "paywall-markers": (200, {"Content-Type": "text/html"},
                        b'<meta itemprop="isAccessibleForFree" ' * 30_000 + GOOD, 0),
    "unclosed-scripts": (200, {"Content-Type": "text/html"},
                         b'<script type="application/ld+json">{' * 40_000 + GOOD, 0),
    "server-error": (503, {"Retry-After": "1"}, b"down", 0),
    # Originals that are not web pages: a transcript of one cue just under the 5 MB fetch
    # cap, and a Mastodon-style post (its address and the instance's API answer) whose text
    # is 1 MB. Each must end in its reason (too-large), not in a long match.
    "huge-cue.vtt": (200, {"Content-Type": "text/vtt"},
                     b"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n" + b"said " * 980_000, 0),
    "@poster/1": (200, {"Content-Type": "text/html"}, GOOD, 0),
    "api/v1/statuses/1": (200, {"Content-Type": "application/json"},
                          b'{"id": "1", "created_at": "2024-01-01T00:00:00Z", "content": "<p>'
                          + b"said " * 210_000 + b'</p>", "account": {"acct": "poster", '
                          b'"display_name": "Poster"}}', 0),
    **{name: (200, _PDF, body, 0) for name, (body, _) in PDF_PAGES.items()},
}

#: URLs the guard must refuse (private, loopback, metadata, special-purpose, malformed).
GUARD_PROBES = [
    "http://127.0.0.1:9/", "http://localhost:9/", "http://[::1]:9/", "http://10.0.0.1/",
    "http://192.168.1.1/", "http://172.16.0.1/", "http://169.254.169.254/latest/",
    "http://192.0.0.192/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/",
    "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::1]/", "http://[fd00::1]/",
    "http://[fe80::1]/", "http://0.0.0.0/", "http://2130706433/", "http://0x7f.1/",
    "http://metadata.google.internal/", "file:///etc/passwd", "ftp://127.0.0.1/",
    "gopher://127.0.0.1:25/", "http://[::1/", "http://example.com:99999/",
    "http://" + "a" * 64 + ".com/", "javascript:alert(1)",
]


class _Handler(http.server.BaseHTTPRequestHandler):
    requests = 0
    """Requests served so far (the guard probes must not add one)."""

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        _Handler.requests += 1
        name = self.path.lstrip("/").split("?")[0]
        if name == "robots.txt":
            self.send_response(404)
            self.end_headers()
            return
        status, headers, body, trickle = PAGES.get(name, PAGES["good"])
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers and not trickle:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            if trickle:
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(trickle)
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def probes_at(base: str) -> list[str]:
    """The same listener (the hostile server on loopback) under the spellings a guard must
    see through."""
    port = base.rsplit(":", 1)[1]
    return [f"http://{host}:{port}/good" for host in
            ("127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "2130706433", "0x7f.1",
             "127.1", "[::1]", "0177.0.0.1")]


class HostileServer:
    """The hostile pages on 127.0.0.1, in a thread: ``with HostileServer() as base: ...``."""

    @staticmethod
    def requests() -> int:
        """Requests the server has answered."""
        return _Handler.requests

    def __enter__(self) -> str:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
