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
"""

from __future__ import annotations

import codecs
import gzip
import http.server
import random
import socketserver
import threading
import time
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
