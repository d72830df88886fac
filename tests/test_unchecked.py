"""Nothing a proposal holds goes unchecked: a misspelt section or ``format`` line fails, and an empty run says so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BASE, EXAMPLES, mutate

TOML = (EXAMPLES / "innovation-SU15.toml").read_text(encoding="utf-8")
JSON = (EXAMPLES / "efficiency-SU12.json").read_text(encoding="utf-8")


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False)


def _check(cwd: Path, *args: str) -> tuple[int, list[tuple[str, str, str, str, int]]]:
    """The exit code and (code, severity, file, path, line) of every finding of ``check --format json``."""
    result = _cli(cwd, "check", "--format", "json", "--isolated", *args)
    assert result.returncode in (0, 1), result.stderr
    findings = json.loads(result.stdout)["findings"]
    return result.returncode, sorted((f["code"], f["severity"], f["file"], f["path"], f["line"]) for f in findings)


MISSPELT = [
    ("consultations", "\nconsultation:\n", "\nconsultations:\n", "$.consultations", 53),
    ("follow-up", "\nfollow_up:\n", "\nfollow-up:\n", "$.follow-up", 37),
    ("Risk", "\nrisk:\n", "\nRisk:\n", "$.Risk", 48),
    ("titel", "\ntitle: ", "\ntitel: ", "$.titel", 3),
]


@pytest.mark.parametrize(("name", "old", "new", "path", "line"), MISSPELT, ids=[case[0] for case in MISSPELT])
def test_a_misspelt_required_section_is_an_error_and_fails(tmp_path: Path, name: str, old: str, new: str, path: str, line: int) -> None:
    (tmp_path / "SU09.yaml").write_text(mutate(BASE, (old, new)), encoding="utf-8")
    assert _check(tmp_path, "SU09.yaml") == (1, [("D004", "error", "SU09.yaml", path, line)])


def test_a_misspelt_section_in_toml_and_json_fails_too(tmp_path: Path) -> None:
    (tmp_path / "SU15.toml").write_text(mutate(TOML, ("[[consultation]]", "[[consultations]]")), encoding="utf-8")
    (tmp_path / "SU12.json").write_text(mutate(JSON, ('"risk":', '"Risk":')), encoding="utf-8")
    code, found = _check(tmp_path, "SU15.toml", "SU12.json")
    assert code == 1
    assert found == [("D004", "error", "SU12.json", "$.Risk", 24), ("D004", "error", "SU15.toml", "$.consultations", 37)]


def test_an_unknown_key_that_hides_nothing_stays_a_warning(tmp_path: Path) -> None:
    (tmp_path / "txt.yaml").write_text(mutate(BASE, ("  text: Leverandør", "  txt: Leverandør")), encoding="utf-8")
    both = mutate(BASE, ("\nrisk:\n", "\nRisk: {level: low}\nrisk:\n"))
    (tmp_path / "both.yaml").write_text(both, encoding="utf-8")
    code, found = _check(tmp_path, "txt.yaml", "both.yaml")
    assert code == 0
    assert found == [
        ("D004", "warning", "both.yaml", "$.Risk", 48),
        ("D004", "warning", "txt.yaml", "$.risk.txt", 50),
    ]


def test_the_configured_severity_moves_the_graver_case_with_it(tmp_path: Path) -> None:
    (tmp_path / "SU09.yaml").write_text(mutate(BASE, ("\nrisk:\n", "\nRisk:\n")), encoding="utf-8")
    (tmp_path / "proplint.toml").write_text('[severity]\nD004 = "info"\n', encoding="utf-8")
    result = _cli(tmp_path, "check", "--format", "json", "SU09.yaml")
    assert result.returncode == 0, result.stdout
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["severity"], finding["path"], finding["line"]) == ("D004", "warning", "$.Risk", 48)


FOREIGN = [
    ("Format", "format: proplint/1\n", "Format: proplint/1\n", "$.Format", 1),
    ("proplint 1", "format: proplint/1\n", "format: proplint 1\n", "$.format", 1),
    ("missing", "format: proplint/1\n", "", "$", 1),
]


@pytest.mark.parametrize(("name", "old", "new", "path", "line"), FOREIGN, ids=[case[0] for case in FOREIGN])
def test_a_proposal_with_a_broken_format_line_in_a_directory_is_a_warning(
    tmp_path: Path, name: str, old: str, new: str, path: str, line: int
) -> None:
    (tmp_path / "proposals").mkdir()
    (tmp_path / "proposals" / "SU09.yaml").write_text(mutate(BASE, (old, new)), encoding="utf-8")
    (tmp_path / "proposals" / "ci.yaml").write_text("jobs: {lint: {runs-on: ubuntu-latest}}\nid: 3\n", encoding="utf-8")
    shutil_copy(EXAMPLES / "investment-SU09.yaml", tmp_path / "proposals" / "clean.yaml")
    assert _check(tmp_path, "proposals") == (0, [("D005", "warning", "proposals/SU09.yaml", path, line)])


def test_a_named_proposal_with_a_broken_format_line_fails_under_skip_foreign(tmp_path: Path) -> None:
    (tmp_path / "SU09.yaml").write_text(mutate(BASE, ("format: proplint/1\n", "Format: proplint/1\n")), encoding="utf-8")
    (tmp_path / "ci.yaml").write_text("jobs: {lint: {runs-on: ubuntu-latest}}\n", encoding="utf-8")
    code, found = _check(tmp_path, "--skip-foreign", "SU09.yaml", "ci.yaml")
    assert (code, found) == (1, [("D005", "warning", "SU09.yaml", "$.Format", 1)])  # a warning (rules.md) that fails
    assert _check(tmp_path, "--skip-foreign", "--exit-zero", "SU09.yaml")[0] == 0
    # Lowered to info by the configuration, it is reported and passes.
    (tmp_path / ".proplint.toml").write_text('[severity]\nD005 = "info"\n', encoding="utf-8")
    lowered = _cli(tmp_path, "check", "--format", "json", "--skip-foreign", "SU09.yaml")
    assert lowered.returncode == 0 and [f["severity"] for f in json.loads(lowered.stdout)["findings"]] == ["info"]
    (tmp_path / ".proplint.toml").unlink()
    result = _cli(tmp_path, "check", "--skip-foreign", "--lang", "da", "SU09.yaml")
    assert "filen ligner et forslag, men bliver ikke kontrolleret" in result.stdout and "'Format'" in result.stdout
    # Named without --skip-foreign, it is checked as it is: D003.
    assert _check(tmp_path, "SU09.yaml")[1] == [("D003", "error", "SU09.yaml", "$", 1)]


def test_a_run_that_checked_no_file_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "ci.yaml").write_text("jobs: {lint: {runs-on: ubuntu-latest}}\n", encoding="utf-8")
    (tmp_path / "empty" / "ci.yaml").write_text("jobs: {}\n", encoding="utf-8")
    result = _cli(tmp_path, "check", "empty")
    assert result.returncode == 2
    assert "no proplint documents found in the given paths" in result.stderr
    hook = _cli(tmp_path, "check", "--skip-foreign", "ci.yaml")
    assert hook.returncode == 0, hook.stderr
    assert "nothing checked" in hook.stderr


def shutil_copy(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes())
