"""Baselines: record today's findings, then report only new ones, through the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import EXAMPLES

if TYPE_CHECKING:
    from proplint.findings import Finding

SUMS = (EXAMPLES / "broken" / "sums-SU04.yaml").read_text(encoding="utf-8")  # five findings


def proplint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--isolated", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_baseline_holds_back_known_findings_across_unrelated_edits(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    proposal = tmp_path / "old" / "SU04.yaml"
    proposal.write_text(SUMS, encoding="utf-8")
    written = proplint("--write-baseline", "baseline.json", ".", cwd=tmp_path)
    assert written.returncode == 0 and "wrote 5 findings" in written.stderr
    entries = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["entries"]
    assert {(e["file"], e["code"]) for e in entries} >= {("old/SU04.yaml", "S101"), ("old/SU04.yaml", "S102")}

    held = proplint("--baseline", "baseline.json", ".", cwd=tmp_path)
    assert held.returncode == 0 and "5 held back by the baseline" in held.stdout

    # Lines move and an unrelated text changes: nothing new.
    proposal.write_text("# moved down\n\n" + SUMS.replace("Digital vagtplanlægning", "Digital planlægning"), encoding="utf-8")
    assert proplint("--baseline", "baseline.json", ".", cwd=tmp_path).returncode == 0

    # One old error fixed, one new one made.
    fixed = SUMS.replace("total: {2026: -3490, 2027: -6760, 2028: -6760}", "total: {2026: -3490, 2027: -6690, 2028: -6760}")
    fixed = fixed.replace("total_impact: {2025: 4800, 2026: -1990", "total_impact: {2025: 4800, 2026: -1900")
    proposal.write_text(fixed, encoding="utf-8")
    result = proplint("--baseline", "baseline.json", "--format", "json", ".", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert [(f["code"], f["path"]) for f in report["findings"]] == [("S103", "$.economy.total_impact.2026")]
    assert report["summary"]["baseline_stale"] >= 1 and result.returncode == 1


def test_baseline_from_configuration_and_unreadable_baselines_exit_2(tmp_path: Path) -> None:
    (tmp_path / "SU04.yaml").write_text(SUMS, encoding="utf-8")
    proplint("--write-baseline", "known.json", "SU04.yaml", cwd=tmp_path)
    (tmp_path / ".proplint.toml").write_text('baseline = "known.json"\n', encoding="utf-8")
    configured = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "SU04.yaml"], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert configured.returncode == 0, configured.stdout
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    broken = proplint("--baseline", "broken.json", "SU04.yaml", cwd=tmp_path)
    assert broken.returncode == 2 and "not a baseline" in broken.stderr and "Traceback" not in broken.stderr
    missing = proplint("--baseline", "absent.json", "SU04.yaml", cwd=tmp_path)
    assert missing.returncode == 2 and "cannot read the baseline" in missing.stderr


def _entries(path: Path) -> list[tuple[str, str, str]]:
    return sorted((e["file"], e["code"], e["path"]) for e in json.loads(path.read_text(encoding="utf-8"))["entries"])


def _two_files(tmp_path: Path) -> list[tuple[str, str, str]]:
    """Two broken proposals and a baseline of both, written by a full run (which exits 0)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "SU04.yaml").write_text(SUMS, encoding="utf-8")
    (tmp_path / "SU05.yaml").write_text(SUMS.replace("id: SU04", "id: SU05"), encoding="utf-8")
    written = proplint("--write-baseline", "baseline.json", ".", cwd=tmp_path)
    assert written.returncode == 0, written.stdout + written.stderr
    assert "wrote 10 findings" in written.stderr
    entries = _entries(tmp_path / "baseline.json")
    assert len(entries) == 10 and ("a/SU04.yaml", "S101", "$.economy.tables[0].total.2027") in entries
    return entries


def test_a_one_file_run_calls_only_its_own_entries_stale(tmp_path: Path) -> None:
    _two_files(tmp_path)
    one = proplint("--baseline", "baseline.json", "--format", "json", "SU05.yaml", cwd=tmp_path)
    assert one.returncode == 0, one.stdout
    assert json.loads(one.stdout)["summary"] | {"files": 1} == {
        "files": 1, "error": 0, "warning": 0, "info": 0, "baselined": 5, "baseline_stale": 0,
    }
    assert "no longer occur" not in proplint("--baseline", "baseline.json", "SU05.yaml", cwd=tmp_path).stdout
    # Fixing one finding in the checked file makes exactly that entry stale.
    fixed = SUMS.replace("id: SU04", "id: SU05").replace("total: {2026: -3490, 2027: -6760, 2028: -6760}", "total: {2026: -3490, 2027: -6690, 2028: -6760}")
    (tmp_path / "SU05.yaml").write_text(fixed, encoding="utf-8")
    report = json.loads(proplint("--baseline", "baseline.json", "--format", "json", "SU05.yaml", cwd=tmp_path).stdout)
    assert (report["summary"]["baselined"], report["summary"]["baseline_stale"]) == (4, 1)


