"""One proposal's blocks → a format v1 mapping of plain values (what ``load_text`` gives for its YAML)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from proplint.importing.blocks import Block, Paragraph
from proplint.importing.collection import PAGE_HEADER_KINDS, budget_line, page_header_line
from proplint.importing.economy import read_economy
from proplint.importing.frontmatter import administrations_grid, label_of, read_label
from proplint.importing.record import Record
from proplint.phrases import Phrase
from proplint.importing.sections import FRONT, Captioned, Sections, group
from proplint.importing.tables import ADMIN, CONSULTATION, CRITERIA, FOLLOW_UP, classify, consultation, criteria, follow_up
from proplint.importing.words import NOT_RELEVANT, clean, compact, is_label, prose, starts_with
from proplint.model.enums import Kind

_ORDER = (
    "format", "id", "title", "kind", "budget", "summary", "presenting_administration", "affected_administrations",
    "affected_units", "from_innovation_proposal", "service_reduction", "description", "economy", "follow_up", "risk",
    "admin_effect", "involvement", "consultation", "future_investment",
)  # fmt: skip
_NO_ADMIN = ("Forslaget medfører ikke effektivisering på administration", "Ikke relevant")


def interpret(
    blocks: Sequence[Block], header: Sequence[str], budget: str | None, kind: Kind | None, heading: tuple[str, str] | None, record: Record
) -> dict[str, Any]:
    """The proposal's data; what cannot be read is left out and reported in ``record``."""
    data: dict[str, Any] = {"format": "proplint/1"}
    if heading is not None:
        data["id"] = heading[0]
        if heading[1]:
            data["title"] = heading[1]
    sections = group(blocks, record)
    _front(sections, data, record)
    own_budget = _own_budget(sections, header) if sections.generation == 2023 else None
    if own_budget or budget:
        data["budget"] = own_budget or budget
    paragraphs = sections.paragraphs("description")
    description = prose(p.text for p in paragraphs)
    if description:
        data["description"] = description
        record.at(("description",), paragraphs[0].at)
    economy, kind_hint, admin = read_economy(sections, record)
    if economy is not None:
        data["economy"] = economy
    if admin is not None:
        data["admin_effect"] = admin
    _other_tables(sections, data, record)
    _risk(sections, data, record)
    _involvement_and_consultation(sections, data, record)
    chosen = kind.value if kind is not None else _kind(sections, header, kind_hint, data)
    if chosen is not None:
        data["kind"] = chosen
    return {key: data[key] for key in _ORDER if key in data}


def _front(sections: Sections, data: dict[str, Any], record: Record) -> None:
    for role in (FRONT, "description"):
        blocks = sections.of(role)
        kept: list[Paragraph | Captioned] = []
        index = 0
        while index < len(blocks):
            block = blocks[index]
            found = label_of(block.text) if isinstance(block, Paragraph) else None
            if found is None or not isinstance(block, Paragraph):
                kept.append(block)
                index += 1
                continue
            field, inline = found
            if field == "title":
                sections.generation = 2023
            paragraphs = [b.table if isinstance(b, Captioned) else b for b in blocks]
            index = read_label(paragraphs, index, field, inline, data, record, front=role == FRONT)
            if field == "affected_administrations" and "affected_administrations" not in data and index < len(blocks):
                following = blocks[index]
                if isinstance(following, Captioned):  # 2023: a grid of administrations with boxes
                    names = administrations_grid(following.table)
                    if names is None:
                        record.hit("I001", (field,), block.at, label=clean(block.text).rstrip(":"))
                    elif names:
                        data[field] = names
                    index += 1
        sections.parts[role] = kept


def _other_tables(sections: Sections, data: dict[str, Any], record: Record) -> None:
    for role, captioned in sections.tables():
        kind = classify(captioned.table, captioned.caption)
        if kind == FOLLOW_UP or (kind is None and role == "follow_up"):
            data.setdefault("follow_up", []).extend(follow_up(captioned.table, record))
        elif kind == CRITERIA:
            future = criteria(captioned.table, record)
            if future:
                data["future_investment"] = future
        elif kind == CONSULTATION or (kind is None and role in ("consultation", "involvement_consultation")):
            rows = data.setdefault("consultation", [])
            rows.extend(consultation(captioned.table, record, len(rows)))
        elif kind == ADMIN or (kind is None and role == "admin_effect"):
            continue  # read with the economy
    if "follow_up" not in data and "follow_up" in sections.parts:
        record.hit("I005", ("follow_up",), _first_at(sections.of("follow_up")), part=Phrase("follow-up table (Opfølgningsmål)"))
    admin = sections.paragraphs("admin_effect")
    if "admin_effect" not in data and any(is_label(p.text, *_NO_ADMIN) for p in admin):
        data["admin_effect"] = {"none": True}
        record.at(("admin_effect",), admin[0].at)


def _first_at(blocks: Sequence[Paragraph | Captioned]) -> tuple[int, int] | None:
    for block in blocks:
        at = block.table.at if isinstance(block, Captioned) else block.at
        if at is not None:
            return at
    return None


