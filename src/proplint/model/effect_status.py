"""The effect status report (document: effect-status): a strategy's initiatives and effect goals."""

from __future__ import annotations

import datetime

import attrs

from proplint.model.enums import InitiativeStatus, Phase
from proplint.model.proposal import REQUIRED


@attrs.frozen
class Initiative:
    """An initiative of a theme."""

    financed_by: str | None = None
    """Who finances it."""
    name: str | None = None
    """The initiative's name."""
    years: list[int] = attrs.field(factory=list)
    """The years it runs."""
    phase: Phase | None = None
    """not_started, development, implementation, operation or finished (ikke igangsat, udvikling, implementering, drift, afsluttet)."""
    status: InitiativeStatus | None = None
    """as_planned, needs_changes or closing (går som planlagt, behov for ændringer, afsluttes eller omprioriteres)."""


@attrs.frozen
class Goal:
    """An effect goal of a theme."""

    effect: str | None = None
    """The effect aimed at."""
    goal: str | None = None
    """The goal, measurable."""
    baseline: str | None = None
    """Where it started: the figure the goal is measured against."""
    status: str | None = None
    """How far it has come."""


@attrs.frozen
class Theme:
    """A theme of the strategy."""

    name: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The theme's name."""
    initiatives: list[Initiative] = attrs.field(factory=list)
    """The theme's initiatives."""
    goals: list[Goal] = attrs.field(factory=list)
    """The theme's effect goals."""


@attrs.frozen
class EffectStatus:
    """The status of a strategy's initiatives and effect goals."""

    format: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The format and its version: proplint/1."""
    document: str | None = None
    """The document kind: effect-status."""
    strategy: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The strategy reported on."""
    date: datetime.date | None = None
    """The report's date (YYYY-MM-DD)."""
    themes: list[Theme] = attrs.field(factory=list, metadata=REQUIRED)
    """The strategy's themes."""
