"""What the importer gives: a template document's proposals as format v1 data, or why it is no template document."""

from __future__ import annotations

import attrs

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument
from proplint.phrases import Phrase, PhrasedError

TEMPLATE_SUFFIXES = {".docx": "docx", ".md": "markdown", ".markdown": "markdown"}


class NotATemplate(PhrasedError):
    """A readable file that is no template document (no proposal heading, or not .docx/.md)."""

    def __init__(self, message: str | Phrase) -> None:
        super().__init__(message)
        self.message = str(self.phrase)


@attrs.frozen
class ImportedProposal:
    """One proposal of a template document, as format v1 data with its import findings."""

    id: str
    """The proposal's id ("SU02"); "" when it cannot be read (I006 then)."""
    document: LoadedDocument
    notes: tuple[str, ...] = ()
    """What the import changed without a finding (an amount cell's unit converted to the table's)."""


@attrs.frozen
class Imported:
    """A template document: its budget, its proposals, and findings about the collection as a whole."""

    file: str
    budget: str | None
    proposals: tuple[ImportedProposal, ...]
    hits: tuple[Hit, ...] = ()
