"""Lay a format v1 proposal (and a collection of them) out as the template's pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from importing.layout import Boxes, Cell, Element, Grid, Heading, NewSection, PageBreak, Para
from importing.render import (
    ADMINISTRATIONS,
    SECTIONS,
    SECTIONS_2023,
    Options,
    admin_table,
    consultation_rows,
    criteria_table,
    follow_up_table,
    kind_key,
    paragraphs_of,
    supporting_table,
    table_one,
)

KIND_WORDS = {"investment": "INVESTERINGSFORSLAG", "innovation": "INNOVATIONSFORSLAG",
              "efficiency": "EFFEKTIVISERINGSFORSLAG"}


class _Writer:
    def __init__(self, proposal: Mapping[str, Any], options: Options) -> None:
        self.p, self.o = proposal, options
        self.kind = kind_key(proposal.get("kind"))
        self.out: list[Element] = []
        self.tables = 0
        self.level = max(1, min(4, options.heading_level))
        self.sub = min(4, self.level + 1)

    def caption(self, title: str) -> None:
        self.tables += 1
        text = title if title.lower().startswith("tabel") else f"Tabel {self.tables}. {title}"
        self.out.append(Para.of(text))

    def prose(self, text: Any, page_break: bool = False) -> None:
        paragraphs = paragraphs_of(text)
        for k, paragraph in enumerate(paragraphs):
            split = _split_point(paragraph) if page_break and k == 0 else None
            if split is None:
                self.out.append(Para.of(paragraph))
            else:
                self.out += [Para.of(paragraph[:split]), PageBreak(), Para.of(paragraph[split + 1:])]

    def yes_no(self, label: str, key: str) -> None:
        if key not in self.p or self.p[key] is None:
            return
        value = self.p[key]
        ticked = value is True or str(value).lower() in ("yes", "ja", "true")
        self.out += [Para.labelled(label), Boxes((("Ja", ticked), ("Nej", not ticked)), self.o.boxes_inline)]

    def administrations(self) -> None:
        names = [str(name) for name in self.p.get("affected_administrations") or ()]
        if not names:
            return
        if self.o.generation == "2023":
            self.out.append(Para.labelled("Berørte forvaltninger:"))
            grid = list(ADMINISTRATIONS) + [name for name in names if name not in ADMINISTRATIONS]
            cells = [(Cell(box=name in names), Cell.of(name)) for name in grid]
            if len(cells) % 2:
                cells.append((Cell.of(), Cell.of()))
            rows = tuple(cells[k] + cells[k + 1] for k in range(0, len(cells), 2))
            self.out.append(Grid(rows))
        elif len(names) == 1:
            self.out.append(Para.labelled("Berørte forvaltninger:", names[0]))
        else:
            self.out.append(Para.labelled("Berørte forvaltninger:"))
            self.out += [Para.of(name) for name in names]

    def front_matter(self) -> None:
        p = self.p
        summary_label = "Resumé:" if self.o.generation == "2023" else "Kort resumé:"
        if p.get("summary"):
            self.out.append(Para.labelled(summary_label, " ".join(str(p["summary"]).split())))
        if p.get("presenting_administration"):
            self.out.append(Para.labelled("Fremstillende forvaltning:", str(p["presenting_administration"])))
        self.administrations()
        if p.get("affected_units"):
            self.out.append(Para.labelled("Områder/enheder, der berøres af forslaget:", str(p["affected_units"])))
        self.yes_no("Forslaget udspringer af et innovationsforslag:", "from_innovation_proposal")
        self.yes_no("Forslaget vil medføre en serviceforringelse:", "service_reduction")

    def section(self, number: int, title: str) -> None:
        self.out.append(Heading(f"{number}. {title}", self.sub))

    def economy_body(self, with_table_one: bool) -> None:
        economy = self.p.get("economy") or {}
        self.prose(economy.get("text"))
        if with_table_one:
            self.table_one()
        for table in economy.get("tables") or ():
            self.caption(str(table.get("title", "")))
            self.out.append(supporting_table(table, economy, self.o))

    def table_one(self) -> None:
        economy = self.p.get("economy") or {}
        if economy.get("years"):
            self.caption("Tabel 1. Forslagets samlede økonomiske konsekvenser")
            self.out.append(table_one(economy, self.kind, self.o))
        for note in economy.get("notes") or ():
            self.out.append(Para.of(" ".join(str(note).split())))

    def follow_up(self) -> None:
        rows = self.p.get("follow_up") or ()
        if rows:
            self.caption("Opfølgningsmål")
            self.out.append(follow_up_table(rows, self.o))

    def risk(self) -> None:
        self.prose((self.p.get("risk") or {}).get("text"))

    def future(self) -> None:
        future = self.p.get("future_investment")
        if future:
            self.caption("Kriterier til prioritering")
            self.out.append(criteria_table(future, self.p.get("economy") or {}, self.o))

    def admin(self, number: int) -> None:
        admin = self.p.get("admin_effect")
        if admin is None:
            return
        self.section(number, "Effektivisering på administration")
        if admin.get("none"):
            self.out.append(Para.of("Forslaget medfører ikke effektivisering på administration."))
        else:
            self.caption("Varige ændringer, administration")
            self.out.append(admin_table(admin, self.p.get("economy") or {}, self.o))

    def involvement(self, heading: bool) -> None:
        items = self.p.get("involvement")
        if items is None:
            return
        if heading:
            self.out.append(Heading("Inddragelse", min(4, self.sub + 1)))
        if not items:
            self.out.append(Para.of("Ikke relevant."))
            return
        self.out.append(Para.of("Følgende er inddraget i arbejdet med forslaget:"))
        self.out += [Para.of(str(item), bullet=True) for item in items]

    def consultation(self) -> None:
        rows = self.p.get("consultation")
        if rows is None:
            return
        if not rows:
            self.out.append(Para.of("Ikke relevant."))
            return
        if self.o.generation == "2026":
            self.caption("Høring")
            header = (Cell.of(), Cell.of("Ja/Nej", True), Cell.of("Dato for godkendelse og evt. høringssvar", True))
            self.out.append(Grid((header, *consultation_rows(rows, self.o))))
            return
        finance = [row for row in rows if str(row.get("party", "")).startswith("Center for Økonomi")][:1]
        others = [row for row in rows if row not in finance]
        if finance:
            header = (Cell.of(), Cell.of("Ja/Nej", True), Cell.of("Dato", True))
            self.out.append(Grid((header, *consultation_rows(finance, self.o))))
        if others:
            header = (Cell.of("Hvem er hørt?", True), Cell.of("Ja/Nej/Ikke relevant", True), Cell.of("Dato", True))
            self.out.append(Grid((header, *consultation_rows(others, self.o))))

    def annex(self) -> None:
        word = "INVESTERINGSFORSLAG" if self.kind == "investment" else "EFFEKTIVISERINGSFORSLAG"
        if self.o.annex_broken:
            word = word[:-4] + "- " + word[-4:]
        self.out.append(Heading(f"ADMINISTRATIVT BILAG - {word}", 1))

    def write_2026(self) -> None:
        p = self.p
        self.out.append(Heading(f"{p['id']}. {p['title']}", self.level))
        self.front_matter()
        titles = SECTIONS[self.kind]
        number = 0
        for title in titles:
            number += 1
            self.section(number, title)
            if title == "Beskrivelse af forslag":
                self.prose(p.get("description"), self.o.page_break)
            elif title == "Økonomi":
                self.economy_body(with_table_one=True)
            elif title == "Opfølgning":
                self.follow_up()
            elif title == "Risikovurdering":
                self.risk()
            else:
                self.future()
        self.annex()
        if self.kind != "innovation":
            number += 1
            self.admin(number)
        number += 1
        self.section(number, "Inddragelse og høring")
        self.involvement(heading=True)
        if p.get("consultation") is not None:
            self.out.append(Heading("Høring", min(4, self.sub + 1)))
        self.consultation()

    def write_2023(self) -> None:
        p = self.p
        budget = str(p.get("budget") or "")
        self.out.append(NewSection(tuple(t for t in (KIND_WORDS[self.kind], budget.upper()) if t)))
        self.table_one()
        title = f"{p['id']}. {p['title']}"
        if self.o.title_heading:
            self.out.append(Heading(f"Forslagets titel: {title}", self.level))
        else:
            self.out.append(Para.labelled("Forslagets titel:", title))
        self.front_matter()
        titles = [t for t in SECTIONS_2023 if t != "Effektivisering på administration" or "admin_effect" in p]
        for number, section_title in enumerate(titles, start=1):
            if section_title == "Hvem er hørt?":
                self.annex()
            if section_title == "Effektivisering på administration":
                self.admin(number)
                continue
            self.section(number, section_title)
            if section_title == "Baggrund og formål":
                self.prose(p.get("description"), self.o.page_break)
            elif section_title == "Økonomi":
                self.economy_body(with_table_one=False)
            elif section_title == "Inddragelse af samarbejdspartnere":
                self.involvement(heading=False)
            elif section_title == "Forslagets effekt" and self.kind == "innovation":
                self.future()
            elif section_title == "Opfølgning":
                self.follow_up()
            elif section_title == "Risikovurdering":
                self.risk()
            elif section_title == "Hvem er hørt?":
                self.consultation()


def _split_point(paragraph: str) -> int | None:
    """A space in the middle of the paragraph after which a lower-case word follows, not after punctuation."""
    spaces = [k for k, char in enumerate(paragraph) if char == " "]
    middle = len(paragraph) // 2
    for k in sorted(spaces, key=lambda index: abs(index - middle)):
        before, after = paragraph[:k], paragraph[k + 1:]
        if before and after and after[0].islower() and before[-1] not in ".:;!?":
            return k
    return None


def layout(proposal: Mapping[str, Any], options: Options = Options()) -> list[Element]:
    """The template's page elements for one proposal."""
    writer = _Writer(proposal, options)
    if options.generation == "2023":
        if writer.kind not in ("investment", "innovation"):
            raise ValueError("the 2023 template holds investment and innovation proposals only")
        writer.write_2023()
    else:
        writer.write_2026()
    return writer.out
