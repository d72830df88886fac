"""proplint: lint structured budget proposals.

The public API is what ``__all__`` names; heavy modules load on first use, so
``import proplint`` stays cheap for the command line and pre-commit hooks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from proplint.checks.context import CheckContext
    from proplint.engine import Options, Outcome, lint_file, lint_paths, lint_text
    from proplint.findings import Finding, Hit, Severity
    from proplint.report import Report
    from proplint.ruleset import Rule, Ruleset, load_ruleset

__all__ = [
    "CheckContext",
    "Finding",
    "Hit",
    "Options",
    "Outcome",
    "Report",
    "Rule",
    "Ruleset",
    "Severity",
    "__version__",
    "lint_file",
    "lint_paths",
    "lint_text",
    "load_ruleset",
]

_HOMES = {
    "CheckContext": "proplint.checks.context",
    "Finding": "proplint.findings",
    "Hit": "proplint.findings",
    "Severity": "proplint.findings",
    "Options": "proplint.engine",
    "Outcome": "proplint.engine",
    "lint_file": "proplint.engine",
    "lint_paths": "proplint.engine",
    "lint_text": "proplint.engine",
    "Report": "proplint.report",
    "Rule": "proplint.ruleset",
    "Ruleset": "proplint.ruleset",
    "load_ruleset": "proplint.ruleset",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'proplint' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(home), name)
