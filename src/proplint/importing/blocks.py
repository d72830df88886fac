"""The neutral picture of a Word or Markdown template document, in reading order.

Readers (``docx_reader``, ``markdown_reader``) turn a file into a ``Source``;
the template reader turns blocks into format v1 proposals. Blocks know nothing
of the file format, so the template logic is written once for both.

Checkbox encodings all become one of three glyphs in the text. Tables are in
grid shape: a cell merged across N grid columns is read once and followed by
N-1 empty cells (the Markdown export's own padding); a vertically merged
continuation is an empty cell.
"""

from __future__ import annotations

import attrs

from proplint.phrases import Phrase, PhrasedError

TICKED = "☒"
UNTICKED = "☐"
UNKNOWN_BOX = "⍰"
"""A checkbox whose state cannot be read: the importer must not guess it."""


@attrs.frozen
class Paragraph:
    """One paragraph (or list item) of visible text."""

    text: str
    """Visible text; soft hyphens removed; checkboxes as glyphs (☑ becomes ☒)."""
    heading: int | None = None
    """1-4 when the paragraph is a heading (Word style/outline level or Markdown #)."""
    bold: bool = False
    """The whole visible text is bold."""
    bullet: bool = False
    """A list item ("- Ja" in Markdown, a Word list paragraph)."""
    at: tuple[int, int] | None = None
    """1-based line and column in the .md; None for Word."""


@attrs.frozen
class Cell:
    """One grid cell; paragraphs inside it joined with a newline."""

    text: str
    bold: bool = False
    at: tuple[int, int] | None = None


@attrs.frozen
class Table:
    """Rows of cells in grid shape."""

    rows: tuple[tuple[Cell, ...], ...]
    at: tuple[int, int] | None = None


Block = Paragraph | Table


@attrs.frozen
class Source:
    """A whole document as blocks, with Word's page-header paragraphs."""

    file: str
    blocks: tuple[Block, ...]
    header: tuple[str, ...] = ()
    """Page-header paragraphs (2023: "INVESTERINGSFORSLAG", "BUDGET 2024"); () for Markdown."""


class ReadError(PhrasedError):
    """The file is no readable Word or Markdown document (corrupt zip, not UTF-8, empty).

    ``message`` is English; the command line words the phrase in the reader's language.
    """

    def __init__(self, message: str | Phrase) -> None:
        super().__init__(message)
        self.message = str(self.phrase)
