"""The details a reviewer meets every day: hints that say what to do, suggestions that resemble, readable settings, Danish D001."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import proplint
from conftest import ROOT


def proplint_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False)


@pytest.mark.parametrize("code", ["S101", "S103", "S104", "S105"])
def test_the_hint_of_a_sum_rule_says_what_to_do_not_the_figure_again(code: str, tmp_path: Path) -> None:
    from proplint.examples import document, render
    from proplint.ruleset import load_ruleset

    rule = load_ruleset().rule(code)
    assert isinstance(rule.fail, dict)
    (tmp_path / "doc.yaml").write_text(render(document(rule.fail)), encoding="utf-8")
    for language, verb in (("en", "correct"), ("da", "ret")):
        result = proplint_cli("check", "--isolated", "--lang", language, "--format", "json", "doc.yaml", cwd=tmp_path)
        finding = next(f for f in json.loads(result.stdout)["findings"] if f["code"] == code)
        assert finding["hint"].startswith(verb + " "), finding["hint"]
        figures = set(re.findall(r"-?\d{2,}", finding["message"]))  # the amounts and the year ('Tabel 2' names a table)
        assert figures and not figures & set(re.findall(r"-?\d{2,}", finding["hint"])), (finding["message"], finding["hint"])


@pytest.mark.parametrize(("given", "suggested"), [("--bogus", None), ("--jbos", "--jobs"), ("--formt", "--format"), ("--quite", "--quiet")])
def test_an_unknown_option_is_suggested_only_what_it_resembles(given: str, suggested: str | None, tmp_path: Path) -> None:
    result = proplint_cli("check", given, cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("usage: proplint check ")
    if suggested is None:
        assert "did you mean" not in result.stderr and "unrecognized arguments: --bogus" in result.stderr
    else:
        assert f"unrecognized option '{given}' (did you mean '{suggested}'?)" in result.stderr


def test_show_settings_lists_long_word_lists_on_lines_a_reader_can_read(tmp_path: Path) -> None:
    (tmp_path / "SU01.yaml").write_text("format: proplint/1\n", encoding="utf-8")
    for language, shared in (("en", "(parameters as W101)"), ("da", "(parametre som W101)")):
        shown = proplint_cli("check", "--isolated", "--lang", language, "--show-settings", "SU01.yaml", cwd=tmp_path).stdout
        lines = shown.splitlines()
        assert max(map(len, lines)) <= 100, max(lines, key=len)
        assert f"  W102 {'warning' if language == 'en' else 'advarsel'} {shared}" in lines
        at = lines.index("  R502 " + ("error" if language == "en" else "fejl"))
        assert lines[at + 1] == "      levels: none, low, medium, high"
        words = lines.index(next(line for line in lines if line.startswith("      saving_words: besparelse, spare")))
        assert lines[words + 1].startswith("        ")  # the list goes on, indented under its name


def test_an_unreadable_word_or_markdown_file_is_d001_wholly_in_danish(tmp_path: Path) -> None:
    (tmp_path / "empty.docx").write_bytes(b"")
    (tmp_path / "binary.md").write_bytes(b"a\0b")
    danish = proplint_cli("check", "--isolated", "--lang", "da", "empty.docx", "binary.md", cwd=tmp_path)
    assert danish.returncode == 1
    assert "D001  dokumentet kan ikke læses: filen er tom og ikke et Word-dokument" in danish.stdout
    assert "D001  dokumentet kan ikke læses: indeholder NUL-bytes og er ikke et Markdown-dokument" in danish.stdout
    english = proplint_cli("check", "--isolated", "empty.docx", "binary.md", cwd=tmp_path)
    assert "D001  cannot read the document: the file is empty, not a Word document" in english.stdout
    assert "cannot read the document: contains NUL bytes, not a Markdown document" in english.stdout


def test_sarif_from_the_library_describes_the_rules_the_report_was_checked_with(tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(
        "name: local\nextends: kk\nrules:\n"
        "  - code: S101\n    severity: warning\n    summary: Our own words for the section total.\n"
        "  - code: W101\n    enabled: false\n",
        encoding="utf-8",
    )
    source = ROOT / "examples" / "broken" / "sums-SU04.yaml"
    (tmp_path / "SU04.yaml").write_bytes(source.read_bytes())
    options = proplint.Options(ruleset=proplint.load_ruleset(str(tmp_path / "local.yaml")))
    written = proplint.format_report(proplint.lint_paths([str(tmp_path / "SU04.yaml")], options), "sarif")
    rules = {rule["id"]: rule for rule in json.loads(written)["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["S101"]["shortDescription"]["text"] == "Our own words for the section total."
    assert rules["S101"]["defaultConfiguration"]["level"] == "warning"
    assert "W101" not in rules
    cli = proplint_cli("check", "--isolated", "--ruleset", "local.yaml", "--format", "sarif", "SU04.yaml", cwd=tmp_path)
    assert json.loads(cli.stdout)["runs"][0]["tool"]["driver"]["rules"] == list(rules.values())
    read_back = proplint.format_report(proplint.lint_paths([str(source)], proplint.Options()), "sarif")
    assert "W101" in {rule["id"] for rule in json.loads(read_back)["runs"][0]["tool"]["driver"]["rules"]}
