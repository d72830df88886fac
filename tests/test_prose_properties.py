"""Properties of the prose reader: it never raises, and a proposal's own figures written in Danish never raise a W finding."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from proplint import lint_text
from proplint.checks.prose_reader import malformed_money, read_text
from proplint.checks.prose_words import Vocabulary
from proplint.danish import write_amount
from proplint.ruleset import load_ruleset

WORDS = Vocabulary.from_params(load_ruleset().rules["W101"].params)
PIECES = list("0123456789 .,-–:;()%\nabkmorstiæøåIBF") + ["mio.", " kr.", "t.kr.", " pct.", " i ", "fra ", " og ", "2027", "hhv.", "ca. ", "årligt", "samlet", "besparelse"]
PROSE = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@given(st.one_of(st.text(max_size=300), PROSE))
def test_the_reader_is_total_and_keeps_its_offsets(text: str) -> None:
    for statement in read_text(text, WORDS, 2027):
        figure = statement.figure
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text
        assert figure.amount >= 0
    for figure in malformed_money(text, WORDS):
        assert text[figure.start : figure.end] == figure.text


SAVINGS = ["Lavere indkøbspris", "Færre sygeplejetimer", "Reduceret kørsel", "Samling af rengøringen"]
COSTS = ["Projektledelse", "Oplæring af medarbejdere", "Indkøb af sensorer"]


@st.composite
def proposals(draw: Any) -> tuple[dict[str, Any], list[tuple[str, str, dict[int, int]]]]:
    """A proposal's economy, and its series: (section, label or "", values by year)."""
    first = draw(st.integers(2024, 2030))
    years = list(range(first, first + draw(st.integers(2, 5))))
    amounts = st.integers(1, 12_000)

    def rows(labels: list[str], sign: int, count: int) -> list[dict[str, Any]]:
        chosen = draw(st.lists(st.sampled_from(labels), min_size=count, max_size=count, unique=True))
        return [{"label": label, "values": {year: sign * draw(amounts) for year in years}} for label in chosen]

    permanent = rows(SAVINGS, -1, draw(st.integers(1, 2)))
    implementation = rows(COSTS, 1, draw(st.integers(0, 2)))
    economy: dict[str, Any] = {"unit": "1000 DKK", "price_level": first, "years": years}
    series = []
    for name, section in (("permanent", permanent), ("implementation", implementation)):
        if not section:
            continue
        total = {year: sum(row["values"][year] for row in section) for year in years}
        economy[name] = {"rows": section, "total": total}
        series.append((name, "", total))
        series += [(name, row["label"], row["values"]) for row in section]
    return economy, series


def written(amount: int, style: str) -> str:
    """An amount in 1000 DKK as Danish prose writes it, rounded to what it shows."""
    kroner = Decimal(abs(amount)) * 1000
    if style == "kr":
        return write_amount(kroner) + " kr."
    if style == "tkr":
        return write_amount(Decimal(abs(amount))) + " t.kr."
    places = {"mio1": 1, "mio2": 2, "mio3": 3}[style]
    return write_amount((kroner / 1_000_000).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)) + " mio. kr."


@given(proposals(), st.data())
def test_a_sentence_from_the_proposals_own_figures_raises_no_w_finding(proposal: Any, data: Any) -> None:
    economy, series = proposal
    section, label, values = data.draw(st.sampled_from(series))
    years = sorted(values)
    year = data.draw(st.sampled_from(years))
    style = data.draw(st.sampled_from(["kr", "tkr", "mio1", "mio2", "mio3"]))
    hedge = data.draw(st.sampled_from(["", "ca. ", "omkring "]))
    amount = written(values[year], style)
    subject = label or ("Besparelsen" if section == "permanent" else "Investeringen")
    verb = "giver en besparelse på" if section == "permanent" else "kræver en investering på"
    later = [other for other in years if other > year]
    sentences = [
        f"{subject} {verb} {hedge}{amount} i {year}.",
        f"{subject} {verb} {hedge}{amount} årligt fra {year}.",
        f"Samlet {'spares' if section == 'permanent' else 'afsættes'} der {written(sum(values.values()), style)} i perioden {years[0]}–{years[-1]}.",
    ]
    if later:
        sentences.append(f"{subject} {verb} hhv. {amount.split(' ')[0]} og {written(values[later[0]], style)} i {year} og {later[0]}.")
        sentences.append(f"{subject} {verb} {amount} i {year}, stigende til {written(values[later[0]], style)} i {later[0]}.")
    text = data.draw(st.sampled_from(sentences))
    document = {
        "format": "proplint/1", "id": "SU01", "title": "Forslag", "kind": "investment",
        "summary": "Forslag.", "presenting_administration": "Forvaltningen", "description": text, "economy": economy,
    }  # fmt: skip
    outcome = lint_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), file="forslag.yaml")
    assert not outcome.crashes
    assert [finding.message for finding in outcome.findings if finding.code.startswith("W")] == [], text
