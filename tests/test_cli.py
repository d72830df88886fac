"""The command line on real files: reports, exit codes, and the planted errors of the examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

from proplint.cli import main

# Each broken example and the (code, line) of every error planted in it; Word has no lines (None).
# The Markdown export loses the yes/no boxes' state, so its collections carry I001 warnings too.
_BOXES_SOF = {("I001", line) for line in (17, 22, 104, 109, 196, 203, 208)}
PLANTED: dict[str, set[tuple[str, int | None]]] = {
    "broken/sums-SU04.yaml": {("S102", 18), ("S103", 22), ("E301", 23), ("S104", 28), ("S101", 30)},
    "broken/signs-SU05.yaml": {("N202", 15), ("N203", 16), ("N205", 17), ("N204", 18)},
    "broken/columns-SU06.yaml": {("N207", 12), ("N201", 16), ("N206", 17)},
    "broken/economy-SU07.yaml": {("E303", 8), ("E302", 20)},
    "broken/economy-SU08.yaml": {("E304", 12), ("E304", 20)},
    "broken/parts-SU10.yaml": {("F403", 23), ("F402", 26), ("R502", 29), ("C604", 32), ("C602", 33), ("C603", 34), ("C605", 35), ("C606", 36)},
    "broken/missing-parts-SU11.yaml": {("C601", 2), ("R501", 2), ("F401", 16)},
    "broken/document-SU13.yaml": {("D002", 5), ("D002", 6), ("D002", 15), ("D004", 19)},
    "broken/syntax-SU14.yaml": {("D001", 4)},
    "broken/format-SU16.yaml": {("D003", 1)},
    "broken/catalogue-B2026.yaml": {("S106", 11), ("M902", 12), ("S107", 13), ("S105", 14)},
    "broken/case-status-TMU.yaml": {("K701", 15), ("K702", 17), ("K703", 22)},
    "broken/effect-status-digitalisering.yaml": {("D002", 11), ("T801", 13), ("T802", 17)},
    "broken/samling-fejl-B2027.md": {("S101", 43), ("C602", 80), ("N205", 95), ("S103", 100)}
    | {("I001", line) for line in (17, 22, 110, 117, 122)},
    "broken/samling-fejl-B2027.docx": {("S101", None), ("C602", None), ("N205", None), ("S103", None), ("I001", None)},
    "samling-SOF-B2027.md": _BOXES_SOF,
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=ROOT, check=False)


def test_examples_directory_reports_each_planted_error_and_exits_1() -> None:
    result = run("check", "examples", "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    found: dict[str, set[tuple[str, int | None]]] = {}
    for finding in report["findings"]:
        relative = str(Path(finding["file"]).relative_to("examples"))
        found.setdefault(relative, set()).add((finding["code"], finding["line"]))
    assert found == {name: planted for name, planted in PLANTED.items()}
    assert report["summary"]["files"] == len(PLANTED) + len(CLEAN)


CLEAN = [
    "investment-SU09.yaml",
    "efficiency-SU12.json",
    "innovation-SU15.toml",
    "catalogue-B2027.yaml",
    "case-status-SOU.yaml",
    "effect-status-velfaerdsteknologi.yaml",
    "samling-SOF-B2027.docx",
]


@pytest.mark.parametrize("name", CLEAN)
def test_each_clean_example_exits_0(name: str) -> None:
    result = run("check", f"examples/{name}")
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "Checked 1 file: 0 errors, 0 warnings, 0 info."


def test_json_report_shape() -> None:
    result = run("check", "examples/broken/sums-SU04.yaml", "--format", "json")
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert set(report["summary"]) == {"files", "error", "warning", "info"}
    finding = next(f for f in report["findings"] if f["code"] == "S101")
    assert finding == {
        "code": "S101",
        "name": "section-total",
        "severity": "error",
        "message": "2027: total -6760 but rows sum to -6690 (difference 70) in Tabel 3. Varige ændringer, service",
        "hint": "correct the total, or the row that is wrong: a total is the sum of its rows",
        "file": "examples/broken/sums-SU04.yaml",
        "line": 30,
        "column": 34,
        "path": "$.economy.tables[0].total.2027",
        "fingerprint": finding["fingerprint"],
        "location": "Tabel 3. Varige ændringer, service › Total › 2027",
    }
    assert len(finding["fingerprint"]) == 16


def test_text_report_lists_file_line_column_severity_code_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLES / "broken" / "economy-SU07.yaml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("economy-SU07.yaml")
    assert lines[1].split()[:3] == [f"{EXAMPLES / 'broken' / 'economy-SU07.yaml'}:8:1", "error", "E303"]
    assert lines[-1] == "Checked 1 file: 1 error, 1 warning, 0 info."


def test_fail_severity_and_exit_zero() -> None:
    warnings_only = str(EXAMPLES / "broken" / "economy-SU08.yaml")
    assert main(["check", warnings_only]) == 0
    assert main(["check", warnings_only, "--fail-severity", "warning"]) == 1
    assert main(["check", warnings_only, "--fail-severity", "info"]) == 1
    assert main(["check", str(EXAMPLES / "broken"), "--exit-zero"]) == 0


def test_usage_errors_exit_2() -> None:
    assert run("check", "no/such/file.yaml").returncode == 2
    assert run("check", "examples", "--format", "xml").returncode == 2
    assert run("check", "examples", "--no-such-option").returncode == 2
    assert run("check", "examples", "--ruleset", "nowhere").returncode == 2
    assert run().returncode == 2
    result = run("check", "no/such/file.yaml")
    assert "no such file or directory" in result.stderr and "Traceback" not in result.stderr


def test_max_bytes_refuses_larger_files_with_a_finding() -> None:
    result = run("check", "examples/investment-SU09.yaml", "--max-bytes", "100")
    assert result.returncode == 1 and "D001" in result.stdout and "over the limit of 100" in result.stdout
    assert run("check", "examples", "--max-bytes", "0").returncode == 2


def test_version_and_module_entry_point() -> None:
    from proplint import __version__

    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"proplint {__version__}"


def test_directory_skips_files_that_are_not_proplint_documents(tmp_path: Path) -> None:
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    (tmp_path / "broken-other.yaml").write_text("key: [unclosed\n", encoding="utf-8")
    (tmp_path / "SU09.yaml").write_text((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.returncode == 0
    assert "Checked 1 file" in result.stdout
    named = run("check", str(tmp_path / ".pre-commit-config.yaml"))
    assert named.returncode == 1 and "D003" in named.stdout
    hooked = run("check", "--skip-foreign", str(tmp_path / ".pre-commit-config.yaml"), str(tmp_path / "SU09.yaml"))
    assert hooked.returncode == 0 and "Checked 1 file" in hooked.stdout


def test_bad_input_never_prints_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(bytes(range(256)) * 4)
    result = run("check", str(junk))
    assert result.returncode == 1 and "D001" in result.stdout and "Traceback" not in result.stderr


def test_worker_processes_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    from proplint import lint_paths
    from proplint.loading import SUFFIXES

    # the structured documents only: the Word/Markdown collections and the script that builds them are not counted
    found = [*EXAMPLES.glob("*.*"), *EXAMPLES.glob("broken/*.*")]
    sources = sorted(path for path in found if path.suffix in SUFFIXES)
    for copy in range(8):  # enough files for two workers
        for source in sources:
            target = tmp_path / f"c{copy}" / source.relative_to(EXAMPLES)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    serial = lint_paths([str(tmp_path)], jobs=1)
    parallel = lint_paths([str(tmp_path)], jobs=2)
    assert serial.files == parallel.files == 8 * len(sources)
    assert serial.findings and parallel.findings == serial.findings


def test_jobs_must_be_a_positive_number_or_auto() -> None:
    assert run("check", "examples", "--jobs", "0").returncode == 2
    assert run("check", "examples", "--jobs", "many").returncode == 2
    assert run("check", "examples/investment-SU09.yaml", "--jobs", "auto").returncode == 0
    assert run("check", "examples/investment-SU09.yaml", "-j", "2").returncode == 0


def test_standard_input_is_checked_as_the_named_file() -> None:
    text = (EXAMPLES / "broken" / "sums-SU04.yaml").read_text(encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "-", "--stdin-filename", "proposals/SU04.yaml", "--format", "json"],
        input=text, capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 1, result.stderr
    found = {(f["file"], f["code"], f["line"]) for f in json.loads(result.stdout)["findings"]}
    assert ("proposals/SU04.yaml", "S101", 30) in found
    clean_json = (EXAMPLES / "efficiency-SU12.json").read_text(encoding="utf-8")
    as_json = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "-", "--stdin-filename", "SU12.json"],
        input=clean_json, capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert as_json.returncode == 0, as_json.stdout
    too_large = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "-", "--max-bytes", "100", "--format", "concise"],
        input=clean_json, capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert too_large.returncode == 1 and too_large.stdout.startswith(
        f"<stdin>:1:1: D001 the file has {len(clean_json.encode())} bytes, over the limit of 100"
    )
    mixed = run("check", "-", "examples")
    assert mixed.returncode == 2 and "standard input" in mixed.stderr
