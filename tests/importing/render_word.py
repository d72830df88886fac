"""Write page elements as a .docx with python-docx, every checkbox encoding included.

Saved deterministically: fixed core properties and zip timestamps, so the
same elements give the same bytes.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from xml.sax.saxutils import escape
from collections.abc import Sequence
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from importing.layout import Boxes, Element, Grid, Heading, NewSection, PageBreak, Para
from importing.render import Options

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
FIXED = datetime.datetime(2027, 1, 15, 9, 0, 0)

_SYMBOLS = {"symbol": ("Wingdings", "F0FE", "F0A8"), "symbol2": ("Wingdings 2", "F054", "F0A3")}


def _xml(body: str) -> Any:
    return parse_xml(f'<w:root xmlns:w="{W_NS}" xmlns:w14="{W14_NS}">{body}</w:root>')


def box_xml(ticked: bool, encoding: str) -> str:
    """One checkbox in the given encoding, as run-level WordprocessingML."""
    if encoding == "content_control":
        value, glyph = ("1", "☒") if ticked else ("0", "☐")
        return (
            f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{value}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    if encoding in ("form_field", "form_default", "unreadable"):
        state = {"form_field": f'<w:default w:val="0"/><w:checked w:val="{int(ticked)}"/>',
                 "form_default": f'<w:default w:val="{int(ticked)}"/>', "unreadable": ""}[encoding]
        return (
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Kontrol1"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    if encoding in _SYMBOLS:
        font, yes, no = _SYMBOLS[encoding]
        return f'<w:r><w:sym w:font="{font}" w:char="{yes if ticked else no}"/></w:r>'
    if encoding == "unknown_symbol":
        return '<w:r><w:sym w:font="Webdings" w:char="F063"/></w:r>'
    glyph = ("☑" if encoding == "glyph_check" else "☒") if ticked else "☐"
    return f"<w:r><w:t>{glyph}</w:t></w:r>"


def add_box(paragraph: Any, ticked: bool, encoding: str) -> None:
    """Append one checkbox in the given encoding to a python-docx paragraph."""
    for child in list(_xml(box_xml(ticked, encoding))):
        paragraph._p.append(child)


def run_xml(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph_xml(inner: str, style_id: str | None = None, extra_ppr: str = "") -> str:
    style = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    ppr = f"<w:pPr>{style}{extra_ppr}</w:pPr>" if style or extra_ppr else ""
    return f"<w:p>{ppr}{inner}</w:p>"


class WordWriter:
    def __init__(self, options: Options) -> None:
        self.doc = docx.Document()
        self.options = options
        self.first_section = True
        self._style_ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        """A style's id, looked up once (python-docx searches all styles on every lookup)."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def append(self, xml: str) -> None:
        """Append body XML before the final section properties (much faster than python-docx proxies)."""
        body = self.doc.element.body
        for child in list(_xml(xml)):
            body.sectPr.addprevious(child) if body.sectPr is not None else body.append(child)

    def heading(self, element: Heading, options: Options) -> None:
        level = element.level
        if options.heading_style == "Overskrift":
            name = f"Overskrift {level}"
            if name not in self._style_ids:
                style = self.doc.styles.add_style(name, 1)
                style.base_style = self.doc.styles["Normal"]
                style.font.bold = True
                style.font.size = Pt(16 - 2 * level)
                self._style_ids[name] = style.style_id
            self.append(paragraph_xml(run_xml(element.text), self.style_id(name)))
        elif options.heading_style == "outline":
            self.append(paragraph_xml(run_xml(element.text, True), None, f'<w:outlineLvl w:val="{level - 1}"/>'))
        else:
            self.append(paragraph_xml(run_xml(element.text), self.style_id(f"Heading {level}")))

    def paragraph(self, element: Para) -> None:
        runs = "".join(run_xml(run.text, run.bold) for run in element.runs)
        self.append(paragraph_xml(runs, self.style_id("List Bullet") if element.bullet else None))

    def boxes(self, element: Boxes, options: Options) -> None:
        pieces = [box_xml(ticked, options.checkbox) + run_xml(f" {word}") for word, ticked in element.pairs]
        if element.inline:
            self.append(paragraph_xml(run_xml("   ").join(pieces)))
        else:
            for piece in pieces:
                self.append(paragraph_xml(piece))

    def grid(self, element: Grid, options: Options) -> None:
        width = element.width()
        column = 9000 // max(1, width)
        xml = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style_id("Table Grid")}"/>'
               '<w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
        xml += [f'<w:gridCol w:w="{column}"/>'] * width
        xml.append("</w:tblGrid>")
        for row in element.rows:
            xml.append("<w:tr>")
            for cell in row:
                span = f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else ""
                merge = {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}.get(cell.vmerge or "", "")
                xml.append(f'<w:tc><w:tcPr><w:tcW w:w="{column * cell.span}" w:type="dxa"/>{span}{merge}</w:tcPr>')
                if cell.box is not None:
                    xml.append(paragraph_xml(box_xml(cell.box, options.checkbox)))
                elif cell.vmerge == "continue" or not cell.lines:
                    xml.append("<w:p/>")
                else:
                    xml += [paragraph_xml(run_xml(line, cell.bold)) for line in cell.lines]
                xml.append("</w:tc>")
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.append("".join(xml))

    def new_section(self, element: NewSection) -> None:
        if self.first_section and len(self.doc.paragraphs) == 0:
            section = self.doc.sections[0]
        else:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.first_section = False
        header = section.header
        header.is_linked_to_previous = False
        lines = list(element.header) or [""]
        header.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            header.add_paragraph(line)

    def page_break(self) -> None:
        self.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')


def write_docx(elements: Sequence[Element], options: Sequence[Options] | Options) -> bytes:
    """The .docx bytes of the elements; ``options`` per element run (one Options, or one per element)."""
    single = options if isinstance(options, Options) else None
    writer = WordWriter(single or Options())
    for k, element in enumerate(elements):
        option = single or options[k]  # type: ignore[index]
        if isinstance(element, Grid) and k and isinstance(elements[k - 1], Grid):
            writer.append("<w:p/>")  # Word keeps a paragraph between two tables
        if isinstance(element, Heading):
            writer.heading(element, option)
        elif isinstance(element, Para):
            writer.paragraph(element)
        elif isinstance(element, Boxes):
            writer.boxes(element, option)
        elif isinstance(element, Grid):
            writer.grid(element, option)
        elif isinstance(element, NewSection):
            writer.new_section(element)
        elif isinstance(element, PageBreak):
            writer.page_break()
    return deterministic_bytes(writer.doc)


def deterministic_bytes(doc: Any) -> bytes:
    """Save with fixed core properties and zip timestamps: the same document, the same bytes."""
    core = doc.core_properties
    core.author = core.last_modified_by = "Center for Økonomi"
    core.created = core.modified = core.last_printed = FIXED
    core.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 15, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
