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

from proplint.paths import Path, child
from proplint.phrases import N_

SEPARATOR = " › "

Say = Callable[[str], str]
"""Translates a label (an English id) into the reader's language."""

_ROOTS = {
    "proposal": N_("the proposal"),
    "catalogue": N_("the catalogue"),
    "case-status": N_("the case status report"),
    "effect-status": N_("the effect status report"),
}
_TOP = {
    "format": N_("Format"),
    "document": N_("Document kind"),
    "id": N_("Proposal number"),
    "title": N_("Title"),
    "kind": N_("Kind of proposal"),
    "budget": N_("Budget"),
    "submitted": N_("Date"),
    "summary": N_("Short summary"),
    "presenting_administration": N_("Presenting administration"),
    "affected_administrations": N_("Affected administrations"),
    "affected_units": N_("Affected units"),
    "from_innovation_proposal": N_("From an innovation proposal"),
    "service_reduction": N_("Service reduction"),
    "description": N_("Description"),
    "involvement": N_("Involvement"),
    "economy": N_("Economy"),
    "follow_up": N_("Follow-up"),
    "risk": N_("Risk assessment"),
    "consultation": N_("Consultation"),
    "admin_effect": N_("Administrative effect"),
    "future_investment": N_("Future investment"),
    "unit": N_("Unit"),
    "price_level": N_("Price level"),
    "years": N_("Years"),
    "total": N_("Total"),
    "entries": N_("Entries"),
    "committee": N_("Committee"),
    "administration": N_("Administration"),
    "date": N_("Date"),
    "cases": N_("Cases"),
    "strategy": N_("Strategy"),
    "themes": N_("Themes"),
}
_FIELDS = {
    # follow-up rows, risk, consultation
    "goal": N_("Goal"),
    "measure": N_("How it is measured"),
    "responsible": N_("Who is responsible"),
    "when": N_("When"),
    "group": N_("Group"),
    "level": N_("Risk level"),
    "text": N_("Text"),
    "party": N_("Party"),
    "answer": N_("Answer"),
    "date": N_("Date of approval"),
    "response": N_("Response"),
    # rows and tables
    "label": N_("Label"),
    "area": N_("Steering area"),
    "type": N_("Type"),
    "details": N_("Details"),
    "title": N_("Title"),
    "unit": N_("Unit"),
    "years": N_("Years"),
    "none": N_("None"),
    # future investment
    "cost": N_("Cost"),
    "expected_adoption": N_("Expected adoption"),
    "potential": N_("Potential"),
    "criteria": N_("Criteria"),
    # catalogue entries
    "id": N_("Proposal number"),
    "kind": N_("Kind of proposal"),
    "source": N_("Source"),
    # cases
    "number": N_("Number"),
    "adopted_in": N_("Adopted in"),
    "status": N_("Status"),
    "investment": N_("Investment"),
    "efficiency": N_("Efficiency"),
    "full_implementation": N_("Full implementation"),
    "prior_compensating_action": N_("Prior compensating action"),
    "remark": N_("Remark"),
    "handling": N_("Handling"),
    "approval_required": N_("Approval required"),
    "consequence": N_("Consequence"),
    # effect status
    "name": N_("Name"),
    "financed_by": N_("Financed by"),
    "phase": N_("Phase"),
    "effect": N_("Effect"),
    "baseline": N_("Baseline"),
    "initiatives": N_("Initiatives"),
    "goals": N_("Effect goals"),
}
_SECTIONS = {"permanent": N_("Permanent changes"), "implementation": N_("Implementation costs")}
_TOTALS = {"permanent": N_("Total permanent change"), "implementation": N_("Total implementation costs")}
_TABLE_1 = N_("Table 1")


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
    return kind if isinstance(kind, str) and kind in _ROOTS else "proposal"


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
            self.label(_ROOTS.get(kind or "", N_("the file")))
            return self.words
        key, rest, node = self.path[0], self.path[1:], child(self.data, self.path[0])
        if key == "economy":
            self.economy(node, rest)
        elif key == "follow_up":
            self.label(_TOP["follow_up"])
            self.rows(node, rest, N_("row {number}"), None)
        elif key == "consultation":
            self.label(_TOP["consultation"])
            self.rows(node, rest, N_("row {number}"), "party")
        elif key == "admin_effect":
            self.label(_TOP["admin_effect"])
            self.section(node, rest, None)
        elif key == "entries":
            if not rest:
                self.label(_TOP["entries"])
            self.rows(node, rest, N_("entry {number}"), "id", values=True)
        elif key == "cases":
            self.cases(node, rest)
        elif key == "themes":
            self.themes(node, rest)
        elif key == "total" and kind == "catalogue":
            self.label(_TOP["total"])
            self.rest(node, rest)
        else:
            self.label(_TOP[key]) if isinstance(key, str) and key in _TOP else self.literal(key)
            self.fields(node, rest)
        return self.words

    def economy(self, economy: Any, path: Path) -> None:
        if not path:
            self.label(_TOP["economy"])
            return
        key, rest, node = path[0], path[1:], child(economy, path[0])
        if key in ("permanent", "implementation"):
            self.label(_TABLE_1)
            self.section(node, rest, str(key))
        elif key == "total_impact":
            self.label(_TABLE_1)
            self.label(N_("Total impact"))
            self.rest(node, rest)
        elif key == "payback_years":
            self.label(_TABLE_1)
            self.label(N_("Payback period"))
            if rest:
                self.label(str(rest[0]))
        elif key in ("unit", "price_level", "years"):
            self.label(_TABLE_1)
            self.label(_TOP[str(key)])
            self.rest(node, rest)
        elif key == "tables":
            self.tables(node, rest)
        elif key == "notes":
            self.label(_TOP["economy"])
            if rest and isinstance(rest[0], int):
                self.numbered(N_("note {number}"), rest[0])
            else:
                self.label(N_("Notes"))
        else:
            self.label(_TOP["economy"])
            self.label(_FIELDS[str(key)]) if key in _FIELDS else self.literal(key)
            self.rest(node, rest)

    def section(self, section: Any, path: Path, name: str | None) -> None:
        """A Table 1 section (or a table laid out like one): its rows by label, its total row by its caption."""
        heading = _SECTIONS.get(name or "")
        if not path or path[0] not in ("total", "subtotals"):
            if heading:
                self.label(heading)
        if not path:
            return
        key, rest, node = path[0], path[1:], child(section, path[0])
        if key == "rows":
            self.rows(node, rest, N_("row {number}"), "label", values=True)
        elif key == "total":
            self.label(_TOTALS[name]) if name in _TOTALS else self.label(_TOP["total"])
            self.rest(node, rest)
        elif key == "subtotals" and rest:
            total = self.say(_TOTALS[name]) if name in _TOTALS else self.say(_TOP["total"])
            self.literal(f"{total}, {str(rest[0]).lower()}")
            self.rest(child(node, rest[0]), rest[1:])
        else:
            self.label(_FIELDS[str(key)]) if key in _FIELDS else self.literal(key)
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
            self.label(_TOP["cases"])
            return
        case = child(cases, path[0])
        number = case.get("number") if isinstance(case, dict) else None
        shown = number if isinstance(number, int) and not isinstance(number, bool) else path[0] + 1
        self.words.append(self.say(N_("case {number}")).format(number=shown))
        self.fields(case, path[1:])

    def themes(self, themes: Any, path: Path) -> None:
        if not path or not isinstance(path[0], int):
            self.label(_TOP["themes"])
            return
        theme = child(themes, path[0])
        name = theme.get("name") if isinstance(theme, dict) else None
        self.literal(name.strip()) if isinstance(name, str) and name.strip() else self.numbered(N_("theme {number}"), path[0])
        rest = path[1:]
        if rest and rest[0] == "initiatives":
            self.rows(child(theme, "initiatives"), rest[1:], N_("initiative {number}"), "name")
            if len(rest) == 1:
                self.label(_FIELDS["initiatives"])
        elif rest and rest[0] == "goals":
            self.rows(child(theme, "goals"), rest[1:], N_("goal {number}"), "effect")
            if len(rest) == 1:
                self.label(_FIELDS["goals"])
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
            self.label(_FIELDS[key]) if key in _FIELDS else self.literal(key)
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
