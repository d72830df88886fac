"""The JSON Schema of format v1: generated from the model, accepting what the loader accepts.

Every example validates; over a generated sample of broken documents, the
schema rejects exactly those the model rejects (D002, D003, D004, or a
required part's key absent).
"""

from __future__ import annotations

import copy
import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, ROOT
from test_cli import run

from proplint import lint_text
from proplint.format_schema import document_kinds, json_schema
from proplint.loading import load_path

DOCUMENT_CODES = {"D002", "D003", "D004"}
MISSING_PART_CODES = {"C601", "F401", "R501"}
"""Rules that report a part the format requires; the schema requires the key, the rules also its content."""


def _validator(kind: str) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json_schema(kind)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


VALIDATORS = {kind: _validator(kind) for kind in document_kinds()}


def as_json(value: Any) -> Any:
    """A loaded value as an editor's validator sees it: text keys, dates as text, numbers as numbers."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


LENGTH_MISMATCH = "a list of amounts needs one per year"
"""The one rejection a schema cannot state: a list's length against the ``years`` beside it (documented)."""


def _model_rejects(data: Any, lengths: bool = False) -> set[str]:
    """The codes of findings that say the document does not fit the format, or lacks a required part's key.

    A list of amounts of the wrong length counts only with ``lengths``.
    """
    outcome = lint_text(json.dumps(data, ensure_ascii=False), file="doc.json", syntax="json")
    assert not outcome.crashes, outcome.crashes  # a broken document is findings, never a crashed check
    codes = set()
    for finding in outcome.findings:
        if finding.message.startswith(LENGTH_MISMATCH) and not lengths:
            continue
        part = finding.path.removeprefix("$.")
        if finding.code in DOCUMENT_CODES or (finding.code in MISSING_PART_CODES and isinstance(data, dict) and data.get(part) is None):
            codes.add(finding.code)
    return codes


def _schema_rejects(data: Any) -> list[str]:
    """What the schema of the document's kind (by its ``document`` key; proposal when absent) says is wrong."""
    kind = data.get("document", "proposal") if isinstance(data, dict) else "proposal"
    validator = VALIDATORS.get(kind, VALIDATORS["proposal"]) if isinstance(kind, str) else VALIDATORS["proposal"]
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(data)]


EXAMPLE_FILES = sorted(
    path for path in EXAMPLES.rglob("*") if path.suffix in {".yaml", ".json", ".toml"} and "plugin" not in path.parts
)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: str(path.relative_to(EXAMPLES)))
def test_each_example_is_valid_for_the_schema_exactly_when_the_model_accepts_it(path: Path) -> None:
    document = load_path(path, str(path))
    if document.data is None:
        pytest.skip("not readable (D001): nothing for a schema to see")
    data = as_json(document.data)
    rejected_by_model = _model_rejects(data)
    rejected_by_schema = _schema_rejects(data)
    assert bool(rejected_by_model) == bool(rejected_by_schema), (rejected_by_model, rejected_by_schema)


def test_the_clean_examples_validate() -> None:
    for name in ("investment-SU09.yaml", "efficiency-SU12.json", "innovation-SU15.toml"):
        data = as_json(load_path(EXAMPLES / name, name).data)
        assert not _schema_rejects(data), name


