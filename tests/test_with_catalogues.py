"""``--with-catalogues``: a named proposal brings the catalogues of its project that list it (what the pre-commit hook runs)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

import proplint

CATALOGUE = (EXAMPLES / "catalogue-B2027.yaml").read_text(encoding="utf-8")


def _project(root: Path) -> Path:
    """A repository: the catalogue at the top, its proposals under forslag/."""
    (root / "forslag").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ("investment-SU09.yaml", "efficiency-SU12.json", "innovation-SU15.toml"):
        shutil.copy(EXAMPLES / name, root / "forslag" / name)
    (root / "katalog.yaml").write_text(CATALOGUE.replace("source: ", "source: forslag/"), encoding="utf-8")
    return root


def _check(root: Path, *args: str) -> tuple[int, dict[str, list[str]]]:
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--format", "json", *args], cwd=root, capture_output=True, text=True, check=False
    )
    assert "Traceback" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    found: dict[str, list[str]] = {}
    for finding in report["findings"]:
        found.setdefault(finding["file"], []).append(f"{finding['code']}:{finding['line']}")
    return report["summary"]["files"], found


def _change_su09(root: Path) -> None:
    path = root / "forslag" / "investment-SU09.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("2028: -1550", "2028: -1600").replace("2028: -1800", "2028: -1850"), encoding="utf-8")


def test_a_named_proposal_brings_the_catalogue_that_lists_it(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _change_su09(root)
    assert _check(root, "forslag/investment-SU09.yaml") == (1, {})
    files, found = _check(root, "--with-catalogues", "--skip-foreign", "forslag/investment-SU09.yaml")
    assert (files, found) == (2, {"katalog.yaml": ["S106:15"]})
    # Named too, the catalogue is checked once; a proposal no catalogue lists brings none.
    assert _check(root, "--with-catalogues", "forslag/investment-SU09.yaml", "katalog.yaml") == (2, {"katalog.yaml": ["S106:15"]})
    shutil.copy(EXAMPLES / "broken" / "economy-SU07.yaml", root / "SU07.yaml")
    assert _check(root, "--with-catalogues", "SU07.yaml")[0] == 1


def test_through_the_library(tmp_path: Path) -> None:
    root = _project(tmp_path)
    _change_su09(root)
    report = proplint.lint_paths([str(root / "forslag" / "investment-SU09.yaml")], with_catalogues=True)
    assert report.files == 2 and [(f.code, Path(f.file).name) for f in report.findings] == [("S106", "katalog.yaml")]


def test_only_files_holding_entries_catalogue_and_the_name_are_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import proplint.listing

    root = _project(tmp_path)
    proposal = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")
    for number in range(200):
        (root / "forslag" / f"SU{number:03}.yaml").write_text(proposal.replace("id: SU09", f"id: X{number}"), encoding="utf-8")
    (root / "ci.yaml").write_text("entries: [investment-SU09.yaml]\n", encoding="utf-8")  # no catalogue
    (root / "node_modules").mkdir()
    (root / "node_modules" / "katalog.yaml").write_text(CATALOGUE.replace("source: ", "source: ../forslag/"), encoding="utf-8")
    parsed: list[str] = []
    original = proplint.listing.load_bytes
    monkeypatch.setattr(proplint.listing, "load_bytes", lambda raw, file, *rest: parsed.append(Path(file).name) or original(raw, file, *rest))
    report = proplint.lint_paths([str(root / "forslag" / "investment-SU09.yaml")], proplint.Options(), with_catalogues=True)
    assert parsed == ["katalog.yaml"] and report.files == 2


def test_the_catalogue_is_looked_for_in_the_proposals_project_and_exclude_applies(tmp_path: Path) -> None:
    root = _project(tmp_path / "repo")
    (root / ".git").rmdir()
    (root / "forslag" / "proplint.toml").write_text("", encoding="utf-8")  # the project is forslag/: the catalogue is outside
    assert _check(root, "--with-catalogues", "forslag/investment-SU09.yaml")[0] == 1
    (root / "forslag" / "proplint.toml").unlink()
    (root / "proplint.toml").write_text('exclude = ["katalog.yaml"]\n', encoding="utf-8")
    assert _check(root, "--with-catalogues", "forslag/investment-SU09.yaml")[0] == 1
    (root / "proplint.toml").write_text("", encoding="utf-8")
    assert _check(root, "--with-catalogues", "forslag/investment-SU09.yaml")[0] == 2


def test_a_proposal_of_a_collection_brings_its_catalogue(tmp_path: Path) -> None:
    root = _project(tmp_path)
    shutil.copy(EXAMPLES / "samling-SOF-B2027.md", root / "forslag" / "samling.md")
    from proplint.importing import read_template

    first = read_template(root / "forslag" / "samling.md", "samling.md").proposals[0].id
    (root / "katalog.yaml").write_text(
        CATALOGUE.replace("source: investment-SU09.yaml", f"source: samling.md#{first}").replace("source: ", "source: forslag/"),
        encoding="utf-8",
    )
    files, found = _check(root, "--with-catalogues", "forslag/samling.md", "--select", "S107")
    assert (files, found) == (2, {})  # the catalogue came along, and its entry found the proposal in the collection
    assert _check(root, "--with-catalogues", "forslag/samling.md", "--select", "S107", "--isolated")[0] == 2
