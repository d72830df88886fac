"""Documents read once per run: a catalogue's checks and the linting of the proposals it names share them.

The store holds a whole document only until its own file is linted (when a
catalogue asked for it first); after that, only its :class:`Facts`. A Word or
Markdown collection is read once too, and its proposals' facts are kept by id.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from proplint.facts import Facts, facts_of
from proplint.loading import DEFAULT_MAX_BYTES, LoadedDocument, load_path
from proplint.structuring import structure

if TYPE_CHECKING:
    from proplint.imported import Collection
    from proplint.structuring import Structured


class DocumentStore:
    """Loads and structures each file once per run."""

    def __init__(self) -> None:
        self._waiting: dict[str, tuple[LoadedDocument, Structured]] = {}
        self._facts: dict[str, Facts] = {}
        self._collections: dict[str, Collection] = {}
        self._proposals: dict[str, list[Facts]] = {}

    def take(self, path: Path, display: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[LoadedDocument, Structured | None]:
        """The document of ``path`` and what structuring made of it, for linting the file itself: read now unless a catalogue already did.

        A document read now is not structured yet (``None``): a file that turns out not
        to be a proplint document is skipped without that work.
        """
        waiting = self._waiting.pop(file_key(path), None)
        if waiting is None:
            return load_path(path, display, max_bytes), None
        waiting[0].file = display  # read under the catalogue's name for it; findings use the file's own
        return waiting

    def take_collection(self, path: Path, display: str, max_bytes: int = DEFAULT_MAX_BYTES, kind: str | None = None) -> Collection:
        """A Word or Markdown collection, for linting the file itself: read now unless a catalogue already did."""
        waiting = self._collections.pop(file_key(path), None)
        if waiting is not None and waiting.kind == kind:
            waiting.rename(display)
            return waiting
        from proplint.imported import read_collection

        return read_collection(path, display, max_bytes, kind)

    def remember(self, path: Path, facts: Facts) -> None:
        self._facts[file_key(path)] = facts

    def remember_collection(self, path: Path, proposals: list[Facts]) -> None:
        """The facts of each proposal of a collection (or the one facts of a file that could not be read as one)."""
        self._proposals[file_key(path)] = proposals

    def proposal_facts(self, path: Path, proposal: str | None, max_bytes: int = DEFAULT_MAX_BYTES, kind: str | None = None) -> Facts | None:
        """The facts of one proposal of a Word or Markdown collection (a catalogue's source), read once per run.

        ``proposal`` is its id (any case); without one, a collection of one
        proposal gives that. ``None`` when the collection holds no such
        proposal; facts of kind ``None`` when it cannot be read.
        """
        key = file_key(path)
        known = self._proposals.get(key)
        if known is None:
            from proplint.imported import collection_facts, read_collection

            collection = read_collection(path, str(path), max_bytes, kind)
            known = self._proposals[key] = collection_facts(collection, path)
            self._collections[key] = collection
        if len(known) == 1 and known[0].document is None:
            return known[0]  # the file could not be read as a collection
        if proposal is None:
            return known[0] if len(known) == 1 else None
        wanted = proposal.strip().casefold()
        return next((facts for facts in known if (facts.document or "").casefold() == wanted), None)

    def facts(self, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Facts:
        """The facts of another file (a catalogue's source): remembered, or read now and kept for its own turn."""
        key = file_key(path)
        known = self._facts.get(key)
        if known is not None:
            return known
        document = load_path(path, str(path), max_bytes)
        structured = structure(document)
        self._waiting[key] = (document, structured)
        facts = self._facts[key] = facts_of(document, structured.model, path)
        return facts


def file_key(path: Path) -> str:
    """A file's identity within a run: its absolute, normalised path (no system calls, unlike ``resolve``)."""
    return os.path.abspath(path)
