"""A check that crashed is an internal error: exit 2, and every report says so, never only standard error.

The crashing check is a real plugin: a distribution's metadata and module on
``PYTHONPATH``, found through its ``proplint.checks`` entry point as any
installed plugin is.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
CRASH = re.compile(r"SU04\.yaml: check 'crashing' .* of rule X951 failed: RuntimeError: boom")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A proposal with findings, a ruleset adding a crashing check, and the plugin providing it."""
    plugin = tmp_path / "plugin"
    info = plugin / "crashing-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashing\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[proplint.checks]\ncrashing = crashing:check\n", encoding="utf-8")
    (plugin / "crashing.py").write_text("def check(document, context):\n    raise RuntimeError('boom')\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    (work / "local.yaml").write_text(
        "extends: kk\nrules:\n  - {code: X951, name: crashing, severity: error, check: crashing, message: never}\n", encoding="utf-8"
    )
    shutil.copy(EXAMPLES / "broken" / "sums-SU04.yaml", work / "SU04.yaml")
    return work


def _proplint(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project.parent / "plugin"), str(ROOT / "src")])}
    return subprocess.run(
        [sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=project, env=env, check=False, timeout=120
    )


def test_the_text_summary_counts_the_internal_error(project: Path) -> None:
    result = _proplint(project, "check", "--ruleset", "local.yaml", "SU04.yaml")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "S101" in result.stdout  # the other checks' findings are all there
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("Checked 1 file") and "1 internal error: a check crashed" in summary
    assert CRASH.search(result.stderr)
    danish = _proplint(project, "check", "--ruleset", "local.yaml", "--lang", "da", "SU04.yaml")
    assert "1 intern fejl" in danish.stdout.strip().splitlines()[-1]


def test_sarif_names_the_crash_in_the_invocation_and_validates(project: Path) -> None:
    from jsonschema import Draft4Validator

    result = _proplint(project, "check", "--ruleset", "local.yaml", "--format", "sarif", "SU04.yaml")
    assert result.returncode == 2, result.stderr
    log = json.loads(result.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(Draft4Validator(schema).iter_errors(log), key=lambda error: list(error.path))
    assert not errors, [f"{list(error.path)}: {error.message}" for error in errors]
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [notification] = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error" and CRASH.search(notification["message"]["text"])
    assert {result_["ruleId"] for result_ in log["runs"][0]["results"]} >= {"S101", "S103"}


def test_the_html_page_shows_the_crash_in_a_section_of_its_own(project: Path) -> None:
    result = _proplint(project, "report", "--ruleset", "local.yaml", "SU04.yaml", "--html", "page.html")
    assert result.returncode == 2 and CRASH.search(result.stderr)
    page = (project / "page.html").read_text(encoding="utf-8")
    section = re.search(r'<section id="crashes"[^>]*>(.*?)</section>', page, re.DOTALL)
    assert section is not None and "<h2>Internal errors</h2>" in section.group(1)
    assert CRASH.search(section.group(1).replace("&#x27;", "'"))
    assert page.index('id="crashes"') < page.index('id="overview"')  # at the top, before the documents
    assert "1 internal error" in re.search(r'<p id="summary">(.*?)</p>', page, re.DOTALL).group(1)  # type: ignore[union-attr]


def test_github_annotates_the_crash_and_json_lists_it(project: Path) -> None:
    github = _proplint(project, "check", "--ruleset", "local.yaml", "--format", "github", "SU04.yaml")
    assert github.returncode == 2
    [line] = [line for line in github.stdout.splitlines() if "internal error" in line]
    assert line.startswith("::error title=proplint internal error::") and CRASH.search(line)
    report = json.loads(_proplint(project, "check", "--ruleset", "local.yaml", "--format", "json", "SU04.yaml").stdout)
    [crash] = report["crashes"]
    assert CRASH.search(crash)


def test_without_a_crash_nothing_is_said(project: Path) -> None:
    result = _proplint(project, "report", "SU04.yaml", "--html", "page.html")
    assert result.returncode == 0, result.stderr
    page = (project / "page.html").read_text(encoding="utf-8")
    assert 'id="crashes"' not in page and "internal error" not in page
    sarif = json.loads(_proplint(project, "check", "--format", "sarif", "SU04.yaml").stdout)
    assert sarif["runs"][0]["invocations"] == [{"executionSuccessful": True}]