def test_the_schema_accepts_the_loaders_spellings() -> None:
    data = as_json(load_path(EXAMPLES / "investment-SU09.yaml", "SU09").data)
    data["kind"] = " Investeringsforslag "
    data["risk"]["level"] = "HØJ"
    data["consultation"][0]["answer"] = True  # a YAML 1.1 reader's bare yes
    data["consultation"][1]["answer"] = "Ikke  relevant"
    data["service_reduction"] = "Nej"
    data["economy"]["unit"] = "1.000 kr."
    data["economy"]["total_impact"] = [None] * len(data["economy"]["years"])
    assert not _model_rejects(data)
    assert not _schema_rejects(data)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            paths.extend(_paths(item, prefix + (key,)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths.extend(_paths(item, prefix + (index,)))
    return paths


BASE_DATA = as_json(load_path(EXAMPLES / "investment-SU09.yaml", "SU09").data)
BASE_PATHS = _paths(BASE_DATA)
VALUES = st.one_of(
    st.sampled_from(["", "abc", "ja", "nej", "Høj", "2026-02-30", "2026-01-01", "-1.234,5", "proplint/2", "yes", "2026"]),
    st.integers(-3000, 3000),
    st.decimals(-10_000, 10_000, places=2),
    st.booleans(),
    st.none(),
    st.sampled_from([[], {}, {"x": 1}, [1, "a"], {"2026": "x"}, {"year": 1}]),
)
MUTATIONS = st.lists(
    st.tuples(st.sampled_from(["replace", "delete", "add"]), st.sampled_from(BASE_PATHS), VALUES), min_size=1, max_size=3
)


def _apply(data: Any, mutation: tuple[str, tuple[Any, ...], Any]) -> None:
    action, path, value = mutation
    parent = data
    for step in path[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    value = copy.deepcopy(value)  # sampled lists and dicts are shared between examples: never alias them
    if isinstance(value, Decimal):
        value = as_json(value)
    try:
        if action == "replace":
            parent[last] = value
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[f"{last}_extra"] = value
    except (KeyError, IndexError, TypeError):
        return


OTHER_KINDS = {
    kind: as_json(load_path(EXAMPLES / name, name).data)
    for kind, name in [
        ("catalogue", "catalogue-B2027.yaml"),
        ("case-status", "case-status-SOU.yaml"),
        ("effect-status", "effect-status-velfaerdsteknologi.yaml"),
    ]
}


@settings(max_examples=300, deadline=None)
@given(MUTATIONS)
def test_the_schema_and_the_model_reject_the_same_broken_documents(mutations: list[tuple[str, tuple[Any, ...], Any]]) -> None:
    _compare(BASE_DATA, mutations)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(OTHER_KINDS)), st.data())
def test_the_same_holds_for_catalogues_and_status_reports(kind: str, data: st.DataObject) -> None:
    base = OTHER_KINDS[kind]
    mutations = data.draw(
        st.lists(st.tuples(st.sampled_from(["replace", "delete", "add"]), st.sampled_from(_paths(base)), VALUES), min_size=1, max_size=3)
    )
    _compare(base, mutations)


def _compare(base: Any, mutations: list[tuple[str, tuple[Any, ...], Any]]) -> None:
    data = copy.deepcopy(base)
    for mutation in mutations:
        _apply(data, mutation)
    rejected_by_schema = _schema_rejects(data)
    if _model_rejects(data):
        assert rejected_by_schema, mutations
    if rejected_by_schema:
        assert _model_rejects(data, lengths=True), (rejected_by_schema, mutations)


def test_a_list_of_amounts_of_the_wrong_length_is_the_documented_exception() -> None:
    data = copy.deepcopy(BASE_DATA)
    data["economy"]["total_impact"] = [1, 2]
    outcome = lint_text(json.dumps(data), file="doc.json", syntax="json")
    assert [f.message for f in outcome.findings if f.code == "D002"] == [
        "a list of amounts needs one per year: 4 years, 2 amounts"
    ]
    assert not _schema_rejects(data)


def test_a_required_list_of_amounts_of_the_wrong_length_is_one_finding_not_also_a_missing_key() -> None:
    data = copy.deepcopy(BASE_DATA)
    data["economy"]["tables"][0]["rows"][1]["values"] = []
    outcome = lint_text(json.dumps(data), file="doc.json", syntax="json")
    assert [(f.path, f.message) for f in outcome.findings if f.code == "D002"] == [
        ("$.economy.tables[0].rows[1].values", "a list of amounts needs one per year: 4 years, 0 amounts")
    ]


def test_the_cli_prints_the_schema() -> None:
    result = run("schema")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed == json_schema("proposal")
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert printed["properties"]["id"]["description"] == "The proposal number, e.g. SU04."
    assert printed["$defs"]["Row"]["properties"]["values"]["$ref"] == "#/$defs/amounts"
    assert set(printed["required"]) >= {"format", "id", "title", "kind", "economy", "consultation"}


def test_the_schema_is_generated_from_every_field_of_the_model() -> None:
    import attrs

    from proplint.model import Proposal, Row

    schema = json_schema("proposal")
    assert set(schema["properties"]) == {field.name for field in attrs.fields(Proposal)}
    assert set(schema["$defs"]["Row"]["properties"]) == {field.name for field in attrs.fields(Row)}


@pytest.mark.parametrize("kind", ["proposal", "catalogue", "case-status", "effect-status"])
def test_the_published_schema_files_are_up_to_date(kind: str) -> None:
    published = json.loads((ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(kind), f"regenerate it: proplint schema --document {kind} > schemas/{kind}.schema.json"
    assert run("schema", "--document", kind).stdout == (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
