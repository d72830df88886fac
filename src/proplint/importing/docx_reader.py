"""Read a Word document (.docx) into blocks.

python-docx opens the package (zip, relationships, parts); the body is then
walked as raw XML in reading order, which keeps a fifty-proposal collection
well under a second. Headings come from the paragraph style ("Heading 1",
"Overskrift 2", or a style based on one) or an outline level; tables are
read in grid shape (see ``blocks``). Page-header paragraphs are collected
because the 2023 template states the proposal's kind there.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from typing import Any

import attrs

from proplint.importing.blocks import Block, Cell, Paragraph, ReadError, Source, Table
from proplint.importing.docx_text import PAGE_BREAK, W, on_off, paragraph_bold, paragraph_text
from proplint.phrases import Phrase

_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HEADING_NAME = re.compile(r"^(?:heading|overskrift)\s*([1-9])$", re.IGNORECASE)
_LIST_NAME = re.compile(r"list|liste|opstilling", re.IGNORECASE)


@attrs.frozen
class _Style:
    heading: int | None = None
    bullet: bool = False
    bold: bool = False


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _styles(document: Any) -> tuple[dict[str, _Style], dict[str, bool], str]:
    """Paragraph styles with inheritance resolved, character styles' bold, the default style id."""
    raw: dict[str, dict[str, Any]] = {}
    default = ""
    for style in document.styles.element.iterchildren(f"{W}style"):
        style_id = style.get(f"{W}styleId") or ""
        name_el = style.find(f"{W}name")
        based = style.find(f"{W}basedOn")
        ppr = style.find(f"{W}pPr")
        rpr = style.find(f"{W}rPr")
        outline = None if ppr is None else ppr.find(f"{W}outlineLvl")
        num = None if ppr is None else ppr.find(f"{W}numPr")
        bold = None if rpr is None else rpr.find(f"{W}b")
        raw[style_id] = {
            "type": style.get(f"{W}type"),
            "name": "" if name_el is None else name_el.get(f"{W}val") or "",
            "based": None if based is None else based.get(f"{W}val"),
            "outline": None if outline is None else _int(outline.get(f"{W}val"), 9),
            "numbered": num is not None,
            "bold": None if bold is None else on_off(bold) is True,
        }
        if style.get(f"{W}type") == "paragraph" and (style.get(f"{W}default") or "").lower() in ("1", "true", "on"):
            default = style_id

    def inherited(style_id: str, key: str) -> Any:
        seen: set[str] = set()
        current: str | None = style_id
        while current is not None and current in raw and current not in seen:
            seen.add(current)
            entry = raw[current]
            named = _HEADING_NAME.match(entry["name"].strip())
            if key == "heading" and named:
                return int(named.group(1))
            if key == "heading" and entry["outline"] is not None:
                return entry["outline"] + 1 if entry["outline"] < 9 else None
            if key == "bullet" and (entry["numbered"] or _LIST_NAME.search(entry["name"])):
                return True
            if key == "bold" and entry["bold"] is not None:
                return entry["bold"]
            current = entry["based"]
        return None

    paragraph: dict[str, _Style] = {}
    character: dict[str, bool] = {}
    for style_id, entry in raw.items():
        if entry["type"] == "character":
            character[style_id] = bool(inherited(style_id, "bold"))
        elif entry["type"] == "paragraph":
            level = inherited(style_id, "heading")
            paragraph[style_id] = _Style(
                heading=level if level is not None and 1 <= level <= 4 else None,
                bullet=bool(inherited(style_id, "bullet")),
                bold=bool(inherited(style_id, "bold")),
            )
    return paragraph, character, default


_PLAIN = _Style()


