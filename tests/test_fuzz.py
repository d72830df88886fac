"""Fuzzing as a test: mutated YAML, JSON and TOML of every document kind never raise, crash a check or hang.

A bounded number of examples runs in CI; ``benchmarks/fuzz.py`` runs long.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hypothesis import given, settings

from fuzzing import mutated, seconds_allowed
from proplint import lint_text


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_no_mutated_document_raises_crashes_a_check_or_hangs(case: tuple[str, str]) -> None:
    syntax, text = case
    started = time.process_time()
    outcome = lint_text(text, file=f"fuzz.{syntax}", syntax=syntax)
    elapsed = time.process_time() - started
    assert not outcome.crashes, outcome.crashes
    for finding in outcome.findings:
        assert len(finding.message) <= len(text) + 1000  # never an amount written out in full (1e999999999)
    assert elapsed < 3 * seconds_allowed(text), f"{elapsed:.1f} s for {len(text)} characters"


def test_a_lone_surrogate_is_a_syntax_finding_at_its_place() -> None:
    outcome = lint_text("format: proplint/1\nid: SU\ud80001\n", file="doc.yaml")
    assert [(f.code, f.line, f.column) for f in outcome.findings] == [("D001", 2, 7)]
    assert "U+D800" in outcome.findings[0].message


CLEAN = (Path(__file__).resolve().parents[1] / "examples" / "investment-SU09.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "path", "words"),
    [
        ("years: [2026, 2027, 2028, 2029]", "years: [2026, 2027, 2028, " + "9" * 5000 + "]", "$.economy.years[3]", "outside the range of ±10^15"),
        ("years: [2026, 2027, 2028, 2029]", "years: [2026, 2027, 2028, 1e999999999]", "$.economy.years[3]", "outside the range of ±10^15"),
        ("years: [2026, 2027, 2028, 2029]", "years: [2026, 2027, 2028, 0x_]", "$.economy.years[3]", "whole number"),
        ("years: [2026, 2027, 2028, 2029]", "years: [2026, 2027, 2028, -0x]", "$.economy.years[3]", "whole number"),
    ],
)
def test_numbers_past_the_sane_range_are_d002_naming_the_limit(old: str, new: str, path: str, words: str) -> None:
    assert old in CLEAN
    outcome = lint_text(CLEAN.replace(old, new), file="doc.yaml")
    assert not outcome.crashes
    [finding] = [f for f in outcome.findings if f.code == "D002"]
    assert finding.path == path and words in finding.message and len(finding.message) < 200


def test_a_huge_amount_is_d002_and_never_printed_in_full() -> None:
    text = CLEAN.replace("values: {2026: 400, 2027: 300}", "values: {2026: 1e1000000, 2027: 300}")
    assert text != CLEAN
    started = time.process_time()
    outcome = lint_text(text, file="doc.yaml")
    assert time.process_time() - started < 5 and not outcome.crashes
    assert any(f.code == "D002" and "±10^15" in f.message for f in outcome.findings)
    assert all(len(f.message) < 300 for f in outcome.findings)


def test_a_toml_integer_past_pythons_digit_limit_is_a_finding() -> None:
    outcome = lint_text('format = "proplint/1"\nid = ' + "9" * 5000 + "\n", file="doc.toml", syntax="toml")
    assert [f.code for f in outcome.findings] == ["D001"] and not outcome.crashes
