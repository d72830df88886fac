"""Rebuild the Word and Markdown collections in examples/ from the proposals below.

    python examples/make_template_examples.py

The collections are rendered into the municipal template by the test renderer
(tests/importing/render.py): ``samling-SOF-B2027`` is clean (two proposals in
the 2026 template, one in the 2023 template), ``broken/samling-fejl-B2027``
has planted errors (listed in ``PLANTED``). The .docx files are written
deterministically: rebuilding gives identical bytes with the same python-docx.
"""

from __future__ import annotations

import datetime
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from importing.render import Options, render_collection_docx, render_collection_markdown  # noqa: E402

BUDGET = "Budget 2027"
SOF = "Sundheds- og Omsorgsforvaltningen"
FINANCE = "Center for Økonomi, Økonomiforvaltningen"
YEARS = [2027, 2028, 2029, 2030]

SU01: dict[str, Any] = {
    "format": "proplint/1", "id": "SU01", "title": "Faste afløsere i stedet for vikarer i hjemmeplejen",
    "kind": "efficiency", "budget": BUDGET,
    "summary": "Hjemmeplejen dækker fravær med et korps af faste afløsere i stedet for bureauvikarer.",
    "presenting_administration": SOF, "affected_administrations": [SOF],
    "affected_units": "Hjemmeplejen i de fire lokalområder",
    "from_innovation_proposal": False, "service_reduction": False,
    "description": (
        "Hjemmeplejen bruger i dag bureauvikarer til at dække sygdom og ferie. Forvaltningen opretter et korps "
        "af faste afløsere, som kender borgerne og arbejdsgangene, og som kan sættes ind med kort varsel.\n\n"
        "Det giver færre vikartimer, en mere stabil bemanding og færre skift i, hvem der kommer hos borgeren."),
    "economy": {
        "unit": "1000 DKK", "price_level": 2027, "years": YEARS,
        "text": "Forslaget giver en varig nettobesparelse på 1,7 mio. kr. årligt fra 2028.",
        "permanent": {
            "rows": [
                {"label": "Færre vikartimer", "area": "Service", "type": "saving",
                 "values": {2027: -1250, 2028: -2500, 2029: -2500, 2030: -2500}},
                {"label": "Løn til faste afløsere", "area": "Service", "type": "cost",
                 "values": {2027: 400, 2028: 800, 2029: 800, 2030: 800}},
            ],
            "total": {2027: -850, 2028: -1700, 2029: -1700, 2030: -1700},
        },
        "notes": ["Note: Negative beløb angiver mindreudgifter, positive beløb merudgifter."],
        "tables": [{
            "title": "Tabel 2. Varige ændringer, service", "details": "permanent",
            "rows": [
                {"label": "Reduktion af vikartimer", "area": "50.30.40",
                 "values": {2027: -1250, 2028: -2500, 2029: -2500, 2030: -2500}},
                {"label": "Løn til faste afløsere", "area": "50.30.40",
                 "values": {2027: 400, 2028: 800, 2029: 800, 2030: 800}},
            ],
            "total": {2027: -850, 2028: -1700, 2029: -1700, 2030: -1700},
        }],
    },
    "follow_up": [
        {"goal": "Afløserkorpset er etableret", "measure": "Antal ansatte afløsere",
         "responsible": "Hjemmeplejens ledelse", "when": "1. juli 2027"},
        {"goal": "Vikartimerne er halveret", "measure": "Månedligt udtræk fra vagtplanen",
         "responsible": "Center for Økonomi og Kvalitet", "when": "Kvartalsvis fra 2028"},
    ],
    "risk": {"level": "low", "text": "Risikoen vurderes til at være lav, da korpset kan tilpasses behovet løbende."},
    "admin_effect": {"none": True},
    "involvement": ["Hjemmeplejens lokale MED-udvalg", "Visitationen"],
    "consultation": [
        {"party": "MED-udvalg", "answer": "yes", "date": datetime.date(2027, 1, 21)},
        {"party": FINANCE, "answer": "yes", "date": datetime.date(2027, 1, 29)},
        {"party": "Koncern IT", "answer": "not_relevant"},
    ],
}

