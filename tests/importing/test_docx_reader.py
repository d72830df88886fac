"""The Word reader: every checkbox encoding, merged cells, headings, bold, lists, headers, bad files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from hypothesis import given, settings
from hypothesis import strategies as st

from importing.render import CHECKBOXES, Options, render_collection_docx
from importing.render_word import _xml, add_box, deterministic_bytes
from proplint.importing.blocks import TICKED, UNKNOWN_BOX, UNTICKED, Cell, Paragraph, ReadError, Table
from proplint.importing.docx_reader import read_docx


def read(doc: docx.document.Document) -> tuple[object, ...]:
    return read_docx(deterministic_bytes(doc), "test.docx").blocks


def boxes_doc(encoding: str) -> docx.document.Document:
    doc = docx.Document()
    for word, ticked in (("Ja", True), ("Nej", False)):
        paragraph = doc.add_paragraph()
        add_box(paragraph, ticked, encoding)
        paragraph.add_run(f" {word}")
    return doc


EXPECTED_BOXES = {encoding: (TICKED, UNTICKED) for encoding in CHECKBOXES}
EXPECTED_BOXES["unreadable"] = EXPECTED_BOXES["unknown_symbol"] = (UNKNOWN_BOX, UNKNOWN_BOX)


@pytest.mark.parametrize("encoding", CHECKBOXES)
def test_every_checkbox_encoding_becomes_a_glyph(encoding: str) -> None:
    yes, no = EXPECTED_BOXES[encoding]
    assert read(boxes_doc(encoding)) == (Paragraph(f"{yes} Ja"), Paragraph(f"{no} Nej"))


def _raw_paragraph(body: str) -> docx.document.Document:
    doc = docx.Document()
    paragraph = doc.add_paragraph()
    for child in list(_xml(body)):
        paragraph._p.append(child)
    paragraph.add_run(" Ja")
    return doc


@pytest.mark.parametrize(
    ("body", "glyph"),
    [
        # content control without w14:checked: the shown glyph decides
        ('<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt>',
         TICKED),
        ('<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>?</w:t></w:r></w:sdtContent></w:sdt>',
         UNKNOWN_BOX),
        ('<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="maybe"/></w14:checkbox></w:sdtPr></w:sdt>',
         UNKNOWN_BOX),
        ('<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="true"/></w14:checkbox></w:sdtPr></w:sdt>', TICKED),
        # legacy form field: <w:checked/> without a value is on; w:checked wins over w:default
        ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/><w:checked/>'
         '</w:checkBox></w:ffData></w:fldChar></w:r>', TICKED),
        ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="1"/>'
         '<w:checked w:val="false"/></w:checkBox></w:ffData></w:fldChar></w:r>', UNTICKED),
        # a FORMCHECKBOX field whose form data is lost
        ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r>', UNKNOWN_BOX),
        ('<w:fldSimple w:instr=" FORMCHECKBOX "/>', UNKNOWN_BOX),
        # symbol fonts, with and without Word's private-use offset
        ('<w:r><w:sym w:font="Wingdings" w:char="00FE"/></w:r>', TICKED),
        ('<w:r><w:sym w:font="Wingdings" w:char="F0FD"/></w:r>', TICKED),
        ('<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>', UNTICKED),
        ('<w:r><w:sym w:font="Wingdings" w:char="F06F"/></w:r>', UNTICKED),
        ('<w:r><w:sym w:font="Wingdings 2" w:char="F052"/></w:r>', TICKED),
        ('<w:r><w:sym w:font="Wingdings 2" w:char="F0A3"/></w:r>', UNTICKED),
        ('<w:r><w:sym w:font="Segoe UI Symbol" w:char="2612"/></w:r>', TICKED),
        ('<w:r><w:sym w:font="Wingdings" w:char="zz"/></w:r>', UNKNOWN_BOX),
        # characters typed in a symbol font (Word's private-use codes or the plain byte)
        ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>\uf0fe</w:t></w:r>', TICKED),
        ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr><w:t>\u00a8</w:t></w:r>', UNTICKED),
        ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>T</w:t></w:r>', TICKED),
        ('<w:r><w:rPr><w:rFonts w:ascii="Webdings" w:hAnsi="Webdings"/></w:rPr><w:t>c</w:t></w:r>', UNKNOWN_BOX),
        # plain glyphs: ☑ is written as ☒
        ("<w:r><w:t>☑</w:t></w:r>", TICKED),
        ("<w:r><w:t>☐</w:t></w:r>", UNTICKED),
    ],
)
def test_checkbox_variants(body: str, glyph: str) -> None:
    assert read(_raw_paragraph(body)) == (Paragraph(f"{glyph} Ja"),)


def test_soft_hyphens_are_removed_and_breaks_kept() -> None:
    doc = _raw_paragraph(
        "<w:r><w:t>Effektivise\u00adrings</w:t><w:softHyphen/><w:t>forslag</w:t><w:tab/>"
        "<w:t>og</w:t><w:br/><w:t>ikke</w:t><w:noBreakHyphen/><w:t>bindestreg</w:t></w:r>"
        "<w:del><w:r><w:delText>slettet</w:delText></w:r></w:del>")
    assert read(doc) == (Paragraph("Effektiviseringsforslag og\nikke-bindestreg Ja"),)


def test_headings_by_style_danish_style_outline_level_and_inheritance() -> None:
    doc = docx.Document()
    doc.add_paragraph("SU01. Første", style="Heading 1")
    danish = doc.styles.add_style("Overskrift 2", 1)
    doc.add_paragraph("SU02. Anden", style=danish)
    derived = doc.styles.add_style("Forslagstitel", 1)
    derived.base_style = doc.styles["Heading 3"]
    doc.add_paragraph("SU03. Tredje", style=derived)
    outlined = doc.add_paragraph("SU04. Fjerde")
    outlined._p.get_or_add_pPr().append(_xml('<w:outlineLvl w:val="3"/>')[0])
    doc.add_paragraph("Dybt", style="Heading 5")
    body = doc.add_paragraph("Brødtekst")
    body._p.get_or_add_pPr().append(_xml('<w:outlineLvl w:val="9"/>')[0])
    assert [(b.text, b.heading) for b in read(doc)] == [  # type: ignore[attr-defined]
        ("SU01. Første", 1), ("SU02. Anden", 2), ("SU03. Tredje", 3), ("SU04. Fjerde", 4),
        ("Dybt", None), ("Brødtekst", None)]


def test_bold_means_all_visible_text_bold() -> None:
    doc = docx.Document()
    whole = doc.add_paragraph()
    whole.add_run("Kort resumé:").bold = True
    whole.add_run("  ")
    mixed = doc.add_paragraph()
    mixed.add_run("Kort resumé:").bold = True
    mixed.add_run(" Færre vikarer.")
    strong = doc.add_paragraph()
    strong.add_run("Fremhævet", style="Strong")
    off = doc.add_paragraph("Ikke fed", style="Heading 2")
    off.runs[0].bold = False
    assert [b.bold for b in read(doc)] == [True, False, True, False]  # type: ignore[attr-defined]


def test_list_paragraphs_by_style_or_numbering() -> None:
    doc = docx.Document()
    doc.add_paragraph("Ja", style="List Bullet")
    doc.add_paragraph("Listeafsnit", style="List Paragraph")
    numbered = doc.add_paragraph("Nummereret")
    numbered._p.get_or_add_pPr().append(_xml('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>')[0])
    doc.add_paragraph("Almindelig")
    assert [b.bullet for b in read(doc)] == [True, True, True, False]  # type: ignore[attr-defined]


def test_merged_cells_are_read_once_in_grid_shape() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=3, cols=4)
    table.cell(0, 0).text = "Varige ændringer"
    table.cell(0, 1).text = "1.000 kr. 2027 p/l"
    table.cell(0, 1).merge(table.cell(0, 3))
    table.cell(1, 0).text = "Opfølgningsmål"
    table.cell(1, 0).merge(table.cell(2, 0))
    for column, text in ((1, "a"), (2, "b"), (3, "c")):
        table.cell(1, column).text = text
    table.cell(2, 1).text = "d"
    cell = table.cell(2, 2)
    cell.paragraphs[0].add_run("første").bold = True
    cell.add_paragraph().add_run("anden").bold = True
    cell.add_paragraph("")
    empty = Cell("")
    assert read(doc) == (Table(rows=(
        (Cell("Varige ændringer"), Cell("1.000 kr. 2027 p/l"), empty, empty),
        (Cell("Opfølgningsmål"), Cell("a"), Cell("b"), Cell("c")),
        (empty, Cell("d"), Cell("første\nanden", bold=True), empty),
    )),)


def test_grid_before_and_short_rows_are_padded() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=2, cols=3)
    table.cell(1, 2).text = "x"
    tr = table.rows[0]._tr
    tr.remove(tr.tc_lst[0])
    tr.insert(0, _xml('<w:trPr><w:gridBefore w:val="1"/></w:trPr>')[0])
    tr.remove(tr.tc_lst[-1])
    tr.tc_lst[0].get_or_add_tcPr()
    empty = Cell("")
    assert read(doc) == (Table(rows=((empty, empty, empty), (empty, empty, Cell("x")))),)


def test_page_break_splits_a_paragraph_and_empty_paragraphs_vanish() -> None:
    doc = docx.Document()
    paragraph = doc.add_paragraph("Forvaltningen vil samle opgaverne i")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("ét team fra 2027.")
    doc.add_paragraph("")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("Næste afsnit.")
    assert read(doc) == (Paragraph("Forvaltningen vil samle opgaverne i"), Paragraph("ét team fra 2027."),
                         Paragraph("Næste afsnit."))


def test_page_headers_of_a_2023_collection(tmp_path: Path) -> None:
    proposal = {"id": "SU3", "title": "Rehabilitering i hjemmet", "kind": "investment",
                "economy": {"unit": "1000 DKK", "price_level": 2024, "years": [2024, 2025],
                            "permanent": {"rows": [], "total": {2024: 0}}}}
    data = render_collection_docx([proposal], Options(generation="2023"), budget="Budget 2024")
    path = tmp_path / "samling.docx"
    path.write_bytes(data)
    source = read_docx(path, "samling.docx")
    assert source.header == ("INVESTERINGSFORSLAG", "BUDGET 2024")
    assert source.file == "samling.docx"


def _zip(**members: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n",
        b"PK\x03\x04 truncated",
        b"%PDF-1.7 not a word document",
        _zip(**{"hello.txt": "not a package"}),
    ],
    ids=["empty", "blank", "truncated-header", "pdf", "zip-without-package"],
)
def test_unreadable_files_raise_read_error(data: bytes) -> None:
    with pytest.raises(ReadError) as caught:
        read_docx(data, "forslag.docx")
    assert caught.value.message.startswith("forslag.docx: ")


def test_a_truncated_word_file_and_a_missing_file_raise_read_error(tmp_path: Path) -> None:
    whole = deterministic_bytes(boxes_doc("glyph"))
    with pytest.raises(ReadError, match="not a readable Word document"):
        read_docx(whole[: len(whole) // 2], "halv.docx")
    with pytest.raises(ReadError, match="cannot read the file"):
        read_docx(tmp_path / "findes-ikke.docx", "findes-ikke.docx")


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300))
def test_no_bytes_make_the_reader_crash(data: bytes) -> None:
    try:
        read_docx(b"PK\x03\x04" + data, "x.docx")
    except ReadError:
        pass


def test_a_corrupt_huge_span_is_capped_not_allocated() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=1, cols=2)
    table.rows[0]._tr.tc_lst[0].get_or_add_tcPr().append(_xml('<w:gridSpan w:val="999999999"/>')[0])
    (read_table,) = read(doc)
    assert isinstance(read_table, Table) and len(read_table.rows[0]) == 257
