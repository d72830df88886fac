"""Check specifications: rulesets and configurations are checked against them when they load, through the real CLI."""

from __future__ import annotations

import glob
import json
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from proplint.checks import CHECKS, CheckContext, spec_of
from proplint.runner import lint_file
from proplint.ruleset import load_ruleset
from test_config import CLEAN, proplint, write

CATALOGUE = """\
format: proplint/1
document: catalogue
title: Budget 2027
unit: 1000 DKK
years: [2027]
entries:
  - {id: SU09, title: Indkøb, values: {2027: -650}}
total: {2027: -700}
"""


def test_every_built_in_check_declares_its_spec() -> None:
    for name, function in CHECKS.items():
        spec = spec_of(function)
        assert spec is not None, name
        assert spec.args is not None and spec.params is not None, name


def test_the_arguments_each_check_gives_are_those_its_spec_declares(monkeypatch: pytest.MonkeyPatch) -> None:
    given: dict[str, set[frozenset[str]]] = defaultdict(set)
    original = CheckContext.hit

    def record(self: CheckContext, path: tuple[str | int, ...], **args: object) -> object:
        given[self.code].add(frozenset(args))
        return original(self, path, **args)

    monkeypatch.setattr(CheckContext, "hit", record)
    for file in sorted(glob.glob(str(EXAMPLES / "**" / "*.*"), recursive=True)):
        if file.endswith((".yaml", ".json", ".toml")) and "plugin" not in file:
            lint_file(file)
    rules = load_ruleset("kk").rules
    assert len(given) >= 30  # the examples exercise nearly every check
    for code, sets in given.items():
        spec = spec_of(CHECKS[str(rules[code].check)])
        assert spec is not None and spec.args is not None
        for args in sets:
            assert spec.args <= args <= spec.args | spec.optional, (code, sorted(args))


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("  - code: R502\n    params:\n      levels: low\n", "local.yaml:6:15: rules[0].params.levels: rule R502: must be a list, not 'low'"),
        ("  - code: C604\n    params:\n      mandatory: x\n", "local.yaml:6:18: rules[0].params.mandatory: rule C604: must be a table, not 'x'"),
        (
            "  - code: C604\n    params:\n      mandatory: {investmnt: [Hovedudvalget]}\n",
            "local.yaml:6:19: rules[0].params.mandatory.investmnt: rule C604: must be one of investment, innovation, efficiency",
        ),
        ("  - code: C604\n    params:\n      mandatry: {}\n", "unknown key 'mandatry' (did you mean 'mandatory'?)"),
        ("  - code: S101\n    message: '{year}: {totl}'\n", "local.yaml:5:14: rules[0].message: rule S101: the message names {totl}, which the check does not give (did you mean {total}?)"),
        ("  - code: S101\n    hint: 'the rows add up to {summ}'\n", "local.yaml:5:11: rules[0].hint: rule S101: the hint names {summ}"),
        ("  - code: S101\n    message: '{year'\n", "rules[0].message: rule S101: the template cannot be read"),
        ("  - code: D004\n    message: 'unknown {kee}'\n", "rules[0].message: rule D004: the message names {kee}"),
        ("  - code: S101\n    mesage: x\n", "local.yaml:5:5: rules[0].mesage: unknown key 'mesage' (did you mean 'message'?)"),
        ("  - code: S101\n    message: [a, b]\n", "rules[0].message: must be a text, not a list"),
        ("  - code: S101\n    enabled: 'no'\n", "rules[0].enabled: must be true or false, not 'no'"),
        ("  - {code: X1, name: x, severity: error, check: risk_level, message: '{level}'}\n", "rule X1: the message names {level}"),
        ("  - {code: X1, name: x, severity: error, check: catalogue_total, document: case-status, message: '{year}'}\n",
         "the check 'catalogue_total' reads catalogue documents, not case-status"),
    ],
)
def test_a_rule_that_does_not_fit_its_check_is_a_configuration_error_at_its_line(
    tmp_path: Path, entry: str, expected: str
) -> None:
    write(tmp_path, {"local.yaml": "name: local\nextends: kk\nrules:\n" + entry, ".proplint.yaml": "ruleset: local.yaml\n", "SU09.yaml": CLEAN})
    result = proplint("check", ".", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert expected in result.stderr, result.stderr


def test_an_unknown_top_level_ruleset_key_says_what_was_meant(tmp_path: Path) -> None:
    write(tmp_path, {"local.yaml": "name: local\nextends: kk\ntolerence: exact\n", "SU09.yaml": CLEAN})
    result = proplint("check", "--ruleset", "local.yaml", ".", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "local.yaml:3:1: tolerence: unknown key 'tolerence' (did you mean 'tolerance'?)" in result.stderr


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ('[params.R502]\nlevels = "low"\n', ".proplint.toml:2:10: 'params.R502.levels' must be a list, not 'low'"),
        ('[params.C604]\nmandatory = "x"\n', ".proplint.toml:2:13: 'params.C604.mandatory' must be a table, not 'x'"),
        ('[params.N203]\nsaving_keywords = ["a", 2]\n', ".proplint.toml:2:19: 'params.N203.saving_keywords.1' must be a text, not 2"),
        ('[params.C604.mandatory]\ninvestment = [{nam = "x"}]\n', "'params.C604.mandatory.investment.0.name' is missing"),
    ],
)
def test_a_configured_parameter_of_the_wrong_type_is_a_configuration_error(tmp_path: Path, params: str, expected: str) -> None:
    write(tmp_path, {".proplint.toml": params, "SU09.yaml": CLEAN})
    result = proplint("check", ".", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert expected in result.stderr, result.stderr


def test_parameters_of_the_right_type_are_used_as_written(tmp_path: Path) -> None:
    write(tmp_path, {
        ".proplint.toml": '[params.C604.mandatory]\ninvestment = [{name = "Hovedudvalget", aliases = ["HU"]}, "MED-udvalg"]\n'
        '[params.R502]\nlevels = ["none", "medium"]\n',
        "SU09.yaml": CLEAN,
    })
    found = {(f["code"], f["message"]) for f in json.loads(proplint("check", "--format", "json", ".", cwd=tmp_path).stdout)["findings"]}
    assert any(code == "C604" and "Hovedudvalget" in message for code, message in found)
    assert any(code == "R502" and "'low'" in message for code, message in found)


def test_a_ruleset_that_still_states_the_document_kind_keeps_working(tmp_path: Path) -> None:
    write(tmp_path, {
        "local.yaml": "extends: kk\nrules:\n"
        "  - {code: X905, name: second-total, severity: warning, check: catalogue_total, document: catalogue, message: '{year}'}\n"
        "  - {code: X906, name: third-total, severity: warning, check: catalogue_total, message: '{year}'}\n",
        "catalogue.yaml": CATALOGUE,
    })
    result = proplint("check", "--ruleset", "local.yaml", "--format", "json", ".", cwd=tmp_path)
    assert sorted(f["code"] for f in json.loads(result.stdout)["findings"]) == ["S105", "X905", "X906"]


def test_the_shipped_rulesets_state_no_document_kind_the_specs_do() -> None:
    for path in (ROOT / "rules").glob("*.yaml"):
        assert "document:" not in path.read_text(encoding="utf-8")
    rules = load_ruleset("core").rules
    assert (rules["S105"].document, rules["K701"].document, rules["T801"].document) == ("catalogue", "case-status", "effect-status")


@pytest.mark.parametrize("name", ["core", "kk"])
def test_every_rule_of_the_shipped_rulesets_fits_its_check(name: str) -> None:
    from proplint.ruleset import rule_problem, rule_spec

    for rule in load_ruleset(name).rules.values():
        assert rule_spec(rule) is not None, rule.code
        assert rule_problem(rule) is None, rule.code


def test_the_kind_known_without_loading_a_check_is_the_kind_its_spec_states() -> None:
    from proplint.checks import _OTHER_DOCUMENTS, builtin_document, builtin_spec

    for name in [*CHECKS, *_OTHER_DOCUMENTS]:
        spec = builtin_spec(name)
        assert spec is not None and builtin_document(name) == spec.document, name


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ('[params.W101]\nsaving_words = "besparelse"\n', "'params.W101.saving_words' must be a list, not 'besparelse'"),
        ('[params.W101.hedges]\n"ca." = "omtrent"\n', "must be one of about, below, above, at_most, at_least, not 'omtrent'"),
    ],
)
def test_the_prose_rules_parameters_are_typed_too(tmp_path: Path, params: str, expected: str) -> None:
    write(tmp_path, {".proplint.toml": params, "SU09.yaml": CLEAN})
    result = proplint("check", ".", cwd=tmp_path)
    assert result.returncode == 2 and expected in result.stderr and "Traceback" not in result.stderr
