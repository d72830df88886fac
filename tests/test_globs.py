"""``exclude`` and ``per-file-ignores`` globs: .gitignore patterns, compiled when the configuration loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proplint.globs import GlobError, compile_globs, matches, matches_any
from test_config import CLEAN, SUMS, proplint, write


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("build/", "build/SU04.yaml", True),
        ("build/", "team/build/SU04.yaml", True),  # no inner slash: at any depth
        ("build/", "build.yaml", False),
        ("/build/", "team/build/SU04.yaml", False),  # a leading slash anchors at the configuration
        ("drafts", "x/drafts/SU04.yaml", True),
        ("*.json", "a/b/SU04.json", True),
        ("archive/*.yaml", "archive/2024/SU04.yaml", False),  # * stays within a directory
        ("archive/**/*.yaml", "archive/2024/SU04.yaml", True),
        ("SU0[4-5].yaml", "SU05.yaml", True),
        ("SU0[!4].yaml", "SU04.yaml", False),
    ],
)
def test_patterns_read_as_gitignore_lines(tmp_path: Path, pattern: str, path: str, expected: bool) -> None:
    assert matches(pattern, tmp_path / path, tmp_path) is expected


def test_a_later_negation_wins_and_a_lone_negation_matches_the_rest(tmp_path: Path) -> None:
    patterns = ("drafts/", "!drafts/keep.yaml")
    assert matches_any(patterns, tmp_path / "drafts" / "SU04.yaml", tmp_path)
    assert not matches_any(patterns, tmp_path / "drafts" / "keep.yaml", tmp_path)
    assert matches("!archive/", tmp_path / "current" / "SU04.yaml", tmp_path)
    assert not matches("!archive/", tmp_path / "archive" / "SU04.yaml", tmp_path)
    assert not matches_any((), tmp_path / "SU04.yaml", tmp_path)


def test_a_malformed_pattern_fails_to_compile_naming_which() -> None:
    with pytest.raises(GlobError) as raised:
        compile_globs(["drafts", "[z-a]*.yaml"])
    assert raised.value.index == 1 and "[z-a]*.yaml" in str(raised.value)


def test_exclude_a_directory_but_keep_a_negated_file(tmp_path: Path) -> None:
    write(tmp_path, {
        ".proplint.toml": 'exclude = ["build/", "drafts/", "!drafts/keep.yaml"]\n',
        "build/SU04.yaml": SUMS,
        "drafts/SU04.yaml": SUMS,
        "drafts/keep.yaml": SUMS,
        "SU09.yaml": CLEAN,
    })
    result = proplint("check", "--format", "json", ".", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == 2
    assert {finding["file"] for finding in report["findings"]} == {"drafts/keep.yaml"}


def test_a_negated_per_file_ignore_applies_to_the_other_files(tmp_path: Path) -> None:
    write(tmp_path, {
        ".proplint.toml": '[per-file-ignores]\n"!current/" = ["S", "E"]\n',
        "archive/SU04.yaml": SUMS,
        "current/SU04.yaml": SUMS,
    })
    report = json.loads(proplint("check", "--format", "json", ".", cwd=tmp_path).stdout)
    assert {finding["file"] for finding in report["findings"] if finding["code"][0] in "SE"} == {"current/SU04.yaml"}


@pytest.mark.parametrize(
    ("config", "where"),
    [
        ('exclude = [\n  "drafts",\n  "[z-a]*.yaml",\n]\n', ".proplint.toml:1:"),
        ('[per-file-ignores]\n"[z-a]*.yaml" = ["S"]\n', ".proplint.toml:2:1:"),
    ],
)
def test_a_malformed_pattern_is_a_configuration_error(tmp_path: Path, config: str, where: str) -> None:
    write(tmp_path, {".proplint.toml": config, "SU09.yaml": CLEAN})
    result = proplint("check", ".", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert where in result.stderr and "invalid glob '[z-a]*.yaml'" in result.stderr
    assert "Traceback" not in result.stderr
