"""A generated format v1 proposal, rendered into the template (Word and Markdown), imports back equal.

What the template cannot carry is left out of the generated proposals (``submitted``,
row ``type``) and what the Markdown export loses is left out of the comparison
(the yes/no boxes and the 2023 grid of administrations; I001 says so).
"""

from __future__ import annotations

import dataclasses
import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importing.render import ADMINISTRATIONS, CHECKBOXES, Options, render_collection_docx, render_collection_markdown
from proplint.importing.blocks import Source
from proplint.importing.docx_reader import read_docx
from proplint.importing.interpret import interpret_source
from proplint.importing.markdown_reader import read_markdown
from proplint.importing.plain import plain
from proplint.importing.writing import write
from proplint.loading import load_text

WORDS = ("borgere", "plejecentre", "hjemmeplejen", "vagtplanen", "medarbejdere", "aftalen", "udgiften", "forsøget", "teamet", "skærmbesøg")
LABELS = ("Færre vikartimer", "Lavere indkøbspris", "Løn til afløsere", "Projektledelse", "Skærme", "Uddannelse", "Drift af robotter")
PARTIES = ("MED-udvalg", "Handicaprådet", "Ældrerådet", "Direktionen")
FINANCE = "Center for Økonomi, Økonomiforvaltningen"
YEARS = [2027, 2028, 2029, 2030]

sentence = st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(lambda words: (" ".join(words)).capitalize() + ".")
prose = st.lists(sentence, min_size=1, max_size=3).map("\n\n".join)
short = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(lambda words: " ".join(words).capitalize())
amount = st.one_of(st.integers(-99_999, 99_999), st.decimals(-999, 999, places=1, allow_nan=False, allow_infinity=False))
values = st.dictionaries(st.sampled_from(YEARS), amount, min_size=1, max_size=4).map(lambda v: dict(sorted(v.items())))


@st.composite
def section(draw: st.DrawFn, subtotals: bool = False) -> dict[str, Any]:
    labels = draw(st.lists(st.sampled_from(LABELS), min_size=1, max_size=3, unique=True))
    rows = [{"label": label, "area": draw(st.sampled_from(("Service", "Anlæg"))), "values": draw(values)} for label in labels]
    result: dict[str, Any] = {"rows": rows}
    if subtotals and draw(st.booleans()):
        result["subtotals"] = {"Service": draw(values), "Anlæg": draw(values)}
    result["total"] = draw(values)
    return result


