"""Render a format v1 proposal into the municipal template, as Word and as its Markdown export.

Written from template.md alone, as an independent reading of the spec: the
round-trip tests render a proposal here and import it back. A proposal is
the mapping ``load_text`` would give (or what YAML gives: ints, dates, lists
of amounts); ``Options`` choose the template generation and the quirks real
documents have (checkbox encodings, merged cells, page breaks, heading
levels, number and date spellings).

Public API: ``Options``, ``render_docx``, ``render_markdown``,
``render_collection_docx``, ``render_collection_markdown``, ``layout``.

What a round trip can expect back (documented limits of the template):
``submitted`` and ``format`` are not in the template; the Markdown export
loses checkbox states (so ``from_innovation_proposal`` / ``service_reduction``
come back absent with I001); ``risk.level`` is only readable when ``risk.text``
states it; ``economy.notes`` must start with "Note:" to be told from the prose;
supporting table titles are written as captions ("Tabel 2. …" is kept as is,
another title gets "Tabel N. " in front); ``budget`` comes from a collection's
preamble (and a 2023 page header), so render a one-proposal collection to
carry it. Text is written as is, like the export does: generated text for a
Markdown round trip should avoid Markdown syntax (``*``, ``_``, `````, ``<``,
``&``, ``[``, a leading ``#``/``>``/``-``/``+``), TAB and newline characters,
and control characters (not allowed in Word XML).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from importing.layout import Boxes, Cell, Element, Grid, Heading, NewSection, PageBreak, Para

CHECKBOXES = ("content_control", "form_field", "form_default", "glyph", "glyph_check",
              "symbol", "symbol2", "unreadable", "unknown_symbol")


@dataclass(frozen=True)
class Options:
    generation: str = "2026"
    """"2026" (efficiency, innovation, investment) or "2023" (investment, innovation)."""
    checkbox: str = "content_control"
    """Word encoding of the yes/no boxes, one of CHECKBOXES ("unreadable": a form field without state)."""
    boxes_inline: bool = False
    """Both boxes in one paragraph ("☐ Ja  ☒ Nej") instead of one paragraph each."""
    heading_level: int = 1
    """Level of the proposal heading; numbered sections are one level deeper (at most 4)."""
    heading_style: str = "Heading"
    """Word: "Heading" (Heading N), "Overskrift" (Danish style names) or "outline" (outline level only)."""
    merge_cells: bool = True
    """Word: merged header cells (gridSpan/vMerge); False writes the padding cells instead."""
    page_break: bool = False
    """Split the description across a page break (mid-sentence, continuing in lower case)."""
    annex_broken: bool = False
    """The annex heading broken by a hyphen and space ("…FOR- SLAG")."""
    date_style: str = "slash"
    """Consultation dates: "slash" 29/01/2027, "long" 29. januar 2027, "prefixed" D. 29. januar 2027."""
    minus: str = "-"
    """Minus sign of amounts: "-", "–" or "−"."""
    empty_amount: str = ""
    """An empty amount cell: "" or a lone "-"."""
    unit_style: str = "standard"
    """"standard" (1.000 kr. 2027 p/l) or "short" (t.kr. 2027 pl)."""
    title_heading: bool = False
    """2023: the "Forslagets titel:" line as a heading instead of a bold-label paragraph."""
    section_label: bool = True
    """Innovation Table 1 has its "Implementeringsomkostninger" label (False: implied)."""
    md_bold: str = "html"
    """Markdown paragraphs' bold labels: "html" (<b>…</b>) or "stars" (**…**)."""
    md_boxes: str = "dash"
    """Markdown yes/no: "dash" ("- Ja" / " Nej") or "lines" ("Ja" / "Nej")."""
    md_page_header: bool = True
    """Markdown: write a 2023 proposal's page-header lines as its first paragraphs."""


ADMINISTRATIONS = (
    "Økonomiforvaltningen", "Kultur- og Fritidsforvaltningen", "Børne- og Ungdomsforvaltningen",
    "Sundheds- og Omsorgsforvaltningen", "Socialforvaltningen", "Teknik- og Miljøforvaltningen",
    "Beskæftigelses- og Integrationsforvaltningen",
)
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")
UNITS = {"1000 DKK": ("1.000 kr.", "t.kr."), "DKK": ("kr.", "kr."), "mio DKK": ("mio. kr.", "mio.kr.")}
ANSWERS = {"yes": "Ja", "no": "Nej", "not_relevant": "Ikke relevant"}
GROUPS = {"milestone": "Milepæle for implementering og anvendelse af investeringsmidler",
          "realisation": "Realisering af effektiviseringer"}
