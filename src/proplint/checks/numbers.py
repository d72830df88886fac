"""N rules: signs, decimals and year columns."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from proplint.checks.arithmetic import show
from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.tables import amounts, cell, looks_misread, section, tables
from proplint.findings import Hit
from proplint.phrases import Phrase
from proplint.model import Kind, Proposal, RowType


@check_spec(args=("year", "amount", "label"))
def negative_cost(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """N201: a negative implementation cost, reported once per row at its first negative year."""
    economy = proposal.economy
    implementation = section(economy, "implementation") if economy else None
    if implementation is None:
        return
    for index, row in enumerate(implementation.rows):
        year = _first_year(row.values, lambda amount: amount < 0)
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
            wrong = (lambda a: a > 0) if row.type is RowType.SAVING else (lambda a: a < 0)
            if row.type is RowType.COST and in_implementation:
                continue  # N201 reports negative implementation costs
            yield from _first_wrong(context, table.path + ("rows", index, "values"), row.values, wrong, label=row.label, type=Phrase(row.type.value))


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
    keywords = context.typed(SignKeywords)
    saving_words = [word.casefold() for word in keywords.saving_keywords]
    cost_words = [word.casefold() for word in keywords.cost_keywords]
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
            wrong = (lambda a: a > 0) if saving else (lambda a: a < 0)
            reading = "saving" if saving else "cost"
            yield from _first_wrong(context, table.path + ("rows", index, "values"), row.values, wrong, label=row.label, reading=Phrase(reading))


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
    economy = proposal.economy
    default_unit = economy.unit if economy else None
    for path, values, table in amounts(proposal):
        unit = table.unit if table is not None else default_unit
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
    for path, values, table in amounts(proposal):
        columns = table.years if table is not None else (proposal.economy.years if proposal.economy else [])
        if not columns:
            continue
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


def _first_wrong(
    context: CheckContext, path: tuple[str | int, ...], values: dict[int, Decimal | None], wrong: object, **args: object
) -> Iterator[Hit]:
    """One hit per row, at the first year whose amount has the wrong sign."""
    year = _first_year(values, wrong)
    if year is not None:
        amount = values[year]
        assert amount is not None
        yield context.hit(cell(path, year), year=year, amount=amount, **args)


def _first_year(values: dict[int, Decimal | None], wrong: object) -> int | None:
    for year in sorted(values):
        amount = values[year]
        if amount is not None and wrong(amount):  # type: ignore[operator]
            return year
    return None


def _span(columns: Sequence[int]) -> str:
    return f"{columns[0]}–{columns[-1]}" if len(columns) > 1 else str(columns[0])
