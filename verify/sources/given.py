"""The originals the user gave with ``--source``: URLs, files, and folders of files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from verify.errors import InputError
from verify.input.reader import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    PDF_SUFFIXES,
    TEXT_SUFFIXES,
    Staged,
    is_url,
)
from verify.input.transcript import TRANSCRIPT_SUFFIXES
from verify.sources.candidates import CandidateRef

_SOURCE_SUFFIXES = (HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES | PDF_SUFFIXES
                    | TRANSCRIPT_SUFFIXES)


def expand_sources(specs: Sequence[str], files: Staged | None = None) -> list[CandidateRef]:
    """The --source values as candidates. A path that does not exist, or a folder with no
    file it could read, is an input error: the user named it, so a run without it would
    check nothing they asked for. A name in ``files`` is that one file."""
    refs: list[CandidateRef] = []
    for spec in specs:
        path = Path(spec)
        if is_url(spec) or (files and spec in files):
            refs.append(CandidateRef(spec, "source"))
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in _SOURCE_SUFFIXES)
            if not found:
                raise InputError(f"--source {spec}: no {'/'.join(sorted(_SOURCE_SUFFIXES))} "
                                 "file in this folder", code="no-such-file")
            refs.extend(CandidateRef(str(p), "source") for p in found)
        elif not path.exists():
            raise InputError(f"--source {spec}: no such file or folder", code="no-such-file")
        else:
            refs.append(CandidateRef(spec, "source"))
    return refs