FOLLOW_UP_HEADER = ("Opfølgningsmål", "Hvordan måles opfølgningsmålet?",
                    "Hvem er ansvarlig for opfølgning?", "Hvornår gennemføres opfølgningen?")
SECTIONS = {
    "efficiency": ("Beskrivelse af forslag", "Økonomi", "Opfølgning", "Risikovurdering"),
    "investment": ("Beskrivelse af forslag", "Økonomi", "Opfølgning", "Risikovurdering"),
    "innovation": ("Beskrivelse af forslag", "Økonomi",
                   "Kommende investeringsforslag og kriterier til prioritering", "Opfølgning", "Risikovurdering"),
}
SECTIONS_2023 = ("Baggrund og formål", "Forslagets indhold", "Økonomi", "Effektivisering på administration",
                 "Implementering af forslaget", "Inddragelse af samarbejdspartnere", "Forslagets effekt",
                 "Opfølgning", "Risikovurdering", "Hvem er hørt?")


# ---- values --------------------------------------------------------------------------------

def danish_amount(value: Any, options: Options = Options()) -> str:
    """An amount the Danish way: "." groups thousands, "," is the decimal comma."""
    if value is None:
        return options.empty_amount
    number = Decimal(str(value))
    sign = options.minus if number < 0 else ""
    whole, _, fraction = format(abs(number), "f").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + fraction if fraction else "")


def danish_date(value: Any, style: str) -> str:
    day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
    if style == "slash":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    long = f"{day.day}. {MONTHS[day.month - 1]} {day.year}"
    return f"D. {long}" if style == "prefixed" else long


def amounts(values: Any, years: Sequence[int]) -> dict[int, Any]:
    """Amounts by year from a mapping (int or str keys) or a list aligned with ``years``."""
    if values is None:
        return {}
    if isinstance(values, Mapping):
        return {int(year): amount for year, amount in values.items()}
    return dict(zip(years, values))


def unit_text(unit: str, price_level: Any, options: Options) -> str:
    words = UNITS.get(unit, (unit, unit))[options.unit_style == "short"]
    return f"{words} {price_level} {'pl' if options.unit_style == 'short' else 'p/l'}"


def paragraphs_of(text: Any) -> list[str]:
    """Paragraphs of a prose field: blank lines separate them, other whitespace is one space."""
    blocks = str(text or "").replace("\r", "").split("\n\n")
    return [" ".join(block.split()) for block in blocks if block.strip()]


# ---- tables --------------------------------------------------------------------------------

def spanned(text: str, span: int, options: Options, bold: bool = False) -> list[Cell]:
    """A cell merged across ``span`` grid columns, or the cell and its padding."""
    if options.merge_cells or span == 1:
        return [Cell.of(text, bold, span)]
    return [Cell.of(text, bold)] + [Cell.of()] * (span - 1)


def amount_row(label: str, area: str, values: Any, years: Sequence[int], options: Options,
               bold: bool = False, with_area: bool = True) -> tuple[Cell, ...]:
    by_year = amounts(values, years)
    cells = [Cell.of(label, bold)] + ([Cell.of(area)] if with_area else [])
    cells += [Cell.of(danish_amount(by_year.get(year), options), bold) for year in years]
    return tuple(cells)


