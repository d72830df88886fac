"""Earlier versions' removals of rejected values are replayed only where their order removed other values."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proplint.structuring.legacy import Legacy

LEGACY = Path(__file__).parent / "data" / "legacy_baseline"


def test_removals_diverge_only_where_an_earlier_one_moves_a_later_path() -> None:
    from proplint.structuring.legacy import diverges

    assert not diverges([("rows", 2), ("rows", 0)])  # last-first already
    assert not diverges([("rows", 1), ("rows", 0, "values", "2027"), ("total", "2027")])
    assert not diverges([("entries", 0, "values", "2026"), ("entries", 0, "values", "2027")])  # keys, not list elements
    assert diverges([("rows", 0), ("rows", 2, "values", "2027")])
    assert diverges([("rows", 0), ("rows", 1)])
    assert diverges([("tables", 0, "rows", 1), ("tables", 0, "rows", 1, "values")])


def test_only_a_document_whose_removals_diverge_is_replayed() -> None:
    from proplint.loading import load_path
    from proplint.structuring import structure

    def replayed(name: str) -> Legacy | None:
        return structure(load_path(LEGACY / name, name)).legacy

    assert replayed("moved-SU36.yaml") is None and replayed("shift-SU33.yaml") is None
    order = replayed("order-SU38.yaml")
    assert order is not None
    abc = ("economy", "permanent", "rows", 2, "values", "2027")
    assert order.reported[abc] == abc  # first reported where it is written
    rows = order.data["economy"]["permanent"]["rows"]
    # The row after it lost its 2027 in its place, and the rejected row is gone: in the next pass the value came back one row up.
    assert [row["label"] for row in rows] == ["Kortere ruter", "Besparelse på brændstof", "Ruteplanlægningssystem"]
    assert sorted(rows[1]["values"]) == [2026, 2028] and sorted(rows[2]["values"]) == [2026, 2028]
