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

from proplint.importing.results import TEMPLATE_SUFFIXES, Imported, ImportedProposal, NotATemplate
from proplint.loading import DEFAULT_MAX_BYTES
from proplint.phrases import Phrase

if TYPE_CHECKING:
    from proplint.importing.blocks import Source
    from proplint.model.enums import Kind

__all__ = ["Imported", "ImportedProposal", "NotATemplate", "TEMPLATE_SUFFIXES", "looks_like_template", "read_source", "read_template"]

WORD_SIZE_FACTOR = 10
"""A Word file may be this many times ``max_bytes``: it is compressed, and carries pictures and fonts."""


def read_source(path: Path, file: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """The blocks of a ``.docx`` or ``.md`` file; raises ``NotATemplate`` for other files, ``ReadError`` for broken ones.

    Only a regular file is read, and no more than its limit (``max_bytes``;
    ``WORD_SIZE_FACTOR`` times that for Word, whose package carries pictures
    and fonts): a FIFO cannot hang the import, nor ``/dev/zero`` fill memory.
    """
    kind = TEMPLATE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise NotATemplate(Phrase("{file}: not a Word (.docx) or Markdown (.md) document", file=file))
    from proplint.importing.blocks import ReadError
    from proplint.loading import NotRegular, over_limit, read_regular

    limit = max_bytes * WORD_SIZE_FACTOR if kind == "docx" else max_bytes
    try:
        raw = read_regular(path, limit)
    except NotRegular:
        raise ReadError(Phrase("{file}: not a regular file (a pipe or a device): not read", file=file)) from None
    except OSError as error:
        raise ReadError(Phrase("{file}: cannot read the file: {problem}", file=file, problem=error.strerror or str(error))) from None
    if len(raw) > limit:
        raise ReadError(Phrase("{file}: cannot read the file: {problem}", file=file, problem=over_limit(limit)))
    if kind == "docx":
        from proplint.importing.docx_reader import read_docx

        return read_docx(raw, file)
    from proplint.importing.markdown_reader import read_markdown

    return read_markdown(raw, file)


def read_template(path: Path, file: str, kind: Kind | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Imported:
    """Every proposal of a template document; raises ``NotATemplate`` or ``ReadError``."""
    from proplint.importing.interpret import interpret_source

    return interpret_source(read_source(path, file, max_bytes), kind)


def template_verdict(path: Path) -> bool | None:
    """Whether a ``.docx``/``.md`` is a template document: ``None`` when it cannot be read to tell (a broken zip)."""
    from proplint.importing.sniff import verdict

    return verdict(path)


def looks_like_template(path: Path) -> bool:
    """Cheaply: a ``.docx``/``.md`` with a proposal heading and a Table 1 (for directory discovery)."""
    from proplint.importing.sniff import sniff

    return sniff(path)
