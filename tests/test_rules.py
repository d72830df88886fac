"""Every rule: a failing document gives exactly the expected (code, path, line); a passing one gives nothing.

Cases edit the clean investment example (``examples/investment-SU09.yaml``),
or small documents of the other kinds, one change at a time.
"""

from __future__ import annotations

import pytest

from conftest import BASE, lint, mutate

EFFICIENCY = """\
format: proplint/1
id: SU12
title: Færre kørsler
kind: efficiency
summary: Færre kørsler.
presenting_administration: Sundheds- og Omsorgsforvaltningen
economy:
  unit: 1000 DKK
  price_level: 2027
  years: [2027, 2028]
  permanent:
    rows:
      - {label: Kørsel, area: Service, type: saving, values: {2027: -300, 2028: -600}}
    total: {2027: -300, 2028: -600}
follow_up:
  - {goal: Ny kørselsplan, measure: Plan godkendt, responsible: Madservice, when: Juni 2027}
risk: {level: low, text: Borgerne er orienteret.}
consultation: []
"""

INNOVATION = """\
format: proplint/1
id: SU15
title: Sensorer
kind: innovation
summary: Afprøvning af sensorer.
presenting_administration: Sundheds- og Omsorgsforvaltningen
economy:
  unit: 1000 DKK
  price_level: 2027
  years: [2027, 2028]
  implementation:
    rows:
      - {label: Sensorer, area: Service, values: {2027: 600}}
    total: {2027: 600}
follow_up:
  - {goal: Sensorer opsat, measure: Antal, responsible: Plejehjem, when: 2027}
risk: {level: medium, text: Ny teknologi.}
consultation:
  - {party: "Center for Økonomi, Økonomiforvaltningen", answer: yes, date: 2026-02-01}
"""

CATALOGUE = """\
format: proplint/1
document: catalogue
title: Budget 2027
unit: 1000 DKK
years: [2027, 2028]
entries:
  - {id: SU09, title: Samlet indkøb, values: {2027: -650, 2028: -1550}}
  - {id: SU12, title: Færre kørsler, values: {2027: -270, 2028: -580}}
total: {2027: -920, 2028: -2130}
"""

CASE_STATUS = """\
format: proplint/1
document: case-status
committee: Sundheds- og Omsorgsudvalget
unit: mio DKK
cases:
  - number: 1
    title: Digital medicinhåndtering
    type: investment
    status: gul
    investment: 4.2
    efficiency: -1.8
    full_implementation: "2025"
    prior_compensating_action: Ingen
    remark: Forsinket.
    handling: Ny plan.
    approval_required: Ingen
    consequence: Gevinsten kommer et år senere.
"""

EFFECT_STATUS = """\
format: proplint/1
document: effect-status
strategy: Velfærdsteknologi
themes:
  - name: Tryghed
    initiatives:
      - {financed_by: Investeringspuljen, name: Faldsensorer, years: [2026], phase: drift, status: går som planlagt}
    goals:
      - {effect: Færre fald, goal: 20 % færre fald, baseline: 410 fald, status: 12 % færre}
"""

