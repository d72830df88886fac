"""A format-neutral page layout that the Word and Markdown renderers both write.

``render`` lays a format v1 proposal out as the municipal template does
(template.md); ``render_word`` and ``render_markdown`` turn the same layout
into a .docx and into the Markdown export, so both renders are one document.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Heading:
    text: str
    level: int


@dataclass(frozen=True)
class Para:
    runs: tuple[Run, ...]
    bullet: bool = False

    @staticmethod
    def of(text: str, bold: bool = False, bullet: bool = False) -> "Para":
        return Para((Run(text, bold),), bullet)

    @staticmethod
    def labelled(label: str, value: str = "") -> "Para":
        """A bold label ending in a colon, the value (if any) on the same line."""
        runs = [Run(label, True)]
        if value:
            runs.append(Run(" " + value))
        return Para(tuple(runs))


@dataclass(frozen=True)
class Boxes:
    """Yes/no boxes: (word, ticked) pairs, e.g. (("Ja", False), ("Nej", True))."""

    pairs: tuple[tuple[str, bool], ...]
    inline: bool = False
    """All boxes in one paragraph instead of one paragraph per box."""


@dataclass(frozen=True)
class PageBreak:
    """A page break between two paragraphs (Markdown: blank lines)."""


@dataclass(frozen=True)
class Cell:
    lines: tuple[str, ...] = ()
    bold: bool = False
    span: int = 1
    """Grid columns this cell covers (merged horizontally)."""
    vmerge: str | None = None
    """"restart" on the first of vertically merged cells, "continue" below it."""
    box: bool | None = None
    """A checkbox cell (ticked or not) instead of text."""

    @staticmethod
    def of(text: str = "", bold: bool = False, span: int = 1) -> "Cell":
        return Cell(lines=(text,) if text else (), bold=bold, span=span)


@dataclass(frozen=True)
class Grid:
    rows: tuple[tuple[Cell, ...], ...]

    def width(self) -> int:
        return max(sum(cell.span for cell in row) for row in self.rows)


@dataclass(frozen=True)
class NewSection:
    """A new Word section (new page) with its own page header."""

    header: tuple[str, ...] = ()


Element = Heading | Para | Boxes | PageBreak | Grid | NewSection


@dataclass
class Page:
    """The elements of a document in reading order."""

    elements: list[Element] = field(default_factory=list)

    def add(self, *elements: Element) -> None:
        self.elements.extend(elements)
