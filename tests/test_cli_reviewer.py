"""The command line as a reviewer meets it: Danish all the way through, and forgiving of small mistakes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

SUMS = EXAMPLES / "broken" / "sums-SU04.yaml"


def proplint(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, env=env, check=False
    )


def english_environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}


# 1. Danish all the way through


def test_help_is_danish_with_lang_da_and_with_a_danish_configuration(tmp_path: Path) -> None:
    result = proplint("check", "--help", "--lang", "da", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("brug: proplint check")
    assert "tilvalg:" in result.stdout and "kontrollér kun disse regler" in result.stdout
    assert "show this help" not in result.stdout and "usage:" not in result.stdout
    (tmp_path / ".proplint.toml").write_text('lang = "da"\n', encoding="utf-8")
    top = proplint("--help", cwd=tmp_path, env=english_environment())
    assert "Kontrollér strukturerede budgetforslag." in top.stdout and "kommandoer:" in top.stdout


def test_usage_and_configuration_errors_are_danish(tmp_path: Path) -> None:
    missing = proplint("--lang", "da", "check", "nosuch.yaml", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip() == "proplint: fejl: filen eller mappen findes ikke: nosuch.yaml"
    (tmp_path / ".proplint.toml").write_text('lang = "da"\nselet = ["S"]\n', encoding="utf-8")
    shutil.copy(SUMS, tmp_path / "SU04.yaml")
    wrong = proplint("check", "SU04.yaml", cwd=tmp_path, env=english_environment())
    assert wrong.returncode == 2
    assert "proplint: fejl: " in wrong.stderr
    assert ".proplint.toml:2:1: ukendt indstilling 'selet' (mente du 'select'?)" in wrong.stderr
    (tmp_path / ".proplint.toml").write_text('lang = "da"\nignore = ["S9"]\n', encoding="utf-8")
    unknown = proplint("check", "SU04.yaml", cwd=tmp_path, env=english_environment())
    assert unknown.returncode == 2 and "'S9' er ikke en regel i regelsættet 'kk'" in unknown.stderr


def test_baseline_messages_and_severities_are_danish(tmp_path: Path) -> None:
    shutil.copy(SUMS, tmp_path / "SU04.yaml")
    written = proplint("check", "--lang", "da", "--write-baseline", "known.json", "SU04.yaml", cwd=tmp_path)
    assert "proplint: skrev 5 fund til baselinen known.json" in written.stderr
    held = proplint("check", "--lang", "da", "--baseline", "known.json", "SU04.yaml", cwd=tmp_path)
    assert held.returncode == 0
    assert held.stdout.strip() == (
        "Kontrollerede 1 fil: 0 fejl, 0 advarsler, 0 bemærkninger. 5 fund står allerede i baselinen og vises ikke."
    )
    broken = proplint("check", "--lang", "da", "--baseline", "SU04.yaml", "SU04.yaml", cwd=tmp_path)
    assert broken.returncode == 2 and "proplint: fejl: SU04.yaml: ikke en baseline skrevet af proplint" in broken.stderr
    findings = proplint("check", "--lang", "da", "SU04.yaml", cwd=tmp_path).stdout
    assert "  fejl      S102" in findings and "  advarsel  E301" in findings


def test_explain_and_rules_speak_danish(tmp_path: Path) -> None:
    explained = proplint("explain", "S101", "--lang", "da", cwd=tmp_path)
    assert explained.returncode == 0
    assert "Alvorlighed som standard: fejl." in explained.stdout
    assert "## Hvad den gør\n\nI alt for et afsnit afviger fra summen af dets rækker i et år." in explained.stdout
    assert "## Hvorfor" in explained.stdout and "What it does" not in explained.stdout
    listing = proplint("rules", "--lang", "da", cwd=tmp_path)
    header = listing.stdout.splitlines()[0].split()
    assert header == ["kode", "navn", "standard", "alvorlighed", "slået", "til", "kilde"]
    s101 = next(line for line in listing.stdout.splitlines() if line.startswith("S101"))
    assert s101.split() == ["S101", "section-total", "fejl", "fejl", "ja", "core"]
    unknown = proplint("explain", "S999", "--lang", "da", cwd=tmp_path)
    assert unknown.returncode == 2 and "ingen regel 'S999'" in unknown.stderr


def test_vocabulary_problems_name_the_danish_words(tmp_path: Path) -> None:
    text = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8").replace("level: low", "level: maybe")
    (tmp_path / "SU09.yaml").write_text(text, encoding="utf-8")
    danish = proplint("check", "--lang", "da", "SU09.yaml", cwd=tmp_path).stdout
    assert "'maybe' kan ikke bruges her: brug ingen, lav, mellem eller høj" in danish
    english = proplint("check", "--lang", "en", "SU09.yaml", cwd=tmp_path).stdout
    assert "'maybe' is not one of none, low, medium, high" in english


# 2. A forgiving command line


def test_a_misspelt_subcommand_gets_a_suggestion(tmp_path: Path) -> None:
    result = proplint("chek", "x.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "did you mean 'check'?" in result.stderr
    danish = proplint("--lang", "da", "chek", cwd=tmp_path)
    assert danish.returncode == 2 and "mente du 'check'?" in danish.stderr


@pytest.mark.parametrize("given", ["--formt", "--formt=json"])
def test_a_misspelt_option_gets_a_suggestion_and_the_subcommands_usage(tmp_path: Path, given: str) -> None:
    shutil.copy(SUMS, tmp_path / "SU04.yaml")
    result = proplint("check", given, *(["json"] if "=" not in given else []), "SU04.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: proplint check ")
    assert "proplint check: error: unrecognized option '--formt' (did you mean '--format'?)" in result.stderr
    report = proplint("report", "--hmtl", "x.html", cwd=tmp_path)
    assert report.stderr.startswith("usage: proplint report ") and "did you mean '--html'?" in report.stderr


def test_check_without_a_path_checks_the_current_directory(tmp_path: Path) -> None:
    shutil.copy(SUMS, tmp_path / "SU04.yaml")
    shutil.copy(EXAMPLES / "investment-SU09.yaml", tmp_path / "SU09.yaml")
    result = proplint("check", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["summary"]["files"] == 2
    assert {finding["file"] for finding in report["findings"]} == {"SU04.yaml"}


def test_show_settings_names_the_nearest_configuration_and_what_it_resolves_to(tmp_path: Path) -> None:
    (tmp_path / ".proplint.toml").write_text('select = ["S"]\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".proplint.toml").write_text(
        'ignore = ["N203"]\nlang = "da"\nbaseline = "known.json"\n[severity]\nE301 = "error"\n[params.R502]\nlevels = ["low", "high"]\n',
        encoding="utf-8",
    )
    shutil.copy(SUMS, tmp_path / "sub" / "SU04.yaml")
    shutil.copy(SUMS, tmp_path / "SU04.yaml")
    shown = json.loads(proplint("check", "--show-settings", "sub/SU04.yaml", "--format", "json", cwd=tmp_path).stdout)
    assert shown["configuration"] == str(tmp_path / "sub" / ".proplint.toml")
    assert shown["ruleset"] == "kk" and shown["language"] == "da"
    assert "N203" in shown["ignored"] and "S101" in shown["selected"]
    assert shown["severity"]["E301"] == "error" and shown["params"]["R502"]["levels"] == ["low", "high"]
    assert shown["baseline"] == str(tmp_path / "sub" / "known.json")
    outer = json.loads(proplint("check", "--show-settings", "SU04.yaml", "--format", "json", cwd=tmp_path).stdout)
    assert outer["configuration"] == str(tmp_path / ".proplint.toml")
    assert outer["selected"] == ["D001", "D002", "D003", *[code for code in outer["selected"] if code.startswith("S")]]
    text = proplint("--show-settings", "sub/SU04.yaml", cwd=tmp_path)
    assert text.returncode == 0
    assert f"Konfigurationsfil: {tmp_path / 'sub' / '.proplint.toml'}" in text.stdout
    assert "Regler slået fra: N203" in text.stdout and "  E301 fejl" in text.stdout
    isolated = proplint("check", "--isolated", "--show-settings", "sub/SU04.yaml", "--lang", "en", cwd=tmp_path)
    assert "Configuration file: (none: the defaults)" in isolated.stdout


def test_quiet_prints_the_findings_only(tmp_path: Path) -> None:
    shutil.copy(SUMS, tmp_path / "SU04.yaml")
    quiet = proplint("check", "-q", "SU04.yaml", cwd=tmp_path)
    assert quiet.returncode == 1
    assert "Checked" not in quiet.stdout and "S101" in quiet.stdout
    assert quiet.stdout.splitlines()[-1].startswith("SU04.yaml:30:34")
    note = proplint("check", "--quiet", "--write-baseline", "b.json", "SU04.yaml", cwd=tmp_path)
    assert note.stderr == ""
    (tmp_path / "SU09.yaml").write_text((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    clean = proplint("check", "-q", "SU09.yaml", cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout == ""


@pytest.mark.parametrize("command", [[], ["check"], ["rules"], ["explain"], ["schema"], ["report"], ["import"]])
def test_version_everywhere(tmp_path: Path, command: list[str]) -> None:
    from proplint import __version__

    result = proplint(*command, "--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"proplint {__version__}"