@st.composite
def proposals(draw: st.DrawFn, generation: str) -> dict[str, Any]:
    kinds = ("investment", "innovation") if generation == "2023" else ("efficiency", "innovation", "investment")
    kind = draw(st.sampled_from(kinds))
    economy: dict[str, Any] = {"unit": "1000 DKK", "price_level": 2027, "years": YEARS}
    if kind != "innovation":
        economy["permanent"] = draw(section())
    if kind != "efficiency":
        economy["implementation"] = draw(section(subtotals=True))
    if kind == "investment":
        economy["total_impact"] = draw(values)
        economy["payback_years"] = {"service": draw(st.integers(1, 9)), "total": draw(st.integers(1, 9))}
    if draw(st.booleans()):
        details = "permanent" if kind != "innovation" else "implementation"
        title = "Varige ændringer, service" if details == "permanent" else "Serviceinvesteringer i forslaget"
        economy["tables"] = [{"title": f"Tabel 2. {title}", "details": details, **draw(section())}]
    if draw(st.booleans()):
        economy["notes"] = ["Note: " + draw(sentence)]
    if draw(st.booleans()):
        economy["text"] = draw(prose)
    names = draw(st.lists(st.sampled_from(ADMINISTRATIONS), min_size=1, max_size=3, unique=True))
    proposal: dict[str, Any] = {
        "format": "proplint/1",
        "id": f"SU{draw(st.integers(1, 40)):02d}",
        "title": draw(short),
        "kind": kind,
        "budget": "Budget 2027",
        "summary": draw(sentence),
        "presenting_administration": draw(st.sampled_from(ADMINISTRATIONS)),
        "affected_administrations": sorted(names, key=ADMINISTRATIONS.index) if generation == "2023" else names,
        "affected_units": draw(short),
        "from_innovation_proposal": draw(st.booleans()),
        "service_reduction": draw(st.booleans()),
        "description": draw(prose),
        "economy": economy,
    }
    groups = [None] if generation == "2026" else ["milestone", "realisation"]
    follow_up = []
    for group in groups:
        for _ in range(draw(st.integers(1, 2))):
            row = {"goal": draw(sentence), "measure": draw(short), "responsible": draw(st.sampled_from(ADMINISTRATIONS)), "when": draw(st.sampled_from(("Årligt", "Ultimo 2028", "Kvartalsvis fra 2027")))}
            follow_up.append({**row, "group": group} if group else row)
    proposal["follow_up"] = follow_up
    level = draw(st.sampled_from((None, "lav", "høj")))
    text = draw(sentence) + (f" Risikoen vurderes til at være {level}." if level else "")
    proposal["risk"] = {**({"level": {"lav": "low", "høj": "high"}[level]} if level else {}), "text": text}
    if kind != "innovation" or generation == "2023":
        if draw(st.booleans()):
            proposal["admin_effect"] = {"none": True}
        elif draw(st.booleans()):
            table = draw(section())
            proposal["admin_effect"] = {"unit": "1000 DKK", "years": YEARS, "rows": [{"label": r["label"], "values": r["values"]} for r in table["rows"]], "total": table["total"]}
    if draw(st.booleans()):
        proposal["involvement"] = draw(st.lists(st.sampled_from(PARTIES), max_size=3, unique=True))
    consultation = []
    if draw(st.booleans()):
        consultation.append({"party": FINANCE, "answer": "yes", "date": draw(st.dates(datetime.date(2026, 1, 1), datetime.date(2027, 12, 31)))})
    for party in draw(st.lists(st.sampled_from(PARTIES), max_size=3, unique=True)):
        answer = draw(st.sampled_from(("yes", "no", "not_relevant")))
        row: dict[str, Any] = {"party": party, "answer": answer}
        if answer == "yes":
            reply = draw(st.sampled_from(("date", "response", "both")))
            if reply != "response":
                row["date"] = draw(st.dates(datetime.date(2026, 1, 1), datetime.date(2027, 12, 31)))
            if reply != "date":
                row["response"] = "Drøftet på mødet i " + draw(st.sampled_from(("januar", "efteråret 2026")))
        consultation.append(row)
    proposal["consultation"] = consultation
    if kind == "innovation":
        criteria = draw(st.lists(st.sampled_from(("Tværgående effektivisering", "Potentiale for storskala", "Modne anvendelse af ny teknologi")), min_size=1, max_size=3, unique=True))
        proposal["future_investment"] = {
            "cost": draw(st.integers(0, 9_999)),
            "expected_adoption": "Budget 2029",
            "potential": "2,0 mio. kr. (service)",
            "criteria": {name: draw(st.booleans()) for name in criteria},
        }
    return proposal


def loaded(proposal: dict[str, Any]) -> Any:
    """The proposal as ``load_text`` gives it back from the YAML ``proplint import`` writes."""
    return load_text(write(plain(proposal), "yaml", "x"), "x.yaml").data


@st.composite
def options(draw: st.DrawFn, generation: str) -> Options:
    return Options(
        generation=generation,
        checkbox=draw(st.sampled_from([c for c in CHECKBOXES if c not in ("unreadable", "unknown_symbol")])),
        boxes_inline=draw(st.booleans()),
        heading_level=draw(st.integers(1, 3)),
        merge_cells=draw(st.booleans()),
        page_break=draw(st.booleans()),
        annex_broken=draw(st.booleans()),
        date_style=draw(st.sampled_from(("slash", "long", "prefixed"))),
        minus=draw(st.sampled_from(("-", "–", "−"))),
        empty_amount=draw(st.sampled_from(("", "-"))),
        unit_style=draw(st.sampled_from(("standard", "short"))),
        title_heading=draw(st.booleans()),
        section_label=draw(st.booleans()),
        md_bold=draw(st.sampled_from(("html", "stars"))),
        md_boxes=draw(st.sampled_from(("dash", "lines"))),
    )


