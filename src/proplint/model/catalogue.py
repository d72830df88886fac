"""The catalogue overview (document: catalogue): one entry per proposal, with its permanent total by year."""

from __future__ import annotations

import attrs

from proplint.model.enums import Kind, Unit
from proplint.model.proposal import REQUIRED, Amounts


@attrs.frozen
class CatalogueEntry:
    """One proposal in the catalogue."""

    id: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The proposal number, e.g. SU04."""
    title: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The proposal's title, as in the proposal."""
    kind: Kind | None = None
    """investment, innovation or efficiency."""
    values: Amounts = attrs.field(factory=dict, metadata=REQUIRED)
    """The proposal's permanent total by year."""
    source: str | None = None
    """The proposal file, relative to the catalogue; its permanent total is compared with values (S106)."""


@attrs.frozen
class Catalogue:
    """A catalogue of proposals for one budget."""

    format: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The format and its version: proplint/1."""
    document: str | None = None
    """The document kind: catalogue."""
    title: str | None = attrs.field(default=None, metadata=REQUIRED)
    """The catalogue's title, e.g. Budget 2026: forslag."""
    unit: Unit | None = attrs.field(default=None, metadata=REQUIRED)
    """The unit amounts are written in: 1000 DKK, DKK or mio DKK."""
    price_level: int | None = None
    """The price level ("p/l"), a year."""
    years: list[int] = attrs.field(factory=list, metadata=REQUIRED)
    """The year columns."""
    entries: list[CatalogueEntry] = attrs.field(factory=list, metadata=REQUIRED)
    """One entry per proposal."""
    total: Amounts | None = attrs.field(default=None, metadata=REQUIRED)
    """The catalogue's total by year: the sum of the entries (S105)."""