SU02: dict[str, Any] = {
    "format": "proplint/1", "id": "SU02", "title": "Medicinrobotter på to plejecentre", "kind": "innovation",
    "budget": BUDGET,
    "summary": "Afprøvning af robotter, der doserer og udleverer medicin til beboerne på to plejecentre.",
    "presenting_administration": SOF, "affected_administrations": [SOF, "Socialforvaltningen"],
    "from_innovation_proposal": False, "service_reduction": False,
    "description": (
        "Sygeplejersker og social- og sundhedsassistenter bruger meget tid på at dosere medicin. En medicinrobot "
        "doserer og udleverer medicinen og registrerer, at den er givet. Afprøvningen skal vise, om tiden kan "
        "bruges på pleje i stedet."),
    "economy": {
        "unit": "1000 DKK", "price_level": 2027, "years": [2027, 2028],
        "text": "Afprøvningen koster i alt 1,75 mio. kr. over to år.",
        "implementation": {
            "rows": [
                {"label": "Leje og opsætning af robotter", "area": "Service", "values": {2027: 900, 2028: 600}},
                {"label": "Evaluering", "area": "Service", "values": {2028: 250}},
            ],
            "total": {2027: 900, 2028: 850},
        },
    },
    "future_investment": {
        "cost": 3500, "expected_adoption": "Budget 2029", "potential": "2,0 mio. kr. (service)",
        "criteria": {"Tværgående effektivisering": False, "Potentiale for storskala": True,
                     "Modne anvendelse af ny teknologi": True},
    },
    "follow_up": [
        {"goal": "Robotterne er i drift på begge plejecentre", "measure": "Driftsstatus fra leverandøren",
         "responsible": "Plejecentrenes ledelse", "when": "September 2027"},
    ],
    "risk": {"level": "medium",
             "text": "Risikoen vurderes til at være mellem, fordi teknologien kun er afprøvet i få kommuner."},
    "involvement": [],
    "consultation": [{"party": FINANCE, "answer": "yes", "date": datetime.date(2027, 1, 21)}],
}

SU3: dict[str, Any] = {
    "format": "proplint/1", "id": "SU3", "title": "Rehabiliteringsforløb i eget hjem", "kind": "investment",
    "budget": BUDGET,
    "summary": "Borgere, der søger praktisk hjælp, tilbydes først et rehabiliteringsforløb i hjemmet.",
    "presenting_administration": SOF, "affected_administrations": [SOF],
    "from_innovation_proposal": True, "service_reduction": False,
    "description": (
        "Et tværfagligt team af terapeuter og hjemmetrænere træner med borgeren i hjemmet i op til tolv uger, "
        "så flere kan klare hverdagen selv."),
    "economy": {
        "unit": "1000 DKK", "price_level": 2027, "years": YEARS,
        "permanent": {
            "rows": [{"label": "Færre timer til praktisk hjælp", "area": "Service", "type": "saving",
                      "values": {2027: -600, 2028: -1800, 2029: -2400, 2030: -2400}}],
            "total": {2027: -600, 2028: -1800, 2029: -2400, 2030: -2400},
        },
        "implementation": {
            "rows": [
                {"label": "Terapeuter i opstartsfasen", "area": "Service", "values": {2027: 900, 2028: 900}},
                {"label": "Ombygning af træningslokale", "area": "Anlæg", "values": {2027: 500}},
            ],
            "subtotals": {"Service": {2027: 900, 2028: 900}, "Anlæg": {2027: 500}},
            "total": {2027: 1400, 2028: 900},
        },
        "total_impact": {2027: 800, 2028: -900, 2029: -2400, 2030: -2400},
        "payback_years": {"service": 2, "total": 2},
        "tables": [{
            "title": "Tabel 2. Investeringer i forslaget", "details": "implementation",
            "rows": [
                {"label": "Terapeuter i opstartsfasen", "area": "50.30.45", "values": {2027: 900, 2028: 900}},
                {"label": "Ombygning af træningslokale", "area": "50.30.90", "values": {2027: 500}},
            ],
            "total": {2027: 1400, 2028: 900},
        }],
    },
    "follow_up": [
        {"goal": "Teamet er ansat", "measure": "Ansættelser gennemført", "responsible": "Rehabiliteringsenheden",
         "when": "1. kvartal 2027", "group": "milestone"},
        {"goal": "Timer til praktisk hjælp er faldet med 10 pct.", "measure": "Udtræk fra omsorgssystemet",
         "responsible": "Center for Økonomi og Kvalitet", "when": "Årligt fra 2028", "group": "realisation"},
    ],
    "risk": {"level": "low", "text": "Risikoen vurderes som lav, fordi metoden allerede bruges i to lokalområder."},
    "admin_effect": {
        "unit": "1000 DKK", "years": YEARS,
        "rows": [{"label": "Færre visitationer til praktisk hjælp",
                  "values": {2027: -50, 2028: -100, 2029: -100, 2030: -100}}],
        "total": {2027: -50, 2028: -100, 2029: -100, 2030: -100},
    },
    "involvement": ["Træningsenhederne", "Ældrerådet"],
    "consultation": [
        {"party": FINANCE, "answer": "yes", "date": datetime.date(2027, 1, 27)},
        {"party": "MED-udvalg", "answer": "yes", "date": datetime.date(2027, 1, 14),
         "response": "Drøftet på mødet i januar"},
        {"party": "Handicaprådet", "answer": "not_relevant"},
    ],
}

