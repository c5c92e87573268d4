"""The document model every later stage reads: text, paragraphs, links and metadata."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

_NEWLINE = re.compile("\n")

DocumentKind = Literal["html", "markdown", "text", "pdf", "transcript", "post"]
LocationKind = Literal["page", "time", "post"]


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink with its position in :attr:`Document.text`."""

    url: str
    """Absolute URL of the link target."""
    start: int
    """Offset of the anchor text in the document text."""
    end: int
    """End offset (exclusive) of the anchor text."""
    text: str = ""
    """The anchor text."""


@dataclass(frozen=True, slots=True)
class Location:
    """Where in an original that is not a web page a stretch of its text sits: a PDF's
    page, a transcript's time, a post's author and date."""

    kind: LocationKind
    page: int | None = None
    """1-based page number (``kind == "page"``)."""
    start: str | None = None
    """Start time ``HH:MM:SS.mmm`` (``kind == "time"``)."""
    end: str | None = None
    """End time ``HH:MM:SS.mmm`` (``kind == "time"``)."""
    author: str | None = None
    """The post's author handle, ``@name`` (``kind == "post"``)."""
    posted: str | None = None
    """When the post was published, ISO 8601 (``kind == "post"``)."""


@dataclass(frozen=True, slots=True)
class Located:
    """A stretch ``[start, end)`` of :attr:`Document.text` and where it sits in the
    original."""

    start: int
    end: int
    location: Location


@dataclass(frozen=True, slots=True)
class Voice:
    """Who speaks the stretch ``[start, end)`` of :attr:`Document.text`, as the original
    itself says (a transcript's ``<v Name>`` tag, a post's author): a credit as sure as the
    original, with no reporting cue to read."""

    start: int
    end: int
    name: str
    """The speaker's name as the original gives it ("Roger Bingham", a display name)."""
    handle: str | None = None
    """A post author's handle, ``@name``."""

    @property
    def label(self) -> str:
        """The name, with the handle when there is one: "Ann Lee (@annlee)"."""
        return f"{self.name} ({self.handle})" if self.handle and self.handle != self.name \
            else self.name


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A paragraph-like block of the document (a paragraph, heading, list item, quote block)."""

    start: int
    """Offset of the block's first character."""
    end: int
    """End offset (exclusive)."""
    blockquote: bool = False
    """True when the block sits in an HTML ``<blockquote>`` or a Markdown ``>`` quote."""
    origin: str = ""
    """Empty for the main text; for a page's other text, where it was found (a key of
    :data:`verify.input.wholepage.ORIGINS`)."""


@dataclass(frozen=True)
class Document:
    """An article or a candidate source, reduced to text with positions.

    For text and Markdown input :attr:`text` is the file's own characters, so offsets,
    lines and columns point into the file. For HTML it is the article text that
    trafilatura extracted, paragraphs separated by blank lines.
    """

    input: str
    """How the user named it: a path, a URL, or ``-`` for stdin."""
    kind: DocumentKind
    """The format the text came from."""
    text: str
    """The text every offset refers to."""
    blocks: tuple[TextBlock, ...]
    """Paragraph-like blocks, in order, not overlapping."""
    links: tuple[Link, ...] = ()
    """Hyperlinks, in order of position."""
    title: str | None = None
    """Title from the page metadata, when known."""
    url: str | None = None
    """Canonical URL: where it was fetched from, or what its own metadata declares."""
    published: str | None = None
    """Publication date (ISO 8601) from the metadata, when known."""
    site_name: str | None = None
    """Site or publisher name from the metadata, when known."""
    author: str | None = None
    """Author(s) from the metadata, when known."""
    paywalled: bool = False
    """True when the page declares its content is not freely accessible."""
    main_end: int | None = None
    """Where the main text ends when the page's other text follows it (a source read
    whole, see :mod:`verify.input.wholepage`); None when all of :attr:`text` is main."""
    locations: tuple[Located, ...] = ()
    """For a PDF, a transcript or a post: where each stretch of the text sits in the
    original (in order, not overlapping); empty for web pages and drafts."""
    voices: tuple[Voice, ...] = ()
    """For a transcript with voice tags or a post: who speaks each stretch of the text (in
    order, not overlapping); empty when the original does not say."""
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _block_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._line_starts.append(0)
        self._line_starts.extend(m.end() for m in _NEWLINE.finditer(self.text))
        self._block_starts.extend(b.start for b in self.blocks)

    def line_col(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column (in characters) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def block_index(self, offset: int) -> int:
        """Return the index of the block containing ``offset`` (or the nearest before it)."""
        return max(bisect.bisect_right(self._block_starts, offset) - 1, 0)

    @property
    def main_text(self) -> str:
        """The main text alone (without the page's other text that may follow it)."""
        return self.text if self.main_end is None else self.text[:self.main_end]

    def origin_at(self, offset: int) -> str:
        """Where the text at ``offset`` was found: "" in the main text, else the origin of
        the page's other text (see :attr:`TextBlock.origin`)."""
        if self.main_end is None or offset < self.main_end or not self.blocks:
            return ""
        return self.blocks[self.block_index(offset)].origin

    def voice_at(self, start: int, end: int) -> Voice | None:
        """Who speaks all of ``[start, end)``, as the original says; None when no one is
        given or two speakers share the stretch."""
        if not self.voices:
            return None
        i = bisect.bisect_right([v.start for v in self.voices], start) - 1
        if i < 0:
            return None
        v = self.voices[i]
        return v if v.start <= start and end <= v.end else None

    def location_of(self, start: int, end: int) -> Location | None:
        """Where the text ``[start, end)`` sits in the original: the page it starts on, the
        time from the first stretch's start to the last one's end, or the post; None when
        the document has no locations (a web page)."""
        if not self.locations:
            return None
        starts = [x.start for x in self.locations]
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        last = max(bisect.bisect_left(starts, max(end, start + 1)) - 1, first)
        a, b = self.locations[first].location, self.locations[last].location
        if a.kind == "time" and b.kind == "time":
            return Location(kind="time", start=a.start, end=b.end)
        return a
