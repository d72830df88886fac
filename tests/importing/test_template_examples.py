"""The Word and Markdown collections in examples/ are fresh, readable, and hold what they claim."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from conftest import EXAMPLES
from importing.render import render_collection_docx, render_collection_markdown
from proplint import lint_text
from proplint.importing.blocks import Paragraph, Table
from proplint.importing.docx_reader import read_docx
from proplint.importing.markdown_reader import read_markdown


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_template_examples", EXAMPLES / "make_template_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_template_examples", module)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
COLLECTIONS = [("samling-SOF-B2027", SCRIPT.CLEAN, SCRIPT.CLEAN_OPTIONS),
               ("broken/samling-fejl-B2027", SCRIPT.BROKEN, SCRIPT.BROKEN_OPTIONS)]


@pytest.mark.parametrize(("name", "proposals", "options"), COLLECTIONS, ids=["clean", "broken"])
def test_committed_collections_are_what_the_script_renders(name: str, proposals: Any, options: Any) -> None:
    """Rebuild with: python examples/make_template_examples.py"""
    markdown = render_collection_markdown(proposals, options, budget=SCRIPT.BUDGET)
    assert (EXAMPLES / f"{name}.md").read_text(encoding="utf-8") == markdown
    committed = read_docx(EXAMPLES / f"{name}.docx", f"{name}.docx")
    fresh = read_docx(render_collection_docx(proposals, options, budget=SCRIPT.BUDGET), f"{name}.docx")
    assert committed == fresh


def test_the_clean_collection_has_both_generations() -> None:
    word = read_docx(EXAMPLES / "samling-SOF-B2027.docx", "samling.docx")
    assert word.header == ("INVESTERINGSFORSLAG", "BUDGET 2027")
    headings = [b.text for b in word.blocks if isinstance(b, Paragraph) and b.heading and b.text[:2] == "SU"]
    assert headings == ["SU01. Faste afløsere i stedet for vikarer i hjemmeplejen",
                        "SU02. Medicinrobotter på to plejecentre"]
    assert any(isinstance(b, Paragraph) and b.text == "Forslagets titel: SU3. Rehabiliteringsforløb i eget hjem"
               for b in word.blocks)
    markdown = read_markdown((EXAMPLES / "samling-SOF-B2027.md").read_bytes(), "samling.md")
    assert sum(isinstance(b, Table) for b in markdown.blocks) == sum(isinstance(b, Table) for b in word.blocks)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(Decimal, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:float", str(value)))


def _codes(proposal: dict[str, Any]) -> set[tuple[str, str]]:
    text = yaml.dump(proposal, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
    outcome = lint_text(text, file=f"{proposal['id']}.yaml", syntax="yaml")
    assert not outcome.crashes
    return {(finding.code, finding.path) for finding in outcome.findings}


def test_clean_proposals_are_clean_and_broken_ones_carry_their_planted_errors() -> None:
    for proposal in SCRIPT.CLEAN:
        assert _codes(proposal) == set(), proposal["id"]
    su04, su5 = SCRIPT.BROKEN
    assert _codes(su04) == {("S101", "$.economy.permanent.total.2029"), ("C602", "$.consultation[0].date")}
    assert _codes(su5) == {("S103", "$.economy.total_impact.2029"),
                           ("N205", "$.economy.implementation.rows[0].values.2028")}


def test_the_broken_word_collection_has_unreadable_boxes() -> None:
    word = read_docx(EXAMPLES / "broken" / "samling-fejl-B2027.docx", "fejl.docx")
    assert [b.text for b in word.blocks if isinstance(b, Paragraph) and b.text.startswith("⍰")] == [
        "⍰ Ja", "⍰ Nej", "⍰ Ja", "⍰ Nej"]


def test_script_rebuilds_into_a_directory(tmp_path: Path) -> None:
    written = SCRIPT.build(tmp_path)
    assert sorted(path.relative_to(tmp_path).as_posix() for path in written) == [
        "broken/samling-fejl-B2027.docx", "broken/samling-fejl-B2027.md",
        "samling-SOF-B2027.docx", "samling-SOF-B2027.md"]
    for path in written:
        assert path.read_bytes() == (EXAMPLES / path.relative_to(tmp_path)).read_bytes()
