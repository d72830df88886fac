"""K rules: the fields and signs of a case status report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from decimal import Decimal

from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.fields import empty_fields
from proplint.findings import Hit
from proplint.model.enums import CaseColour, CaseType
from proplint.phrases import Phrase

if TYPE_CHECKING:  # the status model loads when a status report is checked
    from proplint.model import Case, CaseStatus

REQUIRED_FIELDS = ("title", "status", "investment", "full_implementation", "prior_compensating_action")
ESCALATION_FIELDS = ("remark", "handling", "approval_required", "consequence")


def _name(case: Case, index: int) -> str:
    return str(case.number) if case.number is not None else f"#{index + 1}"


@check_spec(document="case-status", args=("case", "field"))
def case_field(report: CaseStatus, context: CheckContext) -> Iterator[Hit]:
    """K701: a required case field is empty (efficiency too for investment cases); one finding each."""
    for index, case in enumerate(report.cases):
        fields = REQUIRED_FIELDS + (("efficiency",) if case.type is CaseType.INVESTMENT else ())
        yield from empty_fields(context, ("cases", index), case, fields, case=_name(case, index))


@check_spec(document="case-status", args=("case", "field", "status"))
def case_escalation(report: CaseStatus, context: CheckContext) -> Iterator[Hit]:
    """K702: a yellow or red case lacks remark, handling, approval_required or consequence; one finding each."""
    for index, case in enumerate(report.cases):
        if case.status not in (CaseColour.YELLOW, CaseColour.RED):
            continue
        yield from empty_fields(context, ("cases", index), case, ESCALATION_FIELDS, case=_name(case, index), status=Phrase(case.status.value))


@check_spec(document="case-status", args=("detail",))
def case_sign(report: CaseStatus, context: CheckContext) -> Iterator[Hit]:
    """K703: an efficiency gain written as positive, or an investment as negative."""
    for index, case in enumerate(report.cases):
        name = _name(case, index)
        if case.efficiency is not None and case.efficiency > Decimal(0):
            yield context.hit(
                ("cases", index, "efficiency"),
                detail=Phrase("case {case}: efficiency {amount} is positive (an efficiency gain is a saving: negative)", case=name, amount=case.efficiency),
            )
        if case.investment is not None and case.investment < Decimal(0):
            yield context.hit(
                ("cases", index, "investment"),
                detail=Phrase("case {case}: investment {amount} is negative (an investment is a cost: positive)", case=name, amount=case.investment),
            )
