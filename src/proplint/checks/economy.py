"""E rules: payback and the sections each kind of proposal has."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from proplint.checks.arithmetic import consistent, payback_period, running_total
from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.tables import cell, looks_misread
from proplint.findings import Hit
from proplint.phrases import Phrase
from proplint.model import Economy, Kind, Proposal

REQUIRED_SECTIONS = {
    Kind.INVESTMENT: ("permanent", "implementation", "total_impact", "payback_years"),
    Kind.EFFICIENCY: ("permanent",),
    Kind.INNOVATION: ("implementation",),
}
UNUSED_SECTIONS = {
    Kind.INVESTMENT: (),
    Kind.EFFICIENCY: ("implementation", "total_impact", "payback_years"),
    Kind.INNOVATION: ("permanent", "total_impact", "payback_years"),
}


def total_impact_by_year(economy: Economy) -> list[Decimal | None]:
    """The total impact per year column: as stated, unless it contradicts the rows (S103's case).

    Worked out once for the checks of one proposal that run one after another (E301, E302).
    """
    global _LAST_IMPACT
    last = _LAST_IMPACT
    if last is None or last[0] is not economy:
        last = _LAST_IMPACT = (economy, _total_impact_by_year(economy))
    return list(last[1])


_LAST_IMPACT: tuple[Economy, list[Decimal | None]] | None = None


def _total_impact_by_year(economy: Economy) -> list[Decimal | None]:
    derived = _impact(economy, service_only=False)
    if economy.total_impact is None:
        return derived
    stated = [economy.total_impact.get(year) for year in economy.years]
    for given, computed in zip(stated, derived, strict=True):
        if (given is None) != (computed is None) or (
            given is not None and computed is not None and not consistent(given, [computed])
        ):
            return derived
    return stated


def _impact(economy: Economy, service_only: bool) -> list[Decimal | None]:
    impact: list[Decimal | None] = []
    for year in economy.years:
        figures: list[Decimal] = []
        for name in ("permanent", "implementation"):
            found = getattr(economy, name)
            if found is None:
                continue
            for row in found.rows:
                if service_only and (row.area or "").strip().casefold() != "service":
                    continue
                amount = row.values.get(year)
                if amount is not None:
                    figures.append(amount)
        impact.append(sum(figures, Decimal(0)) if figures else None)
    return impact


def _figures_rejected(context: CheckContext) -> bool:
    """Whether a figure the payback depends on was rejected by the loader (D002 says so)."""
    return any(path[:2] in _IMPACT_PATHS for path in context.invalid)


_IMPACT_PATHS = {("economy", "permanent"), ("economy", "implementation"), ("economy", "total_impact"), ("economy", "years")}


_BASES = {"service": Phrase("service"), "total": Phrase("total")}


def _misread(economy: Economy) -> bool:
    """Whether an amount the payback runs over looks misread (N205): a running total through it means nothing."""
    global _LAST_MISREAD
    last = _LAST_MISREAD
    if last is None or last[0] is not economy:
        last = _LAST_MISREAD = (economy, _any_misread(economy))
    return last[1]


_LAST_MISREAD: tuple[Economy, bool] | None = None


def _any_misread(economy: Economy) -> bool:
    amounts: list[Decimal | None] = list((economy.total_impact or {}).values())
    for name in ("permanent", "implementation"):
        found = getattr(economy, name)
        if found is not None:
            amounts += list((found.total or {}).values())
            amounts += [amount for row in found.rows for amount in row.values.values()]
    return any(amount is not None and looks_misread(amount, economy.unit) for amount in amounts)


def _impact_source(economy: Economy, basis: str) -> Phrase:
    """What a computed payback was computed from, for the message."""
    if basis == "service":
        return Phrase("the service rows' impact by year")
    stated = economy.total_impact
    if stated is not None and total_impact_by_year(economy) == [stated.get(year) for year in economy.years]:
        return Phrase("the stated total impact by year")
    return Phrase("the total impact computed from the rows")


@check_spec(args=("basis", "source", "stated", "computed"))
def payback_mismatch(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """E301: a stated payback period differs from the one computed (not over an amount N205 calls misread)."""
    economy = proposal.economy
    if economy is None or economy.payback_years is None or not economy.years or _figures_rejected(context):
        return
    if _misread(economy):
        return
    if proposal.kind not in (Kind.INVESTMENT, None):
        return  # E304 reports a payback period on a kind that has none
    stated = {"service": economy.payback_years.service, "total": economy.payback_years.total}
    computed = {
        "service": payback_period(_impact(economy, service_only=True)),
        "total": payback_period(total_impact_by_year(economy)),
    }
    for basis in ("service", "total"):
        given = stated[basis]
        if given is None or given == computed[basis]:
            continue
        if basis == "total" and computed[basis] is None and proposal.kind is Kind.INVESTMENT:
            continue  # E302 says it never pays back
        result = computed[basis]
        yield context.hit(
            ("economy", "payback_years", basis),
            basis=_BASES[basis],
            source=_impact_source(economy, basis),
            stated=given,
            computed=Phrase("{years} years", years=result) if result is not None else Phrase("no payback within the years shown"),
        )


@check_spec(args=("year", "running", "source"))
def never_pays_back(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """E302: an investment's running total impact stays above zero through the last year (not over a misread amount)."""
    economy = proposal.economy
    if proposal.kind is not Kind.INVESTMENT or economy is None or not economy.years or _figures_rejected(context):
        return
    if _misread(economy):
        return
    impact = total_impact_by_year(economy)
    if all(amount is None for amount in impact) or payback_period(impact) is not None:
        return
    year = economy.years[-1]
    path = ("economy", "total_impact") if economy.total_impact is not None else ("economy",)
    yield context.hit(
        cell(path, year) if economy.total_impact is not None else path,
        year=year,
        running=running_total(impact),
        source=_impact_source(economy, "total"),
    )


@check_spec(args=("kind", "section"))
def missing_section(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """E303: a section the kind requires is absent."""
    economy = proposal.economy
    if economy is None or proposal.kind is None:
        return
    for name in REQUIRED_SECTIONS[proposal.kind]:
        if getattr(economy, name) is None:
            yield context.hit(("economy", name), kind=Phrase(proposal.kind.value), section=name)


@check_spec(args=("kind", "section"))
def unexpected_section(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """E304: a section the kind does not use."""
    economy = proposal.economy
    if economy is None or proposal.kind is None:
        return
    for name in UNUSED_SECTIONS[proposal.kind]:
        if getattr(economy, name) is not None:
            yield context.hit(("economy", name), kind=Phrase(proposal.kind.value), section=name)
