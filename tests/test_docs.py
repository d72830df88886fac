"""The rule documentation is generated from the ruleset and must be up to date."""

from __future__ import annotations

import runpy

from conftest import ROOT


def test_rule_pages_are_fresh() -> None:
    wanted = runpy.run_path(str(ROOT / "docs" / "gen_rules.py"))["render"]()
    directory = ROOT / "docs" / "rules"
    present = {path.name: path.read_text(encoding="utf-8") for path in directory.glob("*.md")}
    assert set(present) == set(wanted), "run python docs/gen_rules.py"
    for name, text in wanted.items():
        assert present[name] == text, f"docs/rules/{name} is out of date: run python docs/gen_rules.py"


def test_every_rule_has_a_page_with_both_examples() -> None:
    from proplint.ruleset import load_ruleset

    for rule in load_ruleset("kk").rules.values():
        page = (ROOT / "docs" / "rules" / f"{rule.code}-{rule.name}.md").read_text(encoding="utf-8")
        assert "## Fails" in page and "## Passes" in page and rule.summary in page, rule.code
