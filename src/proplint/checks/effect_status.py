"""T rules: the initiatives and effect goals of an effect status report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from proplint.checks.context import CheckContext, for_documents
from proplint.findings import Hit
from proplint.model import EffectStatus

INITIATIVE_FIELDS = ("financed_by", "name", "phase", "status")
GOAL_FIELDS = ("baseline", "status")


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@for_documents(EffectStatus)
def initiative_field(report: EffectStatus, context: CheckContext) -> Iterator[Hit]:
    """T801: an initiative lacks financed_by, name, phase or status; one finding each."""
    for theme_index, theme in enumerate(report.themes):
        for index, initiative in enumerate(theme.initiatives):
            label = initiative.name if not _empty(initiative.name) else f"#{index + 1}"
            for field in INITIATIVE_FIELDS:
                if _empty(getattr(initiative, field)):
                    yield context.hit(
                        ("themes", theme_index, "initiatives", index, field), initiative=label, theme=theme.name or "", field=field
                    )


@for_documents(EffectStatus)
def goal_baseline(report: EffectStatus, context: CheckContext) -> Iterator[Hit]:
    """T802: an effect goal has no baseline or no status; one finding each."""
    for theme_index, theme in enumerate(report.themes):
        for index, goal in enumerate(theme.goals):
            label = goal.goal if not _empty(goal.goal) else f"#{index + 1}"
            for field in GOAL_FIELDS:
                if _empty(getattr(goal, field)):
                    yield context.hit(("themes", theme_index, "goals", index, field), goal=label, theme=theme.name or "", field=field)
