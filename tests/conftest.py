"""Shared helpers and hypothesis profiles (``--hypothesis-profile=fast`` for quick runs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fast", max_examples=25, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Messages are asserted in English whatever the machine's locale; Danish is asked for explicitly.
os.environ["LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BASE = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")


def lint(text: str, syntax: str = "yaml") -> list[tuple[str, str, int]]:
    """(code, path, line) of every finding in a document given as text."""
    from proplint import lint_text

    outcome = lint_text(text, file=f"doc.{syntax}", syntax=syntax)
    assert not outcome.crashes, outcome.crashes
    return [(finding.code, finding.path, finding.line) for finding in outcome.findings]


def mutate(text: str, *replacements: tuple[str, str]) -> str:
    """The text with each ``old`` replaced by ``new``; each ``old`` must occur exactly once."""
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


@pytest.fixture
def base() -> str:
    return BASE
