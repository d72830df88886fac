"""Configuration files, rule selection and rulesets, through the real command line on real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

SUMS = (EXAMPLES / "broken" / "sums-SU04.yaml").read_text(encoding="utf-8")  # S101 30, S102 18, S103 22, S104 28, E301 23
PARTS = (EXAMPLES / "broken" / "parts-SU10.yaml").read_text(encoding="utf-8")
CLEAN = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")


def proplint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False)


def codes(result: subprocess.CompletedProcess[str]) -> list[tuple[str, str, int]]:
    """(file name, code, line) of each finding of a JSON report."""
    report = json.loads(result.stdout)
    return sorted((Path(f["file"]).name, f["code"], f["line"]) for f in report["findings"])


def write(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = directory / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return directory


def test_pyproject_ignores_by_code_and_name_and_changes_severity(tmp_path: Path) -> None:
    write(tmp_path, {
        "pyproject.toml": '[project]\nname = "x"\n\n[tool.proplint]\nignore = ["S102", "payback-mismatch"]\n\n'
        '[tool.proplint.severity]\nS101 = "warning"\n',
        "SU04.yaml": SUMS,
    })
    result = proplint("check", "--format", "json", ".", cwd=tmp_path)
    found = codes(result)
    assert ("SU04.yaml", "S102", 18) not in found and ("SU04.yaml", "E301", 23) not in found
    assert ("SU04.yaml", "S101", 30) in found
    s101 = next(f for f in json.loads(result.stdout)["findings"] if f["code"] == "S101")
    assert s101["severity"] == "warning"
    assert result.returncode == 1  # S103 and S104 are still errors


def test_fail_severity_from_configuration(tmp_path: Path) -> None:
    write(tmp_path, {".proplint.toml": 'select = ["S101"]\n', "SU04.yaml": SUMS})
    (tmp_path / ".proplint.toml").write_text('select = ["S101"]\n[severity]\nS101 = "warning"\n', encoding="utf-8")
    assert proplint("check", ".", cwd=tmp_path).returncode == 0
    (tmp_path / ".proplint.toml").write_text(
        'select = ["S101"]\nfail-severity = "warning"\n[severity]\nS101 = "warning"\n', encoding="utf-8"
    )
    assert proplint("check", ".", cwd=tmp_path).returncode == 1
    assert proplint("check", ".", "--fail-severity", "error", cwd=tmp_path).returncode == 0


def test_select_by_family_prefix_and_specific_selector_wins(tmp_path: Path) -> None:
    write(tmp_path, {".proplint.yaml": "select: [C6]\n", "SU10.yaml": PARTS})
    assert {code for _, code, _ in codes(proplint("check", "--format", "json", ".", cwd=tmp_path))} == {
        "C602", "C603", "C604", "C605", "C606",
    }
    (tmp_path / ".proplint.yaml").write_text("select: [C6]\nignore: [C60]\nextend-select: [C604]\n", encoding="utf-8")
    assert {code for _, code, _ in codes(proplint("check", "--format", "json", ".", cwd=tmp_path))} == {"C604"}


def test_per_file_ignores_and_exclude_are_relative_to_the_configuration(tmp_path: Path) -> None:
    write(tmp_path, {
        "pyproject.toml": '[tool.proplint]\nexclude = ["drafts"]\n\n[tool.proplint.per-file-ignores]\n'
        '"archive/**/*.yaml" = ["F", "R", "C"]\n',
        "archive/2024/SU10.yaml": PARTS,
        "current/SU10.yaml": PARTS,
        "drafts/SU04.yaml": SUMS,
    })
    result = proplint("check", "--format", "json", ".", cwd=tmp_path)
    found = codes(result)
    archived = {code for name, code, _ in found if name == "SU10.yaml"}
    assert json.loads(result.stdout)["summary"]["files"] == 2  # drafts/ is excluded
    report = json.loads(result.stdout)["findings"]
    assert not [f for f in report if f["file"].startswith("archive") and f["code"][0] in "FRC"]
    assert [f for f in report if f["file"].startswith("current") and f["code"][0] == "C"]
    assert "F403" in archived
    # A named file is checked even when excluded, unless --force-exclude.
    assert proplint("check", "drafts/SU04.yaml", cwd=tmp_path).returncode == 1
    assert proplint("check", "--force-exclude", "drafts/SU04.yaml", cwd=tmp_path).returncode == 0


def test_nearest_configuration_wins_and_config_and_isolated_override(tmp_path: Path) -> None:
    write(tmp_path, {
        "pyproject.toml": '[tool.proplint]\nignore = ["S"]\n',
        "team/.proplint.yaml": "ignore: [E301]\n",
        "team/SU04.yaml": SUMS,
        "SU04.yaml": SUMS,
    })
    report = json.loads(proplint("check", "--format", "json", ".", cwd=tmp_path).stdout)["findings"]
    assert {f["code"] for f in report if f["file"].startswith("team")} == {"S101", "S102", "S103", "S104"}
    assert {f["code"] for f in report if not f["file"].startswith("team")} == {"E301"}
    forced = json.loads(proplint("check", "--format", "json", "--config", "team/.proplint.yaml", ".", cwd=tmp_path).stdout)
    assert {f["code"] for f in forced["findings"]} == {"S101", "S102", "S103", "S104"}
    isolated = json.loads(proplint("check", "--format", "json", "--isolated", ".", cwd=tmp_path).stdout)
    assert {f["code"] for f in isolated["findings"]} == {"S101", "S102", "S103", "S104", "E301"}


def test_command_line_selection_overrides_configuration(tmp_path: Path) -> None:
    write(tmp_path, {".proplint.toml": 'ignore = ["S101"]\n', "SU04.yaml": SUMS})
    found = {code for _, code, _ in codes(proplint("check", "--format", "json", "--select", "S1", ".", cwd=tmp_path))}
    assert found == {"S102", "S103", "S104"}
    found = {code for _, code, _ in codes(proplint("check", "--format", "json", "--ignore", "S", ".", cwd=tmp_path))}
    assert found == {"E301"}
    found = {code for _, code, _ in codes(proplint("check", "--format", "json", "--extend-select", "S101", ".", cwd=tmp_path))}
    assert found == {"S101", "S102", "S103", "S104", "E301"}


def test_tolerance_and_parameters_from_configuration(tmp_path: Path) -> None:
    write(tmp_path, {".proplint.toml": '[params.C604.mandatory]\ninvestment = ["Hovedudvalget"]\n', "SU09.yaml": CLEAN})
    result = proplint("check", "--format", "json", ".", cwd=tmp_path)
    assert [code for _, code, _ in codes(result)] == ["C604"]
    assert "Hovedudvalget" in json.loads(result.stdout)["findings"][0]["message"]


def test_tolerance_exact_from_configuration(tmp_path: Path) -> None:
    # 2026: the row 400.04 against the total 400 is within rounding, but not exact.
    rounded = CLEAN.replace("values: {2026: 400, 2027: 300}", "values: {2026: 400.04, 2027: 300}")
    write(tmp_path, {"SU09.yaml": rounded})
    assert codes(proplint("check", "--format", "json", ".", cwd=tmp_path)) == []
    (tmp_path / ".proplint.toml").write_text('tolerance = "exact"\n', encoding="utf-8")
    report = json.loads(proplint("check", "--format", "json", ".", cwd=tmp_path).stdout)
    assert [(f["code"], f["path"], f["line"]) for f in report["findings"]] == [
        ("S101", "$.economy.implementation.total.2026", 27)
    ]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ('[tool.proplint]\nignor = ["S101"]\n', "pyproject.toml:2:1: unknown setting 'ignor' (did you mean 'ignore'?)"),
        ('[tool.proplint]\nignore = ["S999"]\n', "pyproject.toml:2:"),
        ('[tool.proplint]\nselect = ["section-totl"]\n', "(did you mean 'section-total'?)"),
        ('[tool.proplint]\nfail-severity = "fatal"\n', "pyproject.toml:2:"),
        ('[tool.proplint]\nignore = "S101"\n', "'ignore' must be a list of texts"),
        ('[tool.proplint]\nignore = ["D001"]\n', "D001 cannot be ignored"),
        ('[tool.proplint]\nselect = [\n', "pyproject.toml:2:"),
        ('[tool.proplint.params.C604]\nmandatry = {}\n', "rule C604 has no parameter 'mandatry'"),
        ('[tool.proplint]\nruleset = "nowhere"\n', "unknown ruleset 'nowhere'"),
    ],
)
def test_configuration_errors_name_the_file_and_line_and_exit_2(tmp_path: Path, config: str, expected: str) -> None:
    write(tmp_path, {"pyproject.toml": config, "SU09.yaml": CLEAN})
    result = proplint("check", ".", cwd=tmp_path)
    assert result.returncode == 2, result.stdout
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_user_ruleset_extends_adds_a_rule_reusing_a_check_and_disables_one(tmp_path: Path) -> None:
    write(tmp_path, {
        "local.yaml": "name: local\nextends: kk\nrules:\n"
        "  - code: X901\n    name: med-committee\n    severity: warning\n    check: mandatory_party\n"
        "    message: '{detail}'\n    params:\n      mandatory:\n        investment: [Hovedudvalget]\n"
        "  - code: C601\n    enabled: false\n",
        ".proplint.yaml": "ruleset: local.yaml\n",
        "SU09.yaml": CLEAN,
    })
    result = proplint("check", "--format", "json", ".", cwd=tmp_path)
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["name"], finding["severity"]) == ("X901", "med-committee", "warning")
    assert "Hovedudvalget" in finding["message"] and finding["path"] == "$.consultation"
    listing = json.loads(proplint("rules", "--format", "json", cwd=tmp_path).stdout)
    rules = {rule["code"]: rule for rule in listing["rules"]}
    assert rules["X901"]["source"] == "local" and rules["C601"]["enabled"] is False


def test_rules_lists_default_and_effective_severity(tmp_path: Path) -> None:
    write(tmp_path, {".proplint.toml": 'ignore = ["C603"]\n[severity]\nS101 = "info"\n'})
    listing = json.loads(proplint("rules", "--format", "json", cwd=tmp_path).stdout)
    rules = {rule["code"]: rule for rule in listing["rules"]}
    assert listing["ruleset"] == "kk" and {"D001", "S101", "E301", "C604", "P001", "P002"} <= set(rules)
    assert (rules["S101"]["default_severity"], rules["S101"]["severity"]) == ("error", "info")
    assert rules["C603"]["enabled"] is False and rules["C604"]["enabled"] is True
    text = proplint("rules", cwd=tmp_path).stdout
    assert "section-total" in text and "enabled" in text.splitlines()[0]
    assert proplint("rules", "--isolated", "--format", "json", cwd=tmp_path).stdout.count('"enabled": false') == 0


def test_explain_by_code_and_name(tmp_path: Path) -> None:
    by_code = proplint("explain", "E301", cwd=tmp_path)
    by_name = proplint("explain", "payback-mismatch", cwd=tmp_path)
    assert by_code.returncode == 0 and by_code.stdout == by_name.stdout
    assert "# E301 payback-mismatch" in by_code.stdout and "## Fails" in by_code.stdout and "## Passes" in by_code.stdout
    mandatory = proplint("explain", "C604", cwd=tmp_path).stdout
    assert "## Parameters" in mandatory and "Center for Økonomi" in mandatory
    unknown = proplint("explain", "S1", cwd=tmp_path)
    assert unknown.returncode == 2 and "no rule 'S1'" in unknown.stderr


CATALOGUE_WITH_WRONG_TOTAL = """\
format: proplint/1
document: catalogue
title: Budget 2027
unit: 1000 DKK
years: [2027]
entries:
  - {id: SU09, title: Indkøb, values: {2027: -650}}
