"""Only regular files are read: a FIFO never hangs a run, and the size limit holds while reading."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

from proplint.loading import load_path

PROPOSAL = EXAMPLES / "investment-SU09.yaml"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")


def _proplint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=60)


def test_a_fifo_in_a_directory_is_skipped_with_a_note(tmp_path: Path) -> None:
    shutil.copy(PROPOSAL, tmp_path / PROPOSAL.name)
    os.mkfifo(tmp_path / "pipe.yaml")
    os.mkfifo(tmp_path / "pipe.md")
    result = _proplint("check", ".", "--format", "json", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert "pipe.yaml" in result.stderr and "not a regular file" in result.stderr
    assert json.loads(result.stdout)["summary"]["files"] == 1


def test_a_fifo_named_on_the_command_line_is_a_usage_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    result = _proplint("check", "pipe.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "not a regular file" in result.stderr and "pipe.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_load_path_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    document = load_path(tmp_path / "pipe.yaml", "pipe.yaml")
    assert document.data is None and [hit.code for hit in document.hits] == ["D001"]


def test_the_size_limit_holds_while_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"format: proplint/1\n" + b"# padding\n" * 100)
    document = load_path(big, "big.yaml", max_bytes=50)
    assert [hit.code for hit in document.hits] == ["D001"]
    assert "over the limit" in str(document.hits[0].args["detail"])
