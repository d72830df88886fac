"""Interpretation of the 2026 template: every feature of an efficiency and an innovation proposal."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from importing.template_fixtures import EFFICIENCY, INNOVATION, blocks

from proplint.importing import Imported, NotATemplate
from proplint.importing.interpret import interpret_source
from proplint.model.enums import Kind


def findings(document: object) -> list:  # type: ignore[type-arg]
    from proplint.engine import Options, lint_document

    return lint_document(document, Options()).findings  # type: ignore[arg-type]


def imported(text: str, **options: object) -> Imported:
    return interpret_source(blocks(text, **options))  # type: ignore[arg-type]


def test_a_collection_splits_at_id_headings_not_at_the_annex() -> None:
    result = imported(EFFICIENCY + "\n" + INNOVATION)
    assert result.budget == "Budget 2027"
    assert [(p.id, p.document.data["title"]) for p in result.proposals] == [
        ("SU02", "Færre vikartimer i hjemmeplejen"),
        ("SU03", "Velfærdsteknologi i botilbud"),
    ]
    assert result.hits == ()


def test_front_matter_labels_and_boxes() -> None:
    data = imported(EFFICIENCY).proposals[0].document.data
    assert data["summary"] == "Hjemmeplejen planlægger vagterne bedre, så der bruges færre vikartimer."
    assert data["presenting_administration"] == "Sundheds- og Omsorgsforvaltningen"
    assert data["affected_administrations"] == ["Sundheds- og Omsorgsforvaltningen", "Økonomiforvaltningen"]
    assert data["affected_units"] == "Hjemmeplejen"
    assert data["from_innovation_proposal"] is False
    assert data["service_reduction"] is False
    assert data["budget"] == "Budget 2027"


@pytest.mark.parametrize(
    ("boxes", "value"),
    [("☒ Ja ☐ Nej", True), ("☐ Ja ☒ Nej", False), ("☑ Ja ☐ Nej", True), ("Ja ☒ Nej ☐", True)],
)
def test_a_ticked_box_is_read(boxes: str, value: bool) -> None:
    text = EFFICIENCY.replace("**Forslaget vil medføre en serviceforringelse:** ☐ Ja ☒ Nej", f"**Forslaget vil medføre en serviceforringelse:** {boxes}")
    proposal = imported(text).proposals[0]
    assert proposal.document.data["service_reduction"] is value
    assert not proposal.document.hits


@pytest.mark.parametrize("boxes", ["Ja Nej", "⍰ Ja ☐ Nej", "☒ Ja ☒ Nej", "☐ Ja ☐ Nej"])
def test_a_box_that_cannot_be_read_is_left_out_never_guessed(boxes: str) -> None:
    text = EFFICIENCY.replace("**Forslaget vil medføre en serviceforringelse:** ☐ Ja ☒ Nej", f"**Forslaget vil medføre en serviceforringelse:** {boxes}")
    proposal = imported(text).proposals[0]
    assert "service_reduction" not in proposal.document.data
    assert [(hit.code, hit.path) for hit in proposal.document.hits] == [("I001", ("service_reduction",))]


def test_description_is_the_prose_of_section_1_with_page_breaks_mended() -> None:
    data = imported(EFFICIENCY).proposals[0].document.data
    assert data["description"] == (
        "Hjemmeplejen bruger i dag mange vikartimer, fordi vagtplanen lægges med kort varsel. "
        "Forslaget samler planlægningen i et team, og vagtplanen lægges fire uger frem.\n\n"
        "Antallet af vikartimer er steget."
    )


def test_table_1_and_its_supporting_table() -> None:
    economy = imported(EFFICIENCY).proposals[0].document.data["economy"]
    assert economy["unit"] == "1000 DKK" and economy["price_level"] == 2027
    assert economy["years"] == [2027, 2028, 2029, 2030]
    assert economy["permanent"] == {
        "rows": [
            {"label": "Færre vikartimer i hjemmeplejen", "area": "Service", "values": {2027: -1250, 2028: -2500, 2029: -2500, 2030: -2500}},
            {"label": "Planlægningsteam", "area": "Service", "values": {2027: 400, 2028: 400, 2029: 400, 2030: 400}},
        ],
        "total": {2027: -850, 2028: -2100, 2029: -2100, 2030: -2100},
    }
    assert "implementation" not in economy and "total_impact" not in economy
    (table,) = economy["tables"]
    assert table["title"] == "Tabel 2. Varige ændringer, service" and table["details"] == "permanent"
    assert table["rows"][0] == {"label": "Reduktion af vikartimer", "area": "50.30.90", "values": {2027: -1250, 2028: -2500, 2029: -2500, 2030: -2500}}
    assert table["total"] == {2027: -850, 2028: -2100, 2029: -2100, 2030: -2100}
    assert economy["notes"] == ["Note: Negative beløb er mindreudgifter."]
    assert economy["text"] == "Forslaget giver en besparelse på 1,25 mio. kr. i 2027 og 2,5 mio. kr. årligt fra 2028."


def test_follow_up_risk_admin_involvement_and_consultation() -> None:
    data = imported(EFFICIENCY).proposals[0].document.data
    assert data["follow_up"] == [
        {"goal": "Vikartimerne er halveret", "measure": "Timeregistrering", "responsible": "Hjemmeplejens ledelse", "when": "Kvartalsvis fra 2027"}
    ]
    assert data["risk"] == {"level": "low", "text": "Risikoen vurderes til at være lav, da planlægningen allerede er afprøvet."}
    assert data["admin_effect"] == {"none": True}
    assert data["involvement"] == ["MED-udvalget i hjemmeplejen", "Ældrerådet"]
    assert data["consultation"] == [
        {"party": "Center for Økonomi, Økonomiforvaltningen", "answer": "yes", "date": datetime.date(2027, 1, 29)},
        {"party": "MED-udvalg", "answer": "yes", "response": "Drøftet på mødet i efteråret 2026"},
        {"party": "Direktionen", "answer": "yes", "date": datetime.date(2027, 2, 3)},
        {"party": "Handicaprådet", "answer": "not_relevant"},
    ]
    assert data["kind"] == "efficiency"


def test_an_innovation_proposal() -> None:
    data = imported(INNOVATION).proposals[0].document.data
    assert data["id"] == "SU03" and data["kind"] == "innovation"
    implementation = data["economy"]["implementation"]
    assert implementation["rows"] == [
        {"label": "Projektleder", "area": "Service", "values": {2027: 500, 2028: 500}},
        {"label": "Skærme", "area": "Anlæg", "values": {2027: 300}},
    ]
    assert implementation["subtotals"] == {"Service": {2027: 500, 2028: 500}, "Anlæg": {2027: 300}}
    assert implementation["total"] == {2027: 800, 2028: 500}
    assert data["future_investment"] == {
        "cost": 0,
        "expected_adoption": "Budget 2029",
        "potential": "2,0 mio. kr. (service)",
        "criteria": {"Tværgående effektivisering": True, "Potentiale for storskala": False, "Modne anvendelse af ny teknologi": True},
    }
    assert data["follow_up"][0]["goal"] == "Forsøget er evalueret"
    assert data["risk"]["level"] == "medium"  # "Sandsynligheden … er stor" speaks of success, not risk
    assert data["consultation"] == []
    assert "involvement" not in data


def test_subtotals_are_not_counted_twice_when_checked() -> None:
    proposal = imported(INNOVATION).proposals[0]
    codes = {finding.code for finding in findings(proposal.document)}
    assert "S101" not in codes


@pytest.mark.parametrize(
    ("statement", "level"),
    [
        ("Der er ingen risici ved forslaget.", "none"),
        ("Risikoen vurderes lav.", "low"),
        ("Risikoen vurderes til at være lille.", "low"),
        ("Forslaget har et risikoniveau på 'lav'.", "low"),
        ("Risikoen vurderes til at være høj.", "high"),
        ("Sandsynligheden for at forslaget lykkes er stor.", None),
        ("Risikoen vurderes lav for driften, men høj for økonomien.", None),
        ("Leverandørmarkedet er stabilt.", None),
        ("Risikoen for driften vurderes lav. Risikoen for økonomien vurderes til at være høj.", None),
        ("Risikoen for driften vurderes til at være mellem.", "medium"),
    ],
)
def test_a_risk_level_only_from_an_explicit_statement(statement: str, level: str | None) -> None:
    text = EFFICIENCY.replace("Risikoen vurderes til at være lav, da planlægningen allerede er afprøvet.", statement)
    risk = imported(text).proposals[0].document.data["risk"]
    assert risk.get("level") == level and risk["text"] == statement


def test_kind_override() -> None:
    result = interpret_source(blocks(INNOVATION), Kind.INVESTMENT)
    assert result.proposals[0].document.data["kind"] == "investment"


def test_an_investment_proposal_by_its_table_1() -> None:
    without_criteria = INNOVATION[: INNOVATION.index("## 3.")] + INNOVATION[INNOVATION.index("## 4.") :]
    text = without_criteria.replace(
        "\t1.000 kr. 2027 p/l\t\t\t\t\n",
        "Varige ændringer\t1.000 kr. 2027 p/l\t\t\t\t\n\tStyringsområde\t2027\t2028\t2029\t2030\nBesparelse\tService\t-200\t-900\t-900\t-900\n"
        "<b>Samlet varig ændring</b>\t\t-200\t-900\t-900\t-900\nImplementeringsomkostninger\t\t\t\t\t\n",
    )
    text = text.replace("<b>Samlede implementeringsomkostninger</b>\t\t<b>800</b>\t<b>500</b>\t<b>-</b>\t<b>-</b>", (
        "<b>Samlede implementeringsomkostninger</b>\t\t<b>800</b>\t<b>500</b>\t<b>-</b>\t<b>-</b>\n"
        "Samlet økonomisk påvirkning\t\t600\t-400\t-900\t-900\n"
        "Tilbagebetalingstid baseret på serviceeffektivisering\t\t3 år\t\t\t\n"
        "Tilbagebetalingstid baseret på totaløkonomi\t\t2\t\t\t"
    ))
    data = imported(text).proposals[0].document.data
    economy = data["economy"]
    assert data["kind"] == "investment"
    assert economy["permanent"]["total"] == {2027: -200, 2028: -900, 2029: -900, 2030: -900}
    assert economy["implementation"]["total"] == {2027: 800, 2028: 500}
    assert economy["total_impact"] == {2027: 600, 2028: -400, 2029: -900, 2030: -900}
    assert economy["payback_years"] == {"service": 3, "total": 2}


def test_numbers_in_every_danish_form_and_malformed_ones_kept_literally() -> None:
    text = EFFICIENCY.replace("Planlægningsteam\tService\t400\t400\t400\t400", "Planlægningsteam\tService\t400\t1.6780\t−2. 750\t525.00")
    proposal = imported(text).proposals[0]
    values = proposal.document.data["economy"]["permanent"]["rows"][1]["values"]
    assert values == {2027: 400, 2028: Decimal("1.6780"), 2029: Decimal("-2.750"), 2030: "525.00"}
    assert str(values[2028]) == "1.6780"
    found = sorted((f.code, f.path, f.line) for f in findings(proposal.document) if f.code in ("N205", "D002"))
    assert found == [
        ("D002", "$.economy.permanent.rows[1].values.2030", 48),
        ("N205", "$.economy.permanent.rows[1].values.2028", 48),
        ("N205", "$.economy.permanent.rows[1].values.2029", 48),
    ]


def test_an_amount_with_a_unit_is_converted_with_a_note() -> None:
    text = EFFICIENCY.replace("Planlægningsteam\tService\t400\t400\t400\t400", "Planlægningsteam\tService\t0,4 mio. kr.\t400\t400\t400.000 kr.")
    proposal = imported(text).proposals[0]
    assert proposal.document.data["economy"]["permanent"]["rows"][1]["values"] == {2027: 400, 2028: 400, 2029: 400, 2030: 400}
    assert len(proposal.notes) == 2 and "0,4 mio. kr." in proposal.notes[0]


def test_a_document_without_a_proposal_heading_is_not_a_template() -> None:
    with pytest.raises(NotATemplate):
        imported("# Vejledning\n\nSådan skriver du et forslag.\n")


def test_word_documents_have_no_positions() -> None:
    proposal = interpret_source(blocks(EFFICIENCY, word=True)).proposals[0]
    assert proposal.document.locate(("economy", "permanent", "total", "2027")) is None


def test_markdown_positions_point_at_the_cell_and_the_paragraph() -> None:
    proposal = imported(EFFICIENCY).proposals[0]
    assert proposal.document.locate(("economy", "permanent", "total", "2027")) == (49, 30)
    assert proposal.document.locate(("economy", "permanent", "rows", 1, "values", "2029")) == (48, 34)
    assert proposal.document.locate(("summary",)) == (9, 1)
    assert proposal.document.locate(("description",)) == (31, 1)
    assert proposal.document.locate(("consultation", 1, "response")) == (89, 15)
    assert proposal.document.locate(("follow_up", 0, "responsible")) == (66, 43)
    assert proposal.document.locate(("economy", "tables", 0, "rows", 0, "area")) == (57, 25)
    assert proposal.document.locate(()) == (7, 3)  # the proposal's heading


def test_a_summary_of_two_paragraphs_before_section_1() -> None:
    text = EFFICIENCY.replace("færre vikartimer.\n", "færre vikartimer.\n\nDet giver en mere stabil bemanding.\n")
    data = imported(text).proposals[0].document.data
    assert data["summary"] == "Hjemmeplejen planlægger vagterne bedre, så der bruges færre vikartimer.\n\nDet giver en mere stabil bemanding."
    assert data["presenting_administration"] == "Sundheds- og Omsorgsforvaltningen"


def test_a_list_item_broken_by_a_page_break_is_one_item() -> None:
    text = EFFICIENCY.replace("- MED-udvalget i hjemmeplejen\n", "- MED-udvalget i\n\nhjemmeplejen\n\n")
    assert imported(text).proposals[0].document.data["involvement"] == ["MED-udvalget i hjemmeplejen", "Ældrerådet"]


def test_captions_with_a_colon_and_section_titles_worded_longer() -> None:
    text = EFFICIENCY.replace("Tabel 2. Varige ændringer, service", "Tabel 2: Varige ændringer, service").replace("## 4. Risikovurdering", "## 4. Risikovurdering og afhængigheder")
    data = imported(text).proposals[0].document.data
    assert data["economy"]["tables"][0]["details"] == "permanent"
    assert data["risk"]["level"] == "low"
    assert imported(text).proposals[0].document.hits == []


def test_consultation_cells_as_people_write_them() -> None:
    text = EFFICIENCY.replace("Direktionen\tJa\tD. 3. februar 2027", "Direktionen\tJa, d. 3. februar 2027\t").replace(
        "Handicaprådet\tIkke relevant\t", "Handicaprådet\tIkke relevant\t-\nÆldrerådet\tNej.\t\nSeniorrådet\tMåske\t"
    )
    rows = imported(text).proposals[0].document.data["consultation"]
    assert rows[2:] == [
        {"party": "Direktionen", "answer": "yes", "date": datetime.date(2027, 2, 3)},
        {"party": "Handicaprådet", "answer": "not_relevant"},
        {"party": "Ældrerådet", "answer": "no"},
        {"party": "Seniorrådet", "answer": "Måske"},  # never guessed: D002 names it
    ]


def test_section_headings_numbered_by_word_rather_than_in_their_text() -> None:
    text = EFFICIENCY
    for number in range(1, 7):
        text = re.sub(rf"^## {number}\. ", "## ", text, flags=re.MULTILINE)
    assert imported(text).proposals[0].document.data == imported(EFFICIENCY).proposals[0].document.data
