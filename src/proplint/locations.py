"""Human locations: where a finding is, in the document's own words, from the root to the cell.

``$.economy.permanent.rows[1].values.2027`` is where a tool looks;
``Tabel 1 › Varige ændringer › Mindre overtid › 2027`` is where a reviewer
looks. Labels are the template's headings (English ids, Danish in the
catalogue); rows, parties, cases, themes and entries are named by what the
document calls them (a row's label, a party, ``sag 12``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from proplint.location_labels import FIELDS, ROOTS, SECTIONS, TABLE_1, TOP, TOTALS
from proplint.paths import Path, child
from proplint.phrases import N_

SEPARATOR = " › "

Say = Callable[[str], str]
"""Translates a label (an English id) into the reader's language."""

def human_location(data: Any, path: Path, say: Say, document: str | None = None) -> str:
    """The location of ``path`` in ``data``, worded by ``say``; a proposal of a collection first."""
    kind = _kind(data)
    words = _Walk(data, path, say).root(kind)
    if document:
        words.insert(0, document)
    return SEPARATOR.join(word for word in words if word)


def location_in(data: Any, path: Path, language: str, document: str | None = None) -> str:
    """:func:`human_location` in ``language`` (``en`` or ``da``)."""
    if language == "en":
        return human_location(data, path, _identity, document)
    from proplint.i18n import translations

    return human_location(data, path, translations(language).gettext, document)


def _identity(text: str) -> str:
    return text


