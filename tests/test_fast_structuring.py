"""The fast path structures exactly what cattrs structures, and declines everything else.

Each document (valid, broken, and with one value replaced by a value of the
wrong kind) is structured twice: with the fast path, and with cattrs alone.
Model, findings and the pruned data must be the same.
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

DOCUMENTS = sorted(
    [path for path in EXAMPLES.rglob("*") if path.suffix in (".yaml", ".json", ".toml") and "plugin" not in path.parts]
    + list((ROOT / "rules" / "bases").glob("*.yaml"))
)

ODD_VALUES: list[Any] = [None, "", "x", "ja", "1.000,5", "2026-02-30", "2026-02-10", 0, -3, 10**16, True, 1.5, [], [1], {}, {"a": 1}, {2026: "x"}]


def _structured(document: Any, fast: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[Any], Any]:
    import proplint.structuring as structuring
    from proplint.structuring.fast import Declined, FastStructurer

    class Never(FastStructurer):
        def structure(self, value: Any, type_: Any) -> Any:
            raise Declined("cattrs only")

    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(structuring, "fast_structurer", lambda: Never(lambda type_, _: None))
        structured = structuring.structure(document)
    return structured.model, [(hit.code, hit.path, sorted(map(str, hit.args.items()))) for hit in structured.hits], structured.data


def _both(text: str, syntax: str, change: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from proplint.loading import load_text

    results = []
    for fast in (True, False):
        document = load_text(text, f"doc.{syntax}", syntax)
        if change is not None:
            change(document.data)
        results.append(_structured(document, fast, monkeypatch))
    assert results[0] == results[1]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, path + (index,))
    return found


def _replace(path: tuple[Any, ...], new: Any) -> Any:
    def change(data: Any) -> None:
        for step in path[:-1]:
            data = data[step]
        data[path[-1]] = copy.deepcopy(new)

    return change


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_documents_structure_alike_with_and_without_the_fast_path(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from proplint.loading import load_text

    syntax = path.suffix.lstrip(".")
    text = path.read_text(encoding="utf-8")
    _both(text, syntax, None, monkeypatch)
    data = load_text(text, path.name, syntax).data
    if not isinstance(data, dict):
        return
    rng = random.Random(path.name)
    paths = _paths(data)
    for where in rng.sample(paths, min(len(paths), 40)):
        _both(text, syntax, _replace(where, rng.choice(ODD_VALUES)), monkeypatch)


def test_a_valid_proposal_is_structured_without_cattrs(monkeypatch: pytest.MonkeyPatch) -> None:
    import random as random_module

    import bench

    from proplint.loading import load_text
    from proplint.structuring import fast_structurer, structure
    from proplint.structuring.fast import Declined

    text = bench.proposal(7, random_module.Random(1))
    _both(text, "yaml", None, monkeypatch)
    calls: list[str] = []
    original = fast_structurer().structure

    def watched(value: Any, type_: Any) -> Any:
        try:
            return original(value, type_)
        except Declined:
            calls.append("declined")
            raise

    monkeypatch.setattr(fast_structurer(), "structure", watched)
    assert structure(load_text(text, "doc.yaml")).model is not None
    assert calls == []


def _fast_agrees(data: Any, cls: type) -> bool:
    """When the fast path structures ``data``, cattrs does too, into the same value; ``False`` when the fast path declined."""
    from proplint.config_converter import fast_structurer, make_converter
    from proplint.structuring.fast import Declined

    try:
        fast = fast_structurer().structure(copy.deepcopy(data), cls)
    except Declined:
        return False
    assert make_converter().structure(copy.deepcopy(data), cls) == fast
    return True


def _config_cases() -> list[tuple[Any, type]]:
    from proplint.checks import builtin_spec
    from proplint.config.settings import SettingsFile
    from proplint.ruleset import load_ruleset, shipped_directory
    from proplint.ruleset_file import RulesetFile, read_data

    cases: list[tuple[Any, type]] = [(read_data(path), RulesetFile) for path in sorted(shipped_directory().glob("*.yaml"))]
    settings = {
        "ruleset": "kk",
        "select": ["S", "C601"],
        "ignore": ["W"],
        "severity": {"S101": "warning"},
        "per-file-ignores": {"old/*.yaml": ["S101"]},
        "exclude": ["build/"],
        "fail-severity": "error",
        "tolerance": "exact",
        "params": {"C602": {"mandatory": ["Økonomi"]}},
        "lang": "da",
    }
    cases.append((settings, SettingsFile))
    for rule in load_ruleset().rules.values():
        spec = builtin_spec(rule.check) if rule.check else None
        if spec is not None and spec.params is not None:
            cases.append((dict(rule.params), spec.params))
    return cases


def test_rulesets_settings_and_parameters_structure_alike_with_and_without_the_fast_path() -> None:
    cases = _config_cases()
    assert all(_fast_agrees(data, cls) for data, cls in cases)  # the shipped files never need cattrs
    rng = random.Random(14)
    declined = 0
    for data, cls in cases:
        paths = _paths(data)
        for where in rng.sample(paths, min(len(paths), 60)):
            changed = copy.deepcopy(data)
            _replace(where, rng.choice(ODD_VALUES))(changed)
            declined += not _fast_agrees(changed, cls)
        for extra in ("unknown", "pass", "per_file_ignores"):
            declined += not _fast_agrees({**data, extra: 1}, cls)
    assert declined  # the odd values did reach cattrs
