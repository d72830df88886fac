"""What structuring gives: the model, the problems found on the way, and the data the model was made from."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from proplint.findings import Hit
from proplint.paths import Path

if TYPE_CHECKING:
    from proplint.structuring.legacy import Legacy


@attrs.define
class Structured:
    """A loaded document structured (never changed afterwards); the loaded document itself is left as the user wrote it.

    ``model`` is ``None`` when none can be made. ``data`` is what the model
    was made from: the loaded data itself, or where lists of amounts were
    read as years or rejected values removed, a partial copy of it with
    those changes. Paths into the model (and ``data``) are *model paths*;
    they differ from the paths the user wrote only in a list that lost a
    rejected element (``moved``), and a year of a list of amounts
    (``list_years``) is an index in what the user wrote.
    """

    model: Any
    data: Any
    hits: tuple[Hit, ...] = ()
    """D002, D003 and D004: what structuring rejected or did not know, at the paths the user wrote."""
    list_years: Mapping[Path, tuple[int, ...]] = attrs.field(factory=dict)
    """Where amounts were written as lists, and the years they were read as."""
    moved: Mapping[Path, tuple[int, ...]] = attrs.field(factory=dict)
    """The lists that lost rejected elements, by model path, with the index the user wrote of each element left."""
    earlier: Mapping[int, Path] = attrs.field(factory=dict)
    """The path earlier versions reported a hit of ``hits`` at (by its identity), where that is another."""
    legacy: Legacy | None = None
    """Where earlier versions removed other values than ``data`` lacks (more than one rejected element of a list): what they left."""

    @property
    def earlier_data(self) -> Any:
        """The data earlier versions fingerprinted findings on."""
        return self.legacy.data if self.legacy is not None else self.data

    def earlier_path(self, written: Path, model: Path) -> Path:
        """Where earlier versions reported a finding of the checks that the user wrote at ``written`` (``model`` in the model)."""
        if self.legacy is None:
            return model
        return _in_model(self.legacy.moved, written, removed=True) or written

    def source_path(self, path: Path) -> Path:
        """A path the user wrote as it reaches a value in the file: a year in a list of amounts becomes its index there."""
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

    def written_path(self, path: Path) -> Path:
        """A model path as the user wrote it: the original index in each list that lost elements."""
        if not self.moved:
            return path
        written = list(path)
        for length in range(len(path)):
            origins = self.moved.get(path[:length])
            index = path[length]
            if origins is not None and isinstance(index, int) and 0 <= index < len(origins):
                written[length] = origins[index]
        return tuple(written)

    def model_path(self, path: Path, removed: bool = False) -> Path | None:
        """A path the user wrote as a model path; ``None`` for a value structuring removed (or one inside it).

        With ``removed``, such a path is kept, its index in the list as
        written: where in the model something was rejected, for the checks
        that look at whole lists and years, not at one element.
        """
        return _in_model(self.moved, path, removed)

    def place_of(self, path: Path) -> Path | None:
        """For a list element structuring removed (a path the user wrote), the model path of the place it left; else ``None``.

        The element after it holds that place in the model, so a finding about
        the list at that place (years no longer contiguous) arises only because
        the element was removed.
        """
        if not self.moved:
            return None
        in_model = list(path)
        for length in range(len(path)):
            origins = self.moved.get(tuple(in_model[:length]))
            index = path[length]
            if origins is not None and isinstance(index, int):
                if index in origins:
                    in_model[length] = origins.index(index)
                elif length == len(path) - 1:
                    in_model[length] = bisect_left(origins, index)  # the elements left before it
                    return tuple(in_model)
                else:
                    return None  # inside a removed element
        return None


def _in_model(moved: Mapping[Path, tuple[int, ...]], path: Path, removed: bool) -> Path | None:
    """A path the user wrote in data whose lists lost the elements ``moved`` tells (see :meth:`Structured.model_path`)."""
    if not moved:
        return path
    in_model = list(path)
    for length in range(len(path)):
        origins = moved.get(tuple(in_model[:length]))
        index = path[length]
        if origins is not None and isinstance(index, int):
            if index not in origins:
                return tuple(in_model) if removed else None
            in_model[length] = origins.index(index)
    return tuple(in_model)


def unstructured(data: Any) -> Structured:
    """The outcome for a document no model is made of (not a proplint document, or unreadable)."""
    return Structured(model=None, data=data)
