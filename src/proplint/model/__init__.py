"""The attrs model of format v1."""

import importlib
from typing import TYPE_CHECKING, Any

from proplint.model.enums import (
    Answer,
    CaseColour,
    CaseType,
    DocumentKind,
    FollowUpGroup,
    InitiativeStatus,
    Kind,
    Phase,
    RiskLevel,
    RowType,
    SectionName,
    Unit,
)
from proplint.model.proposal import (
    AdminEffect,
    Amounts,
    Consultation,
    Economy,
    FollowUp,
    FutureInvestment,
    Payback,
    Proposal,
    Risk,
    Row,
    Section,
    SupportingTable,
)

if TYPE_CHECKING:
    from proplint.model.case_status import Case, CaseStatus
    from proplint.model.catalogue import Catalogue, CatalogueEntry
    from proplint.model.effect_status import EffectStatus, Goal, Initiative, Theme

_HOMES = {
    "Case": "case_status",
    "CaseStatus": "case_status",
    "Catalogue": "catalogue",
    "CatalogueEntry": "catalogue",
    "EffectStatus": "effect_status",
    "Goal": "effect_status",
    "Initiative": "effect_status",
    "Theme": "effect_status",
}
"""The models of the other document kinds load when first named: checking a proposal never pays for them."""

_ROOTS = {
    DocumentKind.PROPOSAL: "Proposal",
    DocumentKind.CATALOGUE: "Catalogue",
    DocumentKind.CASE_STATUS: "CaseStatus",
    DocumentKind.EFFECT_STATUS: "EffectStatus",
}
_KIND_OF = {name: kind.value for kind, name in _ROOTS.items()}


def model_class(kind: DocumentKind) -> type:
    """The model class of a document kind."""
    found: type = globals()["Proposal"] if kind is DocumentKind.PROPOSAL else __getattr__(_ROOTS[kind])
    return found


def kind_of(model: Any) -> str:
    """The document kind of a model, by its class (``proposal`` for a :class:`Proposal`)."""
    return _KIND_OF.get(type(model).__name__, "")


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'proplint.model' has no attribute {name!r}")
    return getattr(importlib.import_module(f"proplint.model.{home}"), name)

__all__ = [
    "AdminEffect",
    "Amounts",
    "Answer",
    "Case",
    "CaseColour",
    "CaseStatus",
    "CaseType",
    "Catalogue",
    "CatalogueEntry",
    "EffectStatus",
    "Goal",
    "Initiative",
    "InitiativeStatus",
    "Phase",
    "Theme",
    "Consultation",
    "DocumentKind",
    "Economy",
    "FollowUp",
    "FollowUpGroup",
    "FutureInvestment",
    "Kind",
    "Payback",
    "Proposal",
    "Risk",
    "RiskLevel",
    "Row",
    "RowType",
    "Section",
    "SectionName",
    "SupportingTable",
    "Unit",
    "kind_of",
    "model_class",
]
