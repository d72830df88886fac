"""Inline ``# proplint:`` suppressions, P001 and P002, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

SUMS = (EXAMPLES / "broken" / "sums-SU04.yaml").read_text(encoding="utf-8")
S101_LINE = "      total: {2026: -3490, 2027: -6760, 2028: -6760}\n"  # line 30
S104_LINE = "        - {label: Mindre overtid, area: \"50.30.10\", values: {2026: -3200, 2027: -6400, 2028: -6470}}\n"  # 28


def findings(text: str, tmp_path: Path, *args: str) -> list[tuple[str, int]]:
    (tmp_path / "SU04.yaml").write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--isolated", "--format", "json", *args, "SU04.yaml"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return sorted((f["code"], f["line"]) for f in json.loads(result.stdout)["findings"])


def test_unsuppressed_baseline(tmp_path: Path) -> None:
    assert findings(SUMS, tmp_path) == [("E301", 23), ("S101", 30), ("S102", 18), ("S103", 22), ("S104", 28)]


@pytest.mark.parametrize("rule", ["S101", "section-total"])
def test_disable_after_a_value_covers_its_line(tmp_path: Path, rule: str) -> None:
    text = SUMS.replace(S101_LINE, S101_LINE.rstrip("\n") + f"  # proplint: disable={rule}\n")
    assert ("S101", 30) not in findings(text, tmp_path)
    assert ("S104", 28) in findings(text, tmp_path)


@pytest.mark.parametrize("kind", ["disable-next-line", "disable-line"])
def test_directive_on_its_own_line_covers_the_next_content_line(tmp_path: Path, kind: str) -> None:
    text = SUMS.replace(S101_LINE, f"      # proplint: {kind}=S101\n\n" + S101_LINE)
    found = findings(text, tmp_path)
    assert not [code for code, _ in found if code in ("S101", "P001")]


def test_disable_block_until_enable(tmp_path: Path) -> None:
    text = SUMS.replace(S104_LINE, "        # proplint: disable=S\n" + S104_LINE).replace(
        S101_LINE, "      # proplint: enable=S\n" + S101_LINE
    )
    found = findings(text, tmp_path)
    assert ("S104", 29) not in found and ("S101", 32) in found


def test_disable_file_and_disable_without_rules(tmp_path: Path) -> None:
    text = "# proplint: disable-file=S101,S104\n" + SUMS
    assert [code for code, _ in findings(text, tmp_path)] == ["E301", "S102", "S103"]
    text = SUMS.replace(S101_LINE, S101_LINE.rstrip("\n") + "  # proplint: disable-line\n")
    assert ("S101", 30) not in findings(text, tmp_path)


def test_a_suppression_that_suppresses_nothing_is_p001_at_the_comment(tmp_path: Path) -> None:
    text = SUMS.replace(S101_LINE, S101_LINE.rstrip("\n") + "  # proplint: disable=S101,C604\n")
    found = findings(text, tmp_path)
    assert ("P001", 30) in found and ("S101", 30) not in found
    report = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--isolated", "SU04.yaml"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    ).stdout
    assert "suppresses nothing for C604" in report


@pytest.mark.parametrize(
    ("comment", "detail"),
    [("# proplint: disabel=S101", "unknown directive"), ("# proplint: disable=S999", "names no rule"),
     ("# proplint: disable=D002", "cannot be suppressed")],
)
def test_unreadable_suppressions_are_p002(tmp_path: Path, comment: str, detail: str) -> None:
    text = SUMS.replace(S101_LINE, S101_LINE.rstrip("\n") + f"  {comment}\n")
    found = findings(text, tmp_path)
    assert ("P002", 30) in found and ("S101", 30) in found


def test_suppression_findings_can_be_ignored_like_any_rule(tmp_path: Path) -> None:
    text = SUMS.replace(S101_LINE, S101_LINE.rstrip("\n") + "  # proplint: disable=C604\n")
    assert ("P001", 30) not in findings(text, tmp_path, "--ignore", "unused-suppression")


def test_a_hash_inside_a_quoted_value_is_no_directive(tmp_path: Path) -> None:
    text = SUMS.replace("title: Digital vagtplanlægning", "title: \"Plan # proplint: disable-file\"")
    found = findings(text, tmp_path)
    assert ("S101", 30) in found and not [code for code, _ in found if code.startswith("P")]
    text = SUMS.replace("title: Digital vagtplanlægning", "title: 'It''s # proplint: disable-file'  # proplint: disable-file=S101")
    assert ("S101", 30) not in findings(text, tmp_path)
