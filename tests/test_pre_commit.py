"""The pre-commit hook in a real git repository, run by the real pre-commit against this checkout.

The repository's git hook runs ``pre-commit try-repo`` on this checkout (its
uncommitted changes included), so ``git commit`` itself is refused or passes.
pre-commit builds the hook's environment from PyPI once per test session.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.skipif(
    not (ROOT / ".git").exists() or shutil.which("git") is None, reason="needs git and a git checkout of proplint"
)


def _git(repository: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repository, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repository(tmp_path: Path, pre_commit_home: Path) -> Path:
    """A throw-away proposal repository whose git pre-commit hook runs proplint's hook from this checkout."""
    repository = tmp_path / "proposals"
    repository.mkdir()
    _git(repository, "init", "-q", "-b", "main")
    _git(repository, "config", "user.email", "reviewer@example.org")
    _git(repository, "config", "user.name", "Reviewer")
    pre_commit = Path(sys.executable).with_name("pre-commit")
    hook = repository / ".git" / "hooks" / "pre-commit"
    hook.write_text(
        "#!/bin/sh\n"
        f"export PRE_COMMIT_HOME='{pre_commit_home}'\n"
        f"exec '{pre_commit}' try-repo '{ROOT}' proplint --color never\n",
        encoding="utf-8",
    )
    hook.chmod(0o755)
    (repository / "ci.yaml").write_text("jobs: {lint: {runs-on: ubuntu-latest}}\n", encoding="utf-8")
    return repository


def _commit(repository: Path, *files: str) -> subprocess.CompletedProcess[str]:
    _git(repository, "add", *files)
    return _git(repository, "commit", "-q", "-m", "Proposals")


def test_a_commit_with_a_broken_proposal_is_refused_with_the_findings(repository: Path) -> None:
    shutil.copy(EXAMPLES / "broken" / "sums-SU04.yaml", repository / "SU04.yaml")
    shutil.copy(EXAMPLES / "investment-SU09.yaml", repository / "SU09.yaml")
    result = _commit(repository, "SU04.yaml", "SU09.yaml", "ci.yaml")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "proplint" in output and "Failed" in output
    assert "SU04.yaml:30:34" in output and "S101" in output
    assert "SU09.yaml:" not in output  # the clean proposal has no findings
    assert _git(repository, "rev-parse", "--verify", "-q", "HEAD").returncode != 0  # nothing was committed


def test_a_commit_of_clean_proposals_and_other_yaml_passes(repository: Path) -> None:
    shutil.copy(EXAMPLES / "investment-SU09.yaml", repository / "SU09.yaml")
    shutil.copy(EXAMPLES / "efficiency-SU12.json", repository / "SU12.json")
    shutil.copy(EXAMPLES / "innovation-SU15.toml", repository / "SU15.toml")
    result = _commit(repository, "SU09.yaml", "SU12.json", "SU15.toml", "ci.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout + result.stderr
    assert _git(repository, "rev-parse", "--verify", "-q", "HEAD").returncode == 0


def test_the_hook_definition_names_the_files_proplint_reads() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "proplint" and hook["language"] == "python"
    assert set(hook["types_or"]) == {"yaml", "json", "toml"}
    assert hook["pass_filenames"] is True
    assert "--skip-foreign" in hook["entry"].split()
    assert "--with-catalogues" in hook["entry"].split()
    assert hook["require_serial"] is True  # one process: one summary, each catalogue checked once
    assert os.path.basename(hook["entry"].split()[0]) == "proplint"


def test_a_commit_of_a_proposal_with_a_misspelt_format_line_is_refused(repository: Path) -> None:
    text = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")
    (repository / "SU09.yaml").write_text(text.replace("format: proplint/1\n", "Format: proplint/1\n", 1), encoding="utf-8")
    result = _commit(repository, "SU09.yaml", "ci.yaml")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "SU09.yaml:1:9" in output and "D005" in output
    assert _git(repository, "rev-parse", "--verify", "-q", "HEAD").returncode != 0


def test_a_commit_of_other_yaml_only_passes(repository: Path) -> None:
    result = _commit(repository, "ci.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def _catalogue(repository: Path) -> None:
    """SU09 and SU12 under forslag/, and the catalogue at the top that lists them."""
    (repository / "forslag").mkdir()
    shutil.copy(EXAMPLES / "investment-SU09.yaml", repository / "forslag" / "SU09.yaml")
    for number in range(9):  # enough files for pre-commit to split them into a batch per CPU, were the hook not serial
        shutil.copy(EXAMPLES / "efficiency-SU12.json", repository / "forslag" / f"SU12-{number}.json")
    (repository / "forslag" / "SU12-0.json").rename(repository / "forslag" / "SU12.json")
    catalogue = (EXAMPLES / "catalogue-B2027.yaml").read_text(encoding="utf-8")
    catalogue = catalogue.replace("source: investment-SU09.yaml", "source: forslag/SU09.yaml")
    catalogue = catalogue.replace("source: efficiency-SU12.json", "source: forslag/SU12.json")
    catalogue = catalogue.replace("  - id: SU15\n", "  - id: SU15\n    # no source: its file is elsewhere\n")
    catalogue = catalogue.replace("    source: innovation-SU15.toml\n", "")
    (repository / "katalog.yaml").write_text(catalogue, encoding="utf-8")


def _check(repository: Path, *files: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--format", "concise", *files], cwd=repository, capture_output=True, text=True, check=False
    )
    return result.stdout


def _permanent_2028(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_commit_changing_a_proposals_totals_without_its_catalogue_is_refused(repository: Path) -> None:
    _catalogue(repository)
    first = _commit(repository, "katalog.yaml", "forslag", "ci.yaml")
    assert first.returncode == 0, first.stdout + first.stderr
    # SU09's permanent change in 2028 grows by 50: its rows, total and total impact, but not the catalogue.
    _permanent_2028(repository / "forslag" / "SU09.yaml", "2028: -1550", "2028: -1600")
    _permanent_2028(repository / "forslag" / "SU09.yaml", "2028: -1800", "2028: -1850")
    assert "SU09.yaml" not in _check(repository, "forslag/SU09.yaml")  # the proposal itself stays clean
    for other in (repository / "forslag").glob("SU12*.json"):
        with other.open("a", encoding="utf-8") as stream:
            stream.write("\n")  # staged too: ten files, one summary
    refused = _commit(repository, "forslag")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "katalog.yaml:" in output and "S106" in output and "entry SU09" in output
    assert output.count("Checked ") == 1, output  # one summary however pre-commit splits the files
    assert _git(repository, "log", "--oneline").stdout.count("\n") == 1  # nothing more was committed
    # The catalogue updated in the same commit: it passes.
    _permanent_2028(repository / "katalog.yaml", "values: {2027: -650, 2028: -1550", "values: {2027: -650, 2028: -1600")
    _permanent_2028(repository / "katalog.yaml", "total: {2027: -920, 2028: -2130", "total: {2027: -920, 2028: -2180")
    passed = _commit(repository, "forslag/SU09.yaml", "katalog.yaml")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert _git(repository, "log", "--oneline").stdout.count("\n") == 2
