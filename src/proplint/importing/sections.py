"""A proposal's blocks grouped by the numbered section they belong to, with table captions.

Sections are recognised by their text ("3. Opfølgning"), not by heading
level; unnumbered sub-headings belong to the section above. A numbered
heading the template does not have is I004, and its content is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from proplint.importing.blocks import Block, Paragraph, Table
from proplint.importing.record import Record
from proplint.importing.words import GENERATION_2023, clean, compact, exact_role, is_annex, numbered, section_role, starts_with

FRONT = "front"


@attrs.frozen
class Captioned:
    """A table with the caption paragraph before it ("Tabel 3. Varige ændringer, service")."""

    table: Table
    caption: str


@attrs.define
class Sections:
    """Blocks by role; tables carry their captions. ``generation`` is 2023 or 2026."""

    parts: dict[str, list[Paragraph | Captioned]] = attrs.field(factory=dict)
    generation: int = 2026

    def of(self, role: str) -> list[Paragraph | Captioned]:
        return self.parts.get(role, [])

    def paragraphs(self, role: str) -> list[Paragraph]:
        """The section's paragraphs without its sub-headings, which only structure it."""
        return [block for block in self.of(role) if isinstance(block, Paragraph) and block.heading is None]

    def tables(self) -> list[tuple[str, Captioned]]:
        return [(role, block) for role, blocks in self.parts.items() for block in blocks if isinstance(block, Captioned)]


def is_caption(text: str) -> bool:
    return starts_with(text, "Tabel") and clean(text)[5:].lstrip()[:1].isdigit()


def group(blocks: Sequence[Block], record: Record) -> Sections:
    """Group a proposal's blocks (its heading excluded) into sections."""
    sections = Sections()
    role: str | None = FRONT
    caption = ""
    for block in blocks:
        if isinstance(block, Table):
            if role is not None:
                sections.parts.setdefault(role, []).append(Captioned(block, caption))
            caption = ""
            continue
        text = clean(block.text)
        if not text:
            continue
        if is_caption(text):
            caption = text
            continue
        if is_annex(text):
            continue
        if (block.heading is not None or block.bold) and numbered(text) is None and (unnumbered := exact_role(text)):
            role = unnumbered  # a section heading whose number Word's list numbering supplies, not the text
            if compact(text) in GENERATION_2023:
                sections.generation = 2023
            continue
        section = numbered(text)
        if section is not None:
            known = section_role(section[1])
            if known is not None:
                role = known
                if compact(section[1]) in GENERATION_2023:
                    sections.generation = 2023
                continue
            if block.heading is not None or block.bold:
                record.hit("I004", (), block.at, section=text)
                role = None
                continue
        if role is not None:
            sections.parts.setdefault(role, []).append(block)
    return sections
