"""Visible text of one Word paragraph, with every checkbox encoding as a glyph.

Word stores a yes/no box in four ways: a content-control checkbox
(``w14:checkbox`` with ``w14:checked``), a legacy form field (``FORMCHECKBOX``
with ``w:checked`` / ``w:default``), a plain glyph (☐ ☒ ☑), or a symbol-font
character (``w:sym``, e.g. Wingdings 0xFE, or the same code typed as text in a
Wingdings run). All of them become ☐, ☒ or ⍰
(unreadable) so the template reader sees one spelling. Works on the raw lxml
elements: walking python-docx proxies is several times slower on a
collection of fifty proposals.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from proplint.importing.blocks import TICKED, UNKNOWN_BOX, UNTICKED

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"

SOFT_HYPHEN = "\u00ad"
PAGE_BREAK = "\f"
"""Marks a page break inside a paragraph; the reader splits the paragraph there."""

# Symbol fonts: the character codes Word's "Insert symbol" offers for boxes.
# Codes may be written with Word's private-use offset (F0FE) or without (00FE).
_SYMBOL_BOXES: dict[str, dict[int, str]] = {
    "wingdings": {0xA8: UNTICKED, 0x6F: UNTICKED, 0x71: UNTICKED, 0x72: UNTICKED,
                  0xFE: TICKED, 0xFD: TICKED, 0x78: TICKED},
    "wingdings 2": {0xA3: UNTICKED, 0x2A: UNTICKED,
                    0x52: TICKED, 0x53: TICKED, 0x54: TICKED, 0x51: TICKED},
}
_GLYPHS = {"☐": UNTICKED, "☒": TICKED, "☑": TICKED}
_TRUE = {"1", "true", "on"}
_FALSE = {"0", "false", "off"}


def on_off(element: Any, attribute: str = f"{W}val") -> bool | None:
    """An OOXML on/off property: present without a value means on; None when unreadable."""
    value = element.get(attribute)
    if value is None:
        return True
    value = value.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None


def _glyph(state: bool | None) -> str:
    return UNKNOWN_BOX if state is None else TICKED if state else UNTICKED


def symbol_glyph(sym: Any) -> str:
    """The box a ``w:sym`` character draws; an unknown symbol may be a box too, so ⍰."""
    font = (sym.get(f"{W}font") or "").strip().lower()
    try:
        code = int(sym.get(f"{W}char") or "", 16)
    except ValueError:
        return UNKNOWN_BOX
    if code >= 0xF000:
        code -= 0xF000
    box = _SYMBOL_BOXES.get(font, {}).get(code)
    if box is not None:
        return box
    char = chr(code) if code < 0x110000 else ""
    return _GLYPHS.get(char, UNKNOWN_BOX)


def _symbol_font(run: Any) -> str | None:
    """The run's font when it is a symbol font Word draws boxes with (Wingdings, Wingdings 2, Webdings)."""
    props = run.find(f"{W}rPr")
    fonts = None if props is None else props.find(f"{W}rFonts")
    if fonts is None:
        return None
    for attribute in ("ascii", "hAnsi", "cs"):
        name = (fonts.get(f"{W}{attribute}") or "").strip().lower()
        if name.startswith(("wingdings", "webdings")):
            return name
    return None


def _symbol_text(text: str, font: str) -> str:
    """Characters typed in a symbol font: boxes become glyphs; any other drawn symbol may be a box, so ⍰."""
    out = []
    for char in text:
        code = ord(char) - 0xF000 if ord(char) >= 0xF000 else ord(char)
        if char.isspace():
            out.append(char)
        else:
            out.append(_SYMBOL_BOXES.get(font, {}).get(code) or _GLYPHS.get(char, UNKNOWN_BOX))
    return "".join(out)


def _content_control_box(sdt: Any) -> str | None:
    """The glyph of a ``w14:checkbox`` content control, or None for another control."""
    props = sdt.find(f"{W}sdtPr")
    box = None if props is None else props.find(f"{W14}checkbox")
    if box is None:
        return None
    checked = box.find(f"{W14}checked")
    if checked is not None:
        return _glyph(on_off(checked, f"{W14}val"))
    shown = "".join(_texts(sdt.find(f"{W}sdtContent")))
    glyphs = {_GLYPHS[c] for c in shown if c in _GLYPHS}
    return glyphs.pop() if len(glyphs) == 1 else UNKNOWN_BOX