def _kind(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    kind = data.get("document", "proposal")
    return kind if isinstance(kind, str) and kind in ROOTS else "proposal"


class _Walk:
    """One walk down a path, collecting words; each step knows the part of the template it is in."""

    def __init__(self, data: Any, path: Path, say: Say) -> None:
        self.path = path
        self.data = data
        self.say = say
        self.words: list[str] = []

    def label(self, text: str) -> None:
        self.words.append(self.say(text))

    def literal(self, text: object) -> None:
        word = " ".join(str(text).split())
        self.words.append(word or repr(str(text)))  # a blank key still shows where it is

    def numbered(self, template: str, index: int) -> None:
        self.words.append(self.say(template).format(number=index + 1))

    def root(self, kind: str | None) -> list[str]:
        if not self.path:
            self.label(ROOTS.get(kind or "", N_("the file")))
            return self.words
        key, rest, node = self.path[0], self.path[1:], child(self.data, self.path[0])
        if key == "economy":
            self.economy(node, rest)
        elif key == "follow_up":
            self.label(TOP["follow_up"])
            self.rows(node, rest, N_("row {number}"), None)
        elif key == "consultation":
            self.label(TOP["consultation"])
            self.rows(node, rest, N_("row {number}"), "party")
        elif key == "admin_effect":
            self.label(TOP["admin_effect"])
            self.section(node, rest, None)
        elif key == "entries":
            if not rest:
                self.label(TOP["entries"])
            self.rows(node, rest, N_("entry {number}"), "id", values=True)
        elif key == "cases":
            self.cases(node, rest)
        elif key == "themes":
            self.themes(node, rest)
        elif key == "total" and kind == "catalogue":
            self.label(TOP["total"])
            self.rest(node, rest)
        else:
            self.label(TOP[key]) if isinstance(key, str) and key in TOP else self.literal(key)
            self.fields(node, rest)
        return self.words

    def economy(self, economy: Any, path: Path) -> None:
        if not path:
            self.label(TOP["economy"])
            return
        key, rest, node = path[0], path[1:], child(economy, path[0])
        if key in ("permanent", "implementation"):
            self.label(TABLE_1)
            self.section(node, rest, str(key))
        elif key == "total_impact":
            self.label(TABLE_1)
            self.label(N_("Total impact"))
            self.rest(node, rest)
        elif key == "payback_years":
            self.label(TABLE_1)
            self.label(N_("Payback period"))
            if rest:
                self.label(str(rest[0]))
        elif key in ("unit", "price_level", "years"):
            self.label(TABLE_1)
            self.label(TOP[str(key)])
            self.rest(node, rest)
        elif key == "tables":
            self.tables(node, rest)
        elif key == "notes":
            self.label(TOP["economy"])
            if rest and isinstance(rest[0], int):
                self.numbered(N_("note {number}"), rest[0])
            else:
                self.label(N_("Notes"))
        else:
            self.label(TOP["economy"])
            self.label(FIELDS[str(key)]) if key in FIELDS else self.literal(key)
            self.rest(node, rest)

    def section(self, section: Any, path: Path, name: str | None) -> None:
        """A Table 1 section (or a table laid out like one): its rows by label, its total row by its caption."""
        heading = SECTIONS.get(name or "")
        if not path or path[0] not in ("total", "subtotals"):
            if heading:
                self.label(heading)
        if not path:
            return
        key, rest, node = path[0], path[1:], child(section, path[0])
        if key == "rows":
            self.rows(node, rest, N_("row {number}"), "label", values=True)
        elif key == "total":
            self.label(TOTALS[name]) if name in TOTALS else self.label(TOP["total"])
            self.rest(node, rest)
        elif key == "subtotals" and rest:
            total = self.say(TOTALS[name]) if name in TOTALS else self.say(TOP["total"])
            self.literal(f"{total}, {str(rest[0]).lower()}")
            self.rest(child(node, rest[0]), rest[1:])
        else:
            self.label(FIELDS[str(key)]) if key in FIELDS else self.literal(key)
            self.rest(node, rest)

    def tables(self, tables: Any, path: Path) -> None:
        if not path or not isinstance(path[0], int):
            self.label(N_("Supporting tables"))
            return
        index, rest = path[0], path[1:]
        table = child(tables, index)
        title = table.get("title") if isinstance(table, dict) else None
        if isinstance(title, str) and title.strip():
            self.literal(title.strip())
        else:
            self.numbered(N_("Table {number}"), index + 1)
        self.section(table, rest, None)

    def rows(self, rows: Any, path: Path, numbered: str, name_key: str | None, values: bool = False) -> None:
        """A list of rows, each named by its ``name_key`` (a label, a party) or by its number."""
        if not path:
            return
        index, rest = path[0], path[1:]
        if not isinstance(index, int):
            self.literal(index)
            self.rest(child(rows, index), rest)
            return
        row = child(rows, index)
        name = row.get(name_key) if name_key and isinstance(row, dict) else None
        if isinstance(name, str | int) and not isinstance(name, bool) and str(name).strip():
            self.literal(str(name).strip())
        else:
            self.numbered(numbered, index)
        if values and rest and rest[0] == "values":
            self.rest(child(row, "values"), rest[1:])
        else:
            self.fields(row, rest)

    def cases(self, cases: Any, path: Path) -> None:
        if not path or not isinstance(path[0], int):
            self.label(TOP["cases"])
            return
        case = child(cases, path[0])
        number = case.get("number") if isinstance(case, dict) else None
        shown = number if isinstance(number, int) and not isinstance(number, bool) else path[0] + 1
        self.words.append(self.say(N_("case {number}")).format(number=shown))
        self.fields(case, path[1:])

    def themes(self, themes: Any, path: Path) -> None:
        if not path or not isinstance(path[0], int):
            self.label(TOP["themes"])
            return
        theme = child(themes, path[0])
        name = theme.get("name") if isinstance(theme, dict) else None
        self.literal(name.strip()) if isinstance(name, str) and name.strip() else self.numbered(N_("theme {number}"), path[0])
        rest = path[1:]
        if rest and rest[0] == "initiatives":
            self.rows(child(theme, "initiatives"), rest[1:], N_("initiative {number}"), "name")
            if len(rest) == 1:
                self.label(FIELDS["initiatives"])
        elif rest and rest[0] == "goals":
            self.rows(child(theme, "goals"), rest[1:], N_("goal {number}"), "effect")
            if len(rest) == 1:
                self.label(FIELDS["goals"])
        else:
            self.fields(theme, rest)

    def fields(self, node: Any, path: Path) -> None:
        """A record's fields by their headings; what lies below them by key or number."""
        if not path:
            return
        key, rest = path[0], path[1:]
        if isinstance(key, int):
            self.numbered(N_("row {number}"), key)
        else:
            self.label(FIELDS[key]) if key in FIELDS else self.literal(key)
        self.rest(child(node, key), rest)

    def rest(self, node: Any, path: Sequence[str | int]) -> None:
        """Years, keys and list items below a field, as written."""
        for key in path:
            item = child(node, key)
            if isinstance(key, int):
                scalar = item if isinstance(item, str | int) and not isinstance(item, bool) else None
                self.literal(scalar) if scalar is not None else self.numbered(N_("row {number}"), key)
            else:
                self.literal(key)
            node = item
