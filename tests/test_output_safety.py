"""Output options never write onto a file the run checks, however the file is spelt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES, ROOT

PROPOSAL = EXAMPLES / "investment-SU09.yaml"


def _proplint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=60)


def _copy(tmp_path: Path) -> tuple[Path, bytes]:
    target = tmp_path / "docs" / PROPOSAL.name
    target.parent.mkdir()
    shutil.copy(PROPOSAL, target)
    return target, target.read_bytes()


def test_output_onto_a_named_proposal_is_refused(tmp_path: Path) -> None:
    proposal, before = _copy(tmp_path)
    result = _proplint("check", str(proposal), "-o", f"docs/../docs/{proposal.name}", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "--output" in result.stderr and "refusing to overwrite" in result.stderr
    assert proposal.read_bytes() == before


def test_output_onto_a_proposal_in_a_checked_directory_through_a_link_is_refused(tmp_path: Path) -> None:
    proposal, before = _copy(tmp_path)
    (tmp_path / "report.yaml").symlink_to(proposal)
    result = _proplint("check", "docs", "-o", "report.yaml", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert proposal.read_bytes() == before and (tmp_path / "report.yaml").is_symlink()


def test_write_baseline_and_html_onto_a_checked_file_are_refused(tmp_path: Path) -> None:
    proposal, before = _copy(tmp_path)
    baseline = _proplint("check", "docs", "--write-baseline", str(proposal), cwd=tmp_path)
    assert baseline.returncode == 2 and "--write-baseline" in baseline.stderr
    html = _proplint("report", "docs", "--html", f"./docs/{proposal.name}", cwd=tmp_path)
    assert html.returncode == 2 and "--html" in html.stderr
    assert proposal.read_bytes() == before


def test_output_beside_the_checked_files_is_written(tmp_path: Path) -> None:
    _copy(tmp_path)
    result = _proplint("check", "docs", "--format", "json", "-o", "docs/report.json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert (tmp_path / "docs" / "report.json").read_text(encoding="utf-8").startswith("{")
