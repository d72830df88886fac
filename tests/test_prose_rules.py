"""W101–W104 on whole documents: where findings point (line and column of the figure in YAML, JSON and TOML), what they say."""

from __future__ import annotations

import json

import pytest

from proplint import lint_text

ECONOMY_YAML = """\
economy:
  unit: 1000 DKK
  price_level: 2027
  years: [2027, 2028]
  permanent:
    rows:
      - {label: Færre sygeplejetimer, area: Service, values: {2027: -2300, 2028: -4600}}
    total: {2027: -2300, 2028: -4600}
"""
HEAD = "format: proplint/1\nid: SU01\ntitle: Forslag\nkind: efficiency\n"


def w_findings(text: str, syntax: str = "yaml") -> list[tuple[str, str, int, int, str]]:
    """(code, path, line, column, the source from the column on) of every W finding."""
    outcome = lint_text(text, file=f"forslag.{syntax}", syntax=syntax)
    assert not outcome.crashes, outcome.crashes
    lines = text.splitlines()
    return [
        (finding.code, finding.path, finding.line, finding.column, lines[finding.line - 1][finding.column - 1 :])
        for finding in outcome.findings
        if finding.code.startswith("W")
    ]


SCALARS = [
    ("plain", "description: Vi sparer. Besparelsen er 4,4 mio. kr. i 2028.\n", 5, 40),
    ("single-quoted", "description: 'Vi''s plan. Besparelsen er 4,4 mio. kr. i 2028.'\n", 5, 42),
    ("double-quoted", 'description: "Vi \\"sparer\\".\\nBesparelsen er 4,4 mio. kr. i 2028."\n', 5, 46),
    ("plain over lines", "description: Vi sparer noget\n  og besparelsen er 4,4 mio. kr. i 2028.\n", 6, 21),
    ("folded", "description: >\n  Vi sparer, og 4,4 mio. kr. er ikke besparelsen.\n  Besparelsen er\n  4,4 mio. kr. i 2028.\n", 8, 3),
    ("literal", "description: |-\n  Vi sparer.\n\n  Besparelsen er 4,4 mio. kr. i 2028.\n", 8, 18),
    ("Danish letters before", 'description: "Øvelse: æøå. Besparelsen på 4,4 mio. kr. i 2028."\n', 5, 43),
]


@pytest.mark.parametrize(("style", "field", "line", "column"), SCALARS, ids=[case[0] for case in SCALARS])
def test_w101_points_at_the_figure_in_every_yaml_scalar_style(style: str, field: str, line: int, column: int) -> None:
    found = w_findings(HEAD + field + ECONOMY_YAML)
    assert [(code, path, at_line, at_column) for code, path, at_line, at_column, _ in found] == [("W101", "$.description", line, column)]
    assert found[0][4].startswith("4,4 mio. kr.")


def test_w101_in_economy_text_and_notes() -> None:
    text = HEAD + ECONOMY_YAML + "  text: |\n    Varige ændringer\n\n    Der spares 2,3 mio. kr. i 2027 og 4,7 mio. kr. i 2028.\n  notes:\n    - Besparelsen er 2,0 mio. kr. i 2027.\n"
    found = w_findings(text)
    assert [(code, path, line, column) for code, path, line, column, _ in found] == [
        ("W101", "$.economy.text", 16, 39),
        ("W101", "$.economy.notes[0]", 18, 22),
    ]
    assert found[0][4].startswith("4,7 mio. kr.") and found[1][4].startswith("2,0 mio. kr.")


