"""Write page elements in the shape of the template's Markdown export.

Headings with "#", paragraphs separated by a blank line, bold labels as
``<b>…</b>`` (or ``**…**``), the yes/no boxes as "- Ja" / " Nej" (the export
loses their state), tables as one TAB-separated line per row with bold cells
in ``<b>…</b>`` and merged cells padded with empty cells, page breaks as
extra blank lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from importing.layout import Boxes, Cell, Element, Grid, Heading, NewSection, PageBreak, Para
from importing.render import Options


def _bold(text: str, style: str) -> str:
    if not text.strip():
        return text
    return f"**{text}**" if style == "stars" else f"<b>{text}</b>"


def _cell(cell: Cell) -> list[str]:
    """The cell and its padding, as the export writes a merged cell."""
    text = "" if cell.vmerge == "continue" or cell.box is not None else " ".join(cell.lines)
    if cell.bold and text:
        text = f"<b>{text}</b>"
    return [text] + [""] * (cell.span - 1)


def grid_lines(grid: Grid) -> list[str]:
    return ["\t".join(text for cell in row for text in _cell(cell)) for row in grid.rows]


def write_markdown(elements: Sequence[Element], options: Sequence[Options] | Options) -> str:
    """The Markdown export of the elements; ``options`` as for ``write_docx``."""
    single = options if isinstance(options, Options) else None
    blocks: list[str] = []
    for k, element in enumerate(elements):
        option = single or options[k]  # type: ignore[index]
        if isinstance(element, Heading):
            blocks.append("#" * element.level + " " + element.text)
        elif isinstance(element, Para):
            text = "".join(_bold(run.text, option.md_bold) if run.bold else run.text for run in element.runs)
            blocks.append(("- " if element.bullet else "") + text)
        elif isinstance(element, Boxes):
            words = [word for word, _ in element.pairs]
            if option.md_boxes == "dash":
                blocks.append("\n".join(["- " + words[0]] + [" " + word for word in words[1:]]))
            else:
                blocks.extend(words)
        elif isinstance(element, Grid):
            blocks.append("\n".join(grid_lines(element)))
        elif isinstance(element, NewSection):
            if option.md_page_header:
                blocks.extend(line for line in element.header if line)
        elif isinstance(element, PageBreak):
            blocks.append("\n")
    return "\n\n".join(blocks) + "\n"
