"""E rules: payback and the sections each kind of proposal has."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from proplint.checks.arithmetic import consistent, payback_period, running_total
from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.tables import any_misread, cell, row_sums, section
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
    return list(_impacts(economy)[0])


def _impacts(economy: Economy) -> tuple[list[Decimal | None], list[Decimal | None]]:
    """The total impact by year column (:func:`total_impact_by_year`) and the service rows' impact, once per economy."""
    last = _worked_out(economy)
    return last[1], last[2]


def _paybacks(economy: Economy) -> tuple[int | None, int | None]:
    """The payback periods of the total impact and of the service rows' impact (:func:`payback_period`), once per economy."""
    last = _worked_out(economy)
    return last[3], last[4]


def _worked_out(economy: Economy) -> tuple[Economy, list[Decimal | None], list[Decimal | None], int | None, int | None]:
    global _LAST_IMPACT
    last = _LAST_IMPACT
    if last is None or last[0] is not economy:
        derived, service = _impact(economy)
        total = _total_impact_by_year(economy, derived)
        payback = payback_period(total)
        last = _LAST_IMPACT = (economy, total, service, payback, payback if service == total else payback_period(service))
    return last


_LAST_IMPACT: tuple[Economy, list[Decimal | None], list[Decimal | None], int | None, int | None] | None = None


def _total_impact_by_year(economy: Economy, derived: list[Decimal | None]) -> list[Decimal | None]:
    if economy.total_impact is None:
        return derived
    stated = [economy.total_impact.get(year) for year in economy.years]
    for given, computed in zip(stated, derived, strict=True):
        if (given is None) != (computed is None) or (
            given is not None and computed is not None and given != computed and not consistent(given, [computed])
        ):
            return derived
    return stated


def _impact(economy: Economy) -> tuple[list[Decimal | None], list[Decimal | None]]:
    """The sum of the sections' rows by year column (``None`` where all are empty): of every row, and of the service rows.

    Summed as the rows come, the permanent section's before the implementation's, from the sums the S rules worked out.
    """
    every: list[dict[int, tuple[Decimal, list[Decimal]]]] = []
    service: list[dict[int, tuple[Decimal, list[Decimal]]]] = []
    for name in ("permanent", "implementation"):
        table = section(economy, name)
        if table is None:
            continue
        sums = table.row_sums()
        every.append(sums)
        rows = [row for row in table.rows if (row.area or "").strip().casefold() == "service"]
        service.append(sums if len(rows) == len(table.rows) else row_sums(rows))
    total = _by_year(every, economy.years)
    if all(mine is theirs for mine, theirs in zip(service, every)):
        return total, list(total)  # every row is a service row (most proposals)
    return total, _by_year(service, economy.years)


def _by_year(sums: list[dict[int, tuple[Decimal, list[Decimal]]]], years: list[int]) -> list[Decimal | None]:
    """Each year's sum of the figures of the sections' row sums (``sums``); ``None`` where there are none."""
    if len(sums) == 1:
        return [found[0] if (found := sums[0].get(year)) is not None else None for year in years]
    if not sums:
        return [None for _ in years]
    first, second = sums
    impact: list[Decimal | None] = []
    for year in years:
        one, other = first.get(year), second.get(year)
        if one is None or other is None:
            impact.append(one[0] if one is not None else other[0] if other is not None else None)  # one section's sum
        else:
            impact.append(sum(one[1] + other[1], _ZERO))
    return impact


_ZERO = Decimal(0)


def _figures_rejected(context: CheckContext) -> bool:
    """Whether a figure the payback depends on was rejected by the loader (D002 says so)."""
    return bool(context.invalid) and any(path[:2] in _IMPACT_PATHS for path in context.invalid)


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
    for name in ("permanent", "implementation"):
        table = section(economy, name)
        if table is not None and table.misread_years():  # its rows and total, in the economy's unit
            return True
    return any_misread((economy.total_impact or {}).values(), economy.unit)


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
    if proposal.kind not in (Kind.INVESTMENT, None):
        return  # E304 reports a payback period on a kind that has none
    stated = {"service": economy.payback_years.service, "total": economy.payback_years.total}
    total, service = _paybacks(economy)
    computed = {"service": service, "total": total}
    wrong = [
        basis
        for basis in ("service", "total")
        if stated[basis] is not None and stated[basis] != computed[basis]
        and not (basis == "total" and computed[basis] is None and proposal.kind is Kind.INVESTMENT)  # E302 says it never pays back
    ]
    if not wrong or _misread(economy):
        return  # a misread amount is N205's: the running total through it means nothing
    for basis in wrong:
        given, result = stated[basis], computed[basis]
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
    impact = total_impact_by_year(economy)
    if all(amount is None for amount in impact) or _paybacks(economy)[0] is not None or _misread(economy):
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
