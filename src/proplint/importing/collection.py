"""A collection document split into proposals, with its budget.

A proposal starts at a heading (any level) that is an id and a title, or —
2023 — at a "Forslagets titel:" line, taking the Table 1 just before it. The
administrative annex heading never starts a proposal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from proplint.importing.blocks import Block, Paragraph, Source, Table
from proplint.importing.words import clean, compact, id_and_title, is_annex, starts_with
from proplint.model.enums import Kind

_BUDGET = re.compile(r"^\s*budget\s+((?:19|20)[0-9]{2})\b", re.IGNORECASE)
_PROCESS = re.compile(r"^\s*(OFS)\s+((?:19|20)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2})\b", re.IGNORECASE)


@attrs.frozen
class Part:
    """One proposal's blocks; ``heading`` is (id, title) from its heading, when it has one."""

    blocks: tuple[Block, ...]
    heading: tuple[str, str] | None
    at: tuple[int, int] | None


def _proposal_heading(block: Block) -> tuple[str, str] | None:
    if not isinstance(block, Paragraph) or block.heading is None or is_annex(block.text):
        return None
    return id_and_title(block.text)


def _title_line(block: Block) -> bool:
    return isinstance(block, Paragraph) and starts_with(block.text, "Forslagets titel")


PAGE_HEADER_KINDS = {word: kind for kind, word in Kind.danish().items()}
"""The kind of proposal a 2023 page header names by its Danish word ("INVESTERINGSFORSLAG")."""


def page_header_line(block: Block) -> bool:
    """A 2023 page-header line that the Markdown export writes as a paragraph ("INVESTERINGSFORSLAG", "BUDGET 2024")."""
    if not isinstance(block, Paragraph):
        return False
    text = clean(block.text)
    return compact(text) in PAGE_HEADER_KINDS or (text.isupper() and bool(_BUDGET.match(text) or _PROCESS.match(text)))


def _table_1_before(blocks: Sequence[Block], index: int, floor: int) -> int:
    """Where a 2023 proposal starts: its page-header lines, Table 1 and caption just before the title line."""
    from proplint.importing.tables import TABLE_1, classify

    start = index
    for back in range(index - 1, floor, -1):
        block = blocks[back]
        if isinstance(block, Table):
            before = blocks[back - 1] if back > 0 else None
            caption = before.text if isinstance(before, Paragraph) else ""
            if classify(block, caption) == TABLE_1:
                start = back - 1 if caption and starts_with(caption, "Tabel") else back
            break
    while start - 1 > floor and page_header_line(blocks[start - 1]):
        start -= 1
    return start


def starts(blocks: Sequence[Block]) -> list[int]:
    """Block indices where proposals start."""
    found: list[int] = []
    for index, block in enumerate(blocks):
        if _proposal_heading(block) is not None:
            found.append(index)
        elif _title_line(block) and not (found and _own_title(blocks, found[-1], index)):
            found.append(_table_1_before(blocks, index, found[-1] if found else -1))
    return found


def _own_title(blocks: Sequence[Block], start: int, index: int) -> bool:
    """Whether the title line at ``index`` names the proposal begun at ``start`` (then it starts none)."""
    heading = _proposal_heading(blocks[start])
    line = blocks[index]
    if heading is not None and isinstance(line, Paragraph):
        title = id_and_title(clean(line.text).partition(":")[2])
        return title is not None and title[0] == heading[0]
    return not any(_title_line(block) for block in blocks[start:index])


def budget_line(text: str) -> str | None:
    """``Budget 2027`` from "Budget 2027" / "BUDGET 2027", ``OFS 2022-2023`` from "OFS 2022-2023"; else ``None``."""
    if match := _BUDGET.match(clean(text)):
        return f"Budget {match[1]}"
    if match := _PROCESS.match(clean(text)):
        years = compact(match[2])
        return f"{match[1].upper()} {years[:4]}-{years[4:]}"
    return None


def budget_of(source: Source, first: int) -> str | None:
    """The "Budget NNNN" line of the preamble (or the page header of a 2023 document)."""
    for block in source.blocks[:first] if first >= 0 else source.blocks:
        if isinstance(block, Paragraph) and _BUDGET.match(clean(block.text)):
            return budget_line(block.text)
    found = {budget for text in source.header if (budget := budget_line(text))}
    return found.pop() if len(found) == 1 else None


def split(source: Source) -> list[Part]:
    blocks = source.blocks
    indices = starts(blocks)
    parts: list[Part] = []
    for number, start in enumerate(indices):
        end = indices[number + 1] if number + 1 < len(indices) else len(blocks)
        first = blocks[start]
        heading = _proposal_heading(first)
        body = blocks[start + 1 : end] if heading is not None else blocks[start:end]
        parts.append(Part(tuple(body), heading, first.at))
    return parts
