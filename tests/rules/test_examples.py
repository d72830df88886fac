"""Every rule page's examples are checked: the failing one gives its rule's code, the passing one does not.

An example in ``rules/*.yaml`` is a change to a clean base (``proplint.examples``),
run in YAML, JSON and TOML like the cases beside it; or the text of a whole
file, run as written. A few rules are about more than one document: their
examples describe a situation and their tests live where the files are built.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from proplint import lint_text
from proplint.ruleset import Example, Rule, load_ruleset

SYNTAXES = ("yaml", "json", "toml")

OUTSIDE = {
    **dict.fromkeys(("I001", "I002", "I003", "I004", "I005", "I006"), "Word and Markdown imports: tests/importing/test_import_rules.py"),
    **dict.fromkeys(("S106", "S107", "M902"), "a catalogue and the proposal files it names: tests/test_catalogue.py"),
    **dict.fromkeys(("M901", "M903"), "several files checked with --project: tests/test_catalogue.py"),
    "D005": "a file found under a checked directory or named with --skip-foreign: tests/test_unchecked.py",
}
"""Rules whose examples stay descriptive, and where their failing and passing documents are tested."""

TEXT = {
    "D001": "invalid syntax, which no change by path can write",
    **dict.fromkeys(("P001", "P002"), "a '# proplint:' comment, which no change by path can write"),
}
"""Rules whose examples are the text of a whole file, checked as written (YAML)."""


def _rules() -> list[Rule]:
    return list(load_ruleset().rules.values())


def _codes(example: Example, syntax: str) -> list[str]:
    from proplint.examples import document, render

    text = example if isinstance(example, str) else render(document(example), syntax)
    outcome = lint_text(text, file=f"example.{syntax}", syntax=syntax)
    assert not outcome.crashes, outcome.crashes
    return [finding.code for finding in outcome.findings]


def _runs() -> Iterator[Any]:
    for rule in _rules():
        if rule.code in OUTSIDE:
            continue
        for syntax in SYNTAXES if not isinstance(rule.fail, str) else ("yaml",):
            yield pytest.param(rule, syntax, id=f"{rule.code}:{syntax}")


@pytest.mark.parametrize(("rule", "syntax"), list(_runs()))
def test_the_failing_example_gives_the_rule_and_the_passing_one_does_not(rule: Rule, syntax: str) -> None:
    assert rule.code in _codes(rule.fail, syntax)
    assert rule.code not in _codes(rule.passing, syntax)


def test_every_example_is_runnable_or_listed() -> None:
    """A new rule gets examples written as a change to a base; text only where a change cannot say it."""
    for rule in _rules():
        kinds = {type(rule.fail) is str, type(rule.passing) is str}
        if rule.code in OUTSIDE:
            assert kinds == {True}, f"{rule.code} has runnable examples now: take it out of OUTSIDE"
        elif rule.code in TEXT:
            assert kinds == {True}, rule.code
        else:
            assert kinds == {False}, f"{rule.code}: write its examples as a change to a base (rules/bases/)"
    assert set(OUTSIDE) | set(TEXT) <= {rule.code for rule in _rules()}
