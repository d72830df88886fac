"""Which template table a table is, and the non-amount tables: follow-up, criteria, consultation.

Tables are identified by their caption and header words, never by their
number ("Tabel 2" may occur twice). Consultation columns are read by
position: the template's header texts are sometimes wrong.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from proplint.danish import find_date, read_amount, read_date, read_price_level, read_unit, to_unit
from proplint.importing.blocks import TICKED, Cell, Table
from proplint.importing.record import Record
from proplint.importing.words import clean, compact, is_label, starts_with
from proplint.paths import Path

TABLE_1 = "table_1"
SUPPORTING_PERMANENT = "permanent"
SUPPORTING_IMPLEMENTATION = "implementation"
ADMIN = "admin"
FOLLOW_UP = "follow_up"
CRITERIA = "criteria"
CONSULTATION = "consultation"

_SUPPORTING = {
    SUPPORTING_PERMANENT: ("Varige ændringer, service", "Varige effektiviseringsændringer", "Varige ændringer, anlæg"),
    SUPPORTING_IMPLEMENTATION: ("Serviceinvesteringer i forslaget", "Investeringer i forslaget", "Anlægsinvesteringer i forslaget"),
}


def _caption_title(caption: str) -> str:
    """``Tabel 3. Varige ændringer, service`` → ``Varige ændringer, service``."""
    text = clean(caption)
    match = re.match(r"tabel\s*[0-9]+\s*[.:]?\s*", text, re.IGNORECASE)
    return text[match.end() :] if match else text


def classify(table: Table, caption: str) -> str | None:
    """The template table this is, from its caption and header words; ``None`` when none matches."""
    title = _caption_title(caption)
    header = [clean(cell.text) for row in table.rows[:2] for cell in row]
    first = clean(table.rows[0][0].text) if table.rows and table.rows[0] else ""
    if any(starts_with(text, "Nettoeffekt på administrative udgifter") for text in header) or starts_with(title, "Varige ændringer, administration"):
        return ADMIN
    for kind, words in _SUPPORTING.items():
        if any(starts_with(title, word) or starts_with(first, word) for word in words):
            return kind
    if starts_with(title, "Forslagets samlede økonomiske konsekvenser"):
        return TABLE_1
    if any(is_label(text, "Opfølgningsmål") for text in header):
        return FOLLOW_UP
    if any(starts_with(text, "Forventet vedtagelse") or starts_with(text, "Kriterier til prioritering") for text in header):
        return CRITERIA
    if is_label(title, "Høring") or any(is_label(text, "Ja/Nej") or starts_with(text, "Dato for godkendelse") for text in header):
        return CONSULTATION
    labels = {compact(clean(row[0].text)) for row in table.rows if row}
    if labels & {compact(text) for text in ("Samlet varig ændring", "Samlet økonomisk påvirkning", "Samlede implementeringsomkostninger", "Varige ændringer", "Implementeringsomkostninger")}:
        return TABLE_1
    return None


def follow_up(table: Table, record: Record) -> list[dict[str, Any]]:
    """Follow-up rows; ``group`` only where the table has group rows (2023)."""
    fields = ("goal", "measure", "responsible", "when")
    header_index = next((i for i, row in enumerate(table.rows) if any(is_label(cell.text, "Opfølgningsmål") for cell in row)), 0)
    header = table.rows[header_index] if table.rows else ()
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = cell.text
        if is_label(text, "Opfølgningsmål"):
            positions.setdefault("goal", index)
        elif starts_with(text, "Hvordan måles"):
            positions.setdefault("measure", index)
        elif starts_with(text, "Hvem er ansvarlig"):
            positions.setdefault("responsible", index)
        elif starts_with(text, "Hvornår"):
            positions.setdefault("when", index)
    for offset, field in enumerate(fields):
        positions.setdefault(field, offset)
    rows: list[dict[str, Any]] = []
    group: str | None = None
    for cells in table.rows[header_index + 1 :]:
        texts = [clean(cell.text) for cell in cells]
        filled = [text for text in texts if text]
        if not filled:
            continue
        if len(set(filled)) == 1 and (len(filled) == 1 or len(filled) == len(texts)) and len(texts) > 1:
            named = _group(filled[0])
            if named is not None:
                group = named
                continue
        row: dict[str, Any] = {}
        path: Path = ("follow_up", len(rows))
        record.at(path, cells[0].at if cells else None)
        for field in fields:
            index = positions[field]
            if index < len(cells) and texts[index]:
                row[field] = texts[index]
                record.at(path + (field,), cells[index].at)
            elif index < len(cells):
                record.at(path + (field,), cells[index].at)
        if group is not None:
            row["group"] = group
        rows.append(row)
    return rows


def _group(text: str) -> str | None:
    if starts_with(text, "Milepæle"):
        return "milestone"
    if starts_with(text, "Realisering"):
        return "realisation"
    return None


def criteria(table: Table, record: Record) -> dict[str, Any]:
    """The prioritisation criteria of an innovation proposal → ``future_investment``."""
    rows = [row for row in table.rows if any(clean(cell.text) for cell in row)]
    if len(rows) < 2:
        return {}
    *headers, data = rows
    width = len(data)
    names: list[str] = []
    for index in range(width):
        texts = [clean(row[index].text) for row in headers if index < len(row) and clean(row[index].text)]
        names.append(texts[-1] if texts else "")
    result: dict[str, Any] = {}
    marks: dict[str, bool] = {}
    path: Path = ("future_investment",)
    for index, name in enumerate(names):
        cell = data[index]
        text = clean(cell.text)
        if starts_with(name, "Udgift"):
            record.at(path + ("cost",), cell.at)
            read = read_amount(text)
            if read is None:
                record.hit("I002", path + ("cost",), cell.at, year=read_price_level(name) or "", text=text, row=name)
            elif (value := to_unit(read, read_unit(name))) is not None:
                result["cost"] = value
        elif starts_with(name, "Forventet vedtagelse"):
            record.at(path + ("expected_adoption",), cell.at)
            if text:
                result["expected_adoption"] = text
        elif starts_with(name, "Potentiale for varig") or (starts_with(name, "Potentiale") and "potential" not in result and "styringsområde" in name.casefold()):
            record.at(path + ("potential",), cell.at)
            if text:
                result["potential"] = text
        elif name and not starts_with(name, "Kriterier til prioritering"):
            record.at(path + ("criteria", name), cell.at)
            marks[name] = compact(text) in ("x", "ja") or TICKED in text
    if marks:
        result["criteria"] = marks
    return result


_ANSWERS = {"ja": "yes", "nej": "no", "ikkerelevant": "not_relevant"}


def consultation(table: Table, record: Record, start: int) -> list[dict[str, Any]]:
    """Consultation rows by position: party, answer, date or free-text reply."""
    rows: list[dict[str, Any]] = []
    answer_columns = _answer_columns(table)
    for row_index, cells in enumerate(table.rows):
        texts = [clean(cell.text) for cell in cells]
        if not any(texts) or len(cells) < 2:
            continue
        party = texts[0]
        if answer_columns:
            if any(compact(texts[index]) in _ANSWERS for index in answer_columns if index < len(texts)):
                continue  # the header row
            answer = next((word for index, word in answer_columns.items() if index < len(texts) and _marked(texts[index])), None)
            answer_cell: Cell | None = cells[min(answer_columns)]
            rest = [index for index in range(1, len(cells)) if index not in answer_columns]
            reply_cell = cells[rest[0]] if rest else None
            if not party or (answer is None and not any(texts[1:])):
                continue
        else:
            answer_key = compact(texts[1])
            if not party or answer_key == "janej" or (row_index == 0 and answer_key not in _ANSWERS):
                continue  # the header row
            answer, extra = _answer(texts[1])
            answer_cell = cells[1]
            reply_cell = cells[2] if len(cells) > 2 else None
            if extra:  # "Ja, d. 3. februar 2027": the rest of the cell is the reply
                reply_text = "\n".join(part for part in (extra, reply_cell.text if reply_cell else "") if clean(part))
                reply_cell = Cell(reply_text, at=answer_cell.at)
        path: Path = ("consultation", start + len(rows))
        row: dict[str, Any] = {"party": party}
        record.at(path, cells[0].at)
        record.at(path + ("party",), cells[0].at)
        if answer is not None:
            row["answer"] = answer
        if answer_cell is not None:
            record.at(path + ("answer",), answer_cell.at)
        if reply_cell is not None and clean(reply_cell.text):
            date, response = _date_and_reply(reply_cell.text)
            if date is not None:
                row["date"] = date
                record.at(path + ("date",), reply_cell.at)
            if response:
                row["response"] = response
                record.at(path + ("response",), reply_cell.at)
        rows.append(row)
    return rows


_ANSWER_FIRST = re.compile(r"^(ikke\s+relevant|ja|nej)\b[\s.,:;–-]*(.*)$", re.IGNORECASE | re.DOTALL)


def _answer(text: str) -> tuple[str | None, str]:
    """The answer word of a cell and what follows it ("Ja, d. 3. februar 2027"); an unknown word is kept as written."""
    key = compact(text)
    if key in _ANSWERS:
        return _ANSWERS[key], ""
    match = _ANSWER_FIRST.match(clean(text))
    if match:
        return _ANSWERS[compact(match[1])], match[2].strip()
    return (clean(text) or None), ""


def _date_and_reply(text: str) -> tuple[datetime.date | None, str]:
    """"29/01/2027", "D. 3. februar 2027" and a reply on the lines after it, or a free-text reply alone."""
    lines = [clean(line) for line in text.split("\n") if clean(line)]
    whole = clean(text)
    if whole in ("-", "–", "—"):
        return None, ""
    if (date := read_date(whole)) is not None:
        return date, ""
    if lines and (date := read_date(lines[0])) is not None:
        return date, " ".join(lines[1:])
    found = find_date(whole)
    if found is not None and found[1] <= 3:  # a date first, the reply after it on the same line
        rest = whole[found[2] :].lstrip(" .,:;–-")
        return found[0], rest
    return None, whole


def _marked(text: str) -> bool:
    return compact(text) == "x" or TICKED in text


def _answer_columns(table: Table) -> dict[int, str]:
    """Columns headed Ja / Nej / Ikke relevant, when the answer is a mark in one of them."""
    for cells in table.rows[:2]:
        found = {index: _ANSWERS[compact(cell.text)] for index, cell in enumerate(cells) if compact(cell.text) in _ANSWERS}
        if len(found) >= 2:
            return found
    return {}
