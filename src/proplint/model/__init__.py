"""The attrs model of format v1."""

from proplint.model.enums import Answer, DocumentKind, FollowUpGroup, Kind, RiskLevel, RowType, SectionName, Unit
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

MODELS: dict[DocumentKind, type] = {DocumentKind.PROPOSAL: Proposal}
"""The model class of each document kind this version reads."""

__all__ = [
    "MODELS",
    "AdminEffect",
    "Amounts",
    "Answer",
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
