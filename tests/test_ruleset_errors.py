"""A ruleset or configuration that cannot be used: a configuration error with file and line, in the reader's language.

Never a traceback or a hang: an ``extends`` cycle through any spelling of a
path, a message that is not a text, or a format that would print millions
of characters is refused when the ruleset loads (exit 2).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

SUMS = EXAMPLES / "broken" / "sums-SU04.yaml"


def proplint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False, timeout=60
    )


def refused(ruleset: Path, cwd: Path, language: str = "en") -> str:
    """The one error line of checking a proposal with ``ruleset``, after asserting it is a clean configuration error."""
    (cwd / "SU04.yaml").write_bytes(SUMS.read_bytes())
    result = proplint("check", "--isolated", "--lang", language, "--ruleset", str(ruleset), "SU04.yaml", cwd=cwd)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    return line


# Contents of a ruleset file: (text, English, Danish); each names the file and line.
CONTENTS = [
    ("tolerence: exact\n", "local.yaml:1:1: tolerence: unknown key 'tolerence' (did you mean 'tolerance'?)",
     "local.yaml:1:1: tolerence: ukendt nøgle 'tolerence' (mente du 'tolerance'?)"),
    ("tolerance: loose\n", "local.yaml:1:12: tolerance: tolerance must be 'rounding' or 'exact', not 'loose'",
     "local.yaml:1:12: tolerance: tolerance skal være 'rounding' eller 'exact', ikke 'loose'"),
    ("extends: kk\nrules:\n  - code: S101\n    mesage: x\n", "local.yaml:4:5: rules[0].mesage: unknown key 'mesage' (did you mean 'message'?)",
     "local.yaml:4:5: rules[0].mesage: ukendt nøgle 'mesage' (mente du 'message'?)"),
    ("extends: kk\nrules:\n  - code: S101\n    enabled: 'no'\n", "rules[0].enabled: must be true or false, not 'no'",
     "rules[0].enabled: skal være true eller false, ikke 'no'"),
    ("extends: kk\nrules: {S101: x}\n", "local.yaml:2:1: rules: must be a list, not a table", "local.yaml:2:1: rules: skal være en liste, ikke en tabel"),
    ("extends: kk\nrules:\n  - code: R502\n    params:\n      levels: low\n",
     "local.yaml:5:15: rules[0].params.levels: rule R502: must be a list, not 'low'",
     "local.yaml:5:15: rules[0].params.levels: reglen R502: skal være en liste, ikke 'low'"),
    ("extends: kk\nrules:\n  - code: C604\n    params:\n      mandatry: {}\n",
     "rule C604: unknown key 'mandatry' (did you mean 'mandatory'?)", "reglen C604: ukendt nøgle 'mandatry' (mente du 'mandatory'?)"),
    ("extends: kk\nrules:\n  - code: S101\n    message: '{year}: {totl}'\n",
     "local.yaml:4:14: rules[0].message: rule S101: the message names {totl}, which the check does not give (did you mean {total}?)",
     "local.yaml:4:14: rules[0].message: reglen S101: meddelelsen nævner {totl}, som kontrollen ikke giver (mente du {total}?)"),
    ("extends: kk\nrules:\n  - code: S101\n    hint: 'add {nothing_given}'\n",
     "rules[0].hint: rule S101: the hint names {nothing_given}, which the check does not give (it gives: ",
     "rules[0].hint: reglen S101: tippet nævner {nothing_given}, som kontrollen ikke giver (den giver: "),
    ("extends: kk\nrules:\n  - code: S101\n    message: '{year'\n",
     "rules[0].message: rule S101: the template cannot be read: ", "rules[0].message: reglen S101: skabelonen kan ikke læses: "),
    ("extends: kk\nrules:\n  - code: X1\n    name: x\n", "local.yaml:3:5: rules[0]: the new rule X1 needs message, severity",
     "local.yaml:3:5: rules[0]: den nye regel X1 skal have message, severity"),
    ("extends: kk\nrules:\n  - code: S101\n    document: letter\n",
     "local.yaml:4:15: rules[0].document: document must be one of proposal, catalogue, case-status, effect-status, not 'letter'",
     "local.yaml:4:15: rules[0].document: document skal være en af proposal, catalogue, case-status, effect-status, ikke 'letter'"),
    ("extends: kk\nrules:\n  - code: S105\n    document: case-status\n",
     "local.yaml:4:15: rules[0].document: rule S105: the check 'catalogue_total' reads catalogue documents, not case-status",
     "reglen S105: kontrollen 'catalogue_total' læser dokumenter af typen catalogue, ikke case-status"),
    ("extends: kk\nrules:\n  - code: [\n", "local.yaml:4:1: cannot read the ruleset: ", "local.yaml:4:1: kan ikke læse regelsættet: "),
    ("extends: no-such-ruleset\n", "local.yaml:1:10: extends: unknown ruleset 'no-such-ruleset' (known rulesets: core, kk",
     "local.yaml:1:10: extends: ukendt regelsæt 'no-such-ruleset'"),
]


@pytest.mark.parametrize(("text", "english", "danish"), CONTENTS)
def test_a_mistake_in_a_ruleset_is_told_at_its_line_in_both_languages(text: str, english: str, danish: str, tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(text, encoding="utf-8")
    assert english in refused(Path("local.yaml"), tmp_path, "en")
    assert danish in refused(Path("local.yaml"), tmp_path, "da")


# Settings: (configuration, English, Danish), read with lang = "da" in the configuration itself for the Danish.
SETTINGS = [
    ('[params.R502]\nlevels = "low"\n', ":3:10: 'params.R502.levels' must be a list, not 'low'", ":3:10: 'params.R502.levels' skal være en liste, ikke 'low'"),
    ('[params.N203]\nsaving_keywords = ["a", 2]\n', "'params.N203.saving_keywords.1' must be a text, not 2",
     "'params.N203.saving_keywords.1' skal være en tekst, ikke 2"),
    ('[params.C604.mandatory]\ninvestment = [{nam = "x"}]\n', "'params.C604.mandatory.investment.0.name' is missing (a required key)",
     "'params.C604.mandatory.investment.0.name' mangler (nøglen er påkrævet)"),
    ('[params.W101.hedges]\n"ca." = "omtrent"\n', "must be one of about, below, above, at_most, at_least, not 'omtrent'",
     "skal være en af about, below, above, at_most, at_least, ikke 'omtrent'"),
    ('[params.C604.mandatory]\ninvestmnt = []\n', "must be one of investment, innovation, efficiency, not 'investmnt' (did you mean 'investment'?)",
     "skal være en af investment, innovation, efficiency, ikke 'investmnt' (mente du 'investment'?)"),
    ('exclude = ["[z-a]*.yaml"]\n', ":2:11: invalid glob '[z-a]*.yaml': ", ":2:11: ugyldigt filmønster '[z-a]*.yaml': "),
    ('[severity]\nS101 = "fatal"\n', ":3:8: 'severity.S101' must be one of info, warning, error, not 'fatal'",
     ":3:8: 'severity.S101' skal være en af info, warning, error, ikke 'fatal'"),
]


@pytest.mark.parametrize(("settings", "english", "danish"), SETTINGS)
def test_a_mistake_in_the_settings_is_told_at_its_line_in_both_languages(settings: str, english: str, danish: str, tmp_path: Path) -> None:
    (tmp_path / "SU04.yaml").write_bytes(SUMS.read_bytes())
    for language, expected in (("en", english), ("da", danish)):
        (tmp_path / ".proplint.toml").write_text(f'lang = "{language}"\n' + settings, encoding="utf-8")
        result = proplint("check", "SU04.yaml", cwd=tmp_path)
        assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
        assert result.stderr.startswith("proplint: " + ("error" if language == "en" else "fejl") + ": " + str(tmp_path / ".proplint.toml"))
        assert expected in result.stderr, result.stderr


# 3. Rulesets that would loop, crash or print without end.


def test_an_extends_cycle_is_refused_whatever_the_spelling_of_the_path(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text("extends: ./b.yaml\n", encoding="utf-8")
    (rules / "b.yaml").write_text("extends: ../rules/a.yaml\n", encoding="utf-8")
    line = refused(rules / "a.yaml", tmp_path)
    assert line.startswith(f"proplint: error: {rules / 'b.yaml'}:1:10: extends: the rulesets extend each other in a cycle: ")
    danish = refused(rules / "a.yaml", tmp_path, "da")
    assert "extends: regelsættene udvider hinanden i ring: " in danish
    (rules / "self.yaml").write_text("name: self\nextends: self.yaml\n", encoding="utf-8")
    assert "self.yaml:2:10: extends: the rulesets extend each other in a cycle" in refused(rules / "self.yaml", tmp_path)
    (rules / "absolute.yaml").write_text(f"extends: {rules / 'absolute.yaml'}\n", encoding="utf-8")
    assert "absolute.yaml:1:10: extends: the rulesets extend each other in a cycle" in refused(rules / "absolute.yaml", tmp_path)
    if hasattr(os, "symlink"):
        (rules / "link.yaml").symlink_to(rules / "c.yaml")
        (rules / "c.yaml").write_text("extends: link.yaml\n", encoding="utf-8")
        assert "c.yaml:1:10: extends: the rulesets extend each other in a cycle" in refused(rules / "c.yaml", tmp_path)


def test_an_extends_chain_without_end_is_refused(tmp_path: Path) -> None:
    for index in range(40):
        (tmp_path / f"r{index}.yaml").write_text(f"extends: r{index + 1}.yaml\n", encoding="utf-8")
    (tmp_path / "r40.yaml").write_text("extends: kk\n", encoding="utf-8")
    assert "extends: 'extends' goes through more than 32 rulesets: " in refused(tmp_path / "r0.yaml", tmp_path)


@pytest.mark.parametrize(
    ("entry", "english", "danish"),
    [
        ("message: 12", "4:14: rules[0].message: must be a text, not 12", "4:14: rules[0].message: skal være en tekst, ikke 12"),
        ("message: [a, b]", "rules[0].message: must be a text, not a list", "rules[0].message: skal være en tekst, ikke en liste"),
        ("hint: {a: 1}", "4:5: rules[0].hint: must be a text, not a table", "rules[0].hint: skal være en tekst, ikke en tabel"),
        ("message: null", "4:14: rules[0].message: rule S101: message cannot be null",
         "rules[0].message: reglen S101: message kan ikke være null"),
        ("severity: null", "rules[0].severity: rule S101: severity cannot be null", "reglen S101: severity kan ikke være null"),
        ("message: '{total:>999999999}'", "4:14: rules[0].message: rule S101: the format of {total} is too wide ('>999999999'): at most 200 characters",
         "reglen S101: formatet for {total} er for bredt ('>999999999'): højst 200 tegn"),
        ("hint: '{sum:.99999999999999999999}'", "rules[0].hint: rule S101: the format of {sum} is too wide", "formatet for {sum} er for bredt"),
        ("message: '{total:>{year}}'", "rule S101: the format of {total} takes a value from an argument ('>{year}')",
         "formatet for {total} henter en værdi fra et argument ('>{year}')"),
        ("message: '{total.__class__}'", "rule S101: {total.__class__} names more than an argument: write {total}",
         "{total.__class__} er mere end navnet på et argument: skriv {total}"),
        ("message: '{year[0]}'", "rule S101: {year[0]} names more than an argument: write {year}", "skriv {year}"),
    ],
)
def test_a_message_that_cannot_be_printed_safely_is_refused(entry: str, english: str, danish: str, tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(f"extends: kk\nrules:\n  - code: S101\n    {entry}\n", encoding="utf-8")
    assert english in refused(tmp_path / "local.yaml", tmp_path)
    assert danish in refused(tmp_path / "local.yaml", tmp_path, "da")


def test_a_new_rule_with_a_wide_format_is_refused_even_without_a_check(tmp_path: Path) -> None:
    (tmp_path / "local.yaml").write_text(
        "extends: kk\nrules:\n  - {code: X9, name: wide, severity: error, check: null, message: '{detail:>5000}'}\n", encoding="utf-8"
    )
    assert "rules[0].message: rule X9: the format of {detail} is too wide ('>5000')" in refused(tmp_path / "local.yaml", tmp_path)


def test_a_template_filled_in_code_never_prints_without_end() -> None:
    from decimal import Decimal

    from proplint.phrases import fill

    assert fill("{total:>999999999}", {"total": Decimal(5)}) == "{total:>999999999}"
    assert fill("{total:>{width}}", {"total": 5, "width": 10**9}) == "{total:>{width}}"
    assert fill("{total.__class__}", {"total": 5}) == "{total.__class__}"
    assert fill("{total:>6}", {"total": Decimal(5)}) == "     5"