CLEAN = [SU01, SU02, SU3]
CLEAN_OPTIONS = [
    Options(checkbox="content_control"),
    Options(heading_level=2, checkbox="form_field", page_break=True, date_style="long"),
    Options(generation="2023", checkbox="symbol", date_style="prefixed"),
]


def _broken() -> list[dict[str, Any]]:
    """Copies of SU01 and SU3 with planted errors (see PLANTED)."""
    su04 = {**SU01, "id": "SU04", "title": "Faste afløsere i hjemmeplejen, vest"}
    economy = {**SU01["economy"], "tables": []}
    permanent = dict(economy["permanent"])
    permanent["total"] = {2027: -850, 2028: -1700, 2029: -1750, 2030: -1700}  # 2029 off by 50
    economy["permanent"] = permanent
    su04["economy"] = economy
    su04["consultation"] = [{"party": "MED-udvalg", "answer": "yes"},  # a yes without date or reply
                            {"party": FINANCE, "answer": "yes", "date": datetime.date(2027, 1, 29)}]
    su5 = {**SU3, "id": "SU5", "title": "Rehabiliteringsforløb i eget hjem, nord"}
    economy = {**SU3["economy"], "tables": []}
    economy["total_impact"] = {2027: 800, 2028: -900, 2029: -2300, 2030: -2400}  # 2029 off by 100
    implementation = dict(economy["implementation"])
    implementation["rows"] = [
        {"label": "Terapeuter i opstartsfasen", "area": "Service", "values": {2027: 900, 2028: Decimal("0.900")}},
        implementation["rows"][1],
    ]
    economy["implementation"] = implementation
    su5["economy"] = economy
    return [su04, su5]


BROKEN = _broken()
BROKEN_OPTIONS = [Options(checkbox="unreadable"), Options(generation="2023", checkbox="glyph")]
PLANTED = {
    "SU04": ["S101 permanent total 2029", "C602 MED-udvalg yes without date", "I001 both boxes (Word only)"],
    "SU5": ["S103 total impact 2029", "N205 0,900 in 1.000 kr. (a thousands separator read as a decimal comma)"],
}


def build(root: Path = HERE) -> list[Path]:
    """Write the four files under ``root`` (examples/) and return their paths."""
    (root / "broken").mkdir(exist_ok=True)
    written = []
    for name, proposals, options in (("samling-SOF-B2027", CLEAN, CLEAN_OPTIONS),
                                     ("broken/samling-fejl-B2027", BROKEN, BROKEN_OPTIONS)):
        docx_path, md_path = root / f"{name}.docx", root / f"{name}.md"
        docx_path.write_bytes(render_collection_docx(proposals, options, budget=BUDGET))
        md_path.write_text(render_collection_markdown(proposals, options, budget=BUDGET), encoding="utf-8")
        written += [docx_path, md_path]
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(HERE.parent))
