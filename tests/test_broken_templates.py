"""A Word or Markdown file in a checked directory that cannot be read is reported (D001), never skipped in silence.

Only files that can be read and are no proposal document (a README, meeting
notes) are skipped, and Word's lock files and hidden files are no documents.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import EXAMPLES, ROOT

WORD = EXAMPLES / "samling-SOF-B2027.docx"


def _check(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--isolated", "--format", "json", *args],
        capture_output=True, text=True, cwd=cwd, env=env, check=False, timeout=120,
    )


def _zip_without_a_body() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


def test_broken_word_and_markdown_files_in_a_directory_are_d001(tmp_path: Path) -> None:
    folder = tmp_path / "budget"
    folder.mkdir()
    shutil.copy(EXAMPLES / "investment-SU09.yaml", folder / "SU09.yaml")
    (folder / "korrupt.docx").write_bytes(WORD.read_bytes()[:4000])  # cut off: no central directory
    (folder / "tom.docx").write_bytes(b"")
    (folder / "andet.docx").write_bytes(_zip_without_a_body())
    (folder / "borte.md").symlink_to("findes-ikke.md")
    (folder / "~$korrupt.docx").write_bytes(b"\x00lock")  # Word's lock file
    (folder / "._korrupt.docx").write_bytes(b"\x00\x05\x16\x07")  # macOS's resource fork
    (folder / "README.md").write_text("# Budget 2027\n\nForslagene ligger her.\n", encoding="utf-8")
    result = _check(tmp_path, "budget")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    found = sorted((finding["file"], finding["code"]) for finding in report["findings"])
    assert found == [(f"budget/{name}", "D001") for name in ("andet.docx", "borte.md", "korrupt.docx", "tom.docx")]
    assert report["summary"]["files"] == 5 and "crashes" not in report
    assert "Traceback" not in result.stderr


def test_a_directory_holding_only_a_corrupt_word_file_fails_rather_than_finding_nothing(tmp_path: Path) -> None:
    (tmp_path / "forslag.docx").write_bytes(b"PK\x03\x04 not really a zip")
    result = _check(tmp_path, ".")
    assert result.returncode == 1, result.stderr
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["file"], finding["line"]) == ("D001", "forslag.docx", None)
    assert "Word" in finding["message"]


def test_readable_documents_that_are_no_proposal_are_still_skipped(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "investment-SU09.yaml", tmp_path / "SU09.yaml")
    (tmp_path / "README.md").write_text("# Noter\n\nIntet forslag her.\n", encoding="utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", "<w:document><w:body><w:p>Referat</w:p></w:body></w:document>")
    (tmp_path / "referat.docx").write_bytes(buffer.getvalue())
    result = _check(tmp_path, ".")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["files"] == 1
