"""S105–S107 and M902: a catalogue against its own total and against the proposal files it names.

The proposals come resolved by the link stage (:mod:`proplint.linking`): these checks never read a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from decimal import Decimal

from proplint.checks.arithmetic import consistent
from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.tables import cell, normalise
from proplint.findings import Hit
from proplint.linking import Link, Problem
from proplint.model.enums import UNIT_KRONER, Unit
from proplint.phrases import Phrase

if TYPE_CHECKING:  # the catalogue model loads when a catalogue is checked
    from proplint.model import Catalogue

@check_spec(document="catalogue", args=("year", "total", "sum", "difference"))
def catalogue_total(catalogue: Catalogue, context: CheckContext) -> Iterator[Hit]:
    """S105: the catalogue's total ≠ the sum of its entries in a year."""
    if catalogue.total is None:
        return
    for year in catalogue.years:
        total = catalogue.total.get(year)
        if total is None or _suspect(year, context):
            continue
        parts = [amount for entry in catalogue.entries if (amount := entry.values.get(year)) is not None]
        summed = sum(parts, Decimal(0))
        if not consistent(total, parts, context.exact):
            yield context.hit(
                cell(("total",), year), year=year, total=total, sum=summed, difference=abs(total - summed)
            )


def _suspect(year: int, context: CheckContext) -> bool:
    """Whether the loader rejected the year's total, an entry's amount for the year, or a whole entry or total."""
    for path in context.invalid:
        if path[:1] == ("total",):
            cell = path[1:2]
        elif path[:1] == ("entries",):
            cell = path[3:4]  # ("entries", index, "values", year)
        else:
            continue
        if not cell or str(cell[0]) == str(year):
            return True
    return False


@check_spec(document="catalogue", args=("year", "id", "value", "file", "figure", "difference"))
def catalogue_entry(catalogue: Catalogue, context: CheckContext) -> Iterator[Hit]:
    """S106: an entry ≠ the permanent total of the proposal file it names, year by year."""
    for index, entry in enumerate(catalogue.entries):
        link = context.link(index)
        facts = link.proposal_facts if link is not None else None
        if facts is None:
            continue
        scale = _scale(facts.unit, catalogue.unit.value if catalogue.unit is not None else None)
        for year in catalogue.years:
            stated = entry.values.get(year)
            held = facts.permanent.get(year)
            if stated is None and held is None:
                continue
            figure = held * scale if held is not None else Decimal(0)
            value = stated if stated is not None else Decimal(0)
            parts = [figure] if held is not None else []
            if consistent(value, parts, context.exact) and (held is not None or stated is None or stated == 0):
                continue
            yield context.hit(
                cell(("entries", index, "values"), year),
                year=year,
                id=entry.id or f"#{index + 1}",
                value=value,
                file=entry.source,
                figure=figure,
                difference=abs(value - figure),
            )


@check_spec(document="catalogue", args=("detail",))
def catalogue_source(catalogue: Catalogue, context: CheckContext) -> Iterator[Hit]:
    """S107: an entry's source does not exist, cannot be read, is outside the project, or is not a proposal."""
    for index, entry in enumerate(catalogue.entries):
        link = context.link(index)
        if link is None or link.problem is None:
            continue
        yield context.hit(("entries", index, "source"), detail=_problem(link, entry.id or f"#{index + 1}"))


def _problem(link: Link, name: str) -> Phrase:
    """S107's words for why an entry's source gives no proposal."""
    source, file, problem = link.source, link.file, link.problem
    if problem is Problem.OUTSIDE:
        return Phrase("entry {id}: the source {source!r} is outside the project: not read", id=name, source=source)
    if problem is Problem.NOT_REGULAR:
        return Phrase("entry {id}: the source {source!r} is not a regular file (a directory, a pipe or a device): not read", id=name, source=source)
    if problem is Problem.NAME_TOO_LONG:
        return Phrase("entry {id}: the source {source!r} has a name longer than the system allows", id=name, source=source)
    if problem is Problem.UNREADABLE:
        return Phrase("entry {id}: the source {source!r} cannot be read: {problem}", id=name, source=source, problem=Phrase(str(link.reason)))
    if problem is Problem.NO_SUCH_PROPOSAL:
        return Phrase("entry {id}: {file!r} holds no proposal {proposal}", id=name, file=file, proposal=link.proposal)
    if problem is Problem.SEVERAL:
        return Phrase("entry {id}: {file!r} holds several proposals: name one as {file}#ID", id=name, file=file)
    if problem is Problem.NOT_PROPLINT:
        return Phrase("entry {id}: the source {source!r} cannot be read as a proplint document", id=name, source=source)
    if problem is Problem.NOT_A_PROPOSAL:
        kind = link.facts.kind if link.facts is not None else None
        return Phrase("entry {id}: the source {source!r} is a {kind}, not a proposal", id=name, source=source, kind=kind)
    return Phrase("entry {id}: the source {source!r} does not exist", id=name, source=source)


@check_spec(document="catalogue", args=("id", "title", "file", "proposal_title"))
def entry_title(catalogue: Catalogue, context: CheckContext) -> Iterator[Hit]:
    """M902: an entry's title differs from its proposal's title."""
    for index, entry in enumerate(catalogue.entries):
        link = context.link(index)
        facts = link.proposal_facts if link is not None else None
        if facts is None or not entry.title or not facts.title:
            continue
        if normalise(entry.title) != normalise(facts.title):
            yield context.hit(
                ("entries", index, "title"), id=entry.id or f"#{index + 1}", title=entry.title, file=entry.source, proposal_title=facts.title
            )


def _scale(proposal_unit: str | None, catalogue_unit: str | None) -> Decimal:
    """What a proposal's amounts are multiplied by to be read in the catalogue's unit."""
    if proposal_unit is None or catalogue_unit is None or proposal_unit == catalogue_unit:
        return Decimal(1)
    return UNIT_KRONER[Unit(proposal_unit)] / UNIT_KRONER[Unit(catalogue_unit)]
