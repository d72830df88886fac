"""How earlier versions removed rejected values: the paths and data the baselines they wrote hold.

Earlier versions removed each rejected value from the loaded data right after
reporting it, in the order the errors came. Where a list had lost an element
earlier in the same pass, a later path into that list then named the element
after the one meant: that one was removed instead (or none, and structuring
gave up), and the value meant was reported again in the next pass at its
new path. Findings keep the path and fingerprint they had then, so for a
document where the order made a difference (:func:`diverges`), that is
replayed on a copy (:func:`replay`); the model is never made from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from proplint.paths import Path
from proplint.structuring.converter import make_converter
from proplint.structuring.edits import Edits


@attrs.frozen
class Legacy:
    """What earlier versions left of a document's data after removing its rejected values, and where they reported them."""

    data: Any
    """The data as earlier versions left it: their findings were fingerprinted on it."""
    moved: dict[Path, tuple[int, ...]]
    """The lists that lost elements there, by path, with the index the user wrote of each element left."""
    reported: dict[Path, Path]
    """By the path the user wrote of a rejected value, the path earlier versions first reported it at."""


def diverges(paths: Iterable[Path]) -> bool:
    """Whether removing ``paths`` one after another in this order removes other values than removing them last-first.

    It does once a path leads into a list at or after an index removed from
    that list before it.
    """
    lowest: dict[Path, int] = {}  # the lowest index removed so far from each list
    for path in paths:
        for length, component in enumerate(path):
            if isinstance(component, int) and component >= lowest.get(path[:length], component + 1):
                return True
        if path and isinstance(path[-1], int):
            lowest[path[:-1]] = min(path[-1], lowest.get(path[:-1], path[-1]))
    return False


def replay(edits: Edits, model_class: type, rounds: int) -> Legacy:
    """Remove the values cattrs rejects in ``edits`` as earlier versions did: each one as it is reported, in the errors' order."""
    from cattrs.errors import BaseValidationError

    from proplint.structuring.errors import error_leaves

    converter = make_converter()
    seen: set[Path] = set()
    reported: dict[Path, Path] = {}
    for _ in range(rounds):
        try:
            converter.structure(edits.data, model_class)
            break
        except BaseValidationError as error:
            paths = [path for path, _ in error_leaves(error)]
        written = [edits.source_path(path) for path in paths]  # each names a value as the pass found the data
        for path, source in zip(paths, written, strict=True):
            if path not in seen:
                seen.add(path)
                reported.setdefault(source, path)
            if not edits.remove(path):
                return Legacy(edits.data, edits.moved(), reported)  # earlier versions gave up here
    return Legacy(edits.data, edits.moved(), reported)
