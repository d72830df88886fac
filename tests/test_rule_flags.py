"""What a rule is, stated once in the ruleset: always on, not suppressible, reported across files, found in loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from proplint import Options, lint_text, parse_document
from proplint.ruleset import RulesetError, load_ruleset
from conftest import BASE


def test_the_catalogue_states_which_rules_are_always_on_unsuppressible_or_across_files() -> None:
    ruleset = load_ruleset("core")
    assert ruleset.codes(lambda rule: rule.always_on) == {"D001", "D002", "D003"}
    assert ruleset.codes(lambda rule: not rule.suppressible) == {"D001", "D002", "D003", "P001", "P002"}
    assert ruleset.codes(lambda rule: rule.project) == {"M901", "M903"}
    assert ruleset.codes(lambda rule: rule.loading) == {"D001", "D002", "D003", "D004"}
    assert load_ruleset("kk").codes(lambda rule: rule.always_on) == {"D001", "D002", "D003"}  # inherited


@pytest.mark.parametrize(("code", "flag"), [("D002", "suppressible: true"), ("D005", "loading: true")])
def test_a_ruleset_that_extends_a_rule_cannot_change_what_it_is(tmp_path: Path, code: str, flag: str) -> None:
    local = tmp_path / "local.yaml"
    local.write_text(f"extends: kk\nrules:\n  - code: {code}\n    {flag}\n", encoding="utf-8")
    with pytest.raises(RulesetError) as raised:
        load_ruleset(str(local))
    name = flag.split(":")[0]
    assert raised.value.line == 4 and f"{name} is stated where the rule is defined" in str(raised.value)


def _with_rule(tmp_path: Path, flags: str) -> Options:
    """The kk ruleset and a new rule X901 (S101's check) with ``flags``; S101 itself off."""
    local = tmp_path / f"local-{abs(hash(flags))}.yaml"
    local.write_text(
        "extends: kk\nrules:\n  - code: S101\n    enabled: false\n"
        "  - code: X901\n    name: own-sum\n    severity: error\n    check: section_total\n"
        "    message: '{year}: total {total} but rows sum to {sum}'\n" + "".join(f"    {flag}\n" for flag in flags.split(";") if flag),
        encoding="utf-8",
    )
    return Options(ruleset=load_ruleset(str(local)))


def test_a_rule_of_ones_own_follows_its_flags(tmp_path: Path) -> None:
    broken = BASE.replace("total: {2027: -650, 2028: -1550", "total: {2027: -750, 2028: -1550", 1)
    assert broken != BASE
    line = next(number for number, text in enumerate(broken.splitlines(), 1) if "-750," in text)
    lines = broken.splitlines(keepends=True)
    lines[line - 1] = lines[line - 1].rstrip("\n") + "  # proplint: disable-line=X901\n"
    commented = "".join(lines)
    suppressible = lint_text(commented, options=_with_rule(tmp_path, ""))
    assert not [finding for finding in suppressible.findings if finding.code in ("X901", "P002")]
    fixed = lint_text(commented, options=_with_rule(tmp_path, "suppressible: false"))
    assert {finding.code for finding in fixed.findings if finding.code in ("X901", "P002")} == {"X901", "P002"}


def test_loading_a_document_reports_the_rules_flagged_loading_and_no_other(tmp_path: Path) -> None:
    broken = BASE.replace("total: {2027: -650, 2028: -1550", "total: {2027: -750, 2028: -1550", 1).replace("format: proplint/1", "format: proplint/1\nextra: 1", 1)
    assert broken.count("-750,") == 1 and "extra: 1" in broken
    plain = parse_document(broken, options=_with_rule(tmp_path, ""))
    assert {finding.code for finding in plain.findings} == {"D004"}
    flagged = parse_document(broken, options=_with_rule(tmp_path, "loading: true"))
    assert {finding.code for finding in flagged.findings} == {"D004", "X901"}
