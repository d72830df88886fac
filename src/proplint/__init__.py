"""proplint: lint structured budget proposals.

The public API is what ``__all__`` names, documented in ``docs/api.md``;
every submodule is private and may change. Names load on first use, so
``import proplint`` stays cheap for the command line and pre-commit hooks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from proplint import generated_code

__version__ = "0.1.0"

generated_code.install()

if TYPE_CHECKING:
    from proplint.checks.context import CheckContext
    from proplint.checks.spec import CheckSpec, check_spec
    from proplint.config import ConfigError
    from proplint.engine import Outcome, lint_text
    from proplint.findings import Finding, Hit, Severity
    from proplint.format_schema import json_schema
    from proplint.library import Loaded, lint_mapping, load_document, options_for, parse_document
    from proplint.model import Proposal
    from proplint.options import Options
    from proplint.report import Report, format_report
    from proplint.ruleset import Rule, Ruleset, load_ruleset
    from proplint.runner import lint_file, lint_paths
    from proplint.serialisation import converter

__all__ = [
    "CheckContext",
    "CheckSpec",
    "ConfigError",
    "Finding",
    "Hit",
    "Loaded",
    "Options",
    "Outcome",
    "Proposal",
    "Report",
    "Rule",
    "Ruleset",
    "Severity",
    "__version__",
    "check_spec",
    "converter",
    "format_report",
    "json_schema",
    "lint_file",
    "lint_mapping",
    "lint_paths",
    "lint_text",
    "load_document",
    "load_ruleset",
    "options_for",
    "parse_document",
]

_HOMES = {
    "CheckContext": "proplint.checks.context",
    "CheckSpec": "proplint.checks.spec",
    "check_spec": "proplint.checks.spec",
    "ConfigError": "proplint.config",
    "Finding": "proplint.findings",
    "Hit": "proplint.findings",
    "Severity": "proplint.findings",
    "Options": "proplint.options",
    "Outcome": "proplint.engine",
    "lint_file": "proplint.runner",
    "lint_paths": "proplint.runner",
    "lint_text": "proplint.engine",
    "Loaded": "proplint.library",
    "lint_mapping": "proplint.library",
    "load_document": "proplint.library",
    "options_for": "proplint.library",
    "parse_document": "proplint.library",
    "json_schema": "proplint.format_schema",
    "Proposal": "proplint.model",
    "Report": "proplint.report",
    "format_report": "proplint.report",
    "Rule": "proplint.ruleset",
    "Ruleset": "proplint.ruleset",
    "load_ruleset": "proplint.ruleset",
    "converter": "proplint.serialisation",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'proplint' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted(__all__)
