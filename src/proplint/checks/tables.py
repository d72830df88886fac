"""Walking a proposal's tables: every section, row and amount with its path."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

import attrs

from proplint.model import Amounts, Economy, Proposal, Row, Unit
from proplint.paths import Path
from proplint.phrases import Phrase

_PRECISE_UNITS = (Unit.THOUSAND_DKK, Unit.DKK)


@attrs.frozen
class Table:
    """A section or supporting table: rows and total, the columns and where it sits."""

    label: str | Phrase
    path: Path
    rows: Sequence[Row]
    total: Amounts | None
    years: Sequence[int]
    unit: Unit | None
    invalid: frozenset[Path] = frozenset()
    _known: dict[tuple[str, int], Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    """Row sums and suspect years already worked out: several checks ask for them."""

    def row_sum(self, year: int) -> tuple[Decimal | None, list[Decimal]]:
        """The sum of the rows in a year (``None`` when all are empty) and the figures summed."""
        known: tuple[Decimal | None, list[Decimal]] | None = self._known.get(("sum", year))
        if known is None:
            parts = [amount for row in self.rows if (amount := row.values.get(year)) is not None]
            known = self._known[("sum", year)] = (sum(parts, Decimal(0)) if parts else None), parts
        return known

    def total_or_sum(self, year: int) -> Decimal | None:
        """The stated total, or the rows' sum where the total is missing (no cascade after S102)."""
        if self.total is not None:
            return self.total.get(year)
        return self.row_sum(year)[0]

    def suspect(self, year: int) -> bool:
        """Whether a figure of the year was rejected (D002) or looks misread (N205): sums would echo it."""
        known: bool | None = self._known.get(("suspect", year))
        if known is None:
            known = self._known[("suspect", year)] = self._suspect(year)
        return known

    def _suspect(self, year: int) -> bool:
        if self.invalid and any(
            path[: len(self.path)] == self.path and path[-1] == str(year) for path in self.invalid
        ):
            return True
        figures = [row.values.get(year) for row in self.rows]
        if self.total is not None:
            figures.append(self.total.get(year))
        return any(amount is not None and looks_misread(amount, self.unit) for amount in figures)


def looks_misread(amount: Decimal, unit: Unit | None) -> bool:
    """Three or more decimals in a table of whole kroner or thousands."""
    if unit not in _PRECISE_UNITS:
        return False
    text = str(amount)
    if "." not in text and "E" not in text and "e" not in text:
        return False  # a whole number as written (most amounts): no decimals to count
    exponent = amount.as_tuple().exponent
    return isinstance(exponent, int) and exponent <= -3


SECTION_LABELS = {"permanent": Phrase("permanent changes"), "implementation": Phrase("implementation costs")}


def section(economy: Economy, name: str, invalid: frozenset[Path] = frozenset()) -> Table | None:
    found = getattr(economy, name)
    if found is None:
        return None
    last = _LAST
    if last is not None and last[1] == invalid and last[0].economy is economy:
        for table in last[2]:  # the table the proposal's tables already hold, with what is known of it
            if table.path[1:] == (name,) and table.path[0] == "economy":
                return table
    return Table(SECTION_LABELS[name], ("economy", name), found.rows, found.total, economy.years, economy.unit, invalid)


def tables(proposal: Proposal, invalid: frozenset[Path] = frozenset()) -> Iterator[Table]:
    """Every table with rows and a total: Table 1's sections, supporting tables, the admin effect.

    The checks of one proposal run one after another and most of them walk
    its tables: the tables of the proposal last asked for are kept.
    """
    global _LAST
    last = _LAST
    if last is not None and last[0] is proposal and last[1] == invalid:
        return iter(last[2])
    found = tuple(_tables(proposal, invalid))
    _LAST = (proposal, invalid, found)
    return iter(found)


_LAST: tuple[Proposal, frozenset[Path], tuple[Table, ...]] | None = None


def _tables(proposal: Proposal, invalid: frozenset[Path]) -> Iterator[Table]:
    economy = proposal.economy
    if economy is not None:
        for name in ("permanent", "implementation"):
            found = section(economy, name, invalid)
            if found is not None:
                yield found
        for index, table in enumerate(economy.tables):
            label = table.title or Phrase("table {number}", number=index + 2)
            yield Table(label, ("economy", "tables", index), table.rows, table.total, economy.years, economy.unit, invalid)
    admin = proposal.admin_effect
    if admin is not None and not admin.none:
        years = admin.years or (economy.years if economy else [])
        unit = admin.unit or (economy.unit if economy else None)
        yield Table(Phrase("administrative effect"), ("admin_effect",), admin.rows, admin.total, years, unit, invalid)


def amounts(proposal: Proposal) -> Iterator[tuple[Path, Amounts, Table | None]]:
    """Every amounts mapping with its path and the table it belongs to."""
    for table in tables(proposal):
        for index, row in enumerate(table.rows):
            yield table.path + ("rows", index, "values"), row.values, table
        if table.total is not None:
            yield table.path + ("total",), table.total, table
    economy = proposal.economy
    if economy is None:
        return
    for name in ("permanent", "implementation"):
        found = getattr(economy, name)
        if found is not None and found.subtotals:  # figures of their own, never summed with the rows
            owner = section(economy, name)
            for area, values in found.subtotals.items():
                yield ("economy", name, "subtotals", area), values, owner
    if economy.total_impact is not None:
        yield ("economy", "total_impact"), economy.total_impact, None


def cell(path: Path, year: int) -> Path:
    return path + (str(year),)


@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    """Labels and party names compared without case, punctuation or extra spaces."""
    return " ".join("".join(char if char.isalnum() else " " for char in text.casefold()).split())