# (rule, base document, replacements, expected findings)
FAILING = [
    ("S101", BASE, [("total: {2027: -650, 2028: -1550, 2029: -1550}\n  implementation", "total: {2027: -650, 2028: -1560, 2029: -1550}\n  implementation")],
     [("S101", "$.economy.permanent.total.2028", 23)]),
    ("S101-table", BASE, [("      total: {2027: -650, 2028: -1550, 2029: -1550}", "      total: {2027: -720, 2028: -1550, 2029: -1550}")],
     [("S101", "$.economy.tables[0].total.2027", 36)]),
    ("S102", BASE, [("    total: {2026: 400, 2027: 300}\n", "")],
     [("S102", "$.economy.implementation.total", 24)]),
    ("S102-year", BASE, [("    total: {2026: 400, 2027: 300}\n", "    total: {2027: 300}\n")],
     [("S102", "$.economy.implementation.total.2026", 27)]),
    ("S103", BASE, [("total_impact: {2026: 400, 2027: -350", "total_impact: {2026: 400, 2027: -450")],
     [("S103", "$.economy.total_impact.2027", 28)]),
    ("S104", BASE, [("        - {label: Lavere indkøbspris, area: \"50.30.90\", values: {2027: -900, 2028: -1800, 2029: -1800}}\n        - {label: Løbende faglig gennemgang, area: \"50.30.90\", values: {2027: 250, 2028: 250, 2029: 250}}\n      total: {2027: -650",
                     "        - {label: Lavere indkøbspris, area: \"50.30.90\", values: {2027: -970, 2028: -1800, 2029: -1800}}\n        - {label: Løbende faglig gennemgang, area: \"50.30.90\", values: {2027: 250, 2028: 250, 2029: 250}}\n      total: {2027: -720")],
     [("S104", "$.economy.tables[0].rows[0].values.2027", 34)]),
    ("S104-total", BASE, [("        - {label: Løbende faglig gennemgang, area: \"50.30.90\", values: {2027: 250, 2028: 250, 2029: 250}}\n      total: {2027: -650",
                           "        - {label: Anden gennemgang, area: \"50.30.90\", values: {2027: 180, 2028: 250, 2029: 250}}\n      total: {2027: -720")],
     [("S104", "$.economy.tables[0].total.2027", 36)]),
    ("N201", BASE, [("      - {label: Projektledelse, area: Service, values: {2026: 400, 2027: 300}}\n",
                     "      - {label: Projektledelse, area: Service, values: {2026: 400, 2027: 300}}\n      - {label: Refusion, area: Anlæg, values: {2026: -10}}\n"),
                    ("total: {2026: 400, 2027: 300}", "total: {2026: 390, 2027: 300}"),
                    ("total_impact: {2026: 400,", "total_impact: {2026: 390,")],
     [("N201", "$.economy.implementation.rows[1].values.2026", 27)]),
    ("N202", BASE, [("area: Service, type: cost, values: {2027: 250", "area: Service, type: saving, values: {2027: 250")],
     [("N202", "$.economy.permanent.rows[1].values.2027", 22)]),
    ("N203", BASE, [("area: Service, type: cost, values: {2027: 250", "area: Service, values: {2027: 250"),
                    ("label: Løbende faglig gennemgang, area: Service", "label: Reduceret faglig gennemgang, area: Service"),
                    ("        - {label: Løbende faglig gennemgang", "        - {label: Reduceret faglig gennemgang")],
     [("N203", "$.economy.permanent.rows[1].values.2027", 22)]),
    ("N204", EFFICIENCY, [("values: {2027: -300, 2028: -600}}", "values: {2027: -300, 2028: 600}}"), ("total: {2027: -300, 2028: -600}", "total: {2027: -300, 2028: 600}")],
     [("N202", "$.economy.permanent.rows[0].values.2028", 13), ("N204", "$.economy.permanent.total.2028", 14)]),
    ("N205", BASE, [("values: {2027: 250, 2028: 250, 2029: 250}}\n    total", "values: {2027: 250, 2028: 250, 2029: 0.250}}\n    total")],
     [("N205", "$.economy.permanent.rows[1].values.2029", 22)]),
    ("N206", BASE, [("values: {2026: 400, 2027: 300}}", "values: {2026: 400, 2027: 300, 2031: 5}}")],
     [("N206", "$.economy.implementation.rows[0].values.2031", 26)]),
    ("N207", EFFICIENCY, [("years: [2027, 2028]", "years: [2028, 2027]")],
     [("N207", "$.economy.years[1]", 10)]),
    ("E301", BASE, [("payback_years: {service: 3, total: 3}", "payback_years: {service: 3, total: 2}")],
     [("E301", "$.economy.payback_years.total", 29)]),
    ("E302", BASE, [("type: saving, values: {2027: -900, 2028: -1800, 2029: -1800}}", "type: saving, values: {2027: -400, 2028: -400, 2029: -400}}"),
                    ("total: {2027: -650, 2028: -1550, 2029: -1550}\n  implementation", "total: {2027: -150, 2028: -150, 2029: -150}\n  implementation"),
                    ("total_impact: {2026: 400, 2027: -350, 2028: -1550, 2029: -1550}", "total_impact: {2026: 400, 2027: 150, 2028: -150, 2029: -150}"),
                    ("payback_years: {service: 3, total: 3}\n  tables", "payback_years: {service: 4, total: 4}\n  tables"),
                    ("        - {label: Lavere indkøbspris, area: \"50.30.90\", values: {2027: -900, 2028: -1800, 2029: -1800}}", "        - {label: Lavere indkøbspris, area: \"50.30.90\", values: {2027: -400, 2028: -400, 2029: -400}}"),
                    ("      total: {2027: -650, 2028: -1550, 2029: -1550}", "      total: {2027: -150, 2028: -150, 2029: -150}")],
     [("E301", "$.economy.payback_years.service", 29), ("E302", "$.economy.total_impact.2029", 28)]),
    ("E303", EFFICIENCY, [("  permanent:\n    rows:\n      - {label: Kørsel, area: Service, type: saving, values: {2027: -300, 2028: -600}}\n    total: {2027: -300, 2028: -600}\n", "")],
     [("E303", "$.economy.permanent", 7)]),
    ("E304", INNOVATION, [("    total: {2027: 600}\n", "    total: {2027: 600}\n  total_impact: {2027: 600}\n")],
     [("E304", "$.economy.total_impact", 15)]),
    ("F401", EFFICIENCY, [("follow_up:\n  - {goal: Ny kørselsplan, measure: Plan godkendt, responsible: Madservice, when: Juni 2027}\n", "follow_up: []\n")],
     [("F401", "$.follow_up", 15)]),
    ("F402", BASE, [("    measure: Kontrakt underskrevet\n", "    measure: '  '\n"), ("    when: Årligt fra 2028\n", "")],
     [("F402", "$.follow_up[0].measure", 39), ("F402", "$.follow_up[1].when", 43)]),
    ("F403", BASE, [("    group: realisation", "    group: milestone")],
     [("F403", "$.follow_up", 37)]),
    ("R501", EFFICIENCY, [("risk: {level: low, text: Borgerne er orienteret.}\n", "")],
     [("R501", "$.risk", 1)]),
    ("R502", BASE, [("  level: low\n", "")],
     [("R502", "$.risk.level", 48)]),
    ("R503", BASE, [("  text: Leverandørmarkedet er stabilt, og aftalen kan genudbydes.\n", "  text: ''\n")],
     [("R503", "$.risk.text", 50)]),
    ("C601", EFFICIENCY, [("consultation: []\n", "")],
     [("C601", "$.consultation", 1)]),
    ("C602", BASE, [("{party: MED-udvalg, answer: yes, date: 2026-01-15}", "{party: MED-udvalg, answer: ja}")],
     [("C602", "$.consultation[1].date", 55)]),
    ("C603", BASE, [("{party: Koncern IT, answer: not_relevant}", "{party: Koncern IT, answer: Ikke relevant, date: 2026-01-02}")],
     [("C603", "$.consultation[2].date", 56)]),
    ("C604-absent", BASE, [("  - {party: \"Center for Økonomi, Økonomiforvaltningen\", answer: yes, date: 2026-01-28}\n", "")],
     [("C604", "$.consultation", 53)]),
    ("C604-no", BASE, [("answer: yes, date: 2026-01-28}", "answer: no}")],
     [("C604", "$.consultation[0].answer", 54)]),
    ("C605", BASE, [("date: 2026-01-15}", "date: 2026-02-11}")],
     [("C605", "$.consultation[1].date", 55)]),
    ("C606", BASE, [("{party: Koncern IT, answer: not_relevant}", "{party: med-udvalg, answer: not_relevant}")],
     [("C606", "$.consultation[2].party", 56)]),
    ("S105", CATALOGUE, [("total: {2027: -920,", "total: {2027: -930,")], [("S105", "$.total.2027", 9)]),
    ("K701", CASE_STATUS, [('    full_implementation: "2025"\n', "")], [("K701", "$.cases[0].full_implementation", 6)]),
    ("K702", CASE_STATUS, [("    consequence: Gevinsten kommer et år senere.\n", ""), ("remark: Forsinket.", "remark: ' '")],
     [("K702", "$.cases[0].consequence", 6), ("K702", "$.cases[0].remark", 14)]),
    ("K703", CASE_STATUS, [("efficiency: -1.8", "efficiency: 1.8"), ("investment: 4.2", "investment: -4.2")],
     [("K703", "$.cases[0].investment", 10), ("K703", "$.cases[0].efficiency", 11)]),
    ("T801", EFFECT_STATUS, [(", status: går som planlagt}", "}")], [("T801", "$.themes[0].initiatives[0].status", 7)]),
    ("T802", EFFECT_STATUS, [("baseline: 410 fald, status: 12 % færre", 'status: ""')],
     [("T802", "$.themes[0].goals[0].baseline", 9), ("T802", "$.themes[0].goals[0].status", 9)]),
    ("W101", BASE, [("fagligt hvert år.\n", "fagligt hvert år. Besparelsen er 1,9 mio. kr. årligt fra 2028.\n")],
     [("W101", "$.description", 14)]),
    ("W102", BASE, [("fagligt hvert år.\n", "fagligt hvert år. Gevinsten indfases med 25 pct. i 2027 og 100 pct. fra 2028.\n")],
     [("W102", "$.description", 14)]),
    ("W103", BASE, [("summary: Fælles indkøbsaftale og faglig gennemgang af forbruget.", "summary: Et hjælpemiddel koster 12.50 kr.")],
     [("W103", "$.summary", 7)]),
    ("W104", BASE, [("fagligt hvert år.\n", "fagligt hvert år. Besparelsen er 1.550 mio. kr. årligt fra 2028.\n")],
     [("W104", "$.description", 14)]),
    ("D002-phase", EFFECT_STATUS, [("phase: drift", "phase: driften")], [("D002", "$.themes[0].initiatives[0].phase", 7)]),
]

