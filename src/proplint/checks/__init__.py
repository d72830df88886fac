"""The built-in check functions, by the name rulesets use for them, each with its spec."""

from __future__ import annotations

import importlib

from proplint.checks import economy, numbers, parts, sums
from proplint.checks.context import Check, CheckContext
from proplint.checks.spec import CheckSpec, check_spec, spec_of
from proplint.plugins import plugin_check

CHECKS: dict[str, Check] = {
    function.__name__: function
    for function in (
        sums.section_total,
        sums.missing_total,
        sums.total_impact,
        sums.table_mismatch,
        numbers.negative_cost,
        numbers.sign_convention,
        numbers.suspicious_sign,
        numbers.net_cost,
        numbers.thousands_separator,
        numbers.year_outside_columns,
        numbers.years_not_contiguous,
        economy.payback_mismatch,
        economy.never_pays_back,
        economy.missing_section,
        economy.unexpected_section,
        parts.no_follow_up,
        parts.follow_up_field,
        parts.no_realisation_goal,
        parts.no_risk,
        parts.risk_level,
        parts.risk_text,
        parts.no_consultation,
        parts.consultation_date,
        parts.date_without_yes,
        parts.mandatory_party,
        parts.date_after_submission,
        parts.duplicate_party,
    )
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

_MODULE_KINDS = {"text_figures": "proposal", "catalogue": "catalogue", "case_status": "case-status", "effect_status": "effect-status"}
"""The document kind the checks of each module above read, known without loading it (a test holds the specs to it)."""

__all__ = [
    "CHECKS", "Check", "CheckContext", "CheckSpec", "builtin_document", "builtin_spec", "built_in", "check_spec",
    "resolve_check", "spec_of",
]


def built_in(name: str) -> bool:
    """Whether a check of this name ships with proplint (it needs no loading to be known good)."""
    return name in CHECKS or name in _OTHER_DOCUMENTS


def builtin_document(name: str) -> str | None:
    """The document kind a built-in check reads, without loading its module; ``None`` for no built-in check."""
    if name in _OTHER_DOCUMENTS:
        return _MODULE_KINDS[_OTHER_DOCUMENTS[name]]
    spec = builtin_spec(name)
    return None if spec is None else spec.document


def builtin_spec(name: str) -> CheckSpec | None:
    """The spec of a built-in check (loading its module), or ``None`` when no built-in check has that name."""
    return spec_of(resolve_check(name)[0]) if built_in(name) else None


def resolve_check(name: str) -> tuple[Check, str]:
    """A check function by name, built in or from a plugin, and where it comes from.

    Raises :class:`proplint.plugins.PluginError` when no check of that name can be loaded.
    """
    builtin = CHECKS.get(name)
    if builtin is None and name in _OTHER_DOCUMENTS:
        builtin = CHECKS[name] = getattr(importlib.import_module(f"proplint.checks.{_OTHER_DOCUMENTS[name]}"), name)
    if builtin is not None:
        return builtin, "built-in"
    return plugin_check(name)
