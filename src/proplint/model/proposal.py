"""The proposal (forslag) of format v1, as immutable attrs classes.

Fields the format requires carry ``metadata={"required": True}``; the loader
reports a missing one as D002 and leaves it ``None`` so the rules still run.
Parts that rules require (follow-up, risk, consultation) are optional fields
marked ``PART``: ``None`` means the key is absent, an empty list that it is
empty. Each field's docstring is its description in the JSON Schema.
"""

import datetime
from decimal import Decimal

import attrs

from proplint.model.enums import Answer, FollowUpGroup, Kind, RiskLevel, RowType, SectionName, Unit

REQUIRED = {"required": True}
PART = {"part": True}
"""A part the format requires whose absence a rule reports (C601, F401, R501), so the model accepts it."""

Amounts = dict[int, Decimal | None]
"""Amounts by year; ``None`` is an empty cell."""


@attrs.frozen
class Row:
    """A labelled row of a table with its amounts by year."""

    label: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The row's label, as in the template."""
    area: str | None = None
    """The steering area (Service, Anlæg, Overførsler …); in a supporting table, the budget line."""
    type: RowType | None = None
    """saving or cost; when absent, inferred from the label's keywords."""
    values: Amounts = attrs.field(factory=dict, metadata=REQUIRED)
    """The row's amounts by year."""


@attrs.frozen
class Section:
    """A section of Table 1: its rows and its total row."""

    rows: list[Row] = attrs.field(factory=list)
    """The section's rows."""
    total: Amounts | None = None
    """The section's total row, by year."""
    subtotals: dict[str, Amounts] = attrs.field(factory=dict)
    """Subtotals by steering area ("Samlede implementeringsomkostninger, service"): not rows, never added into the total."""


@attrs.frozen
class SupportingTable:
    """Table 2, Table 3 …: a Table 1 section repeated in more detail."""

    title: str | None = None
    """The table's title, e.g. "Tabel 3. Varige ændringer, service"."""
    details: SectionName | None = None
    """The Table 1 section this table details: permanent or implementation."""
    rows: list[Row] = attrs.field(factory=list)
    """The table's rows; area holds the budget line."""
    total: Amounts | None = None
    """The table's total row, by year."""


@attrs.frozen
class Payback:
    """Tilbagebetalingstid, in years: on service rows only, and on all rows."""

    service: int | None = None
    """Years until the service rows alone pay back the implementation costs."""
    total: int | None = None
    """Years until all rows pay back the implementation costs."""


@attrs.frozen
class Economy:
    """Økonomi: Table 1 and its supporting tables."""

    unit: Unit | None = attrs.field(default=None, metadata=REQUIRED)
    """The unit amounts are written in: 1000 DKK, DKK or mio DKK."""
    price_level: int | None = attrs.field(default=None, metadata=REQUIRED)
    """The price level ("p/l"), a year."""
    years: list[int] = attrs.field(factory=list, metadata=REQUIRED)
    """The year columns, ascending and contiguous."""
    permanent: Section | None = None
    """Varige ændringer: permanent changes (investment and efficiency proposals)."""
    implementation: Section | None = None
    """Implementeringsomkostninger: implementation costs (investment and innovation proposals)."""
    total_impact: Amounts | None = None
    """Samlet økonomisk påvirkning: permanent changes plus implementation costs, by year (investment proposals)."""
    payback_years: Payback | None = None
    """Tilbagebetalingstid (investment proposals)."""
    tables: list[SupportingTable] = attrs.field(factory=list)
    """Table 2, Table 3 …: Table 1 sections in more detail."""
    notes: list[str] = attrs.field(factory=list)
    """Notes under the tables."""
    text: str | None = None
    """The prose of the Økonomi section; the W rules compare its figures with the tables."""