def test_standard_input_judges_only_the_file_it_stands_for(tmp_path: Path) -> None:
    _two_files(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--isolated", "--baseline", "baseline.json", "--format", "json",
         "--stdin-filename", "a/SU04.yaml", "-"],
        input=SUMS, capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = json.loads(result.stdout)["summary"]
    assert (summary["baselined"], summary["baseline_stale"]) == (5, 0)


def test_writing_a_baseline_on_a_partial_run_keeps_the_other_files_entries(tmp_path: Path) -> None:
    entries = _two_files(tmp_path)
    again = proplint("--write-baseline", "baseline.json", "SU05.yaml", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "wrote 5 findings" in again.stderr and "kept 5 entries" in again.stderr
    assert _entries(tmp_path / "baseline.json") == entries
    # The checked file's entries are replaced by what it has now; a deleted file's entries go.
    (tmp_path / "SU05.yaml").write_text((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert proplint("--write-baseline", "baseline.json", "SU05.yaml", cwd=tmp_path).returncode == 0
    assert _entries(tmp_path / "baseline.json") == [entry for entry in entries if entry[0] == "a/SU04.yaml"]
    (tmp_path / "a" / "SU04.yaml").unlink()
    (tmp_path / "SU05.yaml").write_text(SUMS, encoding="utf-8")
    assert proplint("--write-baseline", "baseline.json", "SU05.yaml", cwd=tmp_path).returncode == 0
    assert {entry[0] for entry in _entries(tmp_path / "baseline.json")} == {"SU05.yaml"}


def test_writing_a_baseline_never_replaces_a_file_that_is_not_one(tmp_path: Path) -> None:
    (tmp_path / "SU04.yaml").write_text(SUMS, encoding="utf-8")
    (tmp_path / "notes.json").write_text('{"mine": true}\n', encoding="utf-8")
    result = proplint("--write-baseline", "notes.json", "SU04.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "is not a proplint baseline" in result.stderr
    assert (tmp_path / "notes.json").read_text(encoding="utf-8") == '{"mine": true}\n'


LEGACY = Path(__file__).parent / "data" / "legacy_baseline"
"""Documents with rejected values (D002), unknown keys and amounts written as lists, and the baseline of them that
``proplint check --isolated --write-baseline baseline.json .`` wrote before structuring stopped changing the loaded data."""


REVEALED = [
    ("order-SU38.yaml", "N202", "$.economy.permanent.rows[1].values.2027"),
    ("shift-SU33.yaml", "N202", "$.economy.permanent.rows[1].values.2027"),
    ("shift-SU33.yaml", "S104", "$.economy.tables[0].rows[1].values.2027"),
    ("twice-SU39.yaml", "N203", "$.economy.permanent.rows[3].values.2026"),
    ("twice-SU39.yaml", "N205", "$.economy.permanent.rows[4].values.2028"),
]
"""What earlier versions hid: each row moved up a place when the rejected row before it was removed, so its findings
were reported at that row's path and taken for echoes of its D002."""
LOST = [
    ("gaveup-SU40.yaml", "N202", "$.economy.permanent.rows[2].values.2027"),
    ("gaveup-SU40.yaml", "N203", "$.economy.permanent.rows[3].values.2026"),
    ("gaveup-SU40.yaml", "N205", "$.economy.permanent.rows[4].values.2028"),
    ("gaveup-SU40.yaml", "N204", "$.economy.permanent.total.2028"),
    ("twice-SU39.yaml", "N202", "$.economy.permanent.rows[2].values.2027"),
]
"""What earlier versions missed where one pass removed two elements of a list: the first removal moved the second one
place up, so they removed the valid row after it instead (twice-SU39), or a path that was no longer there, and gave up
making a model (gaveup-SU40)."""
STALE = [
    ("order-SU38.yaml", "D002", "$.economy.permanent.rows[1].values.2027"),
    ("twice-SU39.yaml", "S101", "$.economy.permanent.total.2026"),
    ("twice-SU39.yaml", "S101", "$.economy.permanent.total.2027"),
]
"""What earlier versions reported instead: a rejected value once more, at its row's path after the row before it was
removed (the value of another row was removed in its place), and totals that lack the valid row they removed."""
MOVED = {
    ("moved-SU36.yaml", "N203", "$.economy.permanent.rows[1].values.2026"): "$.economy.permanent.rows[2].values.2026",
    ("moved-SU36.yaml", "N205", "$.economy.permanent.rows[2].values.2028"): "$.economy.permanent.rows[3].values.2028",
    ("order-SU38.yaml", "N203", "$.economy.permanent.rows[1].values.2026"): "$.economy.permanent.rows[2].values.2026",
    ("order-SU38.yaml", "N205", "$.economy.permanent.rows[2].values.2028"): "$.economy.permanent.rows[3].values.2028",
}
"""Findings earlier versions reported one row up, after a rejected row: now at the row the file writes."""


def test_a_baseline_written_by_an_earlier_proplint_still_holds_back_exactly_its_findings(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(LEGACY, tmp_path / "legacy")
    here = tmp_path / "legacy"
    entries = json.loads((here / "baseline.json").read_text(encoding="utf-8"))["entries"]
    plain = json.loads(proplint("--format", "json", ".", cwd=here).stdout)["findings"]
    recorded = [(e["file"], e["code"], e["path"]) for e in entries]
    assert set(MOVED) <= set(recorded) and set(STALE) <= set(recorded)
    now = [(file, code, MOVED.get((file, code, path), path)) for file, code, path in recorded if (file, code, path) not in STALE]
    assert sorted((f["file"], f["code"], f["path"]) for f in plain) == sorted(now + REVEALED + LOST)
    # Rejected values and amount lists are fingerprinted as written now, not as structuring left them then.
    earlier = {(e["file"], e["code"], e["path"], e["fingerprint"]) for e in entries}
    changed = [f for f in plain if (f["file"], f["code"], f["path"], f["fingerprint"]) not in earlier]
    assert {f["code"] for f in changed if (f["file"], f["code"], f["path"]) not in REVEALED + LOST} == {"D002", "N203", "N205"} and len(changed) >= 12
    held = proplint("--baseline", "baseline.json", "--format", "json", ".", cwd=here)
    report = json.loads(held.stdout)
    assert sorted((f["file"], f["code"], f["path"]) for f in report["findings"]) == sorted(REVEALED + LOST)
    assert (report["summary"]["baselined"], report["summary"]["baseline_stale"]) == (len(entries) - len(STALE), len(STALE))

    # Rewritten, the baseline records the fingerprints of today, and holds back the same findings.
    assert proplint("--write-baseline", "../rewritten.json", ".", cwd=here).returncode == 0
    rewritten = json.loads((tmp_path / "rewritten.json").read_text(encoding="utf-8"))["entries"]
    assert sorted(f["fingerprint"] for f in plain) == sorted(e["fingerprint"] for e in rewritten)
    again = json.loads(proplint("--baseline", "../rewritten.json", "--format", "json", ".", cwd=here).stdout)
    assert again["findings"] == [] and (again["summary"]["baselined"], again["summary"]["baseline_stale"]) == (len(plain), 0)


def test_a_finding_is_held_back_by_its_earlier_fingerprint_only_where_it_has_one(tmp_path: Path) -> None:
    from proplint.baseline import compare
    from proplint.findings import Finding, Severity

    def finding(fingerprint: str, earlier: str | None, path: str = "$.x", earlier_path: str | None = None) -> Finding:
        file = str(tmp_path / "a.yaml")
        return Finding(
            "D002", "bad-value", Severity.ERROR, "m", file, 1, 1, path, fingerprint=fingerprint, earlier_fingerprint=earlier, earlier_path=earlier_path
        )

    (tmp_path / "a.yaml").write_text("x: 1\n", encoding="utf-8")
    entries = [{"file": "a.yaml", "code": "D002", "path": "$.x", "fingerprint": print_} for print_ in ("old1", "new2", "old5")]
    (tmp_path / "b.json").write_text(json.dumps({"version": 1, "entries": entries}), encoding="utf-8")
    findings = [finding("new1", "old1"), finding("new2", "old2"), finding("new3", None), finding("new4", "old1")]
    findings += [finding("new5", "old5", "$.y", "$.x"), finding("new6", "old5", "$.y")]
    comparison = compare(findings, tmp_path / "b.json")
    assert [f.fingerprint for f in comparison.new] == ["new3", "new4", "new6"] and (comparison.known, comparison.stale) == (3, 0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_the_earlier_fingerprint_survives_a_worker_and_stays_out_of_reports() -> None:
    import time

    from proplint import Options
    from proplint.runner import lint_file
    from proplint.serialisation import converter
    from proplint.workers import in_workers

    findings = lint_file(LEGACY / "lists-SU32.yaml", "lists-SU32.yaml", Options()).findings
    earlier = [finding for finding in findings if finding.earlier_fingerprint]
    assert earlier and all(finding.earlier_fingerprint != finding.fingerprint for finding in earlier)

    def lint(item: int, keep: bool) -> tuple[bool, list[Finding]]:
        time.sleep(0.002)  # slow enough that the workers take their share
        return keep, findings

    results = in_workers(list(range(300)), lint, 3)
    sent = [found for kept, found in results if not kept]  # sent back from a forked worker
    assert sent and all(found is not findings for found in sent)
    for found in sent:
        assert [(f.earlier_fingerprint, f.earlier_path) for f in found] == [(f.earlier_fingerprint, f.earlier_path) for f in findings]
    assert all("earlier_fingerprint" not in converter().unstructure(finding) for finding in findings)