PASSING = [
    ("clean investment", BASE, []),
    ("clean efficiency", EFFICIENCY, []),
    ("clean innovation", INNOVATION, []),
    ("S101 within rounding", BASE, [("total: {2027: -650, 2028: -1550, 2029: -1550}\n  implementation", "total: {2027: -651, 2028: -1550, 2029: -1550}\n  implementation"),
                                    ("total_impact: {2026: 400, 2027: -350", "total_impact: {2026: 400, 2027: -351"),
                                    ("      total: {2027: -650", "      total: {2027: -651")]),
    ("amounts as lists", EFFICIENCY, [("values: {2027: -300, 2028: -600}}", "values: [-300, -600]}"), ("total: {2027: -300, 2028: -600}", "total: [-300, -600]")]),
    ("Danish words", BASE, [("kind: investment", "kind: Investeringsforslag"), ("  level: low", "  level: Lav"), ("answer: not_relevant}", "answer: ikke relevant}")]),
    ("C602 with date", BASE, [("{party: MED-udvalg, answer: yes, date: 2026-01-15}", "{party: MED-udvalg, answer: ja, date: 2026-01-15}")]),
    ("C605 on the day", BASE, [("date: 2026-01-15}", "date: 2026-02-10}")]),
    ("N203 typed", EFFICIENCY, [("{label: Kørsel, area: Service, type: saving,", "{label: Besparelse på kørsel, area: Service,")]),
    ("E304 none for investment", BASE, []),
    ("F402 filled", BASE, [("    measure: Kontrakt underskrevet\n", "    measure: Kontrakt\n")]),
    ("clean catalogue", CATALOGUE, []),
    ("S105 within rounding", CATALOGUE, [("total: {2027: -920,", "total: {2027: -921,")]),
    ("clean case status", CASE_STATUS, []),
    ("K701 innovation case without efficiency", CASE_STATUS, [("type: investment", "type: innovation"), ("    efficiency: -1.8\n", "")]),
    ("K702 green case without escalation", CASE_STATUS, [("status: gul", "status: green"), ("    consequence: Gevinsten kommer et år senere.\n", "")]),
    ("clean effect status", EFFECT_STATUS, []),
    ("W101-W104 agreeing prose", BASE, [("fagligt hvert år.\n", "fagligt hvert år. Besparelsen er ca. 1,55 mio. kr. årligt fra 2028, og den lavere indkøbspris indfases med 50 pct. i 2027. Et hjælpemiddel koster 12,50 kr.\n")]),
    ("T801 English words", EFFECT_STATUS, [("phase: drift, status: går som planlagt", "phase: Operation, status: as_planned")]),
]


@pytest.mark.parametrize(("rule", "document", "replacements", "expected"), FAILING, ids=[case[0] for case in FAILING])
def test_failing_document(rule: str, document: str, replacements: list[tuple[str, str]], expected: list[tuple[str, str, int]]) -> None:
    assert sorted(lint(mutate(document, *replacements))) == sorted(expected)


@pytest.mark.parametrize(("name", "document", "replacements"), PASSING, ids=[case[0] for case in PASSING])
def test_passing_document(name: str, document: str, replacements: list[tuple[str, str]]) -> None:
    assert lint(mutate(document, *replacements)) == []


def test_every_rule_of_the_catalogue_has_a_failing_case() -> None:
    from proplint import load_ruleset

    from test_catalogue import FILE_FAILING

    covered = {code for *_, expected in FAILING for code, _, _ in expected}
    covered |= {code for _, _, expected in FILE_FAILING for code, _, _ in expected}
    checked = {rule.code for rule in load_ruleset().rules.values() if rule.check}
    assert checked <= covered, sorted(checked - covered)