total: {2027: -700}
"""


def test_a_user_rule_reusing_a_catalogue_check_names_the_document_kind(tmp_path: Path) -> None:
    write(tmp_path, {
        "local.yaml": "name: local\nextends: kk\nrules:\n"
        "  - code: X905\n    name: second-total\n    severity: warning\n    check: catalogue_total\n"
        "    document: catalogue\n    message: '{year}: {total} against {sum}'\n",
        ".proplint.yaml": "ruleset: local.yaml\n",
        "catalogue.yaml": CATALOGUE_WITH_WRONG_TOTAL,
        "SU09.yaml": CLEAN,
    })
    result = proplint("check", "--format", "json", ".", cwd=tmp_path)
    found = sorted((f["code"], f["file"], f["path"], f["line"]) for f in json.loads(result.stdout)["findings"])
    assert found == [("S105", "catalogue.yaml", "$.total.2027", 8), ("X905", "catalogue.yaml", "$.total.2027", 8)]
    (tmp_path / "local.yaml").write_text(
        (tmp_path / "local.yaml").read_text(encoding="utf-8").replace("document: catalogue", "document: catalog"), encoding="utf-8"
    )
    refused = proplint("check", ".", cwd=tmp_path)
    assert refused.returncode == 2 and "document must be one of proposal, catalogue" in refused.stderr
    assert "Traceback" not in refused.stderr
