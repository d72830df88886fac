"""Amounts written as lists aligned with ``years``, read as year mappings (a list of the wrong length is D002).

The loaded data is not changed: the mappings are set on copies
(:class:`~proplint.structuring.edits.Edits`), and where each list was is
recorded, so that a path naming a year (``...values.2026``) still finds its
place in the list the user wrote.
"""

from __future__ import annotations

from typing import Any

from proplint.findings import Hit
from proplint.paths import Path
from proplint.phrases import Phrase
from proplint.structuring.edits import Edits

ListYears = dict[Path, tuple[int, ...]]
"""The path of each amount list read as years, and those years in its order."""


def normalise_amount_lists(edits: Edits, hits: list[Hit], catalogue: bool = False) -> ListYears:
    """Read the lists of amounts in ``edits.data`` as year mappings; the problems are added to ``hits``.

    The ``document`` key decides what the file is: a stray ``entries:`` key
    never makes a proposal a catalogue (it is D004 there).
    """
    reading = _Reading(edits, hits)
    data = edits.data
    if catalogue:  # its entries and total run over its own years
        years = _years(data.get("years"))
        if years is not None:
            entries = data.get("entries")
            if isinstance(entries, list):
                for index, entry in enumerate(entries):
                    if isinstance(entry, dict):
                        reading.amounts(entry, "values", ("entries", index), years)
            reading.amounts(data, "total", (), years)
        return reading.list_years
    economy = data.get("economy")
    if not isinstance(economy, dict):
        return reading.list_years
    raw_years = economy.get("years")
    years = _years(raw_years)
    if years is not None:
        reading.sections(economy, ("economy",), years)
    admin = data.get("admin_effect")
    if isinstance(admin, dict):
        admin_years = _years(admin.get("years", raw_years))
        if admin_years is not None:
            reading.table(admin, ("admin_effect",), admin_years)
    return reading.list_years


def _years(value: Any) -> tuple[int, ...] | None:
    if isinstance(value, list) and all(isinstance(year, int) and not isinstance(year, bool) for year in value):
        return tuple(value)
    return None


class _Reading:
    def __init__(self, edits: Edits, hits: list[Hit]) -> None:
        self.edits = edits
        self.hits = hits
        self.list_years: ListYears = {}

    def sections(self, economy: dict[str, Any], path: Path, years: tuple[int, ...]) -> None:
        for name in ("permanent", "implementation"):
            section = economy.get(name)
            if isinstance(section, dict):
                self.table(section, path + (name,), years)
        self.amounts(economy, "total_impact", path, years)
        tables = economy.get("tables")
        if isinstance(tables, list):
            for index, table in enumerate(tables):
                if isinstance(table, dict):
                    self.table(table, path + ("tables", index), years)

    def table(self, table: dict[str, Any], path: Path, years: tuple[int, ...]) -> None:
        rows = table.get("rows")
        if isinstance(rows, list):
            for index, row in enumerate(rows):
                if isinstance(row, dict):
                    self.amounts(row, "values", path + ("rows", index), years)
        self.amounts(table, "total", path, years)
        subtotals = table.get("subtotals")
        if isinstance(subtotals, dict):
            for area in subtotals:
                self.amounts(subtotals, area, path + ("subtotals",), years)

    def amounts(self, owner: dict[str, Any], key: Any, path: Path, years: tuple[int, ...]) -> None:
        """``owner[key]`` (``owner`` is the loaded container at ``path``) as a year mapping, if it is a list."""
        amounts = owner.get(key)
        if not isinstance(amounts, list):
            return
        if len(amounts) != len(years):
            detail = Phrase("a list of amounts needs one per year: {years} years, {amounts} amounts", years=len(years), amounts=len(amounts))
            self.hits.append(Hit("D002", path + (key,), {"detail": detail}))
            self.edits.set(path, key, {})  # reported once: an emptied cell, not also a missing key
            return
        self.edits.set(path, key, dict(zip(years, amounts, strict=True)))
        self.list_years[path + (key,)] = years
