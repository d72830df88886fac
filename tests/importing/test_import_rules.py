"""I001–I006: each import rule with a failing and a passing document, asserting code, path and line."""

from __future__ import annotations

import pytest
from importing.template_fixtures import EFFICIENCY, INNOVATION, blocks

from proplint.importing.interpret import interpret_source


def import_findings(text: str) -> list[tuple[str, str, int | None]]:
    """(code, path, line) of the import findings, stamped as a check would stamp them."""
    from proplint.engine import Options, lint_document
    from proplint.stamping import stamp_hit

    result = interpret_source(blocks(text))
    found = []
    options = Options()
    for hit in result.hits:
        finding = stamp_hit(hit, options.ruleset, result.file)
        assert finding is not None
        found.append((finding.code, finding.path, finding.line))
    for proposal in result.proposals:
        for finding in lint_document(proposal.document, options, proposal=proposal.id).findings:
            if finding.code.startswith("I"):
                found.append((finding.code, finding.path, finding.line))
    return found


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.split("\n"), 1) if needle in line)


BOX_LINE = "**Forslaget vil medføre en serviceforringelse:** ☐ Ja ☒ Nej"

CASES = [
    ("I001", EFFICIENCY.replace(BOX_LINE, "**Forslaget vil medføre en serviceforringelse:**\n\n- Ja\n\nNej"), "$.service_reduction", "**Forslaget vil medføre en serviceforringelse:**"),
    ("I002", EFFICIENCY.replace("Planlægningsteam\tService\t400\t400\t400\t400", "Planlægningsteam\tService\t400\tca. 400\t400\t400"), "$.economy.permanent.rows[1].values.2028", "Planlægningsteam"),
    ("I002", EFFICIENCY.replace("Planlægningsteam\tService\t400\t400\t400\t400", "Planlægningsteam\tService\t400\t400\t1,5-2\t400"), "$.economy.permanent.rows[1].values.2029", "Planlægningsteam"),
    ("I003", EFFICIENCY.replace("Note: Negative", "Tabel 5. Nøgletal\n\nNøgletal\tAntal\nBorgere\t120\n\nNote: Negative"), "$.economy.notes[0]", "Nøgletal\tAntal"),
    ("I004", EFFICIENCY.replace("## 4. Risikovurdering", "## 9. Bemærkninger fra direktionen\n\nIngen.\n\n## 4. Risikovurdering"), "$", "## 9. Bemærkninger"),
    ("I005", INNOVATION.replace("Opfølgningsmål\tHvordan måles opfølgningsmålet?\tHvem er ansvarlig for opfølgning?\tHvornår gennemføres opfølgningen?\nForsøget er evalueret\tEvalueringsrapport\tSocialforvaltningen\tUltimo 2028", "Følges op løbende."), "$.follow_up", "Følges op løbende."),
    ("I005", EFFICIENCY[: EFFICIENCY.index("Tabel 1.")] + EFFICIENCY[EFFICIENCY.index("## 3. Opfølgning") :], "$.economy", "Forslaget giver en besparelse"),
    ("I006", EFFICIENCY + "\n" + INNOVATION.replace("# SU03 Velfærdsteknologi", "# SU02 Velfærdsteknologi"), "$", "# SU02. Færre vikartimer"),
    ("I006", EFFICIENCY + "\n" + INNOVATION.replace("# SU03 Velfærdsteknologi i botilbud", "# SU03."), "$.title", "# SU03."),
]


@pytest.mark.parametrize(("code", "text", "path", "needle"), CASES, ids=[f"{case[0]}-{index}" for index, case in enumerate(CASES)])
def test_each_import_rule_fails_at_its_path_and_line(code: str, text: str, path: str, needle: str) -> None:
    assert (code, path, line_of(text, needle)) in import_findings(text)


def test_the_passing_documents_have_no_import_findings() -> None:
    assert import_findings(EFFICIENCY) == []
    assert import_findings(INNOVATION) == []
    assert import_findings(EFFICIENCY + "\n" + INNOVATION) == []


def test_one_unreadable_amount_is_one_import_finding_and_the_cell_is_empty() -> None:
    text = CASES[1][1]
    result = interpret_source(blocks(text))
    assert result.proposals[0].document.data["economy"]["permanent"]["rows"][1]["values"] == {2027: 400, 2029: 400, 2030: 400}
    assert [code for code, _, _ in import_findings(text)] == ["I002"]


def test_an_unknown_table_is_kept_as_a_note() -> None:
    data = interpret_source(blocks(CASES[3][1])).proposals[0].document.data
    assert data["economy"]["notes"][0] == "Tabel 5. Nøgletal: Nøgletal | Antal; Borgere | 120"


def test_the_import_rules_are_registered_with_their_severities() -> None:
    from proplint.ruleset import load_ruleset

    rules = load_ruleset().rules
    assert {code: (rules[code].name, rules[code].severity.label) for code in ("I001", "I002", "I003", "I004", "I005", "I006")} == {
        "I001": ("unreadable-box", "warning"),
        "I002": ("unreadable-amount", "error"),
        "I003": ("unknown-table", "warning"),
        "I004": ("unknown-section", "info"),
        "I005": ("missing-part", "warning"),
        "I006": ("ambiguous-proposal", "error"),
    }
