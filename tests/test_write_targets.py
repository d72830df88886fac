"""Where reports, baselines, HTML pages and imported proposals are written: nothing lost, nothing swapped.

A regular file is replaced atomically and keeps its mode; a FIFO, a device or
an open descriptor (``/dev/stdout``) is written into and stays what it was.
The ``/dev/stdout`` cases use a private link to ``/proc/self/fd/1`` (what
``/dev/stdout`` is on Linux), so a regression cannot damage the machine's ``/dev``.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pytest

from conftest import EXAMPLES, ROOT

from proplint.report.output import write_atomically

PROPOSAL = EXAMPLES / "investment-SU09.yaml"
BROKEN = EXAMPLES / "broken" / "sums-SU04.yaml"
MARKDOWN = EXAMPLES / "samling-SOF-B2027.md"

posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /proc are POSIX things")


def _proplint(*args: str, cwd: Path, stdout: IO[str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "proplint", *args],
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=60,
    )


@contextmanager
def _fifo_reader(path: Path) -> Iterator[list[bytes]]:
    """A FIFO with a reader already waiting (so the writer never blocks); yields the bytes read after the block."""
    os.mkfifo(path)
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    received: list[bytes] = []
    try:
        yield received
    finally:
        chunks = []
        while True:
            try:
                chunk = os.read(descriptor, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(descriptor)
        received.append(b"".join(chunks))


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# The helper itself


def test_a_new_file_gets_the_ordinary_mode(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.txt", "hej\n")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "hej\n" and _mode(tmp_path / "new.txt") == 0o644


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644, 0o664])
def test_a_regular_file_is_replaced_atomically_keeping_its_mode(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old\n", encoding="utf-8")
    os.chmod(target, mode)
    os.link(target, tmp_path / "old-link")  # a second name keeps the old inode: it is replaced, not rewritten in place
    write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "new\n" and _mode(target) == mode
    assert (tmp_path / "old-link").read_text(encoding="utf-8") == "old\n"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")] == []


def test_a_link_to_a_regular_file_stays_a_link_and_its_target_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("old\n", encoding="utf-8")
    os.chmod(tmp_path / "real.txt", 0o600)
    (tmp_path / "link.txt").symlink_to("real.txt")
    write_atomically(tmp_path / "link.txt", "new\n")
    assert (tmp_path / "link.txt").is_symlink() and (tmp_path / "real.txt").read_text(encoding="utf-8") == "new\n"
    assert _mode(tmp_path / "real.txt") == 0o600


@posix
def test_a_fifo_is_written_into_and_stays_a_fifo(tmp_path: Path) -> None:
    with _fifo_reader(tmp_path / "pipe") as received:
        write_atomically(tmp_path / "pipe", "into the pipe\n")
    assert received == [b"into the pipe\n"] and stat.S_ISFIFO(os.lstat(tmp_path / "pipe").st_mode)


@posix
def test_a_device_is_written_into_and_a_full_one_is_an_error() -> None:
    write_atomically(Path("/dev/null"), "nothing\n")
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    if os.path.exists("/dev/full"):
        with pytest.raises(OSError):
            write_atomically(Path("/dev/full"), "too much\n")


def test_a_directory_is_an_error_and_nothing_is_left_behind(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(OSError):
        write_atomically(tmp_path / "folder", "text\n")
    assert list((tmp_path / "folder").iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


# Through the command line


@posix
def test_output_into_a_fifo(tmp_path: Path) -> None:
    shutil.copy(PROPOSAL, tmp_path / "SU09.yaml")
    with _fifo_reader(tmp_path / "report.pipe") as received:
        result = _proplint("check", "SU09.yaml", "--format", "json", "-o", "report.pipe", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(received[0])["summary"]["files"] == 1
    assert stat.S_ISFIFO(os.lstat(tmp_path / "report.pipe").st_mode)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_output_to_standard_output_by_name_appends_to_a_redirected_file(tmp_path: Path) -> None:
    shutil.copy(PROPOSAL, tmp_path / "SU09.yaml")
    (tmp_path / "stdout").symlink_to("/proc/self/fd/1")
    log = tmp_path / "log.txt"
    log.write_text("earlier\n", encoding="utf-8")
    with open(log, "a", encoding="utf-8") as appended:  # `proplint … -o /dev/stdout >> log.txt`
        result = _proplint("check", "SU09.yaml", "-o", "stdout", cwd=tmp_path, stdout=appended)
    assert result.returncode == 0, result.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("earlier\nChecked 1 file") and (tmp_path / "stdout").is_symlink()
    piped = _proplint("check", "SU09.yaml", "--format", "json", "-o", "stdout", cwd=tmp_path)
    assert json.loads(piped.stdout)["summary"]["files"] == 1 and (tmp_path / "stdout").is_symlink()


def test_output_onto_a_private_report_keeps_it_private(tmp_path: Path) -> None:
    shutil.copy(PROPOSAL, tmp_path / "SU09.yaml")
    report = tmp_path / "report.json"
    report.write_text("{}\n", encoding="utf-8")
    os.chmod(report, 0o600)
    result = _proplint("check", "SU09.yaml", "--format", "json", "-o", "report.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["files"] == 1 and _mode(report) == 0o600


def test_output_onto_a_full_device_is_a_clear_error(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    shutil.copy(PROPOSAL, tmp_path / "SU09.yaml")
    result = _proplint("check", "SU09.yaml", "-o", "/dev/full", cwd=tmp_path)
    assert result.returncode == 2 and "--output" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


@posix
def test_write_baseline_into_a_fifo_and_onto_a_private_baseline(tmp_path: Path) -> None:
    shutil.copy(BROKEN, tmp_path / "SU04.yaml")
    with _fifo_reader(tmp_path / "baseline.pipe") as received:
        result = _proplint("check", "SU04.yaml", "--write-baseline", "baseline.pipe", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert {entry["code"] for entry in json.loads(received[0])["entries"]} >= {"S101", "S103"}
    assert stat.S_ISFIFO(os.lstat(tmp_path / "baseline.pipe").st_mode)
    first = _proplint("check", "SU04.yaml", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    os.chmod(tmp_path / "baseline.json", 0o640)
    again = _proplint("check", "SU04.yaml", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert again.returncode == 0 and _mode(tmp_path / "baseline.json") == 0o640
    assert _proplint("check", "SU04.yaml", "--baseline", "baseline.json", cwd=tmp_path).returncode == 0


@posix
def test_html_into_a_fifo(tmp_path: Path) -> None:
    shutil.copy(PROPOSAL, tmp_path / "SU09.yaml")
    with _fifo_reader(tmp_path / "page.pipe") as received:
        result = _proplint("report", "SU09.yaml", "--html", "page.pipe", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert received[0].startswith(b"<!DOCTYPE html>") and stat.S_ISFIFO(os.lstat(tmp_path / "page.pipe").st_mode)


@posix
def test_import_with_force_keeps_a_mode_and_writes_into_a_fifo(tmp_path: Path) -> None:
    first = _proplint("import", str(MARKDOWN), "-o", "out", cwd=tmp_path)
    assert first.returncode in (0, 1), first.stdout + first.stderr
    written = sorted((tmp_path / "out").iterdir())
    kept, piped = written[0], written[1]
    os.chmod(kept, 0o600)
    expected = piped.read_bytes()
    piped.unlink()
    with _fifo_reader(piped) as received:
        again = _proplint("import", str(MARKDOWN), "-o", "out", "--force", cwd=tmp_path)
    assert again.returncode == first.returncode, again.stdout + again.stderr
    assert received == [expected] and stat.S_ISFIFO(os.lstat(piped).st_mode) and _mode(kept) == 0o600
