"""Tables of amounts by year: Table 1, its supporting tables and the admin-effect table.

Row roles come from the labels (bold is a hint, never the only sign); the year
row is the first whose last cells are all four-digit years; unit and price
level sit in one header cell. Subtotals by steering area are kept apart from
the rows so that sums never count them twice.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import attrs

from proplint.danish import read_amount, read_price_level, read_unit, to_unit, write_amount
from proplint.importing.blocks import Cell, Table
from proplint.importing.record import Record
from proplint.importing.words import clean, compact, starts_with
from proplint.model.enums import Unit
from proplint.paths import Path

_YEAR = re.compile(r"(?:19|20)[0-9]{2}\Z")
_AREA_HEADERS = ("styringsområde", "bevilling", "bevillingprofitcenter")
_PERMANENT_TOTALS = ("Samlet varig ændring", "Samlede varige ændringer", "Varige ændringer i alt", "Varige ændringer totalt")
_IMPLEMENTATION_TOTALS = ("Samlede implementeringsomkostninger", "Implementeringsomkostninger i alt", "Investeringer totalt", "Investeringer i alt")
_OTHER_TOTALS = ("I alt", "Total", "Samlet", "Nettoeffekt i alt")
_IMPACT = ("Samlet økonomisk påvirkning",)
_PAYBACK = {"service": ("Tilbagebetalingstid baseret på serviceeffektivisering",), "total": ("Tilbagebetalingstid baseret på totaløkonomi",)}
_SECTION_LABELS = {"permanent": ("Varige ændringer",), "implementation": ("Implementeringsomkostninger", "Investeringer")}


@attrs.define
class Columns:
    """Where the years, the area and the label sit, and in which unit amounts are written."""

    years: dict[int, int] = attrs.field(factory=dict)
    """Column index → year."""
    area: int | None = None
    unit: Unit | None = None
    price_level: int | None = None


def year_row(cells: tuple[Cell, ...]) -> dict[int, int]:
    """Column index → year for a row whose last non-empty cells are all four-digit years (at least one)."""
    found: dict[int, int] = {}
    for index in range(len(cells) - 1, 0, -1):
        text = clean(cells[index].text)
        if _YEAR.match(text):
            found[index] = int(text)
        elif text or found:
            break
    return dict(sorted(found.items()))


def _header(rows: tuple[tuple[Cell, ...], ...], columns: Columns) -> None:
    for cells in rows:
        for index, cell in enumerate(cells):
            if columns.unit is None and (unit := read_unit(cell.text)) is not None:
                columns.unit = unit
            if columns.price_level is None and (level := read_price_level(cell.text)) is not None:
                columns.price_level = level
            if columns.area is None and compact(cell.text) in _AREA_HEADERS:
                columns.area = index


def _is_total(label: str, totals: tuple[str, ...]) -> tuple[bool, str | None]:
    """Whether a label is one of the totals, and the steering area of a subtotal (``…, service``)."""
    text = clean(label)
    for total in totals:
        if compact(text) == compact(total):
            return True, None
        if starts_with(text, total) and "," in text:
            head, _, tail = text.rpartition(",")
            if compact(head) == compact(total):
                area = tail.strip()
                if total.endswith("totalt") or not area or re.search(r"\d", area):
                    return True, None
                return True, area[:1].upper() + area[1:]
    return False, None


@attrs.define
class AmountTable:
    """One table of amounts read into format v1 pieces."""

    columns: Columns
    sections: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    total_impact: dict[int, Any] | None = None
    payback: dict[str, int] = attrs.field(factory=dict)


class AmountReader:
    """Reads amount tables, reporting I002 at the cell and noting converted units."""

    def __init__(self, record: Record) -> None:
        self.record = record

    def amounts(self, cells: tuple[Cell, ...], columns: Columns, path: Path, label: str) -> dict[int, Any]:
        values: dict[int, Any] = {}
        for index, year in columns.years.items():
            if index >= len(cells):
                continue
            cell = cells[index]
            cell_path = path + (str(year),)
            self.record.at(cell_path, cell.at)
            read = read_amount(cell.text)
            if read is None:
                self.record.hit("I002", cell_path, cell.at, year=year, text=clean(cell.text), row=label)
                continue
            value = to_unit(read, columns.unit)
            if value is None:
                continue
            if read.malformed and not _misread_thousands(value, columns.unit):
                values[year] = clean(cell.text)  # kept as written: D002 points at it (N205 only sees 3+ decimals)
                continue
            if read.kroner is not None and columns.unit is not None:
                self.record.notes.append(
                    f"{label} {year}: {clean(cell.text)!r} converted to {write_amount(value)} ({columns.unit.value})"
                )
            values[year] = value
        return values

    def table(self, table: Table, path: Path, default_section: str | None, supporting: bool = False) -> AmountTable:
        """Read rows into sections (``permanent``/``implementation``, or ``table`` for a supporting/admin table)."""
        columns = Columns()
        result = AmountTable(columns)
        section = default_section
        for row_index, cells in enumerate(table.rows):
            years = year_row(cells)
            if years and not columns.years and (len(years) > 1 or not clean(cells[0].text)):
                _header(table.rows[: row_index + 1], columns)
                columns.years = years
                continue
            if years and columns.years and years == columns.years:
                _header((cells,), columns)
                continue
            label = clean(cells[0].text) if cells else ""
            if not columns.years:
                if not supporting and (named := _section_named(label)):
                    section = named
                continue
            has_amounts = any(clean(cells[i].text) for i in columns.years if i < len(cells))
            if not supporting and not has_amounts and (named := _section_named(label)):
                section = named
                continue
            if not label and not has_amounts:
                continue
            self._row(result, cells, label, section, path, supporting)
        return result

    def _row(self, result: AmountTable, cells: tuple[Cell, ...], label: str, section: str | None, path: Path, supporting: bool) -> None:
        columns = result.columns
        where = cells[0].at if cells else None
        if not supporting:
            if any(compact(label) == compact(text) for text in _IMPACT):
                self.record.at(path + ("total_impact",), where)
                result.total_impact = self.amounts(cells, columns, path + ("total_impact",), label)
                return
            for key, labels in _PAYBACK.items():
                if any(starts_with(label, text) for text in labels):
                    years = _payback(cells[1:])
                    self.record.at(path + ("payback_years", key), _first_filled(cells[1:]) or where)
                    if years is not None:
                        result.payback[key] = years
                    return
        for name, totals in (("permanent", _PERMANENT_TOTALS), ("implementation", _IMPLEMENTATION_TOTALS), (None, _OTHER_TOTALS)):
            is_total, area = _is_total(label, totals)
            if not is_total:
                continue
            target = "table" if supporting else (name or section or "implementation")
            part = result.sections.setdefault(target, {"rows": []})
            section_path = path + ((target,) if not supporting else ())
            if area is not None:
                subtotal_path = section_path + ("subtotals", area)
                self.record.at(subtotal_path, where)
                part.setdefault("subtotals", {})[area] = self.amounts(cells, columns, subtotal_path, label)
            else:
                self.record.at(section_path + ("total",), where)
                part["total"] = self.amounts(cells, columns, section_path + ("total",), label)
            return
        target = "table" if supporting else (section or "implementation")
        part = result.sections.setdefault(target, {"rows": []})
        section_path = path + ((target,) if not supporting else ())
        row_path = section_path + ("rows", len(part["rows"]))
        row: dict[str, Any] = {"label": label}
        self.record.at(row_path, where)
        self.record.at(row_path + ("label",), where)
        if columns.area is not None and columns.area < len(cells) and (area := clean(cells[columns.area].text)):
            row["area"] = area
            self.record.at(row_path + ("area",), cells[columns.area].at)
        row["values"] = self.amounts(cells, columns, row_path + ("values",), label)
        part["rows"].append(row)


def _misread_thousands(value: Decimal, unit: Unit | None) -> bool:
    """A literal reading N205 reports: three or more decimals in a table of kroner or thousands."""
    exponent = value.as_tuple().exponent
    return unit in (Unit.THOUSAND_DKK, Unit.DKK) and isinstance(exponent, int) and exponent <= -3


def _section_named(label: str) -> str | None:
    for name, labels in _SECTION_LABELS.items():
        if any(compact(label) == compact(text) for text in labels):
            return name
    return None


def _first_filled(cells: tuple[Cell, ...]) -> tuple[int, int] | None:
    return next((cell.at for cell in cells if clean(cell.text)), None)


def _payback(cells: tuple[Cell, ...]) -> int | None:
    for cell in cells:
        match = re.match(r"^\s*([0-9]{1,2})(?:[.,]0+)?\s*(?:år)?\s*\.?\s*$", clean(cell.text))
        if match:
            return int(match[1])
    return None
