"""Interpretation of the 2023 template: Table 1 before the title, section labels as rows, group rows, two consultation tables."""

from __future__ import annotations

import datetime

from importing.template_fixtures import blocks

from proplint.importing.interpret import interpret_source

INVESTMENT_2023 = """Tabel 1. Forslagets samlede økonomiske konsekvenser

1.000 kr. 2024 p/l\tStyringsområde\t2024\t2025\t2026\t2027
Varige ændringer\t\t\t\t\t
Lavere indkøbspris\tService\t-\t-900\t-1.800\t-1.800
Samlet varig ændring\t\t-\t-900\t-1.800\t-1.800
Implementeringsomkostninger\t\t\t\t\t
Projektledelse\tService\t400\t300\t\t
Samlede implementeringsomkostninger\t\t400\t300\t\t
Samlet økonomisk påvirkning\t\t400\t-600\t-1.800\t-1.800
Tilbagebetalingstid baseret på serviceeffektivisering\t\t2 år\t\t\t
Tilbagebetalingstid baseret på totaløkonomi\t\t2\t\t\t

**Forslagets titel:** SU3. Samlet indkøb af hjælpemidler

**Resumé:** Fælles indkøbsaftale.

**Fremstillende forvaltning:** Sundheds- og Omsorgsforvaltningen

**Berørte forvaltninger:**

☒ Sundheds- og Omsorgsforvaltningen\t☐ Børne- og Ungdomsforvaltningen\t☒ Økonomiforvaltningen
☐ Kultur- og Fritidsforvaltningen\t☐ Socialforvaltningen\t☐ Teknik- og Miljøforvaltningen
☐ Beskæftigelses- og Integrationsforvaltningen\t\t

**Forslaget udspringer af et innovationsforslag:** ☐ Ja ☒ Nej

**1. Baggrund og formål**

Udgiften til hjælpemidler er steget.

**2. Forslagets indhold**

En fælles aftale.

**3. Økonomi**

Investeringen er tjent hjem efter to år.

**4. Effektivisering på administration**

Tabel 2. Varige ændringer, administration

Nettoeffekt på administrative udgifter\t1.000 kr. 2024 p/l\t\t\t
\t2024\t2025\t2026\t2027
Færre fakturaer\t-\t-50\t-50\t-50
I alt\t-\t-50\t-50\t-50

**5. Implementering af forslaget**

Aftalen indgås i 2024.

**6. Inddragelse af samarbejdspartnere**

- Leverandørerne
- Hjælpemiddelcentret

**7. Forslagets effekt**

Lavere udgifter.

**8. Opfølgning**

Opfølgningsmål\tHvordan måles opfølgningsmålet?\tHvem er ansvarlig for opfølgning?\tHvornår gennemføres opfølgningen?
Milepæle for implementering og anvendelse af investeringsmidler\t\t\t
Aftale indgået\tKontrakt underskrevet\tIndkøb\t2024
Realisering af effektiviseringer\t\t\t
Udgiften er faldet\tDatatræk\tØkonomi\tÅrligt

**9. Risikovurdering**

Risikoen vurderes til at være lav.

**10. Hvem er hørt?**

Hvem er hørt?\tJa/Nej\tDato
Center for Økonomi, Økonomiforvaltningen\tJa\t21. januar 2024

Part\tJa/Nej\tDato
MED-udvalg\tNej\t
Handicaprådet\tIkke relevant\t

ADMINISTRATIVT BILAG - INVESTERINGSFORSLAG

Tabel 1. Forslagets samlede økonomiske konsekvenser

1.000 kr. 2024 p/l\tStyringsområde\t2024\t2025
Implementeringsomkostninger\t\t\t
Forsøg\tService\t100\t100
Samlede implementeringsomkostninger\t\t100\t100

**Forslagets titel:** SU4. Forsøg med robotter

**Resumé:** Et forsøg.
"""


def test_a_2023_collection_splits_before_each_table_1() -> None:
    result = interpret_source(blocks(INVESTMENT_2023, header=("INVESTERINGSFORSLAG", "BUDGET 2024"), word=True))
    assert result.budget == "Budget 2024"
    assert [proposal.id for proposal in result.proposals] == ["SU3", "SU4"]
    second = result.proposals[1].document.data
    assert second["title"] == "Forsøg med robotter"
    assert second["economy"]["implementation"]["total"] == {2024: 100, 2025: 100}
    assert "permanent" not in second["economy"]


def test_a_2023_investment_proposal() -> None:
    proposal = interpret_source(blocks(INVESTMENT_2023, header=("INVESTERINGSFORSLAG", "BUDGET 2024"), word=True)).proposals[0]
    data = proposal.document.data
    assert data["kind"] == "investment"  # from the page header
    assert data["title"] == "Samlet indkøb af hjælpemidler"
    assert data["summary"] == "Fælles indkøbsaftale."
    assert data["affected_administrations"] == ["Sundheds- og Omsorgsforvaltningen", "Økonomiforvaltningen"]
    assert data["from_innovation_proposal"] is False
    assert data["description"] == "Udgiften til hjælpemidler er steget.\n\nEn fælles aftale.\n\nAftalen indgås i 2024.\n\nLavere udgifter."
    economy = data["economy"]
    assert economy["years"] == [2024, 2025, 2026, 2027] and economy["price_level"] == 2024
    assert economy["permanent"] == {
        "rows": [{"label": "Lavere indkøbspris", "area": "Service", "values": {2025: -900, 2026: -1800, 2027: -1800}}],
        "total": {2025: -900, 2026: -1800, 2027: -1800},
    }
    assert economy["implementation"]["total"] == {2024: 400, 2025: 300}
    assert economy["total_impact"] == {2024: 400, 2025: -600, 2026: -1800, 2027: -1800}
    assert economy["payback_years"] == {"service": 2, "total": 2}
    assert economy["text"] == "Investeringen er tjent hjem efter to år."
    assert data["admin_effect"] == {
        "unit": "1000 DKK",
        "years": [2024, 2025, 2026, 2027],
        "rows": [{"label": "Færre fakturaer", "values": {2025: -50, 2026: -50, 2027: -50}}],
        "total": {2025: -50, 2026: -50, 2027: -50},
    }
    assert data["follow_up"] == [
        {"goal": "Aftale indgået", "measure": "Kontrakt underskrevet", "responsible": "Indkøb", "when": "2024", "group": "milestone"},
        {"goal": "Udgiften er faldet", "measure": "Datatræk", "responsible": "Økonomi", "when": "Årligt", "group": "realisation"},
    ]
    assert data["risk"] == {"level": "low", "text": "Risikoen vurderes til at være lav."}
    assert data["involvement"] == ["Leverandørerne", "Hjælpemiddelcentret"]
    assert data["consultation"] == [
        {"party": "Center for Økonomi, Økonomiforvaltningen", "answer": "yes", "date": datetime.date(2024, 1, 21)},
        {"party": "MED-udvalg", "answer": "no"},
        {"party": "Handicaprådet", "answer": "not_relevant"},
    ]
    assert proposal.document.hits == []
    assert proposal.document.locate(("economy",)) is None  # Word: no lines


def test_the_page_header_word_gives_the_kind_of_a_2023_proposal() -> None:
    result = interpret_source(blocks(INVESTMENT_2023, header=("INNOVATIONSFORSLAG", "OFS 2022-2023"), word=True))
    assert result.proposals[0].document.data["kind"] == "innovation"
    assert result.budget == "OFS 2022-2023"
