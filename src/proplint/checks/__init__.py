"""The built-in check functions, by the name rulesets use for them."""

from __future__ import annotations

from proplint.checks import economy, numbers, parts, sums
from proplint.checks.context import Check, CheckContext

CHECKS: dict[str, Check] = {
    "section_total": sums.section_total,
    "missing_total": sums.missing_total,
    "total_impact": sums.total_impact,
    "table_mismatch": sums.table_mismatch,
    "negative_cost": numbers.negative_cost,
    "sign_convention": numbers.sign_convention,
    "suspicious_sign": numbers.suspicious_sign,
    "net_cost": numbers.net_cost,
    "thousands_separator": numbers.thousands_separator,
    "year_outside_columns": numbers.year_outside_columns,
    "years_not_contiguous": numbers.years_not_contiguous,
    "payback_mismatch": economy.payback_mismatch,
    "never_pays_back": economy.never_pays_back,
    "missing_section": economy.missing_section,
    "unexpected_section": economy.unexpected_section,
    "no_follow_up": parts.no_follow_up,
    "follow_up_field": parts.follow_up_field,
    "no_realisation_goal": parts.no_realisation_goal,
    "no_risk": parts.no_risk,
    "risk_level": parts.risk_level,
    "risk_text": parts.risk_text,
    "no_consultation": parts.no_consultation,
    "consultation_date": parts.consultation_date,
    "date_without_yes": parts.date_without_yes,
    "mandatory_party": parts.mandatory_party,
    "date_after_submission": parts.date_after_submission,
    "duplicate_party": parts.duplicate_party,
}
"""The checks of proposals, loaded with this module."""

_OTHER_DOCUMENTS = {
    "text_amount": "text_figures",
    "text_phase_in": "text_figures",
    "text_number": "text_figures",
    "text_unit": "text_figures",
    "catalogue_total": "catalogue",
    "catalogue_entry": "catalogue",
    "catalogue_source": "catalogue",
    "entry_title": "catalogue",
    "case_field": "case_status",
    "case_escalation": "case_status",
    "case_sign": "case_status",
    "initiative_field": "effect_status",
    "goal_baseline": "effect_status",
}
"""Checks loaded with their module when a rule first runs them: the other document kinds, and the prose reader."""

__all__ = ["CHECKS", "Check", "CheckContext", "built_in", "resolve_check"]


def built_in(name: str) -> bool:
    """Whether a check of this name ships with proplint (it needs no loading to be known good)."""
    return name in CHECKS or name in _OTHER_DOCUMENTS


def resolve_check(name: str) -> tuple[Check, str]:
    """A check function by name, built in or from a plugin, and where it comes from.

    Raises :class:`proplint.plugins.PluginError` when no check of that name can be loaded.
    """
    builtin = CHECKS.get(name)
    if builtin is None and name in _OTHER_DOCUMENTS:
        import importlib

        builtin = CHECKS[name] = getattr(importlib.import_module(f"proplint.checks.{_OTHER_DOCUMENTS[name]}"), name)
    if builtin is not None:
        return builtin, "built-in"
    from proplint.plugins import plugin_check

    return plugin_check(name)