_LEVELS = {"lav": "low", "lille": "low", "mellem": "medium", "middel": "medium", "høj": "high"}
_LEVEL_STATEMENTS = (
    re.compile(r"risik\w*(?:\s+[^\s.]+){0,4}?\s+(?:vurderes|anses|er|bedømmes)\s+(?:samlet\s+set\s+)?(?:(?:til(?:\s+at\s+være)?|som|at\s+være)\s+)?(?:meget\s+)?['\"‘’“”]?(lav|lille|mellem|middel|høj)\b", re.IGNORECASE),
    re.compile(r"risikoniveau\w*\s+(?:på|er|vurderes\s+til)\s+['\"‘’“”]?(lav|lille|mellem|middel|høj)\b", re.IGNORECASE),
    re.compile(r"\b(lav|lille|mellem|middel|høj)\s+risiko\b", re.IGNORECASE),
    re.compile(r"(?:risik|vurder)[^.]*?\bmen\s+(?:\w+\s+)?(lav|lille|mellem|middel|høj)\b", re.IGNORECASE),
)
_NO_RISK = re.compile(r"\bingen\s+(?:væsentlige\s+|kendte\s+)?risici\b|\bder\s+er\s+ingen\s+risiko\b", re.IGNORECASE)


def risk_level(text: str) -> str | None:
    """The level an explicit statement gives; ``None`` when there is none or two disagree."""
    levels = {_LEVELS[match.lower()] for pattern in _LEVEL_STATEMENTS for match in pattern.findall(text)}
    if _NO_RISK.search(text):
        levels.add("none")
    return levels.pop() if len(levels) == 1 else None


def _risk(sections: Sections, data: dict[str, Any], record: Record) -> None:
    paragraphs = sections.paragraphs("risk")
    if "risk" not in sections.parts:
        return
    risk: dict[str, Any] = {}
    text = prose(p.text for p in paragraphs)
    level = risk_level(text or "")
    if level is not None:
        risk["level"] = level
    if text:
        risk["text"] = text
    record.at(("risk",), _first_at(sections.of("risk")))
    if paragraphs:
        record.at(("risk", "text"), paragraphs[0].at)
        record.at(("risk", "level"), paragraphs[0].at)
    data["risk"] = risk


def _involvement_and_consultation(sections: Sections, data: dict[str, Any], record: Record) -> None:
    involvement: list[Paragraph] = []
    consultation_text: list[Paragraph] = []
    headed = "involvement" in sections.parts  # the part is named: "Ikke relevant." there states no involvement
    for role in ("involvement_consultation", "involvement", "consultation"):
        target = consultation_text if role == "consultation" else involvement
        for block in sections.of(role):
            if isinstance(block, Captioned):
                target = consultation_text
                continue
            if role == "involvement_consultation" and (is_label(block.text, "Høring") or starts_with(block.text, "Høring:")):
                target = consultation_text
                continue
            if block.heading is not None or (role == "involvement_consultation" and is_label(block.text, "Inddragelse")):
                headed = headed or (target is involvement and is_label(block.text, "Inddragelse"))
                continue
            target.append(block)
    present = {role for role in ("involvement_consultation", "involvement", "consultation") if role in sections.parts}
    if involvement:
        items = _items(involvement)
        if items or (headed and any(is_label(p.text, *NOT_RELEVANT) for p in involvement)):
            data["involvement"] = [text for text, _ in items]
            for index, (_, at) in enumerate(items):
                record.at(("involvement", index), at)
    if "consultation" not in data and present & {"consultation", "involvement_consultation"}:
        only_not_relevant = any(is_label(p.text, *NOT_RELEVANT) for p in consultation_text) or (
            "involvement_consultation" in present and not consultation_text and involvement and all(is_label(p.text, *NOT_RELEVANT) for p in involvement)
        )
        if only_not_relevant:
            data["consultation"] = []
            where = next((p.at for p in consultation_text + involvement if is_label(p.text, *NOT_RELEVANT)), None)
            record.at(("consultation",), where)


def _own_budget(sections: Sections, header: Sequence[str]) -> str | None:
    """A 2023 proposal's own budget: its page-header line (a paragraph in the Markdown export), or the one header's."""
    for block in sections.of(FRONT):
        if isinstance(block, Paragraph) and page_header_line(block) and (budget := budget_line(block.text)):
            return budget
    found = {budget for text in header if (budget := budget_line(text))}
    return found.pop() if len(found) == 1 else None


def _items(paragraphs: list[Paragraph]) -> list[tuple[str, tuple[int, int] | None]]:
    """Involvement: the list items (a lower-case paragraph after an unfinished item continues it), or the lines."""
    bullets = any(p.bullet for p in paragraphs)
    items: list[tuple[str, tuple[int, int] | None]] = []
    for paragraph in paragraphs:
        text = clean(paragraph.text).lstrip("-•– ")
        if not text or is_label(text, *NOT_RELEVANT):
            continue
        if items and not paragraph.bullet and text[0].islower() and items[-1][0][-1] not in ".!?:;":
            items[-1] = (items[-1][0] + " " + text, items[-1][1])  # a list item broken by a page break
        elif paragraph.bullet or not (bullets or text.endswith(":")):
            items.append((text, paragraph.at))
    return items


def _kind(sections: Sections, header: Sequence[str], hint: str | None, data: dict[str, Any]) -> str | None:
    """2023: the page-header word; 2026 (and a 2023 document whose headers disagree): the tables."""
    for block in sections.of(FRONT):
        if isinstance(block, Paragraph) and compact(block.text) in PAGE_HEADER_KINDS:
            return PAGE_HEADER_KINDS[compact(block.text)]
    if sections.generation == 2023:
        kinds = {PAGE_HEADER_KINDS[compact(text)] for text in header if compact(text) in PAGE_HEADER_KINDS}
        if len(kinds) == 1:
            return kinds.pop()
    if "future_investment" in sections.parts or "future_investment" in data:
        return "innovation"
    return hint
