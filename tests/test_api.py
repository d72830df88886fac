"""The public library API: what ``proplint`` exports, typed (mypy --strict), and used by a consumer script."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT

import proplint

CONSUMER = ROOT / "tests" / "consumer" / "api_consumer.py"


def test_every_exported_name_resolves_and_nothing_else_does() -> None:
    for name in proplint.__all__:
        assert getattr(proplint, name) is not None, name
    assert sorted(dir(proplint)) == sorted(proplint.__all__)
    with pytest.raises(AttributeError):
        proplint.engine_internals  # type: ignore[attr-defined]  # noqa: B018


def test_the_consumer_imports_only_public_names() -> None:
    tree = ast.parse(CONSUMER.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("proplint"):
            assert node.module == "proplint", node.module
            assert {alias.name for alias in node.names} <= set(proplint.__all__)
        if isinstance(node, ast.Import):
            assert all(alias.name == "proplint" or not alias.name.startswith("proplint") for alias in node.names)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "proplint":
            assert node.attr in proplint.__all__, node.attr


def test_mypy_strict_passes_on_the_package_and_the_consumer() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "src/proplint", str(CONSUMER.relative_to(ROOT))],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_the_consumer_runs_and_sees_what_the_command_line_sees() -> None:
    result = subprocess.run([sys.executable, str(CONSUMER), str(EXAMPLES)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["file"] == str(
        ["S102@$.economy.implementation.total:18", "S103@$.economy.total_impact.2028:22",
         "S104@$.economy.tables[0].rows[0].values.2028:28", "S101@$.economy.tables[0].total.2027:30"]
    )
    assert lines["text"] == str(["D002@$.risk.level:49"])
    assert lines["mapping"] == str(["D002@$.economy.price_level:0"])
    assert lines["model"] == "True Samlet indkøb af inkontinenshjælpemidler"
    cli = json.loads(
        subprocess.run(
            [sys.executable, "-m", "proplint", "check", str(EXAMPLES / "broken"), "--format", "json"],
            capture_output=True, text=True, check=False,
        ).stdout
    )
    summary = cli["summary"]
    counts = {"error": summary["error"], "warning": summary["warning"], "info": summary["info"]}
    assert lines["report"] == f"{summary['files']} True {counts}"
    assert lines["round-trip"] == "True ['findings', 'summary', 'version']"


def test_cattrs_gives_the_json_reports_shape_both_ways() -> None:
    report = proplint.lint_paths([str(EXAMPLES)])
    from proplint.report import Presentation, formatter

    printed = json.loads(formatter("json")(report, Presentation()))
    converter = proplint.converter()
    assert converter.unstructure(report) == printed
    assert converter.unstructure(report.findings[0]) == printed["findings"][0]
    again = converter.structure(printed, proplint.Report)
    assert again.findings == report.findings and again.files == report.files
    assert converter.structure(printed["findings"][0], proplint.Finding) == report.findings[0]


def test_load_document_reports_only_document_findings(tmp_path: object) -> None:
    loaded = proplint.load_document(EXAMPLES / "broken" / "document-SU13.yaml")
    assert {finding.code for finding in loaded.findings} == {"D002", "D004"}
    assert not loaded.ok and loaded.model is not None
    unreadable = proplint.parse_document("format: proplint/1\ntitle: [", syntax="yaml")
    assert unreadable.model is None and [finding.code for finding in unreadable.findings] == ["D001"]


def test_lint_mapping_reads_floats_as_the_decimals_they_print_as() -> None:
    data = json.loads((EXAMPLES / "efficiency-SU12.json").read_text(encoding="utf-8"))
    assert not proplint.lint_mapping(data).findings
    data["economy"]["permanent"]["total"][0] = 0.1
    outcome = proplint.lint_mapping(data)
    assert any(finding.code == "S101" and "0.1" in finding.message for finding in outcome.findings), outcome.findings


def test_no_exported_name_is_shadowed_by_a_submodule_of_the_same_name() -> None:
    import pkgutil

    submodules = {module.name for module in pkgutil.iter_modules(proplint.__path__)}
    assert not submodules & set(proplint.__all__)


def test_the_wheel_ships_py_typed_the_rulesets_and_the_danish_catalogue(tmp_path: object) -> None:
    import zipfile
    from pathlib import Path

    target = Path(str(tmp_path))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", str(ROOT), "-w", str(target)],
        check=True, capture_output=True,
    )
    (wheel,) = target.glob("proplint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "proplint/py.typed",
        "proplint/rulesets/core.yaml",
        "proplint/rulesets/kk.yaml",
        "proplint/locale/da/LC_MESSAGES/proplint.mo",
    }
    assert expected <= names
