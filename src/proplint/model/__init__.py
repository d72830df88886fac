"""The attrs model of format v1."""

from proplint.model.case_status import Case, CaseStatus
from proplint.model.catalogue import Catalogue, CatalogueEntry
from proplint.model.effect_status import EffectStatus, Goal, Initiative, Theme
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

MODELS: dict[DocumentKind, type] = {
    DocumentKind.PROPOSAL: Proposal,
    DocumentKind.CATALOGUE: Catalogue,
    DocumentKind.CASE_STATUS: CaseStatus,
    DocumentKind.EFFECT_STATUS: EffectStatus,
}
"""The model class of each document kind this version reads."""

__all__ = [
    "MODELS",
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
]
