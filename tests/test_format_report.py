"""proplint.format_report: every format the command line writes, from the library, the same as the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import proplint
from conftest import EXAMPLES, ROOT

PATHS = ["examples/broken/sums-SU04.yaml", "examples/broken/parts-SU10.yaml", "examples/investment-SU09.yaml"]


def cli(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False).stdout


@pytest.mark.parametrize("form", ["text", "concise", "json", "sarif", "github", "junit", "html"])
@pytest.mark.parametrize("language", ["en", "da"])
def test_each_format_is_what_the_command_line_writes(form: str, language: str) -> None:
    report = proplint.lint_paths(PATHS, proplint.Options(language=language))
    written = proplint.format_report(report, form, language=language)  # type: ignore[arg-type]
    assert written == cli("check", "--isolated", "--lang", language, "--format", form, *PATHS)
    assert written  # never an empty rendering


def test_the_html_page_is_the_one_proplint_report_writes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    subprocess.run([sys.executable, "-m", "proplint", "report", *PATHS, "--isolated", "--lang", "da", "--html", str(page)],
                   cwd=ROOT, check=True, capture_output=True)
    report = proplint.lint_paths(PATHS, proplint.Options(language="da"))
    assert proplint.format_report(report, "html", language="da") == page.read_text(encoding="utf-8")


def test_unknown_formats_and_languages_are_value_errors() -> None:
    report = proplint.lint_paths(PATHS[:1], proplint.Options())
    with pytest.raises(ValueError, match="unknown report format 'pdf'"):
        proplint.format_report(report, "pdf")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown language 'sv'"):
        proplint.format_report(report, "text", language="sv")
    assert "format_report" in proplint.__all__


def test_lint_paths_without_options_uses_the_configuration_the_command_line_uses(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "inner").mkdir(parents=True)
    shutil.copy(EXAMPLES / "broken" / "sums-SU04.yaml", project / "SU04.yaml")
    shutil.copy(EXAMPLES / "broken" / "sums-SU04.yaml", project / "inner" / "SU04.yaml")
    (project / ".proplint.toml").write_text('ignore = ["S101"]\n', encoding="utf-8")
    (project / "inner" / ".proplint.toml").write_text('ignore = ["S102"]\nlang = "da"\n', encoding="utf-8")
    report = proplint.lint_paths([str(project)])
    codes = {Path(finding.file).parent.name: set() for finding in report.findings}
    for finding in report.findings:
        codes[Path(finding.file).parent.name].add(finding.code)
    assert "S101" not in codes["project"] and "S102" in codes["project"]
    assert "S102" not in codes["inner"] and "S101" in codes["inner"]
    inner = next(f for f in report.findings if f.code == "S101")
    assert "rækkerne giver tilsammen" in inner.message  # the inner configuration's language
    assert json.loads(cli("check", "--format", "json", str(project)))["findings"] == [f.to_dict() for f in report.findings]
    defaults = proplint.lint_paths([str(project)], proplint.Options())
    assert {"S101", "S102"} <= {finding.code for finding in defaults.findings}
    (project / ".proplint.toml").write_text('ignore = ["S1O1"]\n', encoding="utf-8")
    with pytest.raises(proplint.ConfigError, match="names no rule"):
        proplint.lint_paths([str(project / "SU04.yaml")])


def test_single_documents_carry_their_facts() -> None:
    outcome = proplint.lint_file(EXAMPLES / "investment-SU09.yaml")
    assert outcome.facts is not None
    assert (outcome.facts.kind, outcome.facts.id, outcome.facts.payback) == ("proposal", "SU09", 3)
    assert outcome.facts.permanent[2029] == Decimal("-1550")
    data = json.loads((EXAMPLES / "efficiency-SU12.json").read_text(encoding="utf-8"))
    mapped = proplint.lint_mapping(data, file="SU12")
    assert mapped.facts is not None and mapped.facts.id == "SU12" and mapped.facts.kind == "proposal"
    text = proplint.lint_text((EXAMPLES / "catalogue-B2027.yaml").read_text(encoding="utf-8"), file="B2027.yaml")
    assert text.facts is not None and text.facts.kind == "catalogue" and len(text.facts.entries) == 3
    page = proplint.format_report(
        proplint.Report(findings=outcome.findings, files=1, facts=[outcome.facts]), "html", language="da"
    )
    assert '<table id="overview">' in page and "-1.550" in page and "Samlet indkøb af inkontinenshjælpemidler" in page
