"""Rule cases as data (``cases/*.yaml``, one file per rule family), each run in YAML, JSON and TOML.

A case names a clean base (``rules/bases/NAME.yaml``: the investment example
and small efficiency, innovation, catalogue, case-status and effect-status
documents), a change by document path (``set``, ``append``, ``delete``; see
``proplint.examples``) and the findings it must give, one ``CODE PATH [LINE]``
each; ``expect: []`` is a passing case, and ``rule`` names the code (or
codes) a case is about, so a passing case counts for its rule. The changed document is written in
each syntax the way ``proplint import`` writes it, checked, and its findings
must be exactly the expected (code, path) pairs.

Lines: the path is what a case is about and holds in every syntax; where a
line lands is the locator's business, tested per syntax with line and column
in ``tests/test_locations.py``. The project still asks every rule's cases to
pin code, path and line, so a case states the YAML line, and it is checked in
the YAML run only: the bases are written in the import writer's YAML, so after
a ``set`` of a one-line value the line is the line of the same node in the
base file (otherwise, of the changed document; ``python -m
tests.rules.test_cases NAME`` prints it). JSON and TOML lines follow from the
writer's layout and would only restate the locator tests.

A syntax is skipped only where it cannot express the document, and the case
says why (``skip: {toml: "TOML has no null"}``); the runner refuses a skip
the document does not need.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

CASES = Path(__file__).with_name("cases")
SYNTAXES = ("yaml", "json", "toml")
_KEYS = {"name", "rule", "base", "set", "append", "delete", "expect", "skip"}


class Expected(NamedTuple):
    code: str
    path: str
    line: int | None


class Case(NamedTuple):
    family: str
    name: str
    rules: tuple[str, ...]
    change: dict[str, Any]
    expect: tuple[Expected, ...]
    skip: dict[str, str]


def _expected(text: str) -> Expected:
    code, path, *line = str(text).split()
    assert len(line) <= 1, f"expected 'CODE PATH [LINE]', not {text!r}"
    return Expected(code, path, int(line[0]) if line else None)


def load_cases() -> list[Case]:
    from proplint.loading import load_text

    cases = []
    for file in sorted(CASES.glob("*.yaml")):
        loaded = load_text(file.read_text(encoding="utf-8"), file=str(file))
        assert not loaded.hits, (file, loaded.hits)
        for entry in loaded.data["cases"]:
            assert set(entry) <= _KEYS and {"name", "base", "expect"} <= set(entry), (file.name, entry)
            rules = entry.get("rule") or ()
            cases.append(
                Case(
                    family=file.stem,
                    name=str(entry["name"]),
                    rules=(rules,) if isinstance(rules, str) else tuple(rules),
                    change={key: entry[key] for key in ("base", "set", "append", "delete") if key in entry},
                    expect=tuple(_expected(item) for item in entry["expect"]),
                    skip=dict(entry.get("skip") or {}),
                )
            )
    return cases


ALL = load_cases()


def _has_null(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_null(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_null(item) for item in value)
    return value is None


def _inexpressible(data: dict[str, Any], syntax: str) -> str | None:
    """Why a syntax cannot hold the document, or ``None``."""
    return "TOML has no null" if syntax == "toml" and _has_null(data) else None


def text_of(case: Case, syntax: str) -> str:
    from proplint.examples import document, render

    return render(document(case.change), syntax)


def findings(case: Case, syntax: str) -> list[tuple[str, str, int | None]]:
    from proplint import lint_text

    outcome = lint_text(text_of(case, syntax), file=f"{case.name}.{syntax}", syntax=syntax)
    assert not outcome.crashes, outcome.crashes
    return [(finding.code, finding.path, finding.line) for finding in outcome.findings]


def _runs() -> Iterator[Any]:
    for case in ALL:
        for syntax in SYNTAXES:
            marks = [pytest.mark.skip(reason=case.skip[syntax])] if syntax in case.skip else []
            yield pytest.param(case, syntax, id=f"{case.family}:{case.name}:{syntax}", marks=marks)


@pytest.mark.parametrize(("case", "syntax"), list(_runs()))
def test_case(case: Case, syntax: str) -> None:
    from proplint.examples import document

    assert _inexpressible(document(case.change), syntax) is None, f"{syntax} cannot express it: add skip: {{{syntax}: why}}"
    found = findings(case, syntax)
    assert sorted((code, path) for code, path, _ in found) == sorted((item.code, item.path) for item in case.expect)
    if syntax == "yaml":
        lines = {(code, path): line for code, path, line in found}
        assert [(item.code, item.path, lines[item.code, item.path]) for item in case.expect if item.line] == [
            tuple(item) for item in case.expect if item.line
        ]


def test_skips_are_needed_and_explained() -> None:
    from proplint.examples import document

    for case in ALL:
        for syntax, reason in case.skip.items():
            assert syntax in SYNTAXES and str(reason).strip(), (case.name, syntax)
            assert _inexpressible(document(case.change), syntax), f"{case.name}: {syntax} can express it; do not skip"


def test_names_are_unique() -> None:
    names = [case.name for case in ALL]
    assert len(names) == len(set(names)), sorted(name for name in names if names.count(name) > 1)


def test_every_checked_rule_has_a_failing_and_a_passing_case() -> None:
    """Here, or in its ruleset examples (``test_examples.py``); rules that read other files are cased in ``test_catalogue.py``."""
    from proplint import load_ruleset

    from test_catalogue import FILE_FAILING

    rules = load_ruleset().rules.values()
    failing = {item.code for case in ALL for item in case.expect}
    failing |= {code for _, _, expected in FILE_FAILING for code, _, _ in expected}
    passing = {code for case in ALL for code in case.rules if code not in {item.code for item in case.expect}}
    passing |= {rule.code for rule in rules if not isinstance(rule.passing, str)}
    checked = {rule.code for rule in rules if rule.check}
    assert checked <= failing, sorted(checked - failing)
    in_data = checked & {item.code for case in ALL for item in case.expect}
    assert in_data <= passing, sorted(in_data - passing)


def test_bases_are_written_as_the_import_writer_writes_them() -> None:
    """So that a line in a base is the line of the node after a ``set``; the investment base is the example."""
    from proplint.examples import base, base_names, render
    from proplint.loading import load_text
    from proplint.ruleset import shipped_directory

    from conftest import EXAMPLES

    for name in base_names():
        assert render(base(name)) == (shipped_directory() / "bases" / f"{name}.yaml").read_text(encoding="utf-8"), name
    assert base("investment") == load_text((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")).data


if __name__ == "__main__":  # print a case's document: python -m tests.rules.test_cases NAME [SYNTAX]
    wanted = [case for case in ALL if case.name == sys.argv[1]]
    for case in wanted:
        print(text_of(case, sys.argv[2] if len(sys.argv) > 2 else "yaml"), end="")
