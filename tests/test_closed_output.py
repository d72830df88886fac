"""A closed or full standard output ends the run quietly, with the conventional status and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

_COMMAND = [sys.executable, "-m", "proplint", "check", str(EXAMPLES), "--format", "json"]
_ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def test_a_closed_pipe_ends_quietly_with_the_sigpipe_status() -> None:
    process = subprocess.Popen(_COMMAND, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_ENV)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head -0`: nobody reads the report
    errors = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 141
    assert "Traceback" not in errors and "Exception ignored" not in errors


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_is_a_clear_error() -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = subprocess.run(_COMMAND, stdout=full, stderr=subprocess.PIPE, text=True, env=_ENV, check=False, timeout=120)
    assert result.returncode == 2
    assert "cannot write the report to standard output" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
