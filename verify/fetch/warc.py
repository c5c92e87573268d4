"""Evidence archives: record every response a run fetched to a WARC file (warcio), and
answer fetches from such a file by URL instead of the network, so a check can be re-run
exactly, handed to a desk as evidence, or tested offline with the sources' real URLs."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from verify import __version__
from verify.errors import ConfigError

# Bodies are stored decoded, so these would lie about them on replay.
_DROP = {"content-encoding", "transfer-encoding", "content-length"}


class WarcRecorder:
    """Appends a request and a response record per fetched URL."""

    def __init__(self, path: Path) -> None:
        from warcio.warcwriter import WARCWriter  # imported by the runs that record only

        try:
            self._fh = open(path, "wb")  # noqa: SIM115 - closed by close()
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
        """Close the file."""
        self._fh.close()


class WarcReplay:
    """Responses of a WARC file by target URL (the last one wins)."""

    def __init__(self, path: Path) -> None:
        from warcio.archiveiterator import ArchiveIterator

        self.responses: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}
        try:
            with open(path, "rb") as fh:
                for rec in ArchiveIterator(fh):
                    if rec.rec_type != "response" or rec.http_headers is None:
                        continue
                    url = rec.rec_headers.get_header("WARC-Target-URI")
                    status = int(rec.http_headers.get_statuscode() or 0)
                    self.responses[url] = (status, list(rec.http_headers.headers),
                                           rec.content_stream().read())
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the WARC file ({exc.strerror})") from exc
        except Exception as exc:  # warcio raises plain exceptions on bad input
            raise ConfigError(f"{path}: not a WARC file ({exc})") from exc

    def get(self, url: str) -> tuple[int, list[tuple[str, str]], bytes] | None:
        """The stored response for ``url``, if any."""
        return self.responses.get(url)
