"""Structuring without cattrs for values cattrs would take as they are: the success path of a run.

Importing cattrs and generating its structuring code costs more than checking
one proposal. Most documents, rulesets and settings are valid, so a
:class:`FastStructurer` walks the attrs classes itself, calling the same value
hooks as the cattrs converter it stands in for. At the first value it does not
accept, or a type it does not know, it declines (:class:`Declined`) and the
caller runs the cattrs converter, whose errors become the findings exactly as
before. It never reports a problem itself, so it cannot word one differently.
"""

from __future__ import annotations

import collections.abc
import types
from collections.abc import Callable
from typing import Any, Union, get_args, get_origin

import attrs

Structure = Callable[[Any], Any]
"""Structures one value into one type; raises for a value it does not accept."""

Hook = Callable[[Any, "FastStructurer"], "Structure | None"]
"""A domain's own structuring of a type (its primitives, vocabularies, unions), or ``None`` for the generic shapes."""


class Declined(Exception):
    """The fast path does not accept the value: the cattrs converter must structure it (and report why)."""


_MAPPINGS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)


class FastStructurer:
    """Structures attrs classes, optionals, lists, tuples and dicts the way a cattrs converter with ``hook``'s value hooks does."""

    def __init__(self, hook: Hook, *, forbid_extra_keys: bool = False, key_of: Callable[[attrs.Attribute[Any]], str] | None = None) -> None:
        self._hook = hook
        self._forbid = forbid_extra_keys
        self._key_of = key_of or (lambda field: field.name)
        self._made: dict[Any, Structure] = {}

    def structure(self, value: Any, type_: Any) -> Any:
        """``value`` as ``type_``; raises :class:`Declined` for anything the cattrs converter must handle."""
        try:
            return self.function(type_)(value)
        except Declined:
            raise
        except Exception as error:  # a hook rejected a value: cattrs words it
            raise Declined(str(error)) from None

    def function(self, type_: Any) -> Structure:
        """The function that structures values of ``type_`` (made once per type)."""
        made = self._made.get(type_)
        if made is None:
            slot: list[Structure] = []
            self._made[type_] = lambda value: slot[0](value)  # a class that contains itself
            made = self._make(type_)
            slot.append(made)
            self._made[type_] = made
        return made

    def _make(self, type_: Any) -> Structure:
        if type_ is Any:
            return _same
        own = self._hook(type_, self)
        if own is not None:
            return own
        origin, arguments = get_origin(type_), get_args(type_)
        if origin in (Union, types.UnionType) and len(arguments) == 2 and type(None) in arguments:
            inner = self.function(next(argument for argument in arguments if argument is not type(None)))
            return lambda value: None if value is None else inner(value)
        if origin is list and len(arguments) == 1:
            return _list(self.function(arguments[0]), list)
        if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
            return _list(self.function(arguments[0]), tuple)
        if origin in _MAPPINGS and len(arguments) == 2:
            return _mapping(self.function(arguments[0]), self.function(arguments[1]))
        if isinstance(type_, type) and attrs.has(type_):
            return self._class(type_)
        return _decline

    def _class(self, cls: type) -> Structure:
        attrs.resolve_types(cls)
        fields = attrs.fields(cls)
        if any(not field.init for field in fields):
            return _decline
        by_key = {self._key_of(field): (field.alias, self.function(field.type)) for field in fields}
        required = frozenset(field.alias for field in fields if field.default is attrs.NOTHING)
        forbid = self._forbid

        def structure(value: Any) -> Any:
            if not isinstance(value, dict):
                raise Declined("not a mapping")
            given: dict[str, Any] = {}
            for key, item in value.items():  # the keys written, not every field the class has
                known = by_key.get(key)
                if known is not None:
                    given[known[0]] = known[1](item)
                elif forbid:
                    raise Declined("an unknown key")
            if required and not required.issubset(given):
                raise Declined("a required key is missing")
            return cls(**given)

        return structure


def _same(value: Any) -> Any:
    return value


def _decline(value: Any) -> Any:
    raise Declined("a type the fast path does not structure")


def _list(item: Structure, result: type) -> Structure:
    def structure(value: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise Declined("not a list")
        items = [item(element) for element in value]
        return items if result is list else result(items)

    return structure


def _mapping(key: Structure, item: Structure) -> Structure:
    def structure(value: Any) -> Any:
        if not isinstance(value, dict):
            raise Declined("not a mapping")
        return {key(name): item(element) for name, element in value.items()}

    return structure


def hook_of(function: Callable[[Any, Any], Any], type_: Any) -> Structure:
    """A cattrs-style value hook ``function(value, type)`` as a one-argument function for ``type_``."""
    return lambda value: function(value, type_)


__all__ = ["Declined", "FastStructurer", "Hook", "Structure", "hook_of"]
