"""Documents read once per run: a catalogue's checks and the linting of the proposals it names share them.

The store holds a whole document only until its own file is linted (when a
catalogue asked for it first); after that, only its :class:`Facts`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from proplint.facts import Facts, facts_of
from proplint.loading import DEFAULT_MAX_BYTES, LoadedDocument, load_path


class DocumentStore:
    """Loads and structures each file once per run."""

    def __init__(self) -> None:
        self._waiting: dict[str, tuple[LoadedDocument, Any]] = {}
        self._facts: dict[str, Facts] = {}

    def take(self, path: Path, display: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[LoadedDocument, Any]:
        """The document of ``path`` and its model, for linting the file itself: read now unless a catalogue already did.

        A document read now is not structured yet (its model is ``UNSTRUCTURED``): a file that turns out not
        to be a proplint document is skipped without that work.
        """
        waiting = self._waiting.pop(file_key(path), None)
        if waiting is None:
            from proplint.structuring import UNSTRUCTURED

            return load_path(path, display, max_bytes), UNSTRUCTURED
        waiting[0].file = display  # read under the catalogue's name for it; findings use the file's own
        return waiting

    def remember(self, path: Path, facts: Facts) -> None:
        self._facts[file_key(path)] = facts

    def facts(self, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Facts:
        """The facts of another file (a catalogue's source): remembered, or read now and kept for its own turn."""
        key = file_key(path)
        known = self._facts.get(key)
        if known is not None:
            return known
        from proplint.structuring import structured_model

        document = load_path(path, str(path), max_bytes)
        model = structured_model(document)
        self._waiting[key] = (document, model)
        facts = self._facts[key] = facts_of(document, model, path)
        return facts


def file_key(path: Path) -> str:
    """A file's identity within a run: its absolute, normalised path (no system calls, unlike ``resolve``)."""
    return os.path.abspath(path)
