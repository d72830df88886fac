"""From plain values to the model: D002, D003 and D004 findings on the way.

A bad value is reported at its own path, then removed so the rest of the
document still becomes a model the rules can check.
"""

from __future__ import annotations

from typing import Any

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument
from proplint.model import DocumentKind, model_class
from proplint.paths import Path, value_at
from proplint.phrases import Phrase
from proplint.structuring.converter import fast_structurer
from proplint.structuring.values import VocabularyError, describe, structure_vocabulary
from proplint.structuring.fast import Declined
from proplint.structuring.schema import check_keys

SUPPORTED_FORMAT = "proplint/1"
_MAX_ROUNDS = 8

__all__ = ["SUPPORTED_FORMAT", "UNSTRUCTURED", "is_proplint_data", "structure", "structured_model"]

UNSTRUCTURED: Any = object()
"""Stands for a model not yet made from a loaded document (``None`` means none can be)."""


def is_proplint_data(data: Any) -> bool:
    """Whether a file's top level claims to be a proplint document."""
    return isinstance(data, dict) and isinstance(data.get("format"), str) and data["format"].startswith("proplint/")


def structured_model(document: LoadedDocument) -> Any:
    """The model of a loaded document, structured when it has data (or no problems yet); else ``None``."""
    return structure(document) if document.data is not None or not document.hits else None


def structure(document: LoadedDocument) -> Any:
    """The model of a loaded document, or ``None``; problems are added to ``document.hits``."""
    data = document.data
    hits = document.hits
    if data is None and hits:
        return None
    if not isinstance(data, dict):
        if data is None:
            detail = Phrase("not a proplint document: the file is empty")
        else:
            detail = Phrase("not a proplint document: the top level is {got}, not a mapping", got=describe(data))
        hits.append(Hit("D003", (), {"detail": detail}))
        return None
    version = data.get("format")
    if version is None:
        hits.append(Hit("D003", (), {"detail": Phrase("the key 'format' is missing (expected format: {expected})", expected=SUPPORTED_FORMAT)}))
        return None
    if version != SUPPORTED_FORMAT:
        hits.append(Hit("D003", ("format",), {"detail": Phrase("unsupported format {got!r} (expected {expected})", got=version, expected=SUPPORTED_FORMAT)}))
        return None
    cls = _model_class(data, hits)
    if cls is None:
        return None
    _normalise_amount_lists(data, document, catalogue=cls.__name__ == "Catalogue")
    check_keys(data, cls, (), hits)
    return _structure_pruning(data, cls, hits)


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


def _structure_pruning(data: dict[str, Any], model_class: type, hits: list[Hit]) -> Any:
    try:
        return fast_structurer().structure(data, model_class)
    except Declined:
        pass  # a value cattrs must structure: its errors are the findings
    from cattrs.errors import BaseValidationError

    from proplint.structuring.converter import make_converter
    from proplint.structuring.errors import error_leaves, to_hit

    converter = make_converter()
    reported: set[Path] = set()
    for _ in range(_MAX_ROUNDS):
        try:
            return converter.structure(data, model_class)
        except BaseValidationError as error:
            leaves = list(error_leaves(error))
        for path, leaf in leaves:
            if path not in reported:
                reported.add(path)
                hits.append(to_hit(path, leaf))
            if not _remove(data, path):
                return None
    return None


def _remove(data: Any, path: Path) -> bool:
    """Delete the value at ``path`` so structuring can go on without it."""
    if not path:
        return False
    parent = value_at(data, path[:-1])
    if parent is None:
        return False
    last = path[-1]
    if isinstance(parent, list) and isinstance(last, int) and 0 <= last < len(parent):
        del parent[last]
        return True
    if isinstance(parent, dict):
        for key in list(parent):
            if key == last or str(key) == str(last):
                del parent[key]
                return True
    return False


def _normalise_amount_lists(data: dict[str, Any], document: LoadedDocument, catalogue: bool = False) -> None:
    """Amounts written as lists aligned with ``years`` become year mappings.

    The ``document`` key decides what the file is: a stray ``entries:`` key
    never makes a proposal a catalogue (it is D004 there).
    """
    if catalogue:  # its entries and total run over its own years
        years = data.get("years")
        if isinstance(years, list) and all(isinstance(y, int) and not isinstance(y, bool) for y in years):
            entries = data.get("entries")
            if isinstance(entries, list):
                for index, entry in enumerate(entries):
                    if isinstance(entry, dict):
                        _normalise_amounts(entry, "values", ("entries", index), tuple(years), document)
            _normalise_amounts(data, "total", (), tuple(years), document)
        return
    economy = data.get("economy")
    if not isinstance(economy, dict):
        return
    years = economy.get("years")
    if isinstance(years, list) and all(isinstance(y, int) and not isinstance(y, bool) for y in years):
        _normalise_sections(economy, ("economy",), tuple(years), document)
    admin = data.get("admin_effect")
    if isinstance(admin, dict):
        admin_years = admin.get("years", years)
        if isinstance(admin_years, list) and all(isinstance(y, int) and not isinstance(y, bool) for y in admin_years):
            _normalise_table(admin, ("admin_effect",), tuple(admin_years), document)


def _normalise_sections(economy: dict[str, Any], path: Path, years: tuple[int, ...], document: LoadedDocument) -> None:
    for name in ("permanent", "implementation"):
        section = economy.get(name)
        if isinstance(section, dict):
            _normalise_table(section, path + (name,), years, document)
    _normalise_amounts(economy, "total_impact", path, years, document)
    tables = economy.get("tables")
    if isinstance(tables, list):
        for index, table in enumerate(tables):
            if isinstance(table, dict):
                _normalise_table(table, path + ("tables", index), years, document)


def _normalise_table(table: dict[str, Any], path: Path, years: tuple[int, ...], document: LoadedDocument) -> None:
    rows = table.get("rows")
    if isinstance(rows, list):
        for index, row in enumerate(rows):
            if isinstance(row, dict):
                _normalise_amounts(row, "values", path + ("rows", index), years, document)
    _normalise_amounts(table, "total", path, years, document)
    subtotals = table.get("subtotals")
    if isinstance(subtotals, dict):
        for area in list(subtotals):
            _normalise_amounts(subtotals, area, path + ("subtotals",), years, document)


def _normalise_amounts(owner: dict[str, Any], key: str, path: Path, years: tuple[int, ...], document: LoadedDocument) -> None:
    amounts = owner.get(key)
    if not isinstance(amounts, list):
        return
    if len(amounts) != len(years):
        document.hits.append(
            Hit(
                "D002",
                path + (key,),
                {"detail": Phrase("a list of amounts needs one per year: {years} years, {amounts} amounts", years=len(years), amounts=len(amounts))},
            )
        )
        owner[key] = {}  # reported once: an emptied cell, not also a missing key
        return
    owner[key] = dict(zip(years, amounts, strict=True))
    document.list_years[path + (key,)] = years