def table_one(economy: Mapping[str, Any], kind: str, options: Options) -> Grid:
    years = [int(year) for year in economy["years"]]
    width = 2 + len(years)
    head = unit_text(economy["unit"], economy["price_level"], options)
    rows: list[tuple[Cell, ...]] = []
    parts = [("permanent", "Varige ændringer", "Samlet varig ændring"),
             ("implementation", "Implementeringsomkostninger", "Samlede implementeringsomkostninger")]
    for key, label, total_label in parts:
        section = economy.get(key)
        if section is None:
            continue
        if not rows:
            first = label if options.generation == "2026" else ""
            if kind == "innovation" and not options.section_label:
                first = ""
            rows.append(tuple([Cell.of(first, bool(first))] + spanned(head, width - 1, options)))
            rows.append(tuple([Cell.of(), Cell.of("Styringsområde")] + [Cell.of(str(y)) for y in years]))
        if rows and (options.generation == "2023" or len(rows) > 2):
            rows.append(tuple(spanned(label, width, options, bold=True)))
        for row in section.get("rows") or ():
            rows.append(amount_row(row["label"], row.get("area", ""), row.get("values"), years, options))
        for area, values in (section.get("subtotals") or {}).items():
            rows.append(amount_row(f"{total_label}, {area.lower()}", "", values, years, options))
        if "total" in section:
            rows.append(amount_row(total_label, "", section["total"], years, options, bold=True))
    if "total_impact" in economy:
        rows.append(amount_row("Samlet økonomisk påvirkning", "", economy["total_impact"], years, options, bold=True))
    payback = economy.get("payback_years") or {}
    for key, label in (("service", "Tilbagebetalingstid baseret på serviceeffektivisering"),
                       ("total", "Tilbagebetalingstid baseret på totaløkonomi")):
        if key in payback:
            rows.append(tuple([Cell.of(label), Cell.of()] + spanned(f"{payback[key]} år", len(years), options)))
    return Grid(tuple(rows))


def supporting_table(table: Mapping[str, Any], economy: Mapping[str, Any], options: Options) -> Grid:
    years = [int(year) for year in economy["years"]]
    head = unit_text(economy["unit"], economy["price_level"], options)
    permanent = table.get("details") == "permanent"
    first = "Varige ændringer, service" if permanent else "Serviceinvesteringer i forslaget"
    rows = [tuple([Cell.of(first, True)] + spanned(head, 1 + len(years), options)),
            tuple([Cell.of(), Cell.of("Bevilling")] + [Cell.of(str(y)) for y in years])]
    for row in table.get("rows") or ():
        rows.append(amount_row(row["label"], row.get("area", ""), row.get("values"), years, options))
    if "total" in table:
        total = "Varige ændringer i alt" if permanent else "Samlede implementeringsomkostninger"
        rows.append(amount_row(total, "", table["total"], years, options, bold=True))
    return Grid(tuple(rows))


def admin_table(admin: Mapping[str, Any], economy: Mapping[str, Any], options: Options) -> Grid:
    years = [int(year) for year in admin.get("years") or economy["years"]]
    head = unit_text(admin.get("unit", economy["unit"]), economy["price_level"], options)
    rows = [tuple([Cell.of("Nettoeffekt på administrative udgifter", True)] + spanned(head, len(years), options)),
            tuple([Cell.of()] + [Cell.of(str(y)) for y in years])]
    for row in admin.get("rows") or ():
        rows.append(amount_row(row["label"], "", row.get("values"), years, options, with_area=False))
    if "total" in admin:
        rows.append(amount_row("Samlet varig ændring", "", admin["total"], years, options, bold=True, with_area=False))
    return Grid(tuple(rows))


def follow_up_table(rows_in: Sequence[Mapping[str, Any]], options: Options) -> Grid:
    rows = [tuple(Cell.of(text, True) for text in FOLLOW_UP_HEADER)]
    group = None
    for row in rows_in:
        if row.get("group") and row["group"] != group:
            group = row["group"]
            rows.append(tuple(spanned(GROUPS.get(group, group), 4, options, bold=True)))
        rows.append(tuple(Cell.of(str(row.get(key, ""))) for key in ("goal", "measure", "responsible", "when")))
    return Grid(tuple(rows))


def criteria_table(future: Mapping[str, Any], economy: Mapping[str, Any], options: Options) -> Grid:
    criteria = dict(future.get("criteria") or {})
    head = ("Udgift " + unit_text(economy["unit"], economy["price_level"], options),
            "Forventet vedtagelse", "Potentiale for varig effektivisering (styringsområde)")
    first: list[Cell] = []
    second: list[Cell] = []
    for text in head:
        if options.merge_cells:
            first.append(Cell((text,), True, vmerge="restart"))
            second.append(Cell(vmerge="continue"))
        else:
            first.append(Cell.of(text, True))
            second.append(Cell.of())
    if criteria:
        first += spanned("Kriterier til prioritering", len(criteria), options, bold=True)
        second += [Cell.of(name, True) for name in criteria]
    data = [Cell.of(danish_amount(future.get("cost"), options)), Cell.of(str(future.get("expected_adoption", ""))),
            Cell.of(str(future.get("potential", "")))] + [Cell.of("X" if met else "") for met in criteria.values()]
    return Grid((tuple(first), tuple(second), tuple(data)))


