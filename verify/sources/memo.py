"""The originals a process has read already, kept for the next checks (a batch worker's)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from verify.sources.candidates import CandidateRef
from verify.sources.interface import LoadedSource


class SourceMemo:
    """Originals already read by earlier checks in this process (a batch worker's), by
    address: each is fetched, extracted and indexed once, however many articles cite it.
    Only readable originals are kept, at most ``size`` of them and ``max_chars`` of their
    text in all (least recently used out: a worker's memory stays flat however long the
    archive), and a page read without robots.txt is never reused where robots.txt applies."""

    def __init__(self, size: int = 256, max_chars: int = 20_000_000) -> None:
        self.size = size
        self.max_chars = max_chars
        self.chars = 0
        """Characters of text held now."""
        self._items: OrderedDict[tuple[str, bool], LoadedSource] = OrderedDict()

    def get(self, ref: CandidateRef) -> LoadedSource | None:
        """The original for ``ref``, if read before."""
        key = (ref.locator, ref.robots)
        src = self._items.get(key)
        if src is None:
            return None
        self._items.move_to_end(key)
        return replace(src, ref=ref)

    def put(self, ref: CandidateRef, src: LoadedSource) -> None:
        """Keep ``src`` if it could be read."""
        if src.index is None:
            return
        key = (ref.locator, ref.robots)
        if (old := self._items.pop(key, None)) is not None:
            self.chars -= _chars(old)
        self._items[key] = src
        self.chars += _chars(src)
        while self._items and (len(self._items) > self.size or self.chars > self.max_chars):
            self.chars -= _chars(self._items.popitem(last=False)[1])

    def __len__(self) -> int:
        return len(self._items)


def _chars(src: LoadedSource) -> int:
    return len(src.index.doc.text) if src.index is not None else 0
