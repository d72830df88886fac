"""The cattrs converter that turns plain values into the model, strictly.

Each hook raises with words a proposal author understands; the error tree
cattrs builds is turned into D002 findings by :mod:`proplint.structuring.errors`.
A valid document is structured by :func:`fast_structurer` with the same hooks,
so checking it never imports cattrs (cattrs is imported for a document that
needs its errors).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from functools import cache
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

import attrs

from proplint.model.enums import Vocabulary
from proplint.structuring.fast import Declined, FastStructurer, Structure, hook_of
from proplint.structuring.values import (
    ValueProblem,
    describe,
    structure_amount,
    structure_bool,
    structure_date,
    structure_int,
    structure_str,
    structure_vocabulary,
)

if TYPE_CHECKING:
    import cattrs

def _list_hook(type_: Any, converter: cattrs.Converter) -> Any:
    from cattrs.cols import list_structure_factory

    inner: Any = list_structure_factory(type_, converter)

    def structure(value: Any, target: type) -> Any:
        if not isinstance(value, list | tuple):
            raise ValueProblem("expected a list, got {got}", got=describe(value))
        return inner(value, target)

    return structure


def _mapping_hook(type_: Any, converter: cattrs.Converter) -> Any:
    from cattrs.cols import mapping_structure_factory

    inner = mapping_structure_factory(type_, converter)

    def structure(value: Any, target: type) -> Any:
        if not isinstance(value, dict):
            raise ValueProblem("expected a mapping, got {got}", got=describe(value))
        return inner(value, target)

    return structure


def _class_hook(cls: type, converter: cattrs.Converter) -> Any:
    from cattrs.gen import make_dict_structure_fn

    inner: Any = make_dict_structure_fn(cls, converter)

    def structure(value: Any, target: type) -> Any:
        if not isinstance(value, dict):
            raise ValueProblem("expected a mapping of keys, got {got}", got=describe(value))
        return inner(value, target)

    return structure


def _is_optional(type_: Any) -> bool:
    arguments = get_args(type_)
    return get_origin(type_) in (Union, UnionType) and len(arguments) == 2 and type(None) in arguments


def _optional_hook(type_: Any, converter: cattrs.Converter) -> Any:
    """``X | None`` with X's hook looked up once, not on every value."""
    inner_type = next(argument for argument in get_args(type_) if argument is not type(None))
    inner = converter.get_structure_hook(inner_type)

    def structure(value: Any, _: type) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure


def _structure_amounts(value: Any, _: type) -> dict[int, Decimal | None]:
    """Amounts by year: year keys as ints (JSON's "2026" too), empty cells as None."""
    from cattrs.errors import IterableValidationError, IterableValidationNote

    if not isinstance(value, dict):
        raise ValueProblem("expected amounts by year, as {{2026: -100, …}}, got {got}", got=describe(value))
    result: dict[int, Decimal | None] = {}
    errors: list[Exception] = []
    for key, amount in value.items():
        try:
            year = key if isinstance(key, int) and not isinstance(key, bool) else int(str(key).strip())
        except ValueError:
            error: Exception = ValueProblem("{key} is not a year", key=repr(key))
            error.add_note(IterableValidationNote(f"key {key!r}", key, int))
            errors.append(error)
            continue
        try:
            result[year] = None if amount is None else structure_amount(amount)
        except ValueError as error:
            error.add_note(IterableValidationNote(f"key {key!r}", key, Decimal))
            errors.append(error)
    if errors:
        raise IterableValidationError("invalid amounts", errors, dict)
    return result


def _is_amounts(type_: Any) -> bool:
    return get_origin(type_) is dict and get_args(type_) == (int, Decimal | None)


def _is_list_type(type_: Any) -> bool:
    from cattrs.cols import is_sequence

    return bool(is_sequence(type_)) and get_origin(type_) is list


def _is_other_mapping(type_: Any) -> bool:
    from cattrs.cols import is_mapping

    return bool(is_mapping(type_)) and not _is_amounts(type_)


@cache
def make_converter() -> cattrs.Converter:
    """The shared converter; built once, on first use (a document with a problem)."""
    import cattrs

    converter = cattrs.Converter()
    converter.register_structure_hook(Decimal, structure_amount)
    converter.register_structure_hook(int, structure_int)
    converter.register_structure_hook(str, structure_str)
    converter.register_structure_hook(bool, structure_bool)
    converter.register_structure_hook(datetime.date, structure_date)
    # Class hooks dispatch along the MRO: the vocabularies (str enums) land here.
    converter.register_structure_hook(Vocabulary, structure_vocabulary)
    converter.register_structure_hook_func(_is_amounts, _structure_amounts)
    converter.register_structure_hook_factory(_is_list_type, _list_hook)
    converter.register_structure_hook_factory(_is_other_mapping, _mapping_hook)
    converter.register_structure_hook_factory(attrs.has, _class_hook)
    converter.register_structure_hook_factory(_is_optional, _optional_hook)
    return converter


_HOOKS: dict[Any, Structure] = {
    Decimal: structure_amount,
    int: structure_int,
    str: structure_str,
    bool: structure_bool,
    datetime.date: structure_date,
}
"""The value hooks by type; each one's second argument defaults to its type, so the fast path calls it with the value alone."""


def _fast_amounts(value: Any) -> dict[int, Decimal | None]:
    """:func:`_structure_amounts` for amounts it accepts; declines the others, whose errors it builds with cattrs."""
    if not isinstance(value, dict):
        raise Declined("not amounts")
    result: dict[int, Decimal | None] = {}
    for key, amount in value.items():
        year = key if isinstance(key, int) and not isinstance(key, bool) else int(str(key).strip())
        result[year] = None if amount is None else structure_amount(amount)
    return result


def _fast_hook(type_: Any, _: FastStructurer) -> Structure | None:
    """The converter's value hooks, by type, for the fast path (the generic shapes are the fast path's own)."""
    if _is_amounts(type_):
        return _fast_amounts
    own = _HOOKS.get(type_)
    if own is not None:
        return own
    if isinstance(type_, type) and issubclass(type_, Vocabulary):
        return hook_of(structure_vocabulary, type_)
    if isinstance(type_, type) and not attrs.has(type_):
        return lambda value: _decline_type(type_)
    return None


def _decline_type(type_: Any) -> Any:
    raise Declined(f"no fast hook for {type_!r}")


@cache
def fast_structurer() -> FastStructurer:
    """Structures a valid document as :func:`make_converter`'s converter does, without cattrs; declines any other."""
    return FastStructurer(_fast_hook)
