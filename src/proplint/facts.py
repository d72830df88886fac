"""What other documents need to know of a document: small, picklable, kept after its full model is dropped.

A catalogue compares its entries with its proposals' facts; project checks
compare ids, titles and sources across files; the HTML report shows key
figures. None of them needs the whole document, so a large run stays small.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from proplint.checks.tables import section
from proplint.loading import LoadedDocument
from proplint.model import CaseColour, kind_of
from proplint.phrases import N_

Position = tuple[int, int]
Figure = Decimal | int | None
"""A key figure: an amount, a count, or unknown."""

TEMPLATE_SUFFIXES = (".docx", ".md", ".markdown")
"""Word documents and Markdown exports of the municipal template, read through the importer."""


def is_template(name: str) -> bool:
    """Whether a file name is a Word or Markdown document's (read through the importer, not as YAML)."""
    return name.lower().endswith(TEMPLATE_SUFFIXES)


def split_source(source: str) -> tuple[str, str | None]:
    """A catalogue source's file and, for a Word or Markdown collection, the proposal after ``#``.

    ``forslag-2027.docx#SU02`` → (``forslag-2027.docx``, ``SU02``); a ``#`` in any
    other name is part of the name, so existing catalogues read as before.
    """
    file, hash_sign, proposal = source.rpartition("#")
    if hash_sign and is_template(file) and proposal.strip():
        return file, proposal.strip()
    return source, None


@attrs.frozen
class Entry:
    """A catalogue entry: where it is, what it names, and the proposal file it points at."""

    id: str | None
    title: str | None
    resolved: Path | None
    """The source's file, resolved against the catalogue's directory (without a ``#`` proposal)."""
    values: dict[int, Decimal] = attrs.field(factory=dict)
    """The catalogue's figures for the proposal by year (its permanent total), for the HTML report."""
    proposal: str | None = None
    """The proposal the entry names in a Word or Markdown source: after ``#``, else the entry's id."""


@attrs.frozen
class Facts:
    """A checked document's kind, identity and key figures."""

    file: str
    path: Path | None
    kind: str | None
    """The document kind (``proposal``, ``catalogue`` …), or ``None`` when it could not be read as one."""
    id: str | None = None
    title: str | None = None
    id_at: Position | None = (1, 1)
    proposal_kind: str | None = None
    unit: str | None = None
    years: tuple[int, ...] = ()
    permanent: dict[int, Decimal] = attrs.field(factory=dict)
    """The permanent total (or, where it is missing, the sum of its rows) by year."""
    implementation: dict[int, Decimal] = attrs.field(factory=dict)
    total_impact: dict[int, Decimal] = attrs.field(factory=dict)
    payback: int | None = None
    """The stated total payback period in years."""
    entries: tuple[Entry, ...] = ()
    figures: tuple[tuple[str, Figure], ...] = ()
    """Key figures of catalogues and status reports, as (label, value) for the HTML report."""
    document: str | None = None
    """The proposal's id when it is one of several in a Word or Markdown file (the findings' ``document``)."""


def facts_of(document: LoadedDocument, model: Any, path: Path | None) -> Facts:
    """The facts of a structured document."""
    kind = kind_of(model) if model is not None else ""
    if kind == "proposal":
        return _proposal_facts(document, model, path)
    if kind == "catalogue":
        return _catalogue_facts(document, model, path)
    if kind == "case-status":
        return Facts(file=document.file, path=path, kind=kind, title=model.committee, unit=_unit(model.unit), figures=_case_figures(model))
    if kind == "effect-status":
        return Facts(file=document.file, path=path, kind=kind, title=model.strategy, figures=_effect_figures(model))
    return Facts(file=document.file, path=path, kind=None)


def _unit(unit: Any) -> str | None:
    return unit.value if unit is not None else None


def _case_figures(report: Any) -> tuple[tuple[str, Figure], ...]:
    investment = sum((case.investment for case in report.cases if case.investment is not None), Decimal(0))
    efficiency = sum((case.efficiency for case in report.cases if case.efficiency is not None), Decimal(0))
    off_track = sum(case.status in (CaseColour.YELLOW, CaseColour.RED) for case in report.cases)
    return (
        (N_("Cases"), len(report.cases)),
        (N_("Yellow or red"), off_track),
        (N_("Investment"), investment),
        (N_("Efficiency"), efficiency),
    )


def _effect_figures(report: Any) -> tuple[tuple[str, Figure], ...]:
    initiatives = [initiative for theme in report.themes for initiative in theme.initiatives]
    return (
        (N_("Themes"), len(report.themes)),
        (N_("Initiatives"), len(initiatives)),
        (N_("Needing changes or closing"), sum(i.status is not None and i.status.value != "as_planned" for i in initiatives)),
        (N_("Effect goals"), sum(len(theme.goals) for theme in report.themes)),
    )


def _proposal_facts(document: LoadedDocument, proposal: Any, path: Path | None) -> Facts:
    economy = proposal.economy
    years = tuple(economy.years) if economy is not None else ()
    figures: dict[str, dict[int, Decimal]] = {"permanent": {}, "implementation": {}}
    if economy is not None:
        for name, by_year in figures.items():
            table = section(economy, name)  # the checks' table, with its row sums
            if table is not None:
                for year in years:
                    amount = table.total_or_sum(year)
                    if amount is not None:
                        by_year[year] = amount
    impact = {year: amount for year, amount in ((economy.total_impact or {}) if economy else {}).items() if amount is not None}
    payback = economy.payback_years.total if economy is not None and economy.payback_years is not None else None
    return Facts(
        file=document.file,
        path=path,
        kind="proposal",
        id=proposal.id,
        title=proposal.title,
        id_at=document.locate(("id",)),
        proposal_kind=proposal.kind.value if proposal.kind is not None else None,
        unit=economy.unit.value if economy is not None and economy.unit is not None else None,
        years=years,
        permanent=figures["permanent"],
        implementation=figures["implementation"],
        total_impact=impact,
        payback=payback,
    )


def _catalogue_facts(document: LoadedDocument, catalogue: Any, path: Path | None) -> Facts:
    entries = []
    for entry in catalogue.entries:
        file, proposal = split_source(entry.source) if entry.source else (None, None)
        resolved = (path.parent / file) if path is not None and file else None
        if file and is_template(file) and proposal is None:
            proposal = entry.id
        entries.append(
            Entry(
                id=entry.id,
                title=entry.title,
                resolved=resolved,
                values={year: amount for year, amount in (entry.values or {}).items() if amount is not None},
                proposal=proposal,
            )
        )
    last = max(catalogue.years) if catalogue.years else None
    total = (catalogue.total or {}).get(last) if last is not None else None
    figures: tuple[tuple[str, Figure], ...] = (
        (N_("Entries"), len(entries)),
        (N_("Total") + (f" ({last})" if last is not None else ""), total),
    )
    return Facts(
        file=document.file,
        path=path,
        kind="catalogue",
        figures=figures,
        title=catalogue.title,
        unit=catalogue.unit.value if catalogue.unit is not None else None,
        years=tuple(catalogue.years),
        entries=tuple(entries),
    )