@attrs.frozen
class FollowUp:
    """A row of the follow-up table (opfølgning)."""

    goal: str | None = None
    """What is to be achieved."""
    measure: str | None = None
    """How it is measured."""
    responsible: str | None = None
    """Who is responsible."""
    when: str | None = None
    """When it is followed up."""
    group: FollowUpGroup | None = None
    """milestone or realisation."""


@attrs.frozen
class Risk:
    """Risikovurdering: a level and the text that explains it."""

    level: RiskLevel | None = None
    """The concluding level: none, low, medium or high (ingen, lav, mellem, høj)."""
    text: str | None = None
    """The assessment that explains the level."""


@attrs.frozen
class AdminEffect:
    """Effektivisering på administration: none, or a table of net effect."""

    none: bool | None = None
    """true when the proposal has no administrative effect."""
    unit: Unit | None = None
    """The unit of the amounts, as in economy."""
    years: list[int] = attrs.field(factory=list)
    """The year columns."""
    rows: list[Row] = attrs.field(factory=list)
    """The table's rows."""
    total: Amounts | None = None
    """The net effect by year."""


@attrs.frozen
class Consultation:
    """A row of "Hvem er hørt?": a party, its answer and the date of approval."""

    party: str | None = attrs.field(default=None, metadata=REQUIRED)
    """Who was consulted."""
    answer: Answer | None = attrs.field(default=None, metadata=REQUIRED)
    """yes, no or not_relevant (ja, nej, ikke relevant)."""
    date: datetime.date | None = None
    """The date of approval (YYYY-MM-DD); not later than the proposal's submitted date."""
    response: str | None = None
    """The party's response."""


@attrs.frozen
class FutureInvestment:
    """An innovation proposal's coming investment proposal."""

    cost: Decimal | None = None
    """The expected investment."""
    expected_adoption: str | None = None
    """When the investment proposal is expected."""
    potential: str | None = None
    """The expected potential."""
    criteria: dict[str, bool] = attrs.field(factory=dict)
    """Criterion name to yes or no (cross-cutting efficiency, large-scale potential …)."""


@attrs.frozen
class Proposal:
    """An investment, innovation or efficiency proposal."""

    format: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The format and its version: proplint/1."""
    document: str | None = None
    """The document kind; proposal when absent."""
    id: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The proposal number, e.g. SU04."""
    title: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The proposal's title."""
    kind: Kind | None = attrs.field(default=None, metadata=REQUIRED)
    """investment, innovation or efficiency (investeringsforslag, innovationsforslag, effektiviseringsforslag)."""
    budget: str | None = None
    """The budget process, e.g. Budget 2026."""
    submitted: datetime.date | None = None
    """The date of the proposal (YYYY-MM-DD); consultation dates may not be later."""
    summary: str | None = attrs.field(default=None, metadata=REQUIRED)
    """Kort resumé: the short summary."""
    presenting_administration: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The administration that presents the proposal."""
    affected_administrations: list[str] = attrs.field(factory=list)
    """Other administrations affected."""
    affected_units: str | None = None
    """The units affected."""
    from_innovation_proposal: bool | None = None
    """Whether it follows an innovation proposal."""
    service_reduction: bool | None = None
    """Whether it reduces service."""
    description: str | None = None
    """The proposal's description."""
    economy: Economy | None = attrs.field(default=None, metadata=REQUIRED)
    """Økonomi: Table 1 and its supporting tables."""
    follow_up: list[FollowUp] | None = attrs.field(default=None, metadata=PART)
    """Opfølgning: the follow-up rows."""
    risk: Risk | None = attrs.field(default=None, metadata=PART)
    """Risikovurdering: the risk assessment."""
    admin_effect: AdminEffect | None = None
    """Effektivisering på administration."""
    involvement: list[str] = attrs.field(factory=list)
    """Partners involved."""
    consultation: list[Consultation] | None = attrs.field(default=None, metadata=PART)
    """Hvem er hørt?: an empty list states that no consultation was relevant."""
    future_investment: FutureInvestment | None = None
    """Innovation proposals: the coming investment proposal."""
