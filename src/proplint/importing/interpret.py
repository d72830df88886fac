"""A template document's blocks → format v1 proposals with their import findings."""

from __future__ import annotations

from collections import Counter

from proplint.findings import Hit
from proplint.importing.blocks import Source
from proplint.importing.collection import budget_of, split, starts
from proplint.importing.plain import plain
from proplint.importing.proposal import interpret
from proplint.importing.results import Imported, ImportedProposal, NotATemplate
from proplint.importing.record import PositionLocator, Record
from proplint.loading.document import LoadedDocument, Locator, NoLocator
from proplint.model.enums import Kind
from proplint.phrases import Phrase


def interpret_source(source: Source, kind: Kind | None = None) -> Imported:
    """Every proposal of the source; ``NotATemplate`` when there is none."""
    indices = starts(source.blocks)
    if not indices:
        raise NotATemplate(
            Phrase(
                "{file}: no proposal found: a template document has a heading with an id and a title ('SU01. Title')",
                file=source.file,
            )
        )
    budget = budget_of(source, indices[0])
    markdown = any(block.at is not None for block in source.blocks)
    proposals: list[ImportedProposal] = []
    for part in split(source):
        record = Record()
        data = interpret(part.blocks, source.header, budget, kind, part.heading, record)
        identifier = str(data.get("id", ""))
        if part.heading is not None and not part.heading[1]:
            record.hit("I006", ("title",), part.at, detail=Phrase("the heading {heading!r} looks like a proposal but has no title", heading=identifier))
        if not identifier:
            record.hit("I006", ("id",), part.at, detail=Phrase("a proposal without a readable id"))
        locator: Locator = PositionLocator(record.positions, part.at or (1, 1)) if markdown else NoLocator()
        document = LoadedDocument(file=source.file, data=plain(data), locator=locator, hits=record.hits)
        proposals.append(ImportedProposal(identifier, document, tuple(record.notes)))
    hits: list[Hit] = []
    counts = Counter(proposal.id for proposal in proposals if proposal.id)
    for identifier, count in sorted(counts.items()):
        if count > 1:
            first = next(p for p in proposals if p.id == identifier)
            at = first.document.locator.locate(())
            hits.append(Hit("I006", (), {"detail": Phrase("the proposal id {id} occurs {count} times in the collection", id=identifier, count=count)}, at=at))
    return Imported(source.file, budget, tuple(proposals), tuple(hits))
