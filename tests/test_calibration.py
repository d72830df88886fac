"""Calibrated on real documents: what approved proposals legitimately do raises no false alarm (through the CLI)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import BASE, mutate


def _check(tmp_path: Path, text: str, *args: str) -> tuple[int, list[tuple[str, str, str, int]], list[str]]:
    """Exit code, (code, severity, path, line) of each finding, and the messages, of one file checked by the CLI."""
    (tmp_path / "SU09.yaml").write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--format", "json", *args, "SU09.yaml"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    findings = json.loads(result.stdout)["findings"]
    return (
        result.returncode,
        [(f["code"], f["severity"], f["path"], f["line"]) for f in findings],
        [f["message"] for f in findings],
    )


ADMIN = """admin_effect:
  unit: 1000 DKK
  years: [2027, 2028]
  rows:
    - {label: Reducerede udgifter til administration, values: {2027: -120, 2028: -240}}
    - {label: Besparelse på porto, values: {2027: 30, 2028: 30}}
  total: {2027: -90, 2028: -210}
"""


def test_n203_does_not_read_the_administrative_effect(tmp_path: Path) -> None:
    text = mutate(BASE, ("admin_effect:\n  none: true\n", ADMIN))
    assert _check(tmp_path, text)[:2] == (0, [])
    # The same label in the permanent changes is still suspicious there.
    untyped = mutate(text, ("{label: Løbende faglig gennemgang, area: Service, type: cost,", "{label: Besparelse på porto, area: Service,"),
                     ("- {label: Løbende faglig gennemgang, area: \"50.30.90\"", "- {label: Besparelse på porto, area: \"50.30.90\""))
    assert _check(tmp_path, untyped)[1] == [("N203", "warning", "$.economy.permanent.rows[1].values.2027", 22)]


def _consulted(row: str) -> str:
    return mutate(BASE, ("  - {party: MED-udvalg, answer: yes, date: 2026-01-15}\n", f"  - {row}\n"))


def test_c602_a_free_text_response_of_a_party_that_is_not_mandatory_is_a_warning(tmp_path: Path) -> None:
    text = _consulted("{party: MED-udvalg, answer: yes, response: Drøftet på MED-mødet i januar 2026}")
    assert _check(tmp_path, text)[:2] == (0, [("C602", "warning", "$.consultation[1].date", 55)])


def test_c602_a_yes_with_neither_date_nor_response_stays_an_error(tmp_path: Path) -> None:
    for row in ("{party: MED-udvalg, answer: yes}", "{party: MED-udvalg, answer: yes, response: '  '}"):
        assert _check(tmp_path, _consulted(row))[:2] == (1, [("C602", "error", "$.consultation[1].date", 55)])


def test_c602_a_mandatory_party_must_give_its_date(tmp_path: Path) -> None:
    text = mutate(BASE, ('answer: yes, date: 2026-01-28}', 'answer: yes, response: Godkendt i januar}'))
    assert _check(tmp_path, text)[:2] == (1, [("C602", "error", "$.consultation[0].date", 54)])
    # Under core, which names no mandatory party, it is a warning.
    assert _check(tmp_path, text, "--ruleset", "core")[:2] == (0, [("C602", "warning", "$.consultation[0].date", 54)])


REWORDED = (
    ("- {label: Lavere indkøbspris, area: \"50.30.90\", values: {2027: -900,",
     "- {label: Besparelse ved fælles indkøb, area: \"50.30.90\", values: {2027: -900,"),
    ("- {label: Løbende faglig gennemgang, area: \"50.30.90\", values: {2027: 250, 2028: 250,",
     "- {label: Udgift til gennemgang af forbrug, area: \"50.30.90\", values: {2027: 250, 2028: 260,"),
)


def test_s104_pairs_reworded_rows_by_position(tmp_path: Path) -> None:
    code, found, messages = _check(tmp_path, mutate(BASE, *REWORDED, ("total: {2027: -650, 2028: -1550, 2029: -1550}\nfollow_up", "total: {2027: -650, 2028: -1540, 2029: -1550}\nfollow_up")))
    assert (code, found) == (1, [("S104", "error", "$.economy.tables[0].rows[1].values.2028", 35)])
    assert "paired by position with 'Løbende faglig gennemgang'" in messages[0]
    # Reworded but agreeing: nothing.
    agreeing = mutate(BASE, REWORDED[0], (REWORDED[1][0], REWORDED[1][1].replace("2028: 260,", "2028: 250,")))
    assert _check(tmp_path, agreeing)[:2] == (0, [])


def test_s104_does_not_pair_by_position_when_the_row_counts_differ(tmp_path: Path) -> None:
    extra = mutate(
        BASE, *REWORDED,
        ("      total: {2027: -650, 2028: -1550, 2029: -1550}\nfollow_up",
         "        - {label: Andet, area: \"50.30.90\", values: {2027: 0}}\n      total: {2027: -650, 2028: -1540, 2029: -1550}\nfollow_up"),
    )
    code, found, _ = _check(tmp_path, extra)
    # No row is paired; the supporting table's total disagrees with Table 1 (S104 on the total).
    assert (code, found) == (1, [("S104", "error", "$.economy.tables[0].total.2028", 37)])


def test_e301_says_it_computed_from_the_rows_when_the_stated_impact_contradicts_them(tmp_path: Path) -> None:
    wrong = mutate(BASE, ("total_impact: {2026: 400, 2027: -350,", "total_impact: {2026: 400, 2027: -250,"), ("payback_years: {service: 3, total: 3}", "payback_years: {service: 3, total: 2}"))
    code, found, messages = _check(tmp_path, wrong)
    assert ("E301", "warning", "$.economy.payback_years.total", 29) in found
    [e301] = [message for message in messages if "payback" in message]
    assert "the total impact computed from the rows gives 3 years" in e301
    stated = mutate(BASE, ("payback_years: {service: 3, total: 3}", "payback_years: {service: 3, total: 2}"))
    [e301] = _check(tmp_path, stated)[2]
    assert e301 == "the stated total payback period is 2 years but the stated total impact by year gives 3 years"


def test_e301_and_e302_skip_a_payback_over_a_misread_amount(tmp_path: Path) -> None:
    misread = mutate(
        BASE,
        ("{label: Projektledelse, area: Service, values: {2026: 400, 2027: 300}}", "{label: Projektledelse, area: Service, values: {2026: 4.000, 2027: 300}}"),
        ("total: {2026: 400, 2027: 300}", "total: {2026: 4.000, 2027: 300}"),
        ("total_impact: {2026: 400,", "total_impact: {2026: 4.000,"),
        ("payback_years: {service: 3, total: 3}", "payback_years: {service: 2, total: 2}"),
    )
    code, found, _ = _check(tmp_path, misread)
    assert {c for c, *_ in found} == {"N205"}, found
    assert ("N205", "error", "$.economy.implementation.rows[0].values.2026", 26) in found


def test_a_stray_entries_key_never_makes_a_proposal_a_catalogue(tmp_path: Path) -> None:
    as_lists = mutate(
        BASE,
        ("total_impact: {2026: 400, 2027: -350, 2028: -1550, 2029: -1550}", "total_impact: [400, -350, -1550, -1550]"),
        ("consultation:\n", "entries: [SU09]\nconsultation:\n"),
    )
    code, found, _ = _check(tmp_path, as_lists)
    assert (code, found) == (0, [("D004", "warning", "$.entries", 53)])
