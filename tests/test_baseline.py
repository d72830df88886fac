"""Baselines: record today's findings, then report only new ones, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES

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
    assert written.returncode == 1 and "wrote 5 findings" in written.stderr
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
