"""The proposal (forslag) of format v1, as immutable attrs classes.

Fields the format requires carry ``metadata={"required": True}``; the loader
reports a missing one as D002 and leaves it ``None`` so the rules still run.
Parts that rules require (follow-up, risk, consultation) are plain optional
fields: ``None`` means the key is absent, an empty list that it is empty.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs

from proplint.model.enums import Answer, FollowUpGroup, Kind, RiskLevel, RowType, SectionName, Unit

REQUIRED = {"required": True}

Amounts = dict[int, Decimal | None]
"""Amounts by year; ``None`` is an empty cell."""


@attrs.frozen
class Row:
    """A labelled row of a table with its amounts by year."""

    label: str | None = attrs.field(default=None, metadata=REQUIRED)
    area: str | None = None
    type: RowType | None = None
    values: Amounts = attrs.field(factory=dict, metadata=REQUIRED)


@attrs.frozen
class Section:
    """A section of Table 1: its rows and its total row."""

    rows: list[Row] = attrs.field(factory=list)
    total: Amounts | None = None


@attrs.frozen
class SupportingTable:
    """Table 2, Table 3 …: a Table 1 section repeated in more detail."""

    title: str | None = None
    details: SectionName | None = None
    rows: list[Row] = attrs.field(factory=list)
    total: Amounts | None = None


@attrs.frozen
class Payback:
    """Tilbagebetalingstid, in years: on service rows only, and on all rows."""

    service: int | None = None
    total: int | None = None


@attrs.frozen
class Economy:
    """Økonomi: Table 1 and its supporting tables."""

    unit: Unit | None = attrs.field(default=None, metadata=REQUIRED)
    price_level: int | None = attrs.field(default=None, metadata=REQUIRED)
    years: list[int] = attrs.field(factory=list, metadata=REQUIRED)
    permanent: Section | None = None
    implementation: Section | None = None
    total_impact: Amounts | None = None
    payback_years: Payback | None = None
    tables: list[SupportingTable] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)


@attrs.frozen
class FollowUp:
    """A row of the follow-up table (opfølgning)."""

    goal: str | None = None
    measure: str | None = None
    responsible: str | None = None
    when: str | None = None
    group: FollowUpGroup | None = None


@attrs.frozen
class Risk:
    """Risikovurdering: a level and the text that explains it."""

    level: RiskLevel | None = None
    text: str | None = None


@attrs.frozen
class AdminEffect:
    """Effektivisering på administration: none, or a table of net effect."""

    none: bool | None = None
    unit: Unit | None = None
    years: list[int] = attrs.field(factory=list)
    rows: list[Row] = attrs.field(factory=list)
    total: Amounts | None = None


@attrs.frozen
class Consultation:
    """A row of "Hvem er hørt?": a party, its answer and the date of approval."""

    party: str | None = attrs.field(default=None, metadata=REQUIRED)
    answer: Answer | None = attrs.field(default=None, metadata=REQUIRED)
    date: datetime.date | None = None
    response: str | None = None


@attrs.frozen
class FutureInvestment:
    """An innovation proposal's coming investment proposal."""

    cost: Decimal | None = None
    expected_adoption: str | None = None
    potential: str | None = None
    criteria: dict[str, bool] = attrs.field(factory=dict)


@attrs.frozen
class Proposal:
    """An investment, innovation or efficiency proposal."""

    format: str | None = attrs.field(default=None, metadata=REQUIRED)
    document: str | None = None
    id: str | None = attrs.field(default=None, metadata=REQUIRED)
    title: str | None = attrs.field(default=None, metadata=REQUIRED)
    kind: Kind | None = attrs.field(default=None, metadata=REQUIRED)
    budget: str | None = None
    submitted: datetime.date | None = None
    summary: str | None = attrs.field(default=None, metadata=REQUIRED)
    presenting_administration: str | None = attrs.field(default=None, metadata=REQUIRED)
    affected_administrations: list[str] = attrs.field(factory=list)
    affected_units: str | None = None
    from_innovation_proposal: bool | None = None
    service_reduction: bool | None = None
    description: str | None = None
    economy: Economy | None = attrs.field(default=None, metadata=REQUIRED)
    follow_up: list[FollowUp] | None = None
    risk: Risk | None = None
    admin_effect: AdminEffect | None = None
    involvement: list[str] = attrs.field(factory=list)
    consultation: list[Consultation] | None = None
    future_investment: FutureInvestment | None = None
