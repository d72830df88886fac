"""Catalogues against the proposal files they name (S106, S107, M902), read once per run; and the project checks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, mutate

import proplint

CATALOGUE = (EXAMPLES / "catalogue-B2027.yaml").read_text(encoding="utf-8")
PROPOSALS = ("investment-SU09.yaml", "efficiency-SU12.json", "innovation-SU15.toml")


def _directory(tmp_path: Path, catalogue: str) -> Path:
    for name in PROPOSALS:
        shutil.copy(EXAMPLES / name, tmp_path / name)
    shutil.copy(EXAMPLES / "case-status-SOU.yaml", tmp_path / "case-status-SOU.yaml")
    (tmp_path / "catalogue.yaml").write_text(catalogue, encoding="utf-8")
    return tmp_path / "catalogue.yaml"


def _found(path: Path) -> list[tuple[str, str, int]]:
    outcome = proplint.lint_file(path)
    assert not outcome.crashes, outcome.crashes
    return sorted((finding.code, finding.path, finding.line) for finding in outcome.findings)


# (name, replacements in the catalogue, expected findings in it)
FILE_FAILING = [
    ("S106", [("values: {2027: -650, 2028: -1550, 2029: -1550}", "values: {2027: -650, 2028: -1650, 2029: -1550}"),
              ("total: {2027: -920, 2028: -2130,", "total: {2027: -920, 2028: -2230,")],
     [("S106", "$.entries[0].values.2028", 15)]),
    ("S106-empty", [("values: {2027: -270, 2028: -580, 2029: -580}", "values: {2027: -270, 2028: -580}"),
                    ("total: {2027: -920, 2028: -2130, 2029: -2130}", "total: {2027: -920, 2028: -2130, 2029: -1550}")],
     [("S106", "$.entries[1].values.2029", 20)]),
    ("S107-missing", [("source: efficiency-SU12.json", "source: efficiency-SU13.json")], [("S107", "$.entries[1].source", 19)]),
    ("S107-not-a-proposal", [("source: efficiency-SU12.json", "source: case-status-SOU.yaml")], [("S107", "$.entries[1].source", 19)]),
    ("M902", [("title: Færre kørsler med madservice", "title: Kørsel med madservice")], [("M902", "$.entries[1].title", 17)]),
]


@pytest.mark.parametrize(("name", "replacements", "expected"), FILE_FAILING, ids=[case[0] for case in FILE_FAILING])
def test_failing_catalogue(tmp_path: Path, name: str, replacements: list[tuple[str, str]], expected: list[tuple[str, str, int]]) -> None:
    assert _found(_directory(tmp_path, mutate(CATALOGUE, *replacements))) == sorted(expected)


def test_the_clean_catalogue_matches_its_proposals(tmp_path: Path) -> None:
    assert _found(_directory(tmp_path, CATALOGUE)) == []


def test_entries_within_rounding_and_in_another_unit_match(tmp_path: Path) -> None:
    in_millions = mutate(
        CATALOGUE,
        ("unit: 1000 DKK", "unit: mio DKK"),
        ("values: {2027: -650, 2028: -1550, 2029: -1550}", "values: {2027: -0.7, 2028: -1.6, 2029: -1.5}"),
        ("values: {2027: -270, 2028: -580, 2029: -580}", "values: {2027: -0.3, 2028: -0.6, 2029: -0.6}"),
        ("total: {2027: -920, 2028: -2130, 2029: -2130}", "total: {2027: -1.0, 2028: -2.2, 2029: -2.1}"),
    )
    assert _found(_directory(tmp_path, in_millions)) == []
    wrong = in_millions.replace("2028: -1.6, 2029: -1.5}", "2028: -1.8, 2029: -1.5}")
    found = proplint.lint_file(_directory(tmp_path, wrong)).findings
    [mismatch] = [finding for finding in found if finding.code == "S106"]
    assert mismatch.path == "$.entries[0].values.2028"
    assert mismatch.message == "2028: entry SU09 has -1.8 but investment-SU09.yaml has -1.550 as its permanent total (difference 0.250)"


def test_a_source_that_cannot_be_read_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    catalogue = _directory(tmp_path, CATALOGUE)
    (tmp_path / "efficiency-SU12.json").write_text("{not json", encoding="utf-8")
    [finding] = proplint.lint_file(catalogue).findings
    assert (finding.code, finding.path, finding.line) == ("S107", "$.entries[1].source", 19)
    assert "cannot be read" in finding.message


def test_a_directory_with_a_catalogue_reads_each_proposal_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import proplint.sources

    _directory(tmp_path, CATALOGUE)
    reads: list[str] = []
    original = proplint.sources.load_path

    def counting(path: Path, display: str, max_bytes: int = 0) -> object:
        reads.append(path.resolve().name)
        return original(path, display, max_bytes)

    monkeypatch.setattr(proplint.sources, "load_path", counting)
    report = proplint.lint_paths([str(tmp_path)])
    assert report.files == 5 and not report.findings
    assert sorted(reads) == sorted([*PROPOSALS, "catalogue.yaml", "case-status-SOU.yaml"])


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False)


def test_project_mode_reports_duplicate_ids_and_unlisted_proposals(tmp_path: Path) -> None:
    _directory(tmp_path, CATALOGUE.replace("  - id: SU15\n", "  - id: SU16\n").replace("    source: innovation-SU15.toml\n", ""))
    shutil.copy(EXAMPLES / "investment-SU09.yaml", tmp_path / "SU09-kopi.yaml")
    result = _cli("check", ".", "--project", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # warnings only
    found = sorted((f["code"], f["file"], f["path"], f["line"]) for f in json.loads(result.stdout)["findings"])
    assert found == [
        ("M901", "SU09-kopi.yaml", "$.id", 2),
        ("M901", "investment-SU09.yaml", "$.id", 2),
        ("M903", "innovation-SU15.toml", "$.id", 2),
    ]
    without = _cli("check", ".", "--format", "json", cwd=tmp_path)
    assert json.loads(without.stdout)["findings"] == []


def test_project_mode_on_the_clean_examples_finds_nothing() -> None:
    files = ["catalogue-B2027.yaml", *PROPOSALS, "case-status-SOU.yaml", "effect-status-velfaerdsteknologi.yaml"]
    result = _cli("check", *files, "--project", "--format", "json", "--isolated", cwd=EXAMPLES)
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["findings"] == []


def test_broken_proposals_behind_a_catalogue_are_findings_never_crashes(tmp_path: Path) -> None:
    """Whatever a named proposal holds, the catalogue's checks report or stay silent; none crashes."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from test_schema import BASE_DATA, VALUES, _apply, _paths

    catalogue = _directory(tmp_path, CATALOGUE)
    mutations = st.lists(
        st.tuples(st.sampled_from(["replace", "delete", "add"]), st.sampled_from(_paths(BASE_DATA)), VALUES), min_size=1, max_size=3
    )

    @settings(max_examples=100, deadline=None)
    @given(mutations)
    def check(changes: list[tuple[str, tuple[object, ...], object]]) -> None:
        import copy

        data = copy.deepcopy(BASE_DATA)
        for change in changes:
            _apply(data, change)
        (tmp_path / "investment-SU09.yaml").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        outcome = proplint.lint_file(catalogue)
        assert not outcome.crashes, outcome.crashes
        assert {finding.code for finding in outcome.findings} <= {"S105", "S106", "S107", "M902"}

    check()


