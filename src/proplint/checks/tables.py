"""Walking a proposal's tables: every section, row and amount with its path."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from typing import Any

import attrs

from proplint.model import Amounts, Economy, Proposal, Row, Unit
from proplint.paths import Path
from proplint.phrases import Phrase

PRECISE_UNITS = (Unit.THOUSAND_DKK, Unit.DKK)


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
    _known: dict[str, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)
    """The rows' figures by year and the suspect years, worked out once: several checks ask for them."""

    def row_sum(self, year: int) -> tuple[Decimal | None, list[Decimal]]:
        """The sum of the rows in a year (``None`` when all are empty) and the figures summed."""
        return self.row_sums().get(year, _NO_FIGURES)

    def row_sums(self) -> dict[int, tuple[Decimal, list[Decimal]]]:
        """Each year some row fills: the sum of its figures and the figures, in the rows' order (one pass over the rows)."""
        known: dict[int, tuple[Decimal, list[Decimal]]] | None = self._known.get("sums")
        if known is None:
            known = self._known["sums"] = row_sums(self.rows)
        return known

    def total_or_sum(self, year: int) -> Decimal | None:
        """The stated total, or the rows' sum where the total is missing (no cascade after S102)."""
        if self.total is not None:
            return self.total.get(year)
        return self.row_sum(year)[0]

    def suspect(self, year: int) -> bool:
        """Whether a figure of the year was rejected (D002) or looks misread (N205): sums would echo it."""
        if year in self.misread_years():
            return True
        return bool(self.invalid) and any(path[: len(self.path)] == self.path and path[-1] == str(year) for path in self.invalid)

    def misread_years(self) -> frozenset[int]:
        """The years with a figure that looks misread (:func:`looks_misread`): none, in most tables."""
        misread: frozenset[int] | None = self._known.get("misread")
        if misread is None:
            misread = self._known["misread"] = self._misread_years()
        return misread

    def _misread_years(self) -> frozenset[int]:
        if self.unit not in PRECISE_UNITS or self.whole():
            return frozenset()
        return frozenset(
            year for _, values in self.amounts() for year, amount in values.items() if amount is not None and looks_misread(amount, self.unit)
        )

    def whole(self) -> bool:
        """Whether every figure of the rows and the total is a whole number as written: then none looks misread."""
        known: bool | None = self._known.get("whole")
        if known is None:
            figures = chain.from_iterable(figures for _, figures in self.row_sums().values())
            known = self._known["whole"] = all(map(_ONE.same_quantum, figures)) and (self.total is None or whole(self.total.values()))
        return known

    def outside_columns(self) -> bool:
        """Whether a row or the total has a figure for a year that is not one of the columns (N206)."""
        known: bool | None = self._known.get("outside")
        if known is None:
            filled = set(self.row_sums())
            if self.total is not None:
                filled.update(year for year, amount in self.total.items() if amount is not None)
            known = self._known["outside"] = not filled.issubset(self.years)
        return known

    def amounts(self) -> Iterator[tuple[Path, Amounts]]:
        """The amounts of each row and of the total, with their paths."""
        for index, row in enumerate(self.rows):
            yield self.path + ("rows", index, "values"), row.values
        if self.total is not None:
            yield self.path + ("total",), self.total


_ZERO = Decimal(0)
_ONE = Decimal(1)
"""An amount of the same quantum (exponent 0) is a whole number as written: most are, and none looks misread."""
_NO_FIGURES: tuple[Decimal | None, list[Decimal]] = (None, [])


def row_sums(rows: Iterable[Row]) -> dict[int, tuple[Decimal, list[Decimal]]]:
    """Each year some row fills: the sum of its figures and the figures, in the rows' order."""
    columns: dict[int, list[Decimal]] = {}
    for row in rows:
        for year, amount in row.values.items():
            if amount is not None:
                figures = columns.get(year)
                if figures is None:
                    columns[year] = [amount]
                else:
                    figures.append(amount)
    return {year: (sum(figures, _ZERO), figures) for year, figures in columns.items()}


def whole(amounts: Iterable[Decimal | None]) -> bool:
    """Whether every amount given is a whole number as written (exponent 0): then none looks misread."""
    return all(map(_ONE.same_quantum, [amount for amount in amounts if amount is not None]))


def any_misread(amounts: Iterable[Decimal | None], unit: Unit | None) -> bool:
    """Whether any of ``amounts`` looks misread (:func:`looks_misread`)."""
    if unit not in PRECISE_UNITS:
        return False
    amounts = list(amounts)
    return not whole(amounts) and any(amount is not None and looks_misread(amount, unit) for amount in amounts)


def looks_misread(amount: Decimal, unit: Unit | None) -> bool:
    """Three or more decimals in a table of whole kroner or thousands."""
    if unit not in PRECISE_UNITS or amount.same_quantum(_ONE):
        return False  # a whole number as written (most amounts): no decimals to count
    exponent = amount.as_tuple().exponent
    return isinstance(exponent, int) and exponent <= -3


SECTION_LABELS = {"permanent": Phrase("permanent changes"), "implementation": Phrase("implementation costs")}


def section(economy: Economy, name: str, invalid: frozenset[Path] = frozenset()) -> Table | None:
    found = getattr(economy, name)
    if found is None:
        return None
    last = _LAST
    if last is not None and last[0].economy is economy and last[1] == invalid:
        known = last[3].get(name)  # the table the proposal's tables already hold, with what is known of it
        if known is not None:
            return known
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
    sections = {table.path[1]: table for table in found if len(table.path) == 2 and table.path[0] == "economy"}
    _LAST = (proposal, invalid, found, sections)
    return iter(found)


_LAST: tuple[Proposal, frozenset[Path], tuple[Table, ...], dict[str | int, Table]] | None = None


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


def all_whole(proposal: Proposal) -> bool:
    """Whether every amount of the proposal is a whole number as written (most proposals): then none looks misread.

    One look at all the figures, for the proposal checked last; each table is then known whole too.
    """
    global _LAST_WHOLE
    last = _LAST_WHOLE
    if last is None or last[0] is not proposal:
        found = tuple(tables(proposal))
        figures: list[Decimal | None] = []
        for table in found:
            for row in table.rows:
                figures.extend(row.values.values())
            if table.total is not None:
                figures.extend(table.total.values())
        for _, values, _ in other_amounts(proposal):
            figures.extend(values.values())
        last = _LAST_WHOLE = (proposal, whole(figures))
        if last[1]:
            for table in found:
                table._known["whole"] = True
    return last[1]


_LAST_WHOLE: tuple[Proposal, bool] | None = None


def other_amounts(proposal: Proposal) -> Iterator[tuple[Path, Amounts, Table | None]]:
    """The amounts mappings that are no table's rows or total, with the table they belong to: the sections' subtotals and the total impact.

    With each table's :meth:`Table.amounts` before them, every amounts mapping of the proposal.
    """
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
