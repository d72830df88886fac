"""W rules on proposals imported from the Markdown export and from Word: the prose comes along as economy.text."""

from __future__ import annotations

from importing.template_fixtures import EFFICIENCY, blocks

from proplint.engine import Options, lint_document
from proplint.importing.interpret import interpret_source

SENTENCE = "Forslaget giver en besparelse på 1,25 mio. kr. i 2027 og 2,5 mio. kr. årligt fra 2028."


def w_findings(text: str, word: bool = False) -> list[tuple[str, str, int | None]]:
    result = interpret_source(blocks(text, word=word))
    found = []
    for proposal in result.proposals:
        outcome = lint_document(proposal.document, Options(), proposal=proposal.id)
        assert not outcome.crashes, outcome.crashes
        found += [(finding.code, finding.path, finding.line) for finding in outcome.findings if finding.code.startswith("W")]
    return found


def test_the_imported_prose_agrees_with_its_table() -> None:
    assert SENTENCE in EFFICIENCY
    assert w_findings(EFFICIENCY) == []


def test_a_wrong_figure_in_imported_prose_is_w101_at_its_paragraph() -> None:
    text = EFFICIENCY.replace(SENTENCE, SENTENCE.replace("2,5 mio. kr.", "2,7 mio. kr."))
    line = text.split("\n").index(SENTENCE.replace("2,5 mio. kr.", "2,7 mio. kr.")) + 1
    assert w_findings(text) == [("W101", "$.economy.text", line)]
    assert w_findings(text, word=True) == [("W101", "$.economy.text", None)]


def test_a_unit_slip_in_imported_prose_is_w104() -> None:
    text = EFFICIENCY.replace(SENTENCE, SENTENCE.replace("2,5 mio. kr.", "2.500 mio. kr."))
    assert [code for code, _, _ in w_findings(text)] == ["W104"]


def test_no_w_finding_on_any_example() -> None:
    """The clean examples, the broken ones (none is about prose) and the imported template collections."""
    from pathlib import Path

    from proplint import lint_file
    from proplint.importing import read_template

    examples = Path(__file__).resolve().parents[1] / "examples"
    files = sorted(path for pattern in ("*.yaml", "*.json", "*.toml") for path in [*examples.glob(pattern), *examples.glob(f"broken/{pattern}")])
    assert len(files) > 10
    for path in files:
        assert [f.code for f in lint_file(path).findings if f.code.startswith("W")] == [], path
    collections = sorted([*examples.glob("*.md"), *examples.glob("*.docx"), *examples.glob("broken/*.md"), *examples.glob("broken/*.docx")])
    assert collections
    for path in collections:
        for proposal in read_template(path, str(path)).proposals:
            findings = lint_document(proposal.document, Options(), proposal=proposal.id).findings
            assert [f.code for f in findings if f.code.startswith("W")] == [], (path, proposal.id)
