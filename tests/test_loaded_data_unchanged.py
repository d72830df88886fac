"""Structuring leaves the loaded document as the user wrote it: the model is made from its own (partial) copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES

LEGACY = Path(__file__).parent / "data" / "legacy_baseline"
DOCUMENTS = sorted(
    path for folder in (LEGACY, EXAMPLES, EXAMPLES / "broken") for path in folder.iterdir() if path.suffix in (".yaml", ".json", ".toml")
)


def _same(first: Any, second: Any) -> bool:
    """Deep-equal, and alike in every type too (``1``, ``True`` and ``Decimal(1)`` are equal, but not written alike)."""
    return bool(first == second and repr(first) == repr(second))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_linting_leaves_the_loaded_data_as_written(path: Path) -> None:
    from proplint import Options
    from proplint.engine import lint_document
    from proplint.loading import load_path

    document = load_path(path, path.name)
    hits = list(document.hits)
    lint_document(document, Options(), origin=path)
    fresh = load_path(path, path.name)
    assert _same(document.data, fresh.data)
    assert document.hits == hits


def test_structuring_returns_what_it_changed_and_found() -> None:
    from decimal import Decimal

    from proplint.loading import load_path
    from proplint.structuring import structure

    document = load_path(LEGACY / "lists-SU32.yaml", "lists-SU32.yaml")
    rows = document.data["economy"]["permanent"]["rows"]
    structured = structure(document)
    assert document.hits == []
    assert rows[0]["values"] == [0, -900, -1800, -1800]  # as written
    assert structured.data["economy"]["permanent"]["rows"][0]["values"] == {2026: 0, 2027: -900, 2028: -1800, 2029: -1800}
    assert structured.data["follow_up"] is document.data["follow_up"]  # what is not changed is shared, not copied
    assert structured.model.economy.permanent.rows[0].values[2027] == Decimal(-900)
    assert [(hit.code, hit.path) for hit in structured.hits] == [
        ("D002", ("economy", "implementation", "rows", 0, "values")),
        ("D002", ("economy", "total_impact", "2029")),
    ]
    assert structured.source_path(("economy", "permanent", "rows", 1, "values", "2028")) == ("economy", "permanent", "rows", 1, "values", 2)
    assert structured.source_path(("economy", "permanent", "rows", 1, "values", "2031")) == ("economy", "permanent", "rows", 1, "values", "2031")


def test_a_valid_document_is_structured_without_a_copy() -> None:
    from proplint.loading import load_path
    from proplint.structuring import structure

    document = load_path(EXAMPLES / "investment-SU09.yaml", "SU09.yaml")
    structured = structure(document)
    assert structured.data is document.data and structured.hits == () and structured.model is not None


def test_a_rejected_value_is_fingerprinted_as_written() -> None:
    """Two lists of the wrong length give the same message; their fingerprints differ, as the values written do."""
    from conftest import BASE

    from proplint.engine import lint_text

    def fingerprints(values: str) -> list[str]:
        text = BASE.replace("total: {2026: 400, 2027: 300}", f"total: {values}")
        return [f.fingerprint for f in lint_text(text, "SU09.yaml").findings if f.code == "D002"]

    first, second = fingerprints("[400, 300, 0]"), fingerprints("[1, 2, 3]")
    assert len(first) == len(second) == 1 and first != second


def test_findings_after_a_removed_list_element_are_where_the_user_wrote_them() -> None:
    """A rejected row is left out of the model; the rows after it are still reported at their own paths and lines."""
    from proplint.engine import lint_text

    text = (EXAMPLES / "broken" / "signs-SU05.yaml").read_text(encoding="utf-8")
    before = lint_text(text, "SU05.yaml").findings
    shifted = text.replace("    rows:\n      - {label: Kortere", "    rows:\n      - [not, a, row]\n      - {label: Kortere", 1)
    assert shifted != text
    after = lint_text(shifted, "SU05.yaml").findings

    def moved(path: str) -> str:
        return path.replace(".permanent.rows[2]", ".permanent.rows[3]").replace(".permanent.rows[1]", ".permanent.rows[2]").replace(
            ".permanent.rows[0]", ".permanent.rows[1]"
        )

    removed = [(f.code, f.path, f.line, f.location) for f in after if f.code == "D002"]
    assert removed == [("D002", "$.economy.permanent.rows[0]", 15, "Table 1 › Permanent changes › row 1")]
    assert [(f.code, f.path, f.line, f.column, f.location) for f in after if f.code != "D002"] == [
        (f.code, moved(f.path), f.line + 1 if f.line and f.line > 14 else f.line, f.column, f.location) for f in before
    ]


def test_two_rejected_elements_of_one_list_are_both_removed_and_only_they() -> None:
    from proplint.engine import lint_text

    text = (EXAMPLES / "broken" / "signs-SU05.yaml").read_text(encoding="utf-8")
    two = text.replace("    rows:\n      - {label: Kortere", "    rows:\n      - [junk]\n      - {label: Kortere", 1)
    two = two.replace("      - {label: Ruteplanl", "      - 17\n      - {label: Ruteplanl", 1)
    found = [(f.code, f.path, f.line) for f in lint_text(two, "SU05.yaml").findings]
    assert found == [
        ("D002", "$.economy.permanent.rows[0]", 15),
        ("N202", "$.economy.permanent.rows[1].values.2027", 16),
        ("N203", "$.economy.permanent.rows[2].values.2026", 17),
        ("D002", "$.economy.permanent.rows[3]", 18),
        ("N205", "$.economy.permanent.rows[4].values.2028", 19),
        ("N204", "$.economy.permanent.total.2028", 20),
    ]


def test_a_rejected_catalogue_entry_still_keeps_the_total_from_being_compared() -> None:
    """The total cannot be checked against entries one of which was rejected: no S105 echoes the D002."""
    from proplint.engine import lint_text

    text = (EXAMPLES / "catalogue-B2027.yaml").read_text(encoding="utf-8")
    start, end = text.index("  - id: SU09"), text.index("  - id: SU12")
    junk = text[:start] + "  - just text\n" + text[end:]
    found = [(f.code, f.path, f.location) for f in lint_text(junk, "B2027.yaml").findings]
    assert found == [("D002", "$.entries[0]", "entry 1")]
