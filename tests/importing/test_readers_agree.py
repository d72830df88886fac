"""One rendered document read as Word and as Markdown gives the same blocks (where the export keeps them).

The export loses three things by design: the boxes' state (Word "☒ Ja" /
"☐ Nej" paragraphs are "- Ja" / " Nej" in Markdown), box cells, and page
headers (written as paragraphs in the Markdown). Everything else must match,
text, bold, headings, bullets and every table cell in grid shape.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import tomllib
from typing import Any

import pytest
import yaml

from conftest import EXAMPLES, ROOT
from importing.render import CHECKBOXES, Options, render_collection_docx, render_collection_markdown
from proplint.importing.blocks import TICKED, UNKNOWN_BOX, UNTICKED, Block, Cell, Paragraph, Table
from proplint.importing.docx_reader import read_docx
from proplint.importing.markdown_reader import read_markdown

GLYPHS = (TICKED, UNTICKED, UNKNOWN_BOX)


def proposals() -> list[dict[str, Any]]:
    investment = yaml.safe_load((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"))
    innovation = tomllib.loads((EXAMPLES / "innovation-SU15.toml").read_text(encoding="utf-8"))
    efficiency = json.loads((EXAMPLES / "efficiency-SU12.json").read_text(encoding="utf-8"))
    return [investment, innovation, efficiency]


def _comparable(blocks: tuple[Block, ...], header: tuple[str, ...]) -> list[object]:
    """Blocks without positions, with box paragraphs as their words and box cells emptied."""
    out: list[object] = []
    for block in blocks:
        if isinstance(block, Table):
            rows = tuple(tuple(Cell("" if c.text in GLYPHS else c.text, c.bold) for c in row) for row in block.rows)
            out.append(Table(rows))
        elif block.text[:1] in GLYPHS and block.text[1:2] == " ":
            words = block.text[2:]
            if out and isinstance(out[-1], Paragraph) and out[-1].bullet and words == "Nej":
                out[-1] = Paragraph(out[-1].text + "\nNej", bullet=True)
            else:
                out.append(Paragraph(words, bullet=True))
        elif block.text not in header:
            out.append(Paragraph(block.text, block.heading, block.bold and block.heading is None, block.bullet))
    return out


OPTION_SETS = [
    [Options(generation="2023", checkbox=encoding, merge_cells=merge, page_break=True),
     Options(generation="2023", heading_level=2, checkbox=encoding, title_heading=True),
     Options(heading_level=3, page_break=True, checkbox=encoding, merge_cells=merge, annex_broken=True,
             heading_style=style)]
    for encoding, merge, style in zip(CHECKBOXES, [True, False] * 5, ["Heading", "Overskrift", "outline"] * 3)
]


@pytest.mark.parametrize("options", OPTION_SETS, ids=[o[0].checkbox for o in OPTION_SETS])
def test_word_and_markdown_renders_read_the_same(options: list[Options]) -> None:
    word = read_docx(render_collection_docx(proposals(), options), "samling.docx")
    markdown = read_markdown(render_collection_markdown(proposals(), options), "samling.md")
    assert word.header == ("INVESTERINGSFORSLAG", "BUDGET 2027", "INNOVATIONSFORSLAG")
    assert _comparable(word.blocks, word.header) == _comparable(markdown.blocks, word.header)
    assert all(block.at is not None for block in markdown.blocks)


def test_rendering_is_deterministic() -> None:
    options = Options(checkbox="form_field", page_break=True)
    assert render_collection_docx(proposals(), options) == render_collection_docx(proposals(), options)


def test_fifty_proposals_read_quickly() -> None:
    """The whole import must stay under 2 s; reading is a fraction of it (timings on a shared machine vary)."""
    many = []
    for k in range(50):
        proposal = dict(proposals()[k % 3])
        proposal["id"] = f"SU{k + 1:02d}"
        many.append(proposal)
    data = render_collection_docx(many, [Options(checkbox=CHECKBOXES[k % 6]) for k in range(50)])
    start = time.perf_counter()
    source = read_docx(data, "samling.docx")
    elapsed = time.perf_counter() - start
    assert sum(isinstance(b, Paragraph) and b.heading == 1 and b.text.startswith("SU") for b in source.blocks) == 50
    assert elapsed < 1.5, f"reading 50 proposals took {elapsed:.2f} s"  # about 0.2 s on an idle machine


def test_checking_yaml_loads_neither_word_nor_markdown_library() -> None:
    script = (
        "import sys\n"
        "from proplint.cli import main\n"
        "try:\n"
        "    main(['check', 'examples/investment-SU09.yaml'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in ('docx', 'markdown_it', 'lxml', 'proplint.importing') if m in sys.modules]\n"
        "print('LOADED', loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr
