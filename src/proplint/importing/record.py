"""What interpretation notes on the way: import findings, notes, and where each value came from."""

from __future__ import annotations

from typing import Any

import attrs

from proplint.findings import Hit
from proplint.paths import Path

At = tuple[int, int] | None


@attrs.define
class Record:
    """Hits (I001–I006) at format v1 paths, import notes, and source positions by path."""

    hits: list[Hit] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)
    positions: dict[Path, tuple[int, int]] = attrs.field(factory=dict)

    def at(self, path: Path, where: At) -> None:
        """Remember where the value at ``path`` was read (the first reading wins)."""
        if where is not None and path not in self.positions:
            self.positions[path] = where

    def hit(self, code: str, path: Path, where: At, **args: Any) -> None:
        self.at(path, where)
        self.hits.append(Hit(code, path, args, at=where if path == () else None))


class PositionLocator:
    """Locates format v1 paths in a Markdown export: the cell or paragraph each value was read from.

    A path with no recorded position resolves to its nearest recorded parent,
    and the root to the proposal's heading.
    """

    def __init__(self, positions: dict[Path, tuple[int, int]], root: tuple[int, int]) -> None:
        self._positions = positions
        self._root = root

    def locate(self, path: Path, key: bool = False) -> tuple[int, int] | None:
        for length in range(len(path), 0, -1):
            found = self._positions.get(_normal(path[:length]))
            if found is not None:
                return found
        return self._root


def _normal(path: Path) -> Path:
    return tuple(part if isinstance(part, int) else str(part) for part in path)