def _json_document(description: str, indent: int | None) -> str:
    document = {
        "format": "proplint/1", "id": "SU01", "title": "Forslag", "kind": "efficiency",
        "description": description,
        "economy": {"unit": "1000 DKK", "price_level": 2027, "years": [2027, 2028],
                    "permanent": {"rows": [{"label": "Færre sygeplejetimer", "values": {"2027": -2300, "2028": -4600}}],
                                  "total": {"2027": -2300, "2028": -4600}}},
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("indent", [None, 2])
def test_w104_in_json_points_at_the_figure(indent: int | None) -> None:
    text = _json_document('Planen "Sygepleje".\nBesparelsen er 4.600 mio. kr. i 2028.', indent)
    found = w_findings(text, "json")
    assert [(code, path) for code, path, *_ in found] == [("W104", "$.description")]
    assert found[0][4].startswith("4.600 mio. kr.")
    assert found[0][2] == (1 if indent is None else 6)


TOML = """\
format = "proplint/1"
id = "SU01"
title = "Forslag"
kind = "efficiency"
description = {description}

[economy]
unit = "1000 DKK"
price_level = 2027
years = [2027, 2028]

[economy.permanent.total]
2027 = -2300
2028 = -4600
"""


@pytest.mark.parametrize(
    ("description", "line", "column"),
    [('"Vi sparer. Besparelsen er 4,4 mio. kr. i 2028."', 5, 42), ('"""\nVi sparer.\nBesparelsen er 4,4 mio. kr. i 2028."""', 7, 16)],
)
def test_w101_in_toml_points_at_the_figure(description: str, line: int, column: int) -> None:
    found = w_findings(TOML.replace("{description}", description), "toml")
    assert [(code, path, at_line, at_column) for code, path, at_line, at_column, _ in found] == [("W101", "$.description", line, column)]


def test_w102_w103_w104_failing_and_passing() -> None:
    failing = HEAD + "summary: Et besøg koster 525.00 kr.\ndescription: >-\n  Gevinsten indfases med 25 pct. i 2027 og 100 pct. fra 2028.\n  Besparelsen er 4.600 mio. kr. i 2028.\n" + ECONOMY_YAML
    found = w_findings(failing)
    assert [(code, path, line, column) for code, path, line, column, _ in found] == [
        ("W103", "$.summary", 5, 26),
        ("W102", "$.description", 7, 26),
        ("W104", "$.description", 8, 18),
    ]
    passing = HEAD + "summary: Et besøg koster 525,00 kr.\ndescription: >-\n  Gevinsten indfases med 50 pct. i 2027 og 100 pct. fra 2028.\n  Besparelsen er 4,6 mio. kr. i 2028.\n" + ECONOMY_YAML
    assert w_findings(passing) == []


def test_messages_quote_the_figure_and_name_the_cell() -> None:
    text = HEAD + "description: Besparelsen er 4,4 mio. kr. i 2028.\n" + ECONOMY_YAML
    outcome = lint_text(text, file="forslag.yaml")
    [finding] = [finding for finding in outcome.findings if finding.code == "W101"]
    assert finding.message == "the text says 4,4 mio. kr. for 2028; Table 1's permanent total for 2028 is -4.600 (1000 DKK)"
    assert finding.hint == "if the table is right, the text should say 4,6 mio. kr."
    from proplint.engine import Options

    danish = lint_text(text, file="forslag.yaml", options=Options(language="da"))
    [finding] = [finding for finding in danish.findings if finding.code == "W101"]
    assert finding.message == "teksten siger 4,4 mio. kr. for 2028; i Tabel 1 er Samlet varig ændring for 2028 -4.600 (1000 DKK)"


def test_two_findings_in_one_text_have_their_own_fingerprints() -> None:
    text = HEAD + "description: Der spares 2,0 mio. kr. i 2027 og 4,0 mio. kr. i 2028.\n" + ECONOMY_YAML
    outcome = lint_text(text, file="forslag.yaml")
    prints = [finding.fingerprint for finding in outcome.findings if finding.code == "W101"]
    assert len(prints) == 2 and len(set(prints)) == 2


def test_a_ruleset_adds_its_own_words(tmp_path: object) -> None:
    """A municipality's word for a saving ties its sentences to the permanent changes."""
    from pathlib import Path

    from proplint.engine import Options
    from proplint.ruleset import load_ruleset

    assert isinstance(tmp_path, Path)
    ruleset = tmp_path / "kommune.yaml"
    ruleset.write_text("name: kommune\nextends: kk\nrules:\n  - code: W101\n    params:\n      saving_words: [nedskæring]\n", encoding="utf-8")
    text = HEAD + "description: Nedskæringen er 4,4 mio. kr. i 2028.\n" + ECONOMY_YAML
    assert not [f for f in lint_text(text, file="f.yaml").findings if f.code == "W101"]
    options = Options(ruleset=load_ruleset(str(ruleset)))
    assert [f.code for f in lint_text(text, file="f.yaml", options=options).findings if f.code == "W101"] == ["W101"]


def test_a_sub_heading_names_the_section_of_the_sentences_under_it() -> None:
    economy = ECONOMY_YAML + "  implementation:\n    rows:\n      - {label: Oplæring, area: Service, values: {2027: 500}}\n    total: {2027: 500}\n"
    under_heading = "  text: |\n    Varige ændringer\n\n    Det giver 4,7 mio. kr. i 2028.\n\n    Implementering\n\n    Det koster 0,5 mio. kr. i 2027.\n"
    found = w_findings(HEAD + economy + under_heading)
    assert [(code, path, line) for code, path, line, _, _ in found] == [("W101", "$.economy.text", 20)]
    assert found[0][4].startswith("4,7 mio. kr.")
    assert w_findings(HEAD + economy + under_heading.replace("4,7", "4,6")) == []
    without_heading = under_heading.replace("    Varige ændringer\n\n", "")
    assert w_findings(HEAD + economy + without_heading) == []


def test_knap_and_godt_bound_a_figure_from_one_side() -> None:
    def codes(sentence: str) -> list[str]:
        return [code for code, *_ in w_findings(HEAD + f"description: {sentence}\n" + ECONOMY_YAML)]

    assert codes("Besparelsen er knap 4,8 mio. kr. i 2028.") == []  # 4.600 is a little under 4,8
    assert codes("Besparelsen er godt 4,8 mio. kr. i 2028.") == ["W101"]  # godt: a little over, not under
    assert codes("Besparelsen er godt 4,4 mio. kr. i 2028.") == []
    assert codes("Besparelsen er knap 4,4 mio. kr. i 2028.") == ["W101"]
    assert codes("Besparelsen er omkring 4,3 mio. kr. i 2028.") == []
    assert codes("Besparelsen er 4,3 mio. kr. i 2028.") == ["W101"]


def test_figures_with_many_digits_are_reported_without_a_crash() -> None:
    many_decimals = "Besparelsen er 4,40000000000000000000000000000001 mio. kr. i 2028."
    huge = "Besparelsen er " + "9" * 60 + " mio. kr. i 2028."
    for sentence in (many_decimals, huge):
        text = HEAD + f"description: {sentence}\n" + ECONOMY_YAML
        outcome = lint_text(text, file="forslag.yaml")
        assert not outcome.crashes, outcome.crashes
    assert [code for code, *_ in w_findings(HEAD + f"description: {many_decimals}\n" + ECONOMY_YAML)] == ["W101"]
