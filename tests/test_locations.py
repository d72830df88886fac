"""Where a finding points, in each syntax: the line and column of the offending node.

The rule cases (``tests/rules/``) pin code and path in every syntax; turning a
path into a line and column is the locator's job, and is pinned here once per
syntax and kind of node: a year cell of an amount mapping, an item of a list,
and a key.
"""

from __future__ import annotations

from typing import Any

import pytest

from proplint import lint_text
from proplint.examples import document, render

CELL = {"base": "efficiency", "set": {"$.economy.permanent.total.2028": -500}}
ITEM = {"base": "efficiency", "set": {"$.economy.years": [2028, 2027]}}
KEY = {"base": "efficiency", "set": {"$.risk.txt": "Borgerne er orienteret."}, "delete": ["$.risk.text"]}


def _located(change: dict[str, Any], syntax: str) -> tuple[str, str, int, int, str]:
    text = render(document(change), syntax)
    [finding] = lint_text(text, file=f"doc.{syntax}", syntax=syntax).findings
    assert finding.line is not None and finding.column is not None
    line = text.splitlines()[finding.line - 1]
    return finding.code, finding.path, finding.line, finding.column, line[finding.column - 1 :]


@pytest.mark.parametrize(
    ("change", "syntax", "expected"),
    [
        (CELL, "yaml", ("S101", "$.economy.permanent.total.2028", 17, 31, "-500}")),
        (CELL, "json", ("S101", "$.economy.permanent.total.2028", 29, 17, "-500")),
        (CELL, "toml", ("S101", "$.economy.permanent.total.2028", 15, 30, "-500}")),
        (ITEM, "yaml", ("N207", "$.economy.years[1]", 10, 17, "2027]")),
        (ITEM, "json", ("N207", "$.economy.years[1]", 13, 7, "2027")),
        (KEY, "yaml", ("D004", "$.risk.txt", 25, 3, "txt: Borgerne er orienteret.")),
        (KEY, "json", ("D004", "$.risk.txt", 43, 5, '"txt": "Borgerne er orienteret."')),
        (KEY, "toml", ("D004", "$.risk.txt", 31, 1, 'txt = "Borgerne er orienteret."')),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_a_finding_points_at_its_node(change: dict[str, Any], syntax: str, expected: tuple[str, str, int, int, str]) -> None:
    assert _located(change, syntax) == expected


def test_toml_list_items_are_located_at_their_array() -> None:
    """TOML's reader gives no positions and the locator scans lines: an array item is as near as its array."""
    code, path, line, column, rest = _located(ITEM, "toml")
    assert (code, path, line) == ("N207", "$.economy.years[1]", 12)
    assert rest.startswith("[2028, 2027]")
