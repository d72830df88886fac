"""The rule documentation is generated from the ruleset and must be up to date."""

from __future__ import annotations

import runpy

from conftest import ROOT


def test_rules_page_is_fresh() -> None:
    render = runpy.run_path(str(ROOT / "docs" / "gen_rules.py"))["render"]
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == render(), "run python docs/gen_rules.py"
