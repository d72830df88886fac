"""The Markdown reader: the export's shape, exact line/column of every paragraph and cell, bad files."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proplint.importing.blocks import Cell, Paragraph, ReadError, Table
from proplint.importing.markdown_reader import read_markdown

EXPORT = (
    "Bilag 2.\n"                                                      # 1
    "\n"
    "# SU01. Færre vikartimer i hjemmeplejen\n"                       # 3
    "\n"
    "<b>Kort resumé:</b> Vikarforbruget nedbringes.\n"                # 5
    "\n"
    "**Forslaget vil medføre en serviceforringelse:**\n"             # 7
    "\n"
    "- Ja\n"                                                          # 9
    " Nej\n"
    "\n"
    "## 1. Beskrivelse af forslag\n"                                  # 12
    "\n"
    "Tabel 1. Forslagets samlede økonomiske konsekvenser\n"           # 14
    "\n"
    "Varige ændringer\t1.000 kr. 2027 p/l\t\t\n"                      # 16
    "\tStyringsområde\t2027\t2028\n"                                  # 17
    "Færre vikartimer\tService\t-1.250\t -2.500\n"                    # 18
    "<b>Samlet varig ændring</b>\t\t<b>-1.250</b>\t<b>-2.500</b>\n"  # 19
    "\n"
    "3. kvartal 2027\n"                                               # 21
)


def test_the_export_shape_with_positions() -> None:
    blocks = read_markdown(EXPORT, "samling.md").blocks
    assert blocks == (
        Paragraph("Bilag 2.", at=(1, 1)),
        Paragraph("SU01. Færre vikartimer i hjemmeplejen", heading=1, at=(3, 3)),
        Paragraph("Kort resumé: Vikarforbruget nedbringes.", at=(5, 1)),
        Paragraph("Forslaget vil medføre en serviceforringelse:", bold=True, at=(7, 1)),
        Paragraph("Ja\nNej", bullet=True, at=(9, 3)),
        Paragraph("1. Beskrivelse af forslag", heading=2, at=(12, 4)),
        Paragraph("Tabel 1. Forslagets samlede økonomiske konsekvenser", at=(14, 1)),
        Table(rows=(
            (Cell("Varige ændringer", at=(16, 1)), Cell("1.000 kr. 2027 p/l", at=(16, 18)),
             Cell("", at=(16, 37)), Cell("", at=(16, 38))),
            (Cell("", at=(17, 1)), Cell("Styringsområde", at=(17, 2)), Cell("2027", at=(17, 17)),
             Cell("2028", at=(17, 22))),
            (Cell("Færre vikartimer", at=(18, 1)), Cell("Service", at=(18, 18)), Cell("-1.250", at=(18, 26)),
             Cell("-2.500", at=(18, 34))),
            (Cell("Samlet varig ændring", bold=True, at=(19, 1)), Cell("", at=(19, 29)),
             Cell("-1.250", bold=True, at=(19, 30)), Cell("-2.500", bold=True, at=(19, 44))),
        ), at=(16, 1)),
        Paragraph("3. kvartal 2027", at=(21, 1)),
    )


def test_numbers_at_the_start_of_a_line_are_text_not_list_markers() -> None:
    text = "21. januar 2027\n\n2) Økonomi\n\n* Punkt\n\n+ Andet punkt\n"
    assert read_markdown(text, "a.md").blocks == (
        Paragraph("21. januar 2027", at=(1, 1)),
        Paragraph("2) Økonomi", at=(3, 1)),
        Paragraph("Punkt", bullet=True, at=(5, 3)),
        Paragraph("Andet punkt", bullet=True, at=(7, 3)),
    )


def test_page_broken_paragraph_stays_two_paragraphs_with_their_lines() -> None:
    text = "Forvaltningen vil samle opgaverne i\n\n\n\nét team fra 2027.\n"
    assert read_markdown(text, "a.md").blocks == (
        Paragraph("Forvaltningen vil samle opgaverne i", at=(1, 1)),
        Paragraph("ét team fra 2027.", at=(5, 1)),
    )


def test_padded_rows_and_a_merged_row_without_tabs() -> None:
    text = ("Opfølgningsmål\tHvordan\tHvem\n"
            "Milepæle for implementering\n"
            "Ny aftale\tKontrakt\tIndkøb\n")
    (table,) = read_markdown(text, "a.md").blocks
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.rows] == [
        ["Opfølgningsmål", "Hvordan", "Hvem"], ["Milepæle for implementering", "", ""],
        ["Ny aftale", "Kontrakt", "Indkøb"]]
    assert table.rows[1][1].at == (2, 28)


def test_cells_partly_bold_html_entities_and_breaks() -> None:
    text = "<b>Samlet</b> i alt\t<B> -650 </B>\tA &amp; B<br>C\t<strong>x</strong>\n"
    (table,) = read_markdown(text, "a.md").blocks
    assert table == Table(rows=((
        Cell("Samlet i alt", at=(1, 1)), Cell("-650", bold=True, at=(1, 21)),
        Cell("A & B\nC", at=(1, 35)), Cell("x", bold=True, at=(1, 50)),
    ),), at=(1, 1))


def test_soft_hyphens_check_glyphs_comments_crlf_and_bom() -> None:
    text = "\ufeff<!-- proplint: disable=N205 -->\r\nInnova\u00adtion ☑ Ja ☐ Nej\r\n"
    assert read_markdown(text.encode("utf-8"), "a.md").blocks == (Paragraph("Innovation ☒ Ja ☐ Nej", at=(2, 1)),)


def test_indented_lines_are_text_not_code() -> None:
    text = "Indledning\n\n    indrykket linje\n"
    assert read_markdown(text, "a.md").blocks == (
        Paragraph("Indledning", at=(1, 1)), Paragraph("indrykket linje", at=(3, 5)))


def test_heading_levels_beyond_four_are_not_headings_and_setext_is() -> None:
    text = "##### Dyb\n\nSU02. Titel\n---\n"
    assert read_markdown(text, "a.md").blocks == (
        Paragraph("Dyb", at=(1, 7)), Paragraph("SU02. Titel", heading=2, at=(3, 1)))


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b" \n\n\t\n", "empty"), (b"Bilag 2.\n\xff\xfe Budget", "not a UTF-8 text file"),
     ("Bilag\x00".encode(), "NUL"), ("", "empty")],
    ids=["empty", "blank", "latin1", "nul", "empty-text"],
)
def test_unreadable_markdown_raises_read_error(data: bytes | str, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_markdown(data, "forslag.md")


CELL = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="<>&\u00ad☑"),
               max_size=8).map(str.strip)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELL, min_size=2, max_size=5), min_size=1, max_size=4))
def test_tab_lines_read_back_cell_by_cell_with_columns(rows: list[list[str]]) -> None:
    lines = ["\t".join(row) for row in rows]
    (table,) = read_markdown("Tabel 9. Test\n\n" + "\n".join(lines) + "\n", "t.md").blocks[1:]
    assert isinstance(table, Table)
    width = max(len(row) for row in rows)
    for k, (row, read_row) in enumerate(zip(rows, table.rows)):
        assert [cell.text for cell in read_row] == row + [""] * (width - len(row))
        for cell in read_row[: len(row)]:
            line = lines[k]
            assert cell.at is not None and cell.at[0] == k + 3
            assert line[cell.at[1] - 1:].startswith(cell.text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_no_text_makes_the_reader_crash(data: str | bytes) -> None:
    try:
        source = read_markdown(data, "x.md")
    except ReadError:
        return
    for block in source.blocks:
        assert block.at is not None


@pytest.mark.parametrize("name", ["samling-SOF-B2027.md", "broken/samling-fejl-B2027.md"])
def test_every_position_in_the_example_exports_points_at_its_text(name: str) -> None:
    from conftest import EXAMPLES

    raw = (EXAMPLES / name).read_text(encoding="utf-8")
    lines = raw.split("\n")
    blocks = read_markdown(raw, name).blocks
    assert len(blocks) > 50
    for block in blocks:
        cells = [cell for row in block.rows for cell in row] if isinstance(block, Table) else [block]
        for item in cells:
            assert item.at is not None
            line, column = item.at
            here = lines[line - 1][column - 1:].replace("<b>", "").replace("</b>", "").replace("**", "")
            assert here.startswith(item.text.split("\n")[0]), (item, here)
