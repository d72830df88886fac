"""T rules: the initiatives and effect goals of an effect status report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from proplint.checks.context import CheckContext
from proplint.checks.spec import check_spec
from proplint.checks.fields import empty, empty_fields
from proplint.findings import Hit

if TYPE_CHECKING:  # the status model loads when a status report is checked
    from proplint.model import EffectStatus

INITIATIVE_FIELDS = ("financed_by", "name", "phase", "status")
GOAL_FIELDS = ("baseline", "status")


@check_spec(document="effect-status", args=("initiative", "theme", "field"))
def initiative_field(report: EffectStatus, context: CheckContext) -> Iterator[Hit]:
    """T801: an initiative lacks financed_by, name, phase or status; one finding each."""
    for theme_index, theme in enumerate(report.themes):
        for index, initiative in enumerate(theme.initiatives):
            label = initiative.name if not empty(initiative.name) else f"#{index + 1}"
            path = ("themes", theme_index, "initiatives", index)
            yield from empty_fields(context, path, initiative, INITIATIVE_FIELDS, initiative=label, theme=theme.name or "")


@check_spec(document="effect-status", args=("goal", "theme", "field"))
def goal_baseline(report: EffectStatus, context: CheckContext) -> Iterator[Hit]:
    """T802: an effect goal has no baseline or no status; one finding each."""
    for theme_index, theme in enumerate(report.themes):
        for index, goal in enumerate(theme.goals):
            label = goal.goal if not empty(goal.goal) else f"#{index + 1}"
            yield from empty_fields(context, ("themes", theme_index, "goals", index), goal, GOAL_FIELDS, goal=label, theme=theme.name or "")