def test_impossible_sources_are_findings_in_project_mode_too(tmp_path: Path) -> None:
    catalogue = mutate(CATALOGUE, ("source: efficiency-SU12.json", 'source: "efficiency\\0.json"'))
    _directory(tmp_path, catalogue)
    result = _cli("check", ".", "--project", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    found = {(f["code"], f["path"], f["line"]) for f in json.loads(result.stdout)["findings"]}
    assert ("S107", "$.entries[1].source", 19) in found


def _project(tmp_path: Path, *args: str) -> tuple[int, list[tuple[str, str, str, int]]]:
    result = _cli("check", ".", "--project", "--format", "json", *args, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    found = sorted((f["code"], f["file"], f["path"], f["line"]) for f in json.loads(result.stdout)["findings"])
    return result.returncode, found


def _duplicate(tmp_path: Path, comment: str) -> None:
    shutil.copy(EXAMPLES / "investment-SU09.yaml", tmp_path / "SU09.yaml")
    copy = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")
    (tmp_path / "SU09-kopi.yaml").write_text(mutate(copy, ("id: SU09\n", f"id: SU09{comment}\n")), encoding="utf-8")


def test_a_suppression_comment_silences_a_project_finding(tmp_path: Path) -> None:
    _duplicate(tmp_path, "  # proplint: disable=M901")
    assert _project(tmp_path) == (0, [("M901", "SU09.yaml", "$.id", 2)])
    # Without --project the comment cannot be judged: it is not reported unused.
    assert json.loads(_cli("check", ".", "--format", "json", cwd=tmp_path).stdout)["findings"] == []


def test_a_project_suppression_that_suppresses_nothing_is_reported_once(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "investment-SU09.yaml", tmp_path / "SU09.yaml")
    _duplicate(tmp_path, "  # proplint: disable=duplicate-id")
    (tmp_path / "SU09.yaml").unlink()
    assert _project(tmp_path) == (0, [("P001", "SU09-kopi.yaml", "$", 2)])


def test_a_file_wide_suppression_waits_for_the_project_findings(tmp_path: Path) -> None:
    _duplicate(tmp_path, "\n# proplint: disable-file")
    assert _project(tmp_path) == (0, [("M901", "SU09.yaml", "$.id", 2)])


def test_project_findings_follow_severities_ignores_and_baselines(tmp_path: Path) -> None:
    _duplicate(tmp_path, "")
    both = [("M901", "SU09-kopi.yaml", "$.id", 2), ("M901", "SU09.yaml", "$.id", 2)]
    (tmp_path / "proplint.toml").write_text('[severity]\nM901 = "error"\n', encoding="utf-8")
    assert _project(tmp_path) == (1, both)
    (tmp_path / "proplint.toml").write_text('[per-file-ignores]\n"SU09-kopi.yaml" = ["M901"]\n', encoding="utf-8")
    assert _project(tmp_path) == (0, [("M901", "SU09.yaml", "$.id", 2)])
    (tmp_path / "proplint.toml").unlink()
    written = _cli("check", ".", "--project", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert "wrote 2 findings" in written.stderr
    assert _project(tmp_path, "--baseline", "baseline.json") == (0, [])


def test_project_checks_and_stamping_import_no_engine() -> None:
    code = "import sys, proplint.project, proplint.stamping, proplint.filters; print('proplint.engine' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