class _Walker:
    """Turns body XML into blocks with the document's styles at hand."""

    def __init__(self, document: Any) -> None:
        self.styles, self.character_bold, self.default_style = _styles(document)

    def _style_of(self, p: Any) -> tuple[_Style, Any]:
        ppr = p.find(f"{W}pPr")
        style_id = self.default_style
        if ppr is not None:
            pstyle = ppr.find(f"{W}pStyle")
            if pstyle is not None:
                style_id = pstyle.get(f"{W}val") or self.default_style
        return self.styles.get(style_id, _PLAIN), ppr

    def paragraphs(self, p: Any) -> Iterator[Paragraph]:
        """One paragraph, or several where a page break splits it; blank ones are dropped."""
        text = paragraph_text(p)
        if not text.strip():
            return
        style, ppr = self._style_of(p)
        heading, bullet = style.heading, style.bullet
        if ppr is not None:
            outline = ppr.find(f"{W}outlineLvl")
            if outline is not None:
                level = _int(outline.get(f"{W}val"), 9) + 1
                heading = level if 1 <= level <= 4 else None
            num = ppr.find(f"{W}numPr")
            if num is not None:
                num_id = num.find(f"{W}numId")
                bullet = num_id is None or num_id.get(f"{W}val") != "0"
        if heading is not None:
            bullet = False
        bold = paragraph_bold(p, style.bold, self.character_bold)
        for piece in text.split(PAGE_BREAK):
            if piece.strip():
                yield Paragraph(text=piece, heading=heading, bold=bold, bullet=bullet)

    def cell(self, tc: Any) -> Cell:
        paragraphs = list(self.blocks(tc))
        lines: list[str] = []
        bold = True
        for block in paragraphs:
            if isinstance(block, Paragraph):
                lines.append(block.text)
                bold = bold and block.bold
            else:
                for row in block.rows:
                    lines.extend(c.text for c in row if c.text)
                    bold = bold and all(c.bold for c in row if c.text)
        return Cell(text="\n".join(lines), bold=bold and bool(lines))

    def table(self, tbl: Any) -> Table:
        grid = tbl.find(f"{W}tblGrid")
        width = 0 if grid is None else len(grid.findall(f"{W}gridCol"))
        rows: list[list[Cell]] = []
        for tr in _children(tbl, "tr"):
            row: list[Cell] = []
            trpr = tr.find(f"{W}trPr")
            before = after = 0
            if trpr is not None:
                before = _val(trpr.find(f"{W}gridBefore"))
                after = _val(trpr.find(f"{W}gridAfter"))
            row.extend(Cell("") for _ in range(before))
            for tc in _children(tr, "tc"):
                tcpr = tc.find(f"{W}tcPr")
                span, continued = 1, False
                if tcpr is not None:
                    span = max(1, _val(tcpr.find(f"{W}gridSpan"), 1))
                    vmerge = tcpr.find(f"{W}vMerge")
                    continued = vmerge is not None and vmerge.get(f"{W}val") in (None, "continue")
                row.append(Cell("") if continued else self.cell(tc))
                row.extend(Cell("") for _ in range(span - 1))
            row.extend(Cell("") for _ in range(after))
            rows.append(row)
        width = max([width, *(len(row) for row in rows)])
        return Table(rows=tuple(tuple(row + [Cell("")] * (width - len(row))) for row in rows))

    def blocks(self, container: Any) -> Iterator[Block]:
        for child in container.iterchildren():
            tag = child.tag
            if tag == f"{W}p":
                yield from self.paragraphs(child)
            elif tag == f"{W}tbl":
                yield self.table(child)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from self.blocks(content)
            elif tag == f"{W}customXml":
                yield from self.blocks(child)


_MAX_SPAN = 256
"""More grid columns than any real table has: a larger span or gap is corrupt and is capped."""


def _val(element: Any, default: int = 0) -> int:
    value = default if element is None else _int(element.get(f"{W}val"), default)
    return max(0, min(value, _MAX_SPAN))


def _children(element: Any, name: str) -> Iterator[Any]:
    """Child elements named ``w:name``, looking through content controls and custom XML."""
    for child in element.iterchildren():
        if child.tag == f"{W}{name}":
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _children(content, name)
        elif child.tag == f"{W}customXml":
            yield from _children(child, name)


def _header_texts(document: Any) -> tuple[str, ...]:
    """Non-empty page-header paragraphs of every section, each once, in order."""
    texts: list[str] = []
    parts = document.part.related_parts
    for sect in document.element.body.iter(f"{W}sectPr"):
        for reference in sect.iterchildren(f"{W}headerReference"):
            part = parts.get(reference.get(_R_ID) or "")
            element = getattr(part, "element", None)
            if element is None:
                continue
            for p in element.iter(f"{W}p"):
                text = paragraph_text(p).replace(PAGE_BREAK, " ").strip()
                if text and text not in texts:
                    texts.append(text)
    return tuple(texts)


def _open(source: str | bytes | os.PathLike[str], file: str) -> Any:
    if isinstance(source, bytes):
        data = source
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise ReadError(Phrase("{file}: cannot read the file: {problem}", file=file, problem=error.strerror or str(error))) from None
    if not data.strip():
        raise ReadError(Phrase("{file}: the file is empty, not a Word document", file=file))
    import docx  # python-docx: loaded only when a Word document is read

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # a third-party parser's failure on foreign bytes, of any kind
        raise ReadError(Phrase("{file}: not a readable Word document (.docx): {problem}", file=file, problem=_reason(error))) from None


def _reason(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0][:120] if text else type(error).__name__


def read_docx(source: str | bytes | os.PathLike[str], file: str) -> Source:
    """The blocks of a .docx given by path or bytes; ReadError when it is no Word document."""
    document = _open(source, file)
    try:
        walker = _Walker(document)
        blocks = tuple(walker.blocks(document.element.body))
        header = _header_texts(document)
    except (ValueError, KeyError, AttributeError, TypeError) as error:
        raise ReadError(Phrase("{file}: the Word document's structure cannot be read: {problem}", file=file, problem=_reason(error))) from None
    return Source(file=file, blocks=blocks, header=header)
