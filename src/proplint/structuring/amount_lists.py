"""Amounts written as lists aligned with ``years``, read as year mappings (a list of the wrong length is D002).

The loaded data is not changed: the mappings are set on copies
(:class:`~proplint.structuring.edits.Edits`), and where each list was is
recorded, so that a path naming a year (``...values.2026``) still finds its
place in the list the user wrote. Most documents write mappings: the walk
that finds no list copies nothing.
"""

from __future__ import annotations

from typing import Any

from proplint.findings import Hit
from proplint.paths import Path
from proplint.phrases import Phrase
from proplint.structuring.edits import Edits

ListYears = dict[Path, tuple[int, ...]]
"""The path of each amount list read as years, and those years in its order."""

Found = list[tuple[Path, Any, tuple[int, ...], list[Any]]]
"""Each list of amounts: the path of the mapping that holds it, its key there, the years it runs over, the list."""


def normalise_amount_lists(edits: Edits, hits: list[Hit], catalogue: bool = False) -> ListYears:
    """Read the lists of amounts in ``edits.data`` as year mappings; the problems are added to ``hits``.

    The ``document`` key decides what the file is: a stray ``entries:`` key
    never makes a proposal a catalogue (it is D004 there).
    """
    found = _catalogue_lists(edits.data) if catalogue else _proposal_lists(edits.data)
    list_years: ListYears = {}
    for path, key, years, amounts in found:
        if len(amounts) != len(years):
            detail = Phrase("a list of amounts needs one per year: {years} years, {amounts} amounts", years=len(years), amounts=len(amounts))
            hits.append(Hit("D002", path + (key,), {"detail": detail}))
            edits.set(path, key, {})  # reported once: an emptied cell, not also a missing key
            continue
        edits.set(path, key, dict(zip(years, amounts, strict=True)))
        list_years[path + (key,)] = years
    return list_years


def _years(value: Any) -> tuple[int, ...] | None:
    if isinstance(value, list) and all(isinstance(year, int) and not isinstance(year, bool) for year in value):
        return tuple(value)
    return None


def _catalogue_lists(data: dict[str, Any]) -> Found:
    """A catalogue's entries and total run over its own years."""
    found: Found = []
    years = _years(data.get("years"))
    if years is not None:
        entries = data.get("entries")
        if isinstance(entries, list):
            for index, entry in enumerate(entries):
                if isinstance(entry, dict):
                    _amounts(entry, "values", ("entries", index), years, found)
        _amounts(data, "total", (), years, found)
    return found


def _proposal_lists(data: dict[str, Any]) -> Found:
    found: Found = []
    economy = data.get("economy")
    if not isinstance(economy, dict):
        return found
    raw_years = economy.get("years")
    years = _years(raw_years)
    if years is not None:
        _sections(economy, ("economy",), years, found)
    admin = data.get("admin_effect")
    if isinstance(admin, dict):
        admin_years = _years(admin.get("years", raw_years))
        if admin_years is not None:
            _table(admin, ("admin_effect",), admin_years, found)
    return found


def _sections(economy: dict[str, Any], path: Path, years: tuple[int, ...], found: Found) -> None:
    for name in ("permanent", "implementation"):
        section = economy.get(name)
        if isinstance(section, dict):
            _table(section, path + (name,), years, found)
    _amounts(economy, "total_impact", path, years, found)
    tables = economy.get("tables")
    if isinstance(tables, list):
        for index, table in enumerate(tables):
            if isinstance(table, dict):
                _table(table, path + ("tables", index), years, found)


def _table(table: dict[str, Any], path: Path, years: tuple[int, ...], found: Found) -> None:
    rows = table.get("rows")
    if isinstance(rows, list):
        for index, row in enumerate(rows):
            if isinstance(row, dict):
                _amounts(row, "values", path + ("rows", index), years, found)
    _amounts(table, "total", path, years, found)
    subtotals = table.get("subtotals")
    if isinstance(subtotals, dict):
        for area in subtotals:
            _amounts(subtotals, area, path + ("subtotals",), years, found)


def _amounts(owner: dict[Any, Any], key: Any, path: Path, years: tuple[int, ...], found: Found) -> None:
    amounts = owner.get(key)
    if isinstance(amounts, list):
        found.append((path, key, years, amounts))
