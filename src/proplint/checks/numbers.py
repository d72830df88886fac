"""N rules: signs, decimals and year columns."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from proplint.checks.arithmetic import show
from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.tables import PRECISE_UNITS, all_whole, cell, looks_misread, other_amounts, section, tables, whole
from proplint.findings import Hit
from proplint.phrases import Phrase
from proplint.model import Amounts, Kind, Proposal, RowType, Unit
from proplint.paths import Path


@check_spec(args=("year", "amount", "label"))
def negative_cost(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N201: a negative implementation cost, reported once per row at its first negative year."""
    economy = proposal.economy
    implementation = section(economy, "implementation") if economy else None
    if implementation is None:
        return
    for index, row in enumerate(implementation.rows):
        year = _first_year(row.values, _negative)
        if year is not None:
            amount = row.values[year]
            assert amount is not None
            yield context.hit(cell(implementation.path + ("rows", index, "values"), year), year=year, amount=amount, label=row.label)


@check_spec(args=("year", "amount", "label", "type"))
def sign_convention(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N202: a saving with a positive amount or a cost with a negative one."""
    for table in tables(proposal):
        if table.path[:2] == ("economy", "tables"):
            continue  # supporting tables repeat Table 1's rows: one mistake, one finding
        in_implementation = table.path == ("economy", "implementation")
        for index, row in enumerate(table.rows):
            if row.type is None:
                continue
            wrong = _positive if row.type is RowType.SAVING else _negative
            if row.type is RowType.COST and in_implementation:
                continue  # N201 reports negative implementation costs
            year = _first_year(row.values, wrong)
            if year is not None:  # the words of a finding are worked out only for one
                yield _wrong_sign(context, table.path + ("rows", index, "values"), row.values, year, label=row.label, type=Phrase(row.type.value))


@attrs.frozen
class SignKeywords:
    """N203's parameters: words that make a row's label read as a saving, or as a cost."""

    saving_keywords: tuple[str, ...] = ()
    cost_keywords: tuple[str, ...] = ()


@check_spec(params=SignKeywords, args=("year", "amount", "label", "reading"))
def suspicious_sign(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N203: an untyped row whose label reads as a saving or a cost carries the other sign.

    Not in ``admin_effect``: its rows are net effects on spending (negative is
    a reduction), and their labels say "udgifter" whatever the sign.
    """
    saving_words, cost_words = _keywords(context.typed(SignKeywords))
    for table in tables(proposal):
        if table.path[:2] == ("economy", "tables") or table.path in (("economy", "implementation"), ("admin_effect",)):
            continue
        for index, row in enumerate(table.rows):
            if row.type is not None or not row.label:
                continue
            label = row.label.casefold()
            saving = any(word in label for word in saving_words)
            cost = any(word in label for word in cost_words)
            if saving == cost:
                continue
            wrong = _positive if saving else _negative
            year = _first_year(row.values, wrong)
            if year is not None:
                reading = "saving" if saving else "cost"
                yield _wrong_sign(context, table.path + ("rows", index, "values"), row.values, year, label=row.label, reading=Phrase(reading))


def _keywords(keywords: SignKeywords) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keywords without case, worked out once per rule's parameters (the same object, file after file)."""
    global _LAST_KEYWORDS
    last = _LAST_KEYWORDS
    if last is None or last[0] is not keywords:
        saving = tuple(word.casefold() for word in keywords.saving_keywords)
        last = _LAST_KEYWORDS = (keywords, saving, tuple(word.casefold() for word in keywords.cost_keywords))
    return last[1], last[2]


_LAST_KEYWORDS: tuple[SignKeywords, tuple[str, ...], tuple[str, ...]] | None = None


@check_spec(args=("year", "amount"))
def net_cost(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N204: an efficiency proposal whose permanent total is positive in its last year."""
    economy = proposal.economy
    if proposal.kind is not Kind.EFFICIENCY or economy is None or not economy.years:
        return
    permanent = section(economy, "permanent")
    if permanent is None:
        return
    year = economy.years[-1]
    amount = permanent.total_or_sum(year)
    if amount is not None and amount > 0:
        path = permanent.path + ("total",) if permanent.total is not None else permanent.path
        yield context.hit(cell(path, year) if permanent.total is not None else path, year=year, amount=amount)


@check_spec(args=("amount", "digits", "unit"), optional=("guess",))
def thousands_separator(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N205: three or more decimals in a table of whole kroner or thousands."""
    if all_whole(proposal):
        return  # no figure has decimals written
    economy = proposal.economy
    default_unit = economy.unit if economy else None
    for table in tables(proposal):
        if table.unit in PRECISE_UNITS and not table.whole():  # else no figure of it looks misread
            for path, values in table.amounts():
                if not whole(values.values()):
                    yield from _misread(context, path, values, table.unit)
    for path, values, owner in other_amounts(proposal):
        if not whole(values.values()):  # else no decimals written (most amounts): none to count
            yield from _misread(context, path, values, owner.unit if owner is not None else default_unit)


def _misread(context: CheckContext, path: Path, values: Amounts, unit: Unit | None) -> Iterator[Hit]:
    for year, amount in values.items():
        if amount is None or not looks_misread(amount, unit):
            continue
        exponent = amount.as_tuple().exponent
        assert isinstance(exponent, int)
        args = {"amount": show(amount), "digits": -exponent, "unit": unit.value if unit else ""}
        if exponent == -3:
            args["guess"] = show(amount.scaleb(3))
        yield context.hit(cell(path, year), **args)


@check_spec(args=("year", "amount", "columns"))
def year_outside_columns(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N206: an amount for a year that is not one of the year columns."""
    for table in tables(proposal):
        if table.years and table.outside_columns():
            for path, values in table.amounts():
                yield from _outside(context, path, values, table.years)
    for path, values, owner in other_amounts(proposal):
        columns = owner.years if owner is not None else (proposal.economy.years if proposal.economy else [])
        if columns and not values.keys() <= set(columns):  # else every year is a column (most amounts)
            yield from _outside(context, path, values, columns)


def _outside(context: CheckContext, path: Path, values: Amounts, columns: Sequence[int]) -> Iterator[Hit]:
    for year, amount in values.items():
        if year not in columns and amount is not None:
            yield context.hit(cell(path, year), year=year, amount=amount, columns=_span(columns))


@check_spec(args=("year", "previous"))
def years_not_contiguous(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N207: the year columns are not ascending and contiguous (reported at the first break)."""
    economy = proposal.economy
    if economy is None:
        return
    for index in range(1, len(economy.years)):
        previous, year = economy.years[index - 1], economy.years[index]
        if year != previous + 1:
            yield context.hit(("economy", "years", index), year=year, previous=previous)
            return


def _wrong_sign(context: CheckContext, path: Path, values: Amounts, year: int, **args: object) -> Hit:
    """The hit of a row whose first amount of the wrong sign is the one of ``year`` (:func:`_first_year`)."""
    amount = values[year]
    assert amount is not None
    return context.hit(cell(path, year), year=year, amount=amount, **args)


def _first_year(values: dict[int, Decimal | None], wrong: object) -> int | None:
    figures = [amount for amount in values.values() if amount is not None]
    if not figures or (wrong is _positive and max(figures) <= 0) or (wrong is _negative and min(figures) >= 0):
        return None  # no figure of the wrong sign (most rows)
    for year in sorted(values):
        amount = values[year]
        if amount is not None and wrong(amount):  # type: ignore[operator]
            return year
    return None


def _positive(amount: Decimal) -> bool:
    return amount > 0


def _negative(amount: Decimal) -> bool:
    return amount < 0


def _span(columns: Sequence[int]) -> str:
    return f"{columns[0]}–{columns[-1]}" if len(columns) > 1 else str(columns[0])
