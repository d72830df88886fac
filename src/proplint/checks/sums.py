"""S rules: totals against the rows and tables they sum."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from proplint.checks.arithmetic import consistent
from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.tables import Table, cell, normalise, section, tables
from proplint.findings import Hit
from proplint.phrases import Phrase
from proplint.model import Proposal, Row


_ZERO = Decimal(0)
_NOTHING: tuple[Decimal, list[Decimal]] = (_ZERO, [])


@check_spec(args=("year", "total", "sum", "difference", "table"))
def section_total(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """S101: a total differs from the sum of its rows in a year."""
    for table in tables(proposal, context.invalid):
        if table.total is None:
            continue
        sums = table.row_sums()
        for year in table.years:
            total = table.total.get(year)
            if total is None:
                continue
            summed, parts = sums.get(year, _NOTHING)
            if total == summed:
                continue  # most totals add up exactly: consistent, and nothing to be suspect of
            if table.suspect(year):
                continue
            if not consistent(total, parts, context.exact):
                yield context.hit(
                    cell(table.path + ("total",), year),
                    year=year,
                    total=total,
                    sum=summed,
                    difference=abs(total - summed),
                    table=table.label,
                )


@check_spec(args=("detail",))
def missing_total(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """S102: rows without a total row, or a total empty in a year the rows fill."""
    for table in tables(proposal):
        if not table.rows:
            continue
        if table.total is None:
            yield context.hit(table.path + ("total",), detail=Phrase("the table {table!r} has rows but no total", table=table.label))
            continue
        for year in table.years:
            if table.total.get(year) is not None:
                continue  # stated (most years): S101 compares it
            summed, _ = table.row_sum(year)
            if summed is not None and summed != 0:
                yield context.hit(
                    cell(table.path + ("total",), year),
                    detail=Phrase("{year}: the total of the table {table!r} is empty but the rows sum to {sum}", year=year, table=table.label, sum=summed),
                )


@check_spec(args=("year", "stated", "permanent", "implementation", "expected", "difference"))
def total_impact(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """S103: total impact ≠ permanent total + implementation total in a year."""
    economy = proposal.economy
    if economy is None or economy.total_impact is None:
        return
    permanent = section(economy, "permanent", context.invalid)
    implementation = section(economy, "implementation", context.invalid)
    present = [table for table in (permanent, implementation) if table is not None]
    for year in economy.years:
        figures = [part for table in present if (part := table.total_or_sum(year)) is not None]
        expected = sum(figures, _ZERO)
        stated = economy.total_impact.get(year)
        if stated is not None and stated == expected:
            continue  # adds up exactly (most years): consistent, and nothing to be suspect of
        parts = [table.total_or_sum(year) if table else None for table in (permanent, implementation)]
        if any(table is not None and table.suspect(year) for table in (permanent, implementation)):
            continue
        if stated is None and expected == 0:
            continue
        if stated is not None and consistent(stated, figures, context.exact):
            continue
        # A total impact that agrees with the rows is right even where a section total
        # is wrong: S101 reports that total, once.
        row_sums = [table.row_sum(year)[0] if table else None for table in (permanent, implementation)]
        if stated is not None and consistent(stated, [part for part in row_sums if part is not None], context.exact):
            continue
        yield context.hit(
            cell(("economy", "total_impact"), year),
            year=year,
            stated=Phrase("empty") if stated is None else stated,
            permanent=parts[0] if parts[0] is not None else Phrase("none"),
            implementation=parts[1] if parts[1] is not None else Phrase("none"),
            expected=expected,
            difference=abs((stated or Decimal(0)) - expected),
        )


@check_spec(args=("year", "what", "stated", "table", "expected", "section", "difference"))
def table_mismatch(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """S104: a supporting table disagrees with the Table 1 section it details."""
    economy = proposal.economy
    if economy is None:
        return
    for index, supporting in enumerate(economy.tables):
        if supporting.details is None:
            continue
        main = section(economy, supporting.details.value, context.invalid)
        if main is None:
            continue
        detail = Table(
            supporting.title or f"table {index + 2}",
            ("economy", "tables", index),
            supporting.rows,
            supporting.total,
            economy.years,
            economy.unit,
            context.invalid,
        )
        yield from _compare(detail, main, context)


def _pairs(detail: Table, main: Table) -> list[tuple[Row | None, Phrase | None]]:
    """Each supporting row's Table 1 row: by label, else (same number of rows) the row at its position, and how it was paired.

    Real supporting tables reword their labels ("Besparelse ved oplæring af
    borger" for "Reducer sygeplejetimer ved oplæring af borgere"); with as
    many rows as the section, the row in the same place is the one detailed.
    """
    main_rows = {normalise(row.label): row for row in main.rows if row.label}
    by_label = [main_rows.get(normalise(row.label)) if row.label else None for row in detail.rows]
    taken = {id(row) for row in by_label if row is not None}
    same_shape = len(detail.rows) == len(main.rows)
    pairs: list[tuple[Row | None, Phrase | None]] = []
    for index, (row, match) in enumerate(zip(detail.rows, by_label)):
        if match is not None:
            pairs.append((match, Phrase("row {label!r}", label=row.label)))
        elif same_shape and id(main.rows[index]) not in taken:
            other = main.rows[index]
            pairs.append((other, Phrase("row {label!r} (paired by position with {other!r})", label=row.label or "", other=other.label or "")))
        else:
            pairs.append((None, None))
    return pairs


def _compare(detail: Table, main: Table, context: CheckContext) -> Iterator[Hit]:
    pairs = _pairs(detail, main)
    for year in detail.years:
        if detail.suspect(year) or main.suspect(year):
            continue
        row_mismatch = False
        for row_index, (row, (match, what)) in enumerate(zip(detail.rows, pairs)):
            stated = row.values.get(year)
            expected = match.values.get(year) if match else None
            if what is None or stated is None or expected is None or consistent(stated, [expected], context.exact):
                continue
            row_mismatch = True
            yield _mismatch(context, detail.path + ("rows", row_index, "values"), year, what, stated, expected, detail, main)
        if row_mismatch or not (_self_consistent(detail, year, context.exact) and _self_consistent(main, year, context.exact)):
            continue  # one mistake, one finding: the row, or S101 on a total that misses its own rows
        stated = detail.total_or_sum(year)
        expected = main.total_or_sum(year)
        if stated is None or expected is None or consistent(stated, [expected], context.exact):
            continue
        path = detail.path + ("total",) if detail.total is not None else detail.path
        yield _mismatch(context, path, year, Phrase("the total"), stated, expected, detail, main)


def _self_consistent(table: Table, year: int, exact: bool) -> bool:
    if table.total is None or table.total.get(year) is None:
        return True
    total = table.total[year]
    assert total is not None
    return consistent(total, table.row_sum(year)[1], exact)


def _mismatch(
    context: CheckContext, path: tuple[str | int, ...], year: int, what: str | Phrase, stated: Decimal, expected: Decimal, detail: Table, main: Table
) -> Hit:
    return context.hit(
        cell(path, year) if path[-1] in ("total", "values") else path,
        year=year,
        what=what,
        stated=stated,
        expected=expected,
        difference=abs(stated - expected),
        table=detail.label,
        section=main.label,
    )
