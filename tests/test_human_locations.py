"""Human locations: every finding says where it is in the document's own words, in every report format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, ROOT

from proplint.locations import location_in


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=ROOT, check=False)


def findings(*args: str) -> list[dict[str, Any]]:
    result = run("check", "--isolated", "--format", "json", *args)
    found: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return found


def located(found: list[dict[str, Any]], code: str) -> list[str]:
    return [finding["location"] for finding in found if finding["code"] == code]


def test_danish_locations_follow_the_documents_own_words() -> None:
    everything = findings("--lang", "da", "examples/broken")
    assert all(finding["location"] for finding in everything), [f for f in everything if not f["location"]]
    # The Word and Markdown collections: each location starts with the proposal's id.
    collected = [finding for finding in everything if "document" in finding]
    assert collected and all(f["location"].startswith(f["document"] + " › ") for f in collected)
    assert sorted({f["location"] for f in collected if f["code"] == "S101"}) == ["SU04 › Tabel 1 › Samlet varig ændring › 2029"]
    found = [finding for finding in everything if "document" not in finding]
    assert located(found, "S101") == ["Tabel 3. Varige ændringer, service › I alt › 2027"]
    assert "Tabel 3. Varige ændringer, service › Mindre overtid › 2028" in located(found, "S104")
    assert located(found, "S102") == ["Tabel 1 › Samlede implementeringsomkostninger"]
    assert located(found, "S103") == ["Tabel 1 › Samlet økonomisk påvirkning › 2028"]
    assert located(found, "N201") == ["Tabel 1 › Implementeringsomkostninger › Tilskud fra fond › 2026"]
    assert located(found, "F402") == ["Opfølgning › række 1 › Hvem er ansvarlig"]
    assert located(found, "C602") == ["Høring › MED-udvalg › Dato for godkendelse"]
    assert located(found, "R502") == ["Risikovurdering › Risikoniveau"]
    assert located(found, "K702") == ["sag 2 › Konsekvens"]
    assert located(found, "T801") == ["Selvbetjening › Digital ansøgning om hjælpemidler › Status"]
    assert located(found, "S106") == ["SU09 › 2028"] and located(found, "S105") == ["I alt › 2028"]
    assert located(found, "D001") == ["filen"]


def test_locations_are_in_the_reports_language_and_the_path_stays() -> None:
    english = findings("examples/broken/parts-SU10.yaml")
    danish = findings("--lang", "da", "examples/broken/parts-SU10.yaml")
    assert [f["path"] for f in english] == [f["path"] for f in danish]
    assert located(english, "F402") == ["Follow-up › row 1 › Who is responsible"]
    assert located(english, "C602") == ["Consultation › MED-udvalg › Date of approval"]


@pytest.mark.parametrize("form", ["text", "concise", "github", "junit"])
def test_every_human_format_shows_the_location(form: str) -> None:
    result = run("check", "--isolated", "--lang", "da", "--format", form, "examples/broken/parts-SU10.yaml")
    assert result.returncode == 1
    assert "Opfølgning › række 1 › Hvem er ansvarlig" in result.stdout
    assert "Høring › MED-udvalg › Dato for godkendelse" in result.stdout


def test_sarif_carries_the_location_in_the_message_and_the_results_properties() -> None:
    result = run("check", "--isolated", "--format", "sarif", "examples/broken/sums-SU04.yaml")
    results = json.loads(result.stdout)["runs"][0]["results"]
    s101 = next(item for item in results if item["ruleId"] == "S101")
    assert s101["message"]["text"].endswith("— Tabel 3. Varige ændringer, service › Total › 2027")
    assert s101["properties"]["location"] == "Tabel 3. Varige ændringer, service › Total › 2027"
    assert s101["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "$.economy.tables[0].total.2027"


def test_a_proposal_of_a_collection_comes_first() -> None:
    from proplint.findings import Hit
    from proplint.loading import load_path
    from proplint.ruleset import load_ruleset
    from proplint.stamping import stamp

    document = load_path(EXAMPLES / "broken" / "sums-SU04.yaml", "SU04.yaml", 2_000_000)
    rule = load_ruleset().rules["S101"]
    hit = Hit("S101", ("economy", "permanent", "rows", 0, "values", "2027"), {})
    finding = stamp(hit, rule, document, "da", proposal="SU02")
    assert finding.document == "SU02"
    label = document.data["economy"]["permanent"]["rows"][0]["label"]
    assert finding.location == f"SU02 › Tabel 1 › Varige ændringer › {label} › 2027"


def _paths(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*path, index))
    return found


DOCUMENTS = sorted(path for path in EXAMPLES.rglob("*") if path.suffix in (".yaml", ".json", ".toml"))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(DOCUMENTS), st.data())
def test_every_node_of_every_example_has_a_location(file: Path, data: st.DataObject) -> None:
    from proplint.loading import load_path

    document = load_path(file, str(file), 2_000_000)
    path = data.draw(st.sampled_from(_paths(document.data)))
    tail = data.draw(st.lists(st.one_of(st.integers(0, 3), st.sampled_from(["rows", "2027", "x"])), max_size=2))
    for language in ("en", "da"):
        words = location_in(document.data, (*path, *tail), language).split(" › ")
        assert all(word.strip() for word in words), words
        assert len(words) <= len(path) + len(tail) + 2


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8) | st.sampled_from(["document", "rows", "label", "economy", "cases", "themes", "entries"]), inner, max_size=4),
    max_leaves=12,
)
_KEYS = st.one_of(st.integers(0, 4), st.text(max_size=6), st.sampled_from(
    ["economy", "permanent", "implementation", "rows", "values", "total", "subtotals", "tables", "follow_up", "consultation",
     "cases", "themes", "initiatives", "goals", "entries", "payback_years", "notes", "admin_effect", "2027"]
))


@settings(max_examples=150, deadline=None)
@given(_JSON, st.lists(_KEYS, max_size=7))
def test_any_data_and_any_path_give_a_location(data: Any, path: list[str | int]) -> None:
    for language in ("en", "da"):
        assert location_in(data, tuple(path), language)
