"""Read the template's Markdown export into blocks, with line and column of each.

The export writes headings, paragraphs, "- Ja" list items, and tables as
TAB-separated lines (one line per row, bold as ``<b>…</b>``, merged header
cells padded with empty cells). CommonMark would read a line that starts with
a TAB as an indented code block, so table lines are taken out by line first
and blanked in the text markdown-it-py parses; its source maps then give every
other paragraph's line. Columns are 1-based character positions of the text
itself (after "## " or "- "), so a finding points at the value.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from proplint.importing.blocks import TICKED, Block, Cell, Paragraph, ReadError, Source, Table
from proplint.phrases import Phrase

_BOLD_TAG = re.compile(r"<\s*(/?)\s*(?:b|strong)\s*>", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def _clean(text: str) -> str:
    return text.replace("\u00ad", "").replace("☑", TICKED)


def _decode(text: str | bytes, file: str) -> str:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ReadError(
                Phrase(
                    "{file}: not a UTF-8 text file (byte {byte} cannot be read): save the Markdown export as UTF-8",
                    file=file,
                    byte=error.start + 1,
                )
            ) from None
    if not text.strip():
        raise ReadError(Phrase("{file}: the file is empty, not a Markdown document", file=file))
    if "\x00" in text:
        raise ReadError(Phrase("{file}: contains NUL bytes, not a Markdown document", file=file))
    return text.lstrip("\ufeff")


def _cell(raw: str, line: int, start: int) -> Cell:
    """One TAB-separated cell; ``start`` is its 0-based offset in the line."""
    lead = len(raw) - len(raw.lstrip())
    raw = raw.strip()
    bold_text: list[str] = []
    plain_text: list[str] = []
    depth = 0
    position = 0
    for match in _BOLD_TAG.finditer(raw):
        (bold_text if depth > 0 else plain_text).append(raw[position : match.start()])
        depth = max(0, depth + (-1 if match.group(1) else 1))
        position = match.end()
    (bold_text if depth > 0 else plain_text).append(raw[position:])
    text = _BOLD_TAG.sub("", raw)
    text = html.unescape(_BREAK_TAG.sub("\n", text)).strip()
    bold = bool("".join(bold_text).strip()) and not "".join(plain_text).strip()
    return Cell(text=_clean(text), bold=bold, at=(line, start + lead + 1))


def _row(line_text: str, line: int) -> list[Cell]:
    cells, start = [], 0
    for raw in line_text.split("\t"):
        cells.append(_cell(raw, line, start))
        start += len(raw) + 1
    return cells


def _table(lines: list[str], first: int) -> Table:
    rows = [_row(text, first + k) for k, text in enumerate(lines)]
    width = max(len(row) for row in rows)
    for k, row in enumerate(rows):
        end = (first + k, len(lines[k]) + 1)
        row.extend(Cell("", at=end) for _ in range(width - len(row)))
    return Table(rows=tuple(tuple(row) for row in rows), at=(first, 1))


def _table_spans(lines: list[str]) -> list[tuple[int, int]]:
    """0-based [start, end) line ranges of TAB tables, outside fenced code.

    A line without a TAB squeezed between two table lines is a row too (a
    merged row whose padding was lost).
    """
    is_row = [False] * len(lines)
    fenced = False
    for k, text in enumerate(lines):
        if _FENCE.match(text):
            fenced = not fenced
        is_row[k] = not fenced and "\t" in text
    for k in range(1, len(lines) - 1):
        if not is_row[k] and lines[k].strip() and is_row[k - 1] and is_row[k + 1]:
            is_row[k] = True
    spans, k = [], 0
    while k < len(lines):
        if is_row[k]:
            end = k
            while end < len(lines) and is_row[end]:
                end += 1
            spans.append((k, end))
            k = end
        else:
            k += 1
    return spans


def _inline(token: Any) -> tuple[str, bool]:
    """Plain text of an inline token and whether all of it is bold."""
    pieces: list[str] = []
    bold_chars = plain_chars = 0
    depth = 0
    for child in token.children or ():
        kind = child.type
        if kind in ("strong_open", "strong_close"):
            depth = max(0, depth + (1 if kind == "strong_open" else -1))
            continue
        if kind == "html_inline":
            tag = _BOLD_TAG.fullmatch(child.content.strip())
            if tag:
                depth = max(0, depth + (-1 if tag.group(1) else 1))
            elif _BREAK_TAG.fullmatch(child.content.strip()):
                pieces.append("\n")
            continue
        if kind in ("text", "code_inline"):
            text = child.content
        elif kind == "softbreak" or kind == "hardbreak":
            text = "\n"
        elif kind == "image":
            text = child.content
        else:
            continue
        pieces.append(text)
        count = len(text.strip())
        if depth > 0:
            bold_chars += count
        else:
            plain_chars += count
    return _clean("".join(pieces)), bold_chars > 0 and plain_chars == 0


def _column(source_line: str, content: str) -> int:
    first = content.split("\n", 1)[0].strip()
    found = source_line.rfind(first) if first else -1
    if found < 0:
        found = len(source_line) - len(source_line.lstrip())
    return found + 1


def _paragraphs(tokens: list[Any], lines: list[str]) -> Iterator[tuple[int, Paragraph]]:
    """(0-based line, paragraph) for every text block markdown-it found."""
    items: list[tuple[str, str, bool]] = []  # (list kind, number+delimiter, first paragraph pending)
    heading: int | None = None
    for k, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            items.append((kind, "", False))
        elif kind == "list_item_open" and items:
            list_kind = items[-1][0]
            marker = f"{token.info}{token.markup}" if list_kind == "ordered_list_open" else ""
            items[-1] = (list_kind, marker, True)
        elif kind in ("bullet_list_close", "ordered_list_close") and items:
            items.pop()
        elif kind == "heading_open":
            level = int(token.tag[1:])
            heading = level if level <= 4 else None
        elif kind == "inline" and token.map:
            line = token.map[0]
            text, bold = _inline(token)
            column = _column(lines[line], token.content)
            bullet = False
            if items and tokens[k - 1].type == "paragraph_open":
                list_kind, marker, first = items[-1]
                bullet = list_kind == "bullet_list_open"
                if marker and first:
                    text = f"{marker} {text}"
                    column = max(1, column - len(marker) - 1)
                items[-1] = (list_kind, marker, False)
            if text.strip():
                yield line, Paragraph(text=text, heading=heading, bold=bold, bullet=bullet, at=(line + 1, column))
            heading = None
        elif kind in ("code_block", "fence", "html_block") and token.map:
            if kind == "html_block" and token.content.lstrip().startswith("<!--"):
                continue
            for offset in range(token.map[0], token.map[1]):
                raw = lines[offset]
                if kind == "fence" and _FENCE.match(raw):
                    continue
                text = _clean(html.unescape(_BOLD_TAG.sub("", raw)) if kind == "html_block" else raw).strip()
                if text:
                    column = len(raw) - len(raw.lstrip()) + 1
                    yield offset, Paragraph(text=text, at=(offset + 1, column))


def read_markdown(text: str | bytes, file: str) -> Source:
    """The blocks of the Markdown export; ReadError when it is empty or not UTF-8."""
    text = _decode(text, file)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    spans = _table_spans(lines)
    masked = list(lines)
    for start, end in spans:
        masked[start:end] = [""] * (end - start)
    from markdown_it import MarkdownIt  # loaded only when a Markdown document is read

    try:
        tokens = MarkdownIt("commonmark").parse("\n".join(masked))
    except Exception as error:  # the parser's failure on odd input must not become a traceback
        raise ReadError(Phrase("{file}: the Markdown cannot be parsed: {problem}", file=file, problem=str(error))) from None
    found: list[tuple[int, Block]] = list(_paragraphs(tokens, lines))
    found.extend((start, _table(lines[start:end], start + 1)) for start, end in spans)
    found.sort(key=lambda pair: pair[0])
    return Source(file=file, blocks=tuple(block for _, block in found))
