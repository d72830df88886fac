"""Reading proposals from the municipal Word template and its Markdown export.

``read_template`` turns a ``.docx`` or ``.md`` collection into format v1
proposals (plain data, exactly what ``load_text`` gives for the YAML that
``proplint import`` writes), each with its import findings (I001–I006) and a
locator: line and column of the cell or paragraph in the Markdown, ``None``
for Word. python-docx and markdown-it-py load only when such a file is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument
from proplint.phrases import Phrase, PhrasedError

if TYPE_CHECKING:
    from proplint.importing.blocks import Source
    from proplint.model.enums import Kind

__all__ = ["Imported", "ImportedProposal", "NotATemplate", "TEMPLATE_SUFFIXES", "looks_like_template", "read_source", "read_template"]

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


def read_source(path: Path, file: str) -> Source:
    """The blocks of a ``.docx`` or ``.md`` file; raises ``NotATemplate`` for other files, ``ReadError`` for broken ones."""
    kind = TEMPLATE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise NotATemplate(Phrase("{file}: not a Word (.docx) or Markdown (.md) document", file=file))
    if kind == "docx":
        from proplint.importing.docx_reader import read_docx

        return read_docx(path, file)
    from proplint.importing.blocks import ReadError
    from proplint.importing.markdown_reader import read_markdown

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ReadError(Phrase("{file}: cannot read the file: {problem}", file=file, problem=error.strerror or str(error))) from None
    return read_markdown(raw, file)


def read_template(path: Path, file: str, kind: Kind | None = None) -> Imported:
    """Every proposal of a template document; raises ``NotATemplate`` or ``ReadError``."""
    from proplint.importing.interpret import interpret_source

    return interpret_source(read_source(path, file), kind)


def looks_like_template(path: Path) -> bool:
    """Cheaply: a ``.docx``/``.md`` with a proposal heading and a Table 1 (for directory discovery)."""
    from proplint.importing.sniff import sniff

    return sniff(path)