def consultation_rows(rows_in: Sequence[Mapping[str, Any]], options: Options) -> list[tuple[Cell, ...]]:
    rows = []
    for row in rows_in:
        lines = []
        if row.get("date") is not None:
            lines.append(danish_date(row["date"], options.date_style))
        if row.get("response"):
            lines.append(str(row["response"]))
        answer = ANSWERS[answer_key(row.get("answer"))]
        rows.append((Cell.of(row["party"]), Cell.of(answer), Cell(tuple(lines))))
    return rows


def answer_key(value: Any) -> str:
    """yes / no / not_relevant from the format's spellings (YAML booleans and Danish words too)."""
    if value is True or value is False:
        return "yes" if value else "no"
    text = str(value).strip().lower().replace(" ", "_")
    return {"ja": "yes", "nej": "no", "ikke_relevant": "not_relevant"}.get(text, text)


KINDS = {"investeringsforslag": "investment", "innovationsforslag": "innovation",
         "effektiviseringsforslag": "efficiency"}


def kind_key(value: Any) -> str:
    text = str(value or "efficiency").strip().lower()
    return KINDS.get(text, text)


# ---- public API ----------------------------------------------------------------------------

def layout(proposal: Mapping[str, Any], options: Options = Options()) -> list[Element]:
    """The page elements of one proposal (headings, paragraphs, boxes, grids)."""
    from importing.proposal_layout import layout as lay_out

    return lay_out(proposal, options)


def render_docx(proposal: Mapping[str, Any], options: Options = Options()) -> bytes:
    """One proposal as a .docx (bytes), deterministic."""
    from importing.render_word import write_docx

    return write_docx(layout(proposal, options), options)


def render_markdown(proposal: Mapping[str, Any], options: Options = Options()) -> str:
    """One proposal as the template's Markdown export."""
    from importing.render_markdown import write_markdown

    return write_markdown(layout(proposal, options), options)


COLLECTION_TITLE = "Samling af effektiviserings- og innovationsforslag"


def _collection(proposals: Sequence[Mapping[str, Any]], options: Options | Sequence[Options] | None,
                budget: str, title: str, appendix: str) -> tuple[list[Element], list[Options]]:
    from importing.proposal_layout import layout as lay_out

    if options is None or isinstance(options, Options):
        per = [options or Options()] * len(proposals)
    else:
        per = list(options)
        if len(per) != len(proposals):
            raise ValueError("one Options per proposal")
    first = per[0] if per else Options()
    elements: list[Element] = [Para.of(appendix), Para.of(budget), Heading(title, 1)]
    owners: list[Options] = [first] * 3
    sections = any(option.generation == "2023" for option in per)
    for k, (proposal, option) in enumerate(zip(proposals, per)):
        if sections and option.generation == "2026":
            elements.append(NewSection(()))
            owners.append(option)
        elif not sections and k:
            elements.append(PageBreak())
            owners.append(option)
        if option.generation == "2023" and not proposal.get("budget"):
            proposal = {**proposal, "budget": budget}
        laid = lay_out(proposal, option)
        elements += laid
        owners += [option] * len(laid)
    return elements, owners


def render_collection_docx(proposals: Sequence[Mapping[str, Any]],
                           options: Options | Sequence[Options] | None = None, *,
                           budget: str = "Budget 2027", title: str = COLLECTION_TITLE,
                           appendix: str = "Bilag 2.") -> bytes:
    """A collection as one .docx: "Bilag 2." / "Budget 2027" / title, then the proposals back to back."""
    from importing.render_word import write_docx

    elements, owners = _collection(proposals, options, budget, title, appendix)
    return write_docx(elements, owners)


def render_collection_markdown(proposals: Sequence[Mapping[str, Any]],
                               options: Options | Sequence[Options] | None = None, *,
                               budget: str = "Budget 2027", title: str = COLLECTION_TITLE,
                               appendix: str = "Bilag 2.") -> str:
    """A collection as the Markdown export of ``render_collection_docx``'s document."""
    from importing.render_markdown import write_markdown

    elements, owners = _collection(proposals, options, budget, title, appendix)
    return write_markdown(elements, owners)