def _form_checkbox(fld_char: Any) -> str | None:
    """The glyph of a legacy FORMCHECKBOX field's begin, or None for another field."""
    data = fld_char.find(f"{W}ffData")
    box = None if data is None else data.find(f"{W}checkBox")
    if box is None:
        return None
    for name in ("checked", "default"):
        element = box.find(f"{W}{name}")
        if element is not None:
            return _glyph(on_off(element))
    return UNKNOWN_BOX


def _texts(element: Any) -> Iterator[str]:
    """Visible pieces of a paragraph (or part of one), in document order."""
    if element is None:
        return
    pending_field = False  # a field began without a readable checkbox
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{W}r":
            symbol_font = _symbol_font(child)
            for piece in child.iterchildren():
                ptag = piece.tag
                if ptag == f"{W}t":
                    text = (piece.text or "").replace(SOFT_HYPHEN, "")
                    yield _symbol_text(text, symbol_font) if symbol_font else text
                elif ptag == f"{W}tab":
                    yield " "
                elif ptag in (f"{W}br", f"{W}cr"):
                    yield PAGE_BREAK if piece.get(f"{W}type") == "page" else "\n"
                elif ptag == f"{W}sym":
                    yield symbol_glyph(piece)
                elif ptag == f"{W}noBreakHyphen":
                    yield "-"
                elif ptag == f"{W}fldChar":
                    kind = piece.get(f"{W}fldCharType")
                    if kind == "begin":
                        box = _form_checkbox(piece)
                        if box is not None:
                            yield box
                        pending_field = box is None
                elif ptag == f"{W}instrText":
                    if pending_field and "FORMCHECKBOX" in (piece.text or "").upper():
                        yield UNKNOWN_BOX
                        pending_field = False
        elif tag == f"{W}sdt":
            box = _content_control_box(child)
            yield box if box is not None else "".join(_texts(child.find(f"{W}sdtContent")))
        elif tag == f"{W}fldSimple":
            instruction = (child.get(f"{W}instr") or "").upper()
            yield UNKNOWN_BOX if "FORMCHECKBOX" in instruction else "".join(_texts(child))
        elif tag in _CONTAINERS:
            yield from _texts(child)


_CONTAINERS = {f"{W}{name}" for name in ("hyperlink", "smartTag", "ins", "customXml", "moveTo", "dir", "bdo")}


def paragraph_text(p: Any) -> str:
    """The visible text of a ``w:p``: soft hyphens gone, boxes as glyphs, ☑ as ☒."""
    return "".join(_texts(p)).replace("☑", TICKED)


def run_bold(run: Any, style_bold: dict[str, bool]) -> bool | None:
    """Direct bold of a run, else its character style's; None when neither says."""
    props = run.find(f"{W}rPr")
    if props is not None:
        bold = props.find(f"{W}b")
        if bold is not None:
            return on_off(bold) is True
        style = props.find(f"{W}rStyle")
        if style is not None:
            return style_bold.get(style.get(f"{W}val") or "")
    return None


def _runs_with_text(element: Any) -> Iterator[tuple[Any, str]]:
    for child in element.iterchildren():
        if child.tag == f"{W}r":
            text = "".join(t.text or "" for t in child.iterchildren(f"{W}t", f"{W}sym"))
            if child.find(f"{W}sym") is not None:
                text += "x"
            yield child, text
        elif child.tag in _CONTAINERS:
            yield from _runs_with_text(child)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _runs_with_text(content)


def paragraph_bold(p: Any, paragraph_style_bold: bool, style_bold: dict[str, bool]) -> bool:
    """Whether every run with visible text is bold (directly, or by its style)."""
    seen = False
    for run, text in _runs_with_text(p):
        if not text.strip():
            continue
        seen = True
        bold = run_bold(run, style_bold)
        if not (paragraph_style_bold if bold is None else bold):
            return False
    return seen