def imported(source: Source) -> dict[str, Any]:
    result = interpret_source(source)
    (proposal,) = result.proposals
    data: dict[str, Any] = proposal.document.data
    return data


ROUND_TRIP = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@ROUND_TRIP
@given(st.sampled_from(("2026", "2023")).flatmap(lambda g: st.tuples(proposals(g), options(g))))
def test_a_rendered_proposal_imports_back_equal(case: tuple[dict[str, Any], Options]) -> None:
    proposal, option = case
    expected = loaded(proposal)
    word = imported(read_docx(render_collection_docx([proposal], option), "samling.docx"))
    assert word == expected
    markdown = imported(read_markdown(render_collection_markdown([proposal], option), "samling.md"))
    lost = {"from_innovation_proposal", "service_reduction"} | ({"affected_administrations"} if option.generation == "2023" else set())
    assert markdown == {key: value for key, value in expected.items() if key not in lost}


def test_amounts_with_decimals_survive_the_round_trip() -> None:
    assert loaded({"x": {2027: Decimal("2.5")}}) == {"x": {2027: Decimal("2.5")}}


def test_unreadable_word_boxes_are_left_out_with_i001() -> None:
    proposal = {
        "format": "proplint/1", "id": "SU05", "title": "Skærme", "kind": "efficiency", "budget": "Budget 2027",
        "summary": "Et forsøg.", "presenting_administration": "Socialforvaltningen",
        "from_innovation_proposal": True, "service_reduction": False,
        "economy": {"unit": "1000 DKK", "price_level": 2027, "years": YEARS,
                    "permanent": {"rows": [{"label": "Skærme", "area": "Service", "values": {2027: -5}}], "total": {2027: -5}}},
    }  # fmt: skip
    for checkbox in ("unreadable", "unknown_symbol"):
        result = interpret_source(read_docx(render_collection_docx([proposal], Options(checkbox=checkbox)), "samling.docx"))
        (imported_proposal,) = result.proposals
        data = imported_proposal.document.data
        assert "from_innovation_proposal" not in data and "service_reduction" not in data
        assert [(hit.code, hit.path) for hit in imported_proposal.document.hits] == [
            ("I001", ("from_innovation_proposal",)),
            ("I001", ("service_reduction",)),
        ]


def _without_row_types(value: Any) -> Any:
    """The template has no place for a row's type: the example proposals' types do not come back."""
    if isinstance(value, dict):
        return {key: _without_row_types(item) for key, item in value.items() if key != "type" or not isinstance(item, str) or item not in ("saving", "cost")}
    if isinstance(value, list):
        return [_without_row_types(item) for item in value]
    return value


def _example_collection() -> tuple[list[dict[str, Any]], list[Options], str]:
    from importing.test_template_examples import SCRIPT

    return SCRIPT.CLEAN, SCRIPT.CLEAN_OPTIONS, SCRIPT.BUDGET


@pytest.mark.parametrize("checkbox", [c for c in CHECKBOXES if c not in ("unreadable", "unknown_symbol")])
def test_every_word_checkbox_encoding_and_both_generations_import_back(checkbox: str) -> None:
    proposals_, options_, budget = _example_collection()
    chosen = [dataclasses.replace(option, checkbox=checkbox, merge_cells=checkbox != "glyph", page_break=True) for option in options_]
    result = interpret_source(read_docx(render_collection_docx(proposals_, chosen, budget=budget), "samling.docx"))
    assert [proposal.id for proposal in result.proposals] == [proposal["id"] for proposal in proposals_]
    for imported_proposal, proposal in zip(result.proposals, proposals_):
        assert imported_proposal.document.data == _without_row_types(loaded(proposal))
        assert imported_proposal.document.hits == []
