"""What structuring gives: the model, the problems found on the way, and the data the model was made from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from proplint.findings import Hit
from proplint.paths import Path


@attrs.define
class Structured:
    """A loaded document structured (never changed afterwards); the loaded document itself is left as the user wrote it.

    ``model`` is ``None`` when none can be made. ``data`` is what the model
    was made from: the loaded data itself, or where lists of amounts were
    read as years or rejected values removed, a partial copy of it with
    those changes. ``list_years`` records where amounts were written as lists.
    """

    model: Any
    data: Any
    hits: tuple[Hit, ...] = ()
    """D002, D003 and D004: what structuring rejected or did not know."""
    list_years: Mapping[Path, tuple[int, ...]] = attrs.field(factory=dict)

    def source_path(self, path: Path) -> Path:
        """``path`` in the data as written: a year in a list of amounts becomes the list index (a year not in it stays)."""
        if not self.list_years:
            return path
        for length in range(1, len(path)):
            years = self.list_years.get(path[:length])
            if years is not None:
                year = path[length]
                if isinstance(year, str) and year.lstrip("-").isdigit() and int(year) in years:
                    return path[:length] + (years.index(int(year)),) + path[length + 1 :]
                return path
        return path


def unstructured(data: Any) -> Structured:
    """The outcome for a document no model is made of (not a proplint document, or unreadable)."""
    return Structured(model=None, data=data)
