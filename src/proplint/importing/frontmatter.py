"""Front matter: bold labels ending in a colon, their values, and the yes/no boxes.

A yes/no field is set only when exactly one of its two boxes is ticked and
none is unreadable; the Markdown export loses the ticks ("- Ja" is list
formatting), so there the field is left out with I001 — never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from proplint.importing.blocks import TICKED, UNKNOWN_BOX, UNTICKED, Block, Paragraph, Table
from proplint.importing.record import Record
from proplint.importing.words import clean, compact, id_and_title, join_broken, numbered

LABELS: dict[str, tuple[str, ...]] = {
    "summary": ("Kort resumé", "Resumé"),
    "presenting_administration": ("Fremstillende forvaltning",),
    "affected_administrations": ("Berørte forvaltninger",),
    "affected_units": ("Områder/enheder, der berøres af forslaget", "Områder/enheder der berøres af forslaget"),
    "from_innovation_proposal": ("Forslaget udspringer af et innovationsforslag",),
    "service_reduction": ("Forslaget vil medføre en serviceforringelse",),
    "title": ("Forslagets titel",),
}
_BY_KEY = {compact(label): field for field, labels in LABELS.items() for label in labels}
BOXES = ("from_innovation_proposal", "service_reduction")
_GLYPHS = TICKED + UNTICKED + UNKNOWN_BOX + "☑"
_BOX_BEFORE = re.compile(rf"([{_GLYPHS}])\s*(Ja|Nej)\b", re.IGNORECASE)
_BOX_AFTER = re.compile(rf"\b(Ja|Nej)\s*([{_GLYPHS}])", re.IGNORECASE)
_ONLY_BOXES = re.compile(rf"^[\s{_GLYPHS}\-•]*(?:(?:Ja|Nej)[\s{_GLYPHS}\-•/,]*)+$", re.IGNORECASE)


def label_of(text: str) -> tuple[str, str] | None:
    """(field, value on the same line) when a paragraph starts with a front-matter label."""
    head, colon, rest = clean(text).partition(":")
    if not colon:
        field = _BY_KEY.get(compact(head))
        return (field, "") if field in BOXES else None
    field = _BY_KEY.get(compact(head))
    return (field, rest.strip()) if field else None


def _is_break(block: Block) -> bool:
    """Where a label's value ends: a table, a heading, a numbered section or another label."""
    if isinstance(block, Table):
        return True
    return block.heading is not None or numbered(block.text) is not None or label_of(block.text) is not None


def read_label(
    blocks: Sequence[Block], index: int, field: str, inline: str, data: dict[str, Any], record: Record, front: bool = False
) -> int:
    """Read the value of the label at ``blocks[index]`` into ``data``; returns the index after what it used.

    Before section 1 (``front``) a summary runs on to the next label, heading or table; inside it, where
    the description follows, only a page-broken continuation belongs to it.
    """
    label = blocks[index]
    assert isinstance(label, Paragraph)
    end = index + 1
    following: list[Paragraph] = []
    while end < len(blocks) and not _is_break(blocks[end]) and isinstance(blocks[end], Paragraph):
        paragraph = blocks[end]
        assert isinstance(paragraph, Paragraph)
        if field in BOXES:
            if not _ONLY_BOXES.match(clean(paragraph.text)) or len(following) == 2:
                break
        elif field == "affected_administrations":
            if inline:
                break
        elif field == "summary" and front:
            if compact(paragraph.text).startswith("note"):
                break
        elif inline or following:
            previous = inline if not following else following[-1].text
            if not (clean(paragraph.text)[:1].islower() and clean(previous)[-1:] not in ".!?:;"):
                break
        following.append(paragraph)
        end += 1
    where = label.at if inline or not following or field in BOXES else following[0].at
    record.at((field,), where)
    if field in BOXES:
        value = _box(" ".join([inline, *(p.text for p in following)]))
        if value is None:
            record.hit("I001", (field,), label.at, label=clean(label.text).split(":")[0])
        else:
            data[field] = value
        return end
    texts = ([inline] if inline else []) + [p.text for p in following]
    if field == "affected_administrations":
        names = [name for text in texts for name in _names(text)]
        if names:
            data[field] = names
        for offset, paragraph in enumerate(following):
            record.at((field, offset), paragraph.at)
        return end
    if field == "title":
        found = id_and_title(inline or " ".join(texts))
        if found:
            data["id"], data["title"] = found
        return end
    joined = join_broken(texts)
    if joined:
        data[field] = "\n\n".join(joined)
    return end


def _names(text: str) -> list[str]:
    return [name.strip(" .;") for name in re.split(r"[\n;]|,\s+(?=[A-ZÆØÅ])", clean_lines(text)) if name.strip(" .;")]


def clean_lines(text: str) -> str:
    return "\n".join(clean(line) for line in text.split("\n"))


def _box(text: str) -> bool | None:
    """True/False from "☒ Ja ☐ Nej"; ``None`` when the state cannot be read."""
    text = text.replace("☑", TICKED)
    states: dict[str, str] = {}
    start = text.lstrip(" -•\n")
    if start[:1] in _GLYPHS:  # "☒ Ja ☐ Nej": each box before its word
        for glyph, word in _BOX_BEFORE.findall(text):
            states.setdefault(word.casefold(), glyph)
    else:  # "Ja ☒ Nej ☐": each box after its word
        for word, glyph in _BOX_AFTER.findall(text):
            states.setdefault(word.casefold(), glyph)
    if UNKNOWN_BOX in states.values():
        return None
    ticked = [word for word, glyph in states.items() if glyph == TICKED]
    if len(ticked) != 1:
        return None
    return ticked[0] == "ja"


def administrations_grid(table: Table) -> list[str] | None:
    """2023: "Berørte forvaltninger" as a grid of administrations with boxes: the ticked ones; ``None`` without readable boxes."""
    glyphs = "".join(cell.text for row in table.rows for cell in row)
    if UNKNOWN_BOX in glyphs or not any(glyph in glyphs for glyph in (TICKED, UNTICKED, "☑")):
        return None  # the Markdown export loses the boxes; never guess which were ticked
    names: list[str] = []
    for cells in table.rows:
        for index, cell in enumerate(cells):
            text = clean(cell.text)
            if TICKED in text or "☑" in text:
                name = text.replace(TICKED, "").replace("☑", "").strip()
                if not name and index + 1 < len(cells):
                    name = clean(cells[index + 1].text)
                if name:
                    names.append(name)
    return names
