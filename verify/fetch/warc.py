"""Evidence archives: record every response a run fetched to a WARC file (warcio), and
answer fetches from such a file by URL instead of the network, so a check can be re-run
exactly, handed to a desk as evidence, or tested offline with the sources' real URLs."""

from __future__ import annotations

import functools
import io
import os
import tempfile
import zlib
from collections.abc import KeysView, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from verify._version import __version__
from verify.errors import ConfigError, InputError
from verify.reasons import Reason

# Bodies are stored decoded, so these would lie about them on replay.
_DROP = {"content-encoding", "transfer-encoding", "content-length"}


class WarcRecorder:
    """Appends a request and a response record per fetched URL, to a temporary file beside
    ``path`` that :meth:`close` renames into place: the file given to ``--record`` is never
    emptied before the run ends, even when it is also the one being replayed."""

    def __init__(self, path: Path) -> None:
        from warcio.warcwriter import WARCWriter  # imported by the runs that record only

        self.path = path
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=f".{path.name}.",
                                       suffix=".tmp")
            self._tmp = Path(tmp)
            self._fh = os.fdopen(fd, "wb")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot write the WARC file ({exc.strerror})") from exc
        self._writer = WARCWriter(self._fh, gzip=True)
        info = self._writer.create_warcinfo_record(path.name, {
            "software": f"source-verify/{__version__}", "format": "WARC File Format 1.1"})
        self._writer.write_record(info)

    def record(self, url: str, status: int, headers: list[tuple[str, str]], body: bytes,
               reason: str = "") -> None:
        """Write the exchange for ``url``."""
        from warcio.statusandheaders import StatusAndHeaders

        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        kept = [(k, v) for k, v in headers if k.lower() not in _DROP]
        kept.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {reason or 'OK'}", kept, protocol="HTTP/1.1")
        response = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": now})
        request_line = StatusAndHeaders(f"GET {url} HTTP/1.1", [("User-Agent", "source-verify")],
                                        is_http_request=True)
        request = self._writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=request_line,
            warc_headers_dict={"WARC-Date": now})
        self._writer.write_record(request)
        self._writer.write_record(response)
        self._fh.flush()

    def close(self) -> None:
        """Close the file and put it in place."""
        self._fh.close()
        try:
            os.chmod(self._tmp, 0o644)
            os.replace(self._tmp, self.path)
        except OSError as exc:
            raise ConfigError(f"{self.path}: cannot write the WARC file ({exc.strerror})"
                              ) from exc


def _check_whole(path: Path) -> None:
    """A WARC file, whole: it starts with a WARC record (after gzip, for .warc.gz) and every
    gzip member runs to its end. warcio's reader stops quietly at a truncated member and
    reads HTML as a record, so both are looked for first."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            if head != b"\x1f\x8b":
                if fh.read(5) != b"WARC/":
                    raise InputError(f"{path}: not a WARC file (it does not begin with a "
                                     "WARC record)", code=Reason.UNREADABLE)
                return
            first = b""
            inflate: Any = None  # the gzip member being read, None between members
            while chunk := fh.read(1 << 16):
                while chunk:
                    if inflate is None:
                        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    out = inflate.decompress(chunk, 1 << 20)  # bounded: output is dropped
                    if len(first) < 5:
                        first += out[:5 - len(first)]
                    if inflate.eof:
                        chunk, inflate = inflate.unused_data, None
                    else:
                        chunk = inflate.unconsumed_tail
            if inflate is not None:
                raise InputError(f"{path}: not a readable WARC file: truncated (its last "
                                 "gzip member ends early)", code=Reason.UNREADABLE)
    except zlib.error as exc:
        raise InputError(f"{path}: not a readable WARC file: damaged gzip ({exc})",
                         code=Reason.UNREADABLE) from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read the WARC file ({exc.strerror or exc})",
                         code=Reason.UNREADABLE) from exc
    if not first.startswith(b"WARC/"):
        raise InputError(f"{path}: not a WARC file (it does not begin with a WARC record)",
                         code=Reason.UNREADABLE)


Stored = tuple[int, list[tuple[str, str]], bytes]
"""A replayed response: status, headers, body."""


class WarcReplay:
    """Responses of one or more WARC files by target URL (a later record, or a later file,
    wins). Each file is indexed once per process, its digests checked on the way, and kept
    as the place of each response record, not its body: a crawl of any size costs memory
    for its URLs only, and a batch worker that opens it for every article reads it once."""

    def __init__(self, paths: Path | Sequence[Path]) -> None:
        self.paths = [paths] if isinstance(paths, Path) else list(paths)
        self._where: dict[str, tuple[Path, int]] = {}
        for path in self.paths:
            self._where.update({url: (path, offset) for url, offset in _index(path).items()})

    @property
    def urls(self) -> KeysView[str]:
        """The target URLs that have a response."""
        return self._where.keys()

    def get(self, url: str) -> Stored | None:
        """The stored response for ``url``, if any."""
        where = self._where.get(url)
        if where is None:
            return None
        from warcio.archiveiterator import ArchiveIterator

        path, offset = where
        try:
            with open(path, "rb") as fh:
                fh.seek(offset)
                rec = next(iter(ArchiveIterator(fh, check_digests="raise")))
                status = int(rec.http_headers.get_statuscode() or 0)
                return status, list(rec.http_headers.headers), rec.content_stream().read()
        except Exception as exc:  # the file changed under the run: its index no longer holds
            raise InputError(f"{path}: the WARC file changed while it was replayed "
                             f"({type(exc).__name__})", code=Reason.UNREADABLE) from exc


def _index(path: Path) -> dict[str, int]:
    """Where each response record of ``path`` starts, read once per version of the file."""
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the WARC file ({exc.strerror or exc})",
                         code=Reason.UNREADABLE) from exc
    return _index_version(path.resolve(), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=16)
def _index_version(path: Path, size: int, mtime_ns: int) -> dict[str, int]:
    from warcio.archiveiterator import ArchiveIterator

    where: dict[str, int] = {}
    records = 0
    _check_whole(path)
    try:
        with open(path, "rb") as fh:
            it = ArchiveIterator(fh, check_digests="raise")
            # Digests are checked: a truncated or edited record is refused, not replayed.
            for rec in it:
                records += 1
                if rec.rec_type != "response" or rec.http_headers is None:
                    it.read_to_end()
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                where[url] = it.get_record_offset()  # reads the record, checking its digest
    except OSError as exc:
        raise InputError(f"{path}: cannot read the WARC file ({exc.strerror or exc})",
                         code=Reason.UNREADABLE) from exc
    except Exception as exc:  # warcio raises plain exceptions on bad input
        raise InputError(f"{path}: not a readable WARC file: damaged, truncated or not "
                         f"a WARC ({type(exc).__name__}: {str(exc)[:120]})",
                         code=Reason.UNREADABLE) from exc
    if records == 0:
        raise InputError(f"{path}: not a WARC file (no record in it)", code=Reason.UNREADABLE)
    return where
