"""The economy of a proposal: Table 1, supporting tables, notes and prose; and the admin effect.

Table 1 decides the kind of a 2026 proposal: only permanent changes is an
efficiency proposal, only implementation costs an innovation proposal,
both with a payback an investment proposal.
"""

from __future__ import annotations

import re
from typing import Any

from proplint.importing.amounts import AmountReader, AmountTable
from proplint.importing.record import Record
from proplint.phrases import Phrase
from proplint.importing.sections import FRONT, Captioned, Sections
from proplint.importing.tables import ADMIN, SUPPORTING_IMPLEMENTATION, SUPPORTING_PERMANENT, TABLE_1, classify
from proplint.importing.words import clean, compact, prose

_SIGN_SENTENCE = re.compile(r"\bnegativ\w*\s+(?:beløb|tal|fortegn)|\bfortegn\b|\bpositiv\w*\s+(?:beløb|tal)", re.IGNORECASE)


def is_note(text: str) -> bool:
    key = compact(text)
    return key.startswith(("note", "anm", "bemærk")) or bool(_SIGN_SENTENCE.search(text))


def read_economy(sections: Sections, record: Record) -> tuple[dict[str, Any] | None, str | None, dict[str, Any] | None]:
    """``economy`` (or ``None`` without Table 1), the kind Table 1 implies, and the admin-effect table."""
    reader = AmountReader(record)
    economy: dict[str, Any] = {}
    admin: dict[str, Any] | None = None
    first: AmountTable | None = None
    tables: list[dict[str, Any]] = []
    notes: list[str] = []
    for role, captioned in sections.tables():
        kind = classify(captioned.table, captioned.caption)
        if kind == TABLE_1 or (kind is None and first is None and role in ("economy", "front") and _has_years(captioned)):
            read = reader.table(captioned.table, ("economy",), None)
            if first is None:
                first = read
                record.at(("economy",), captioned.table.at)
            _merge(economy, read)
        elif kind in (SUPPORTING_PERMANENT, SUPPORTING_IMPLEMENTATION):
            path = ("economy", "tables", len(tables))
            read = reader.table(captioned.table, path, None, supporting=True)
            record.at(path, captioned.table.at)
            table: dict[str, Any] = {"title": captioned.caption or clean(captioned.table.rows[0][0].text)}
            table["details"] = kind
            part = read.sections.get("table", {"rows": []})
            table["rows"] = part.get("rows", [])
            if "total" in part:
                table["total"] = part["total"]
            for area in part.get("subtotals", {}):
                record.notes.append(f"{table['title']}: the subtotal for {area} is not a row and was left out")
            tables.append(table)
        elif kind == ADMIN or (kind is None and role == "admin_effect"):
            admin = admin or _admin(reader, captioned, record)
        elif kind is None and role not in ("follow_up", "consultation", "involvement_consultation", "future_investment"):
            note = _table_note(captioned)
            notes.append(note)
            record.hit("I003", ("economy", "notes", len(notes) - 1), captioned.table.at, caption=captioned.caption or clean(captioned.table.rows[0][0].text) if captioned.table.rows else "")
    paragraphs = sections.paragraphs("economy")
    prose_paragraphs = [p for p in paragraphs if not is_note(p.text)]
    front_notes = [p for p in sections.paragraphs(FRONT) if compact(p.text).startswith("note")]  # 2023: under Table 1
    note_paragraphs = front_notes + [p for p in paragraphs if is_note(p.text)]
    for paragraph in note_paragraphs:
        record.at(("economy", "notes", len(notes)), paragraph.at)
        notes.append(clean(paragraph.text))
    if first is None:
        record.hit("I005", ("economy",), next((p.at for p in paragraphs), None), part=Phrase("Table 1 (Forslagets samlede økonomiske konsekvenser)"))
        return None, None, admin
    columns = first.columns
    result: dict[str, Any] = {}
    if columns.unit is not None:
        result["unit"] = columns.unit.value
    if columns.price_level is not None:
        result["price_level"] = columns.price_level
    result["years"] = list(columns.years.values())
    result.update(economy)
    if tables:
        result["tables"] = tables
    if notes:
        result["notes"] = notes
    text = prose(p.text for p in prose_paragraphs)
    if text:
        result["text"] = text
        record.at(("economy", "text"), prose_paragraphs[0].at)
    return result, _kind_of(result), admin


def _has_years(captioned: Captioned) -> bool:
    from proplint.importing.amounts import year_row

    return any(year_row(row) for row in captioned.table.rows[:3])


def _merge(economy: dict[str, Any], read: AmountTable) -> None:
    for name in ("permanent", "implementation"):
        if name in read.sections and name not in economy:
            economy[name] = read.sections[name]
    if read.total_impact is not None and "total_impact" not in economy:
        economy["total_impact"] = read.total_impact
    if read.payback and "payback_years" not in economy:
        economy["payback_years"] = dict(read.payback)


def _admin(reader: AmountReader, captioned: Captioned, record: Record) -> dict[str, Any]:
    read = reader.table(captioned.table, ("admin_effect",), None, supporting=True)
    admin: dict[str, Any] = {}
    if read.columns.unit is not None:
        admin["unit"] = read.columns.unit.value
    admin["years"] = list(read.columns.years.values())
    part = read.sections.get("table", {"rows": []})
    admin["rows"] = part.get("rows", [])
    if "total" in part:
        admin["total"] = part["total"]
    record.at(("admin_effect",), captioned.table.at)
    return admin


def _table_note(captioned: Captioned) -> str:
    rows = [" | ".join(clean(cell.text) for cell in row if clean(cell.text)) for row in captioned.table.rows]
    body = "; ".join(row for row in rows if row)
    return f"{captioned.caption}: {body}" if captioned.caption else body


def _kind_of(economy: dict[str, Any]) -> str | None:
    permanent, implementation = "permanent" in economy, "implementation" in economy
    if permanent and implementation:
        return "investment"
    if permanent:
        return "efficiency"
    if implementation:
        return "innovation"
    return None
