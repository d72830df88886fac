"""Reading Word and Markdown documents for checking: a template collection's proposals, or the document that says why there are none.

The importer (:mod:`proplint.importing`) reads a collection into format v1
proposals; :mod:`proplint.imported_lint` lints them. A file that cannot be
read is D001, one that is no template document D003: never a traceback.
python-docx and markdown-it-py load only when such a file is read.
"""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

import attrs

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument, Locator, NoLocator, StartLocator
from proplint.importing import WORD_SIZE_FACTOR
from proplint.phrases import Phrase

if TYPE_CHECKING:
    from proplint.structuring import Structured
    from proplint.facts import Facts
    from proplint.importing import Imported



@attrs.define
class Collection:
    """A template document read for checking: its proposals, or the one document that says why there are none."""

    file: str
    kind: str | None = None
    """The kind override it was read with."""
    imported: Imported | None = None
    failure: LoadedDocument | None = None
    comments: str | None = None
    """The Markdown's ``<!-- proplint: … -->`` comments, as suppression lines (``None`` for Word)."""
    structured: list[Structured] | None = None
    """What structuring made of each proposal, when a catalogue already structured them."""
    crash: str | None = None

    def rename(self, file: str) -> None:
        """Name the file as its own turn does (a catalogue read it under the name it gave)."""
        self.file = file
        for document in self.documents():
            document.file = file

    def documents(self) -> list[LoadedDocument]:
        if self.imported is None:
            return [self.failure] if self.failure is not None else []
        return [proposal.document for proposal in self.imported.proposals]

    @property
    def lines(self) -> bool:
        """Whether the source has lines to point at (Markdown does, Word does not)."""
        return FilePath(self.file).suffix.lower() != ".docx"


def read_collection(path: FilePath, file: str, max_bytes: int, kind: str | None = None) -> Collection:
    """Read a ``.docx``/``.md`` file through the importer; problems become a failure document, never an exception.

    ``kind`` is the kind of proposals whose kind the template leaves open (the ``import-kind`` setting).
    """
    collection = _read(path, file, max_bytes, kind)
    collection.kind = kind
    return collection


def _read(path: FilePath, file: str, max_bytes: int, kind: str | None) -> Collection:
    word = path.suffix.lower() == ".docx"
    locator: Locator = NoLocator() if word else StartLocator()
    limit = max_bytes * WORD_SIZE_FACTOR if word else max_bytes
    from proplint.loading import NotRegular, read_regular

    try:
        raw = read_regular(path, limit)  # a regular file only, and the limit holds while reading
    except NotRegular:
        return _failed(file, locator, "D001", Phrase("not a regular file (a pipe or a device): not read"))
    except OSError as error:
        return _failed(file, locator, "D001", Phrase("cannot read the file: {problem}", problem=Phrase(error.strerror or str(error))))
    if len(raw) > limit:
        return _failed(file, locator, "D001", Phrase("the file is over the limit of {limit} bytes", limit=limit))
    from proplint.importing import NotATemplate, read_template
    from proplint.importing.blocks import ReadError

    try:
        imported = read_template(path, file, _kind(kind), max_bytes)
    except NotATemplate:
        return _failed(file, locator, "D003", Phrase("not a proposal in the municipal template: no proposal heading with a Table 1"))
    except ReadError as error:
        return _failed(file, locator, "D001", Phrase("cannot read the document: {problem}", problem=_WithoutFile(error.phrase)))
    except Exception as error:  # an importer bug must not become a traceback; it is reported as a crash
        failed = _failed(file, locator, "D001", Phrase("cannot read the document: {problem}", problem=type(error).__name__))
        failed.crash = f"the importer failed: {type(error).__name__}: {error}"
        return failed
    return Collection(file=file, imported=imported, comments=None if word else _markdown_comments(raw))


def _kind(kind: str | None) -> Any:
    if kind is None:
        return None
    from proplint.model.enums import Kind

    return Kind(kind)


def _failed(file: str, locator: Locator, code: str, detail: Phrase) -> Collection:
    document = LoadedDocument(file=file, data=None, locator=locator, hits=[Hit(code, (), {"detail": detail})])
    return Collection(file=file, failure=document)


class _WithoutFile(Phrase):
    """A reader's phrase without the file name it starts with (the finding names the file), in any language."""

    __slots__ = ("inner",)

    def __init__(self, inner: Phrase) -> None:
        super().__init__(inner.template, **inner.args)
        self.inner = inner

    def render(self, language: str = "en") -> str:
        text = self.inner.render(language)
        prefix = f"{self.inner.args.get('file')}: "
        return text[len(prefix) :] if "file" in self.inner.args and text.startswith(prefix) else text


def _markdown_comments(raw: bytes) -> str | None:
    if b"proplint" not in raw:
        return None
    text = raw.decode("utf-8-sig", errors="replace")
    if "proplint" not in text:
        return None
    from proplint.suppressions import markdown_directives

    return markdown_directives(text)


def proposal_id(imported_id: str, index: int) -> str:
    """The name findings give a proposal: its id, or its place in the collection when the id cannot be read."""
    return imported_id or f"#{index + 1}"


def collection_facts(collection: Collection, origin: FilePath) -> list[Facts]:
    """Each proposal's facts, for a catalogue that names the collection before its own turn; the models are kept for it."""
    from proplint.facts import facts_of
    from proplint.structuring import structure

    if collection.imported is None:
        assert collection.failure is not None
        return [facts_of(collection.failure, None, origin)]
    structured = []
    facts = []
    for index, proposal in enumerate(collection.imported.proposals):
        proposal.document.file = collection.file
        made = structure(proposal.document)
        structured.append(made)
        facts.append(attrs.evolve(facts_of(proposal.document, made.model, origin), document=proposal_id(proposal.id, index)))
    collection.structured = structured
    return facts
