"""From plain values to the model: D002, D003 and D004 findings on the way.

A bad value is reported at its own path, then left out so the rest of the
document still becomes a model the rules can check. Structuring never
changes the loaded document: it returns a :class:`Structured` with the model,
the problems it found and the data the model was made from (the loaded data,
or a partial copy where amount lists were read as years or values left out).
"""

from __future__ import annotations

from typing import Any

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument
from proplint.model import DocumentKind, model_class
from proplint.paths import Path
from proplint.phrases import Phrase
from proplint.structuring.amount_lists import normalise_amount_lists
from proplint.structuring.converter import fast_structurer, make_converter
from proplint.structuring.edits import Edits
from proplint.structuring.fast import Declined
from proplint.structuring.legacy import diverges, replay
from proplint.structuring.schema import check_keys
from proplint.structuring.structured import Structured, unstructured
from proplint.structuring.values import VocabularyError, describe, structure_vocabulary

SUPPORTED_FORMAT = "proplint/1"
_MAX_ROUNDS = 8

__all__ = ["SUPPORTED_FORMAT", "Structured", "is_proplint_data", "structure", "unstructured"]


def is_proplint_data(data: Any) -> bool:
    """Whether a file's top level claims to be a proplint document."""
    return isinstance(data, dict) and isinstance(data.get("format"), str) and data["format"].startswith("proplint/")


def structure(document: LoadedDocument) -> Structured:
    """The model of a loaded document (``None`` when none can be made) and what structuring found; ``document`` is not changed."""
    data = document.data
    if data is None and document.hits:
        return unstructured(data)  # unreadable: the loader said why
    hits: list[Hit] = []
    if not isinstance(data, dict):
        if data is None:
            detail = Phrase("not a proplint document: the file is empty")
        else:
            detail = Phrase("not a proplint document: the top level is {got}, not a mapping", got=describe(data))
        return Structured(None, data, (Hit("D003", (), {"detail": detail}),))
    version = data.get("format")
    if version is None:
        detail = Phrase("the key 'format' is missing (expected format: {expected})", expected=SUPPORTED_FORMAT)
        return Structured(None, data, (Hit("D003", (), {"detail": detail}),))
    if version != SUPPORTED_FORMAT:
        detail = Phrase("unsupported format {got!r} (expected {expected})", got=version, expected=SUPPORTED_FORMAT)
        return Structured(None, data, (Hit("D003", ("format",), {"detail": detail}),))
    cls = _model_class(data, hits)
    if cls is None:
        return Structured(None, data, tuple(hits))
    catalogue = cls.__name__ == "Catalogue"
    edits = Edits(data)
    list_years = normalise_amount_lists(edits, hits, catalogue)
    check_keys(edits.data, cls, (), hits)
    earlier: dict[int, Path] = {}
    pruned = len(hits)
    model, diverged = _structure_pruning(edits, cls, hits, earlier)
    if not diverged:
        return Structured(model, edits.data, tuple(hits), list_years, edits.moved(), earlier)
    # Earlier versions removed other values here: the paths and data their findings had are replayed.
    before = Edits(data)
    normalise_amount_lists(before, [], catalogue)
    legacy = replay(before, cls, _MAX_ROUNDS)
    for hit in hits[pruned:]:
        at = legacy.reported.get(hit.path, hit.path)
        if at != hit.path:
            earlier[id(hit)] = at
        else:
            earlier.pop(id(hit), None)
    return Structured(model, edits.data, tuple(hits), list_years, edits.moved(), earlier, legacy)


def _model_class(data: dict[str, Any], hits: list[Hit]) -> type | None:
    try:
        kind = structure_vocabulary(data.get("document", "proposal"), DocumentKind)
        assert isinstance(kind, DocumentKind)
    except VocabularyError as error:
        args: dict[str, object] = {"detail": error.phrase}
        if error.suggestion:
            args["suggestion"] = error.suggestion
        hits.append(Hit("D002", ("document",), args))
        return None
    return model_class(kind)


def _structure_pruning(edits: Edits, model_class: type, hits: list[Hit], earlier: dict[int, Path]) -> tuple[Any, bool]:
    """The model of ``edits.data`` and whether earlier versions removed other values (:func:`diverges`).

    Each value cattrs rejects is reported (D002) and removed from ``edits``, then it tries again.

    A D002 is reported at the path the user wrote; where that differs from its
    path in the data left after the removals before it, ``earlier`` keeps that
    one (by the hit's identity), as earlier versions reported it.
    """
    try:
        return fast_structurer().structure(edits.data, model_class), False
    except Declined:
        pass  # a value cattrs must structure: its errors are the findings
    from cattrs.errors import BaseValidationError

    from proplint.structuring.errors import error_leaves, to_hit

    converter = make_converter()
    reported: set[Path] = set()
    diverged = False
    for _ in range(_MAX_ROUNDS):
        try:
            return converter.structure(edits.data, model_class), diverged
        except BaseValidationError as error:
            leaves = list(error_leaves(error))
        for path, leaf in leaves:
            written = edits.source_path(path)
            if written not in reported:
                reported.add(written)
                hits.append(to_hit(written, leaf))
                if written != path:
                    earlier[id(hits[-1])] = path
        diverged = diverged or diverges(path for path, _ in leaves)
        # The last of a list first, so that each removal leaves the indices of those still to come as they were.
        for path in sorted({path for path, _ in leaves}, key=_removal_order, reverse=True):
            if not edits.remove(path):
                return None, diverged
    return None, diverged


def _removal_order(path: Path) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, component) if isinstance(component, int) else (1, component) for component in path)
