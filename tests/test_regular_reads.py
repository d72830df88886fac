"""Baselines and Word/Markdown sources are read as proposal files are: only regular files, the limit held while reading.

Every command runs with a timeout, so a FIFO that hangs the run fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

from proplint import baseline
from proplint.baseline import BaselineError, read_baseline
from proplint.imported import read_collection

PROPOSAL = EXAMPLES / "investment-SU09.yaml"
MARKDOWN = EXAMPLES / "samling-SOF-B2027.md"
WORD = EXAMPLES / "samling-SOF-B2027.docx"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")


def _proplint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=60)


@pytest.mark.parametrize("source", ["fifo", "/dev/zero"])
def test_a_baseline_that_is_no_regular_file_is_a_usage_error(tmp_path: Path, source: str) -> None:
    shutil.copy(PROPOSAL, tmp_path / "SU09.yaml")
    if source == "fifo":
        os.mkfifo(tmp_path / "baseline.json")
        source = "baseline.json"
    result = _proplint("check", "SU09.yaml", "--baseline", source, cwd=tmp_path)
    assert result.returncode == 2 and "not a regular file" in result.stderr and "Traceback" not in result.stderr


def test_a_configured_baseline_that_is_a_fifo_is_a_usage_error(tmp_path: Path) -> None:
    shutil.copy(PROPOSAL, tmp_path / "SU09.yaml")
    (tmp_path / ".proplint.toml").write_text('baseline = "baseline.json"\n', encoding="utf-8")
    os.mkfifo(tmp_path / "baseline.json")
    result = _proplint("check", "SU09.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "baseline.json" in result.stderr and "not a regular file" in result.stderr


def test_a_baseline_over_the_limit_is_refused_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "baseline.json"
    file.write_text('{"version": 1, "entries": []}' + " " * 200, encoding="utf-8")
    assert read_baseline(file) == {}
    monkeypatch.setattr(baseline, "MAX_BYTES", 100)
    with pytest.raises(BaselineError, match="over the limit of 100 bytes"):
        read_baseline(file)


@pytest.mark.parametrize("name", ["pipe.md", "pipe.docx"])
def test_import_of_a_fifo_is_a_usage_error(tmp_path: Path, name: str) -> None:
    os.mkfifo(tmp_path / name)
    result = _proplint("import", name, "-o", "out", cwd=tmp_path)
    assert result.returncode == 2 and "not a regular file" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["zero.md", "zero.docx"])
def test_import_and_check_of_a_link_to_dev_zero_are_usage_errors(tmp_path: Path, name: str) -> None:
    (tmp_path / name).symlink_to("/dev/zero")
    for command in (["import", name, "-o", "out"], ["check", name]):
        result = _proplint(*command, cwd=tmp_path)
        assert result.returncode == 2 and "not a regular file" in result.stderr, command


@pytest.mark.parametrize("name", ["pipe.md", "pipe.docx"])
def test_the_reader_refuses_a_fifo_without_blocking(tmp_path: Path, name: str) -> None:
    os.mkfifo(tmp_path / name)
    collection = read_collection(tmp_path / name, name, 2_000_000)
    [failure] = collection.documents()
    assert [hit.code for hit in failure.hits] == ["D001"] and "not a regular file" in str(failure.hits[0].args["detail"])


@pytest.mark.parametrize(("source", "limit"), [(MARKDOWN, 1000), (WORD, 1000)])
def test_a_template_document_over_the_limit_is_d001(tmp_path: Path, source: Path, limit: int) -> None:
    collection = read_collection(source, source.name, limit)
    [failure] = collection.documents()
    assert [hit.code for hit in failure.hits] == ["D001"] and "over the limit" in str(failure.hits[0].args["detail"])
    assert read_collection(source, source.name, 2_000_000).imported is not None


def test_check_max_bytes_holds_for_markdown_through_the_cli(tmp_path: Path) -> None:
    shutil.copy(MARKDOWN, tmp_path / MARKDOWN.name)
    result = _proplint("check", MARKDOWN.name, "--max-bytes", "500", "--format", "concise", cwd=tmp_path)
    assert result.returncode == 1 and "D001" in result.stdout and "over the limit of 500 bytes" in result.stdout
