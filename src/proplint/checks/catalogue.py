"""S105–S107 and M902: a catalogue against its own total and against the proposal files it names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from decimal import Decimal

from proplint.checks.arithmetic import consistent
from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.tables import cell, normalise
from proplint.facts import is_template, split_source
from proplint.findings import Hit
from proplint.phrases import Phrase

if TYPE_CHECKING:  # the catalogue model loads when a catalogue is checked
    from proplint.facts import Facts
    from proplint.model import Catalogue, CatalogueEntry

_UNIT_SCALE = {"DKK": Decimal(1), "1000 DKK": Decimal(1000), "mio DKK": Decimal(1_000_000)}


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
        facts = _proposal(entry, context)
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
    """S107: an entry's source does not exist, cannot be read, or is not a proposal (or a collection lacks it)."""
    if context.origin is None:
        return
    for index, entry in enumerate(catalogue.entries):
        if not entry.source:
            continue
        where = ("entries", index, "source")
        name = entry.id or f"#{index + 1}"
        file, proposal = split_source(entry.source)
        if not (context.origin.parent / file).is_file():
            yield context.hit(where, detail=Phrase("entry {id}: the source {source!r} does not exist", id=name, source=entry.source))
            continue
        facts = context.source_facts(entry.source, entry.id)
        if facts is None and is_template(file):
            wanted = proposal or entry.id
            detail = (
                Phrase("entry {id}: {file!r} holds no proposal {proposal}", id=name, file=file, proposal=wanted)
                if wanted
                else Phrase("entry {id}: {file!r} holds several proposals: name one as {file}#ID", id=name, file=file)
            )
            yield context.hit(where, detail=detail)
        elif facts is None or facts.kind is None:
            yield context.hit(
                where, detail=Phrase("entry {id}: the source {source!r} cannot be read as a proplint document", id=name, source=entry.source)
            )
        elif facts.kind != "proposal":
            yield context.hit(
                where,
                detail=Phrase("entry {id}: the source {source!r} is a {kind}, not a proposal", id=name, source=entry.source, kind=facts.kind),
            )


@check_spec(document="catalogue", args=("id", "title", "file", "proposal_title"))
def entry_title(catalogue: Catalogue, context: CheckContext) -> Iterator[Hit]:
    """M902: an entry's title differs from its proposal's title."""
    for index, entry in enumerate(catalogue.entries):
        facts = _proposal(entry, context)
        if facts is None or not entry.title or not facts.title:
            continue
        if normalise(entry.title) != normalise(facts.title):
            yield context.hit(
                ("entries", index, "title"), id=entry.id or f"#{index + 1}", title=entry.title, file=entry.source, proposal_title=facts.title
            )


def _proposal(entry: CatalogueEntry, context: CheckContext) -> Facts | None:
    """The facts of the proposal an entry names, when it names a readable proposal (S107 reports the rest)."""
    if not entry.source or context.origin is None or not (context.origin.parent / split_source(entry.source)[0]).is_file():
        return None
    facts = context.source_facts(entry.source, entry.id)
    return facts if facts is not None and facts.kind == "proposal" else None


def _scale(proposal_unit: str | None, catalogue_unit: str | None) -> Decimal:
    """What a proposal's amounts are multiplied by to be read in the catalogue's unit."""
    if proposal_unit is None or catalogue_unit is None or proposal_unit == catalogue_unit:
        return Decimal(1)
    return _UNIT_SCALE[proposal_unit] / _UNIT_SCALE[catalogue_unit]
