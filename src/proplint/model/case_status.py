"""The case status report (document: case-status): earlier approved cases and how they are going."""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs

from proplint.model.enums import CaseColour, CaseType, Unit
from proplint.model.proposal import REQUIRED


@attrs.frozen
class Case:
    """One approved investment or innovation case."""

    number: int | None = attrs.field(default=None, metadata=REQUIRED)
    """The case's number in the report."""
    title: str | None = None
    """The case's title."""
    adopted_in: str | None = None
    """The budget that adopted it, e.g. Budget 2024."""
    type: CaseType | None = None
    """investment or innovation."""
    status: CaseColour | None = None
    """green, yellow or red (grøn, gul, rød)."""
    investment: Decimal | None = None
    """The investment, a cost: positive."""
    efficiency: Decimal | None = None
    """The efficiency gain, a saving: negative (investment cases)."""
    full_implementation: str | None = None
    """When it is fully implemented."""
    prior_compensating_action: str | None = None
    """Compensating action taken earlier, if any."""
    remark: str | None = None
    """Yellow and red cases: what is wrong."""
    handling: str | None = None
    """Yellow and red cases: what is done about it."""
    approval_required: str | None = None
    """Yellow and red cases: what the committee must approve."""
    consequence: str | None = None
    """Yellow and red cases: the consequence."""


@attrs.frozen
class CaseStatus:
    """A committee's yearly status of its earlier approved cases."""

    format: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The format and its version: proplint/1."""
    document: str | None = None
    """The document kind: case-status."""
    committee: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The committee the report is for."""
    administration: str | None = None
    """The administration that writes it."""
    date: datetime.date | None = None
    """The report's date (YYYY-MM-DD)."""
    unit: Unit | None = attrs.field(default=None, metadata=REQUIRED)
    """The unit of the amounts, usually mio DKK."""
    cases: list[Case] = attrs.field(factory=list, metadata=REQUIRED)
    """The cases."""
