"""What loading produces: plain data, a way back to source positions, and D-hits."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Protocol

import attrs

from proplint.findings import Hit
from proplint.paths import Path


class Locator(Protocol):
    """Turns a document path into a 1-based ``(line, column)``, or ``None`` where the source has no lines (Word).

    Locators work lazily: a position is looked up only when a report needs it.
    A path that is absent resolves to its nearest present parent.
    """

    def locate(self, path: Path, key: bool = False) -> tuple[int, int] | None: ...


class StartLocator:
    """The locator of a document that has no structure to point into."""

    def __init__(self, line: int = 1, column: int = 1) -> None:
        self._position = (line, column)

    def locate(self, path: Path, key: bool = False) -> tuple[int, int]:
        return self._position


class NoLocator:
    """The locator of a source without lines (a Word document): findings there have ``line`` and ``column`` null."""

    def locate(self, path: Path, key: bool = False) -> tuple[int, int] | None:
        return None


@attrs.define
class LoadedDocument:
    """A file read into plain values (dict, list, str, int, Decimal, bool, date, None).

    ``data`` is ``None`` when the file could not be read at all; ``hits`` then
    says why. Structuring reads it without changing it: ``data`` is what the user wrote.
    """

    file: str
    data: Any
    locator: Locator
    hits: list[Hit] = attrs.field(factory=list)
    comments: str | None = None
    """The YAML source, kept for its ``# proplint:`` comments; ``None`` for JSON and TOML."""

    def locate(self, path: Path, key: bool = False) -> tuple[int, int] | None:
        """The position of the value at ``path``, or of its key when ``key`` is set; ``None`` without lines."""
        return self.locator.locate(path, key)


def offset_of(text: str, line: int, column: int) -> int:
    """The character offset of a 0-based line and column in ``text``."""
    starts = line_starts(text)
    if line >= len(starts):
        return len(text)
    return min(starts[line] + column, len(text))


def position_of(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset in ``text``."""
    starts = line_starts(text)
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


@lru_cache(maxsize=4)
def line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts: worked out once per text, so that locating many findings stays linear."""
    starts = [0]
    found = text.find("\n")
    while found >= 0:
        starts.append(found + 1)
        found = text.find("\n", found + 1)
    return starts


def long_number_at(text: str, digits: int = 4000) -> tuple[int, int]:
    """Where the number with the first run of at least ``digits`` digits starts (1-based line and column; it is too long to read), else (1, 1)."""
    for match in re.finditer(r"[0-9]+", text):
        if match.end() - match.start() >= digits:
            start = match.start()
            while start > 0 and text[start - 1] in "0123456789.eE+-_":  # to the start of the number: its exponent may be the long part
                start -= 1
            return position_of(text, start)
    return (1, 1)
