"""The sentence table (tests/data/prose_sentences.yaml): each sentence gives exactly its expected W findings.

Run with ``-s`` to see the precision figures over the whole table.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from proplint import lint_text

TABLE = yaml.safe_load((Path(__file__).parent / "data" / "prose_sentences.yaml").read_text(encoding="utf-8"))
SENTENCES: list[dict[str, Any]] = TABLE["sentences"]
CLEAN: list[dict[str, Any]] = TABLE["clean"]


def proposal(economy: str, text: str, field: str = "description") -> str:
    """A proposal whose description (or economy text) is ``text``, with one of the table's economies."""
    tables = TABLE["economies"][economy]
    document: dict[str, Any] = {
        "format": "proplint/1",
        "id": "SU01",
        "title": "Forslag",
        "kind": "investment" if "implementation" in tables else "efficiency",
        "budget": "Budget 2027" if tables["years"][0] >= 2027 else "Budget 2026",
        "summary": "Forslag.",
        "presenting_administration": "Sundheds- og Omsorgsforvaltningen",
        "economy": dict(tables),
    }
    if field == "description":
        document["description"] = text
    else:
        document["economy"]["text"] = text
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=4096)


def w_codes(document: str) -> list[str]:
    outcome = lint_text(document, file="forslag.yaml")
    assert not outcome.crashes, outcome.crashes
    return sorted(finding.code for finding in outcome.findings if finding.code.startswith("W"))


def test_the_table_has_sixty_sentences_half_of_them_wrong() -> None:
    wrong = [entry for entry in SENTENCES if entry["expect"]]
    assert len(SENTENCES) >= 60
    assert 0.4 <= len(wrong) / len(SENTENCES) <= 0.6
    assert all(len(entry["expect"]) == 1 for entry in wrong), "each wrong sentence is wrong in one way"


@pytest.mark.parametrize("entry", SENTENCES, ids=[entry["text"][:60] for entry in SENTENCES])
def test_sentence(entry: dict[str, Any]) -> None:
    assert w_codes(proposal(entry["economy"], entry["text"])) == sorted(entry["expect"])


@pytest.mark.parametrize("entry", CLEAN, ids=[entry["text"][:60] for entry in CLEAN])
def test_clean_prose_gives_no_w_finding(entry: dict[str, Any]) -> None:
    assert w_codes(proposal(entry["economy"], entry["text"])) == []


@pytest.mark.parametrize("entry", SENTENCES[:3] + CLEAN[:3], ids=["sentence-1", "sentence-2", "sentence-3", "clean-1", "clean-2", "clean-3"])
def test_economy_text_reads_like_the_description(entry: dict[str, Any]) -> None:
    assert w_codes(proposal(entry["economy"], entry["text"], field="text")) == sorted(entry.get("expect", []))


def test_precision_over_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    """True/false positives and negatives over the table, by sentence and code."""
    counts: Counter[str] = Counter()
    for entry in SENTENCES + CLEAN:
        found = Counter(w_codes(proposal(entry["economy"], entry["text"])))
        expected = Counter(entry.get("expect", []))
        counts["true positives"] += sum((found & expected).values())
        counts["false positives"] += sum((found - expected).values())
        counts["false negatives"] += sum((expected - found).values())
        counts["true negatives"] += not found and not expected
    with capsys.disabled():
        print("\nW rules on the sentence table:", dict(counts))
    assert counts["false positives"] == 0
    assert counts["false negatives"] == 0
