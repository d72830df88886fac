"""economy.text and a section's subtotals: accepted, located, and never summed with the rows."""

from __future__ import annotations

from decimal import Decimal

from conftest import BASE, lint, mutate

SUBTOTALS = (
    "    total: {2026: 400, 2027: 300}\n",
    "    total: {2026: 400, 2027: 300}\n    subtotals:\n      Service: {2026: 400, 2027: 300}\n",
)


def test_subtotals_and_economy_text_are_part_of_the_format() -> None:
    from proplint import lint_text

    text = mutate(BASE, SUBTOTALS, ("  payback_years:", "  text: Investeringen på 0,4 mio. kr. i 2026 tjener sig hjem.\n  payback_years:"))
    assert lint(text) == []
    outcome = lint_text(text, file="doc.yaml")
    assert not outcome.findings


def test_subtotals_are_not_added_into_the_total() -> None:
    # Rows 400/300, subtotal 400/300, total 400/300: counting the subtotal as a row would make S101 fire.
    assert lint(mutate(BASE, SUBTOTALS)) == []


def test_a_wrong_total_is_still_found_beside_subtotals() -> None:
    text = mutate(BASE, SUBTOTALS, ("total: {2026: 400, 2027: 300}\n    subtotals", "total: {2026: 500, 2027: 300}\n    subtotals"))
    assert lint(text) == [("S101", "$.economy.implementation.total.2026", 27)]


def test_a_misread_thousands_separator_in_a_subtotal_is_n205_at_its_cell() -> None:
    text = mutate(BASE, SUBTOTALS, ("Service: {2026: 400,", "Service: {2026: 0.400,"))
    assert lint(text) == [("N205", "$.economy.implementation.subtotals.Service.2026", 29)]


def test_subtotals_as_lists_follow_the_years() -> None:
    text = mutate(BASE, ("    total: {2026: 400, 2027: 300}\n", "    total: {2026: 400, 2027: 300}\n    subtotals:\n      Service: [400, 300, null, null]\n"))
    assert lint(text) == []
    text = mutate(BASE, ("    total: {2026: 400, 2027: 300}\n", "    total: {2026: 400, 2027: 300}\n    subtotals:\n      Service: [400, 300]\n"))
    assert lint(text) == [("D002", "$.economy.implementation.subtotals.Service", 29)]


def test_a_subtotal_that_is_not_amounts_is_d002_and_economy_text_must_be_text() -> None:
    text = mutate(BASE, SUBTOTALS, ("Service: {2026: 400, 2027: 300}", "Service: {2026: mange}"))
    assert lint(text) == [("D002", "$.economy.implementation.subtotals.Service.2026", 29)]
    text = mutate(BASE, ("  payback_years:", "  text: [a, b]\n  payback_years:"))
    assert [code for code, _, _ in lint(text)] == ["D002"]


def test_the_model_carries_them() -> None:
    from proplint.loading import load_text
    from proplint.structuring import structure

    document = load_text(mutate(BASE, SUBTOTALS, ("  payback_years:", "  text: Prosa.\n  payback_years:")), "doc.yaml")
    proposal = structure(document).model
    assert proposal.economy.text == "Prosa."
    assert proposal.economy.implementation.subtotals == {"Service": {2026: Decimal(400), 2027: Decimal(300)}}
