"""The overview that opens the HTML report: one row per document, totals by kind and year, catalogues against their proposals.

Amounts are brought to one unit, ``1000 DKK``, so that documents written in
kroner and in millions can be added and compared (Decimal arithmetic only).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from proplint.findings import Severity
from proplint.model.enums import UNIT_KRONER, Unit
from proplint.phrases import N_

if TYPE_CHECKING:
    from proplint.facts import Facts
    from proplint.findings import Finding

Say = Callable[[str], str]

THOUSANDS = {unit.value: kroner / 1000 for unit, kroner in UNIT_KRONER.items()}
"""How many thousand kroner one unit is."""

_CLEAN = N_("no findings")
_HEAD = (N_("Id"), N_("Title"), N_("Kind"), N_("Status"), N_("Permanent total at full phase-in"),
         N_("Implementation costs"), N_("Payback"), N_("Findings"))


def in_thousands(amount: Decimal | None, unit: str | None) -> Decimal | None:
    """``amount`` in 1000 DKK (an unknown unit is taken as written: 1000 DKK is the template's)."""
    if amount is None:
        return None
    return amount * THOUSANDS.get(unit or Unit.THOUSAND_DKK.value, Decimal(1))


def worst(findings: Sequence[Finding]) -> Severity | None:
    return max((finding.severity for finding in findings), default=None)


ByDocument = Mapping[tuple[str, "str | None"], "list[Finding]"]
"""Findings by file and proposal (``None`` for a file of one document)."""


def ordered(facts: Sequence[Facts], by_document: ByDocument) -> list[Facts]:
    """Documents with findings first, the worst first; then by id (or title, or file)."""
    def key(document: Facts) -> tuple[int, str]:
        found = worst(by_document.get((document.file, document.document), []))
        return (-(int(found) if found is not None else 0), (document.id or document.title or document.file).casefold())

    return sorted(facts, key=key)


def anchor(index: int) -> str:
    """The id of the ``index``-th document's section."""
    return f"document-{index + 1}"


def overview(documents: list[Facts], by_document: ByDocument, _: Say, language: str) -> str:
    """``<table id="overview">``: one row per document, in the page's order, each linking to its section."""
    head = "".join(f'<th scope="col">{escape(_(name))}</th>' for name in _HEAD)
    rows = []
    for index, document in enumerate(documents):
        findings = by_document.get((document.file, document.document), [])
        found = worst(findings)
        status = found.label if found is not None else "clean"
        status_word = _(found.label) if found is not None else _(_CLEAN)
        last = max(document.permanent) if document.permanent else None
        phase_in = in_thousands(document.permanent.get(last), document.unit) if last is not None else None
        implementation = (
            in_thousands(sum(document.implementation.values(), Decimal(0)), document.unit) if document.implementation else None
        )
        payback = _("{years} years").format(years=document.payback) if document.payback is not None else "–"
        kind = _(document.proposal_kind or document.kind or N_("unreadable"))
        rows.append(
            f'<tr class="document" data-file="{escape(document.file, quote=True)}"{_document(document)} data-status="{status}">'
            f'<td><a href="#{anchor(index)}">{escape(document.id or "–")}</a></td>'
            f'<td><a href="#{anchor(index)}">{escape(document.title or document.file)}</a></td><td>{escape(kind)}</td>'
            f'<td class="{status}">{escape(status_word)}</td>'
            f'<td class="amount">{amount(phase_in, language)}</td><td class="amount">{amount(implementation, language)}</td>'
            f'<td class="amount">{escape(payback)}</td><td class="amount">{len(findings)}</td></tr>'
        )
    caption = escape(_("Overview")) + " (" + escape(_("amounts in {unit}").format(unit=_unit_name(language))) + ")"
    return (
        f'<table id="overview"><caption>{caption}</caption><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def totals(documents: list[Facts], _: Say, language: str) -> str:
    """``<table id="totals">``: permanent changes and implementation costs per kind of proposal and year, in 1000 DKK."""
    proposals = [document for document in documents if document.kind == "proposal"]
    years = sorted({year for document in proposals for year in (*document.permanent, *document.implementation)})
    if not years:
        return ""
    kinds = sorted({document.proposal_kind or "" for document in proposals})
    measures = (("permanent", N_("Permanent changes")), ("implementation", N_("Implementation costs")))
    rows = []
    for kind in [*kinds, None]:
        chosen = [document for document in proposals if kind is None or (document.proposal_kind or "") == kind]
        name = _(N_("All proposals")) if kind is None else _(kind or N_("unknown kind"))
        for measure, label in measures:
            cells = []
            for year in years:
                found = [in_thousands(getattr(document, measure).get(year), document.unit) for document in chosen]
                present = [value for value in found if value is not None]
                cells.append(f'<td class="amount">{amount(sum(present, Decimal(0)) if present else None, language)}</td>')
            row_class = "total" if kind is None else "kind"
            rows.append(f'<tr class="{row_class}"><th scope="row">{escape(name)}</th><td>{escape(_(label))}</td>{"".join(cells)}</tr>')
    head = "".join(f'<th scope="col">{year}</th>' for year in years)
    caption = escape(_("Totals by kind of proposal and year")) + " (" + escape(_unit_name(language)) + ")"
    return (
        f'<table id="totals"><caption>{caption}</caption><thead><tr><th scope="col">{escape(_("Kind"))}</th>'
        f'<th scope="col">{escape(_("Table 1"))}</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def catalogues(documents: list[Facts], _: Say, language: str) -> str:
    """Each catalogue's entries against the proposals they name: the catalogue's figure, the proposal's, the difference."""
    by_path = {_place(document.path, document.document): index for index, document in enumerate(documents) if document.path is not None}
    tables = []
    for number, catalogue in enumerate(document for document in documents if document.kind == "catalogue"):
        year = max(catalogue.years) if catalogue.years else None
        rows = []
        for entry in catalogue.entries:
            index = by_path.get(_place(entry.resolved, entry.proposal)) if entry.resolved is not None else None
            if index is None:
                index = next((i for i, d in enumerate(documents) if d.kind == "proposal" and d.id == entry.id), None)
            proposal = documents[index] if index is not None else None
            listed = in_thousands(entry.values.get(year), catalogue.unit) if year is not None else None
            own = in_thousands(proposal.permanent.get(year), proposal.unit) if proposal is not None and year is not None else None
            difference = own - listed if listed is not None and own is not None else None  # as S106 counts it
            state = "missing" if proposal is None else ("differs" if difference else "agrees")
            link = f'<a href="#{anchor(index)}">{escape(proposal.id or proposal.file)}</a>' if proposal is not None and index is not None else "–"
            rows.append(
                f'<tr class="entry {state}"><td>{escape(entry.id or "–")}</td><td>{escape(entry.title or "")}</td>'
                f'<td class="amount">{amount(listed, language)}</td><td>{link}</td><td class="amount">{amount(own, language)}</td>'
                f'<td class="amount">{amount(difference, language)}</td></tr>'
            )
        head = "".join(
            f'<th scope="col">{escape(_(name))}</th>'
            for name in (N_("Entry"), N_("Title"), N_("In the catalogue"), N_("Proposal"), N_("In the proposal"), N_("Difference"))
        )
        heading = _("{catalogue}: entries against their proposals").format(catalogue=catalogue.title or catalogue.file)
        suffix = f" ({year}, {_unit_name(language)})" if year is not None else ""
        tables.append(
            f'<table class="catalogue-entries" id="catalogue-{number + 1}" data-file="{escape(catalogue.file, quote=True)}">'
            f"<caption>{escape(heading)}{escape(suffix)}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    return "\n".join(tables)


def _document(document: Facts) -> str:
    """The ``data-document`` attribute of a proposal of a Word or Markdown collection."""
    return f' data-document="{escape(document.document, quote=True)}"' if document.document else ""


def _place(path: os.PathLike[str] | str | None, proposal: str | None) -> tuple[str, str | None]:
    """A document's file and, in a collection, its proposal (any case): what a catalogue entry names."""
    return (_same(path), proposal.strip().casefold() if proposal else None)


def amount(value: Decimal | None, language: str) -> str:
    if value is None:
        return "–"
    from proplint.danish import format_amount

    return escape(format_amount(value.normalize(), language))  # 1,550 mio DKK is 1550 thousand, not 1550.000


def _unit_name(language: str) -> str:
    return Unit.danish()[Unit.THOUSAND_DKK] if language == "da" else Unit.THOUSAND_DKK.value


def _same(path: os.PathLike[str] | str | None) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path))) if path is not None else ""
