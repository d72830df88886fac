"""The cattrs converter for rulesets, configuration files and check parameters: strict, with paths in errors.

A text is a text, a list is a list (``"S101"`` is not the list of its
letters), a number is not a flag, and a key a class does not declare is an
error with a did-you-mean. Errors come out as ``(path, message)`` pairs, the
path in the file's own keys, so the caller can point at the line, and the
message a :class:`~proplint.phrases.Phrase`, so it reads in the user's language.

A valid file is structured by a :class:`~proplint.structuring.fast.FastStructurer`
with the same hooks, so a run whose settings and rulesets are valid never
imports cattrs; catch what :func:`structure` raises with
``except structuring_errors()`` (evaluated only when something was raised).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from functools import cache
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

import attrs

from proplint.findings import Severity
from proplint.paths import Path
from proplint.phrases import N_, Phrase, PhrasedError
from proplint.structuring.fast import Declined, FastStructurer, Structure, hook_of

if TYPE_CHECKING:
    import cattrs

_KINDS = {str: N_("a text"), bool: N_("true or false"), int: N_("a whole number")}


class Problem(PhrasedError, ValueError):
    """A value of the wrong kind, worded (as a phrase) for the person who wrote it."""


def describe(value: Any) -> str | Phrase:
    """A value as a user wrote it, kept short (a table or a list by its kind, in the reader's words)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return Phrase(N_("a table"))
    if isinstance(value, list | tuple):
        return Phrase(N_("a list"))
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def did_you_mean(word: str, choices: list[str], braces: bool = False) -> Phrase | str:
    """`` (did you mean 'x'?)`` for the choice ``word`` resembles (``{x}`` with ``braces``), else nothing."""
    import difflib  # only for a mistake

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        return ""
    if braces:
        return Phrase(" (did you mean {{{suggestion}}}?)", suggestion=close[0])
    return Phrase(" (did you mean {suggestion!r}?)", suggestion=close[0])


def _exact(kind: type) -> Callable[[Any, type], Any]:
    name = Phrase(_KINDS[kind])

    def structure(value: Any, target: type) -> Any:
        if isinstance(target, type) and issubclass(target, enum.Enum):  # a text enum dispatches as str
            return _enum(value, target)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise Problem(Phrase("must be {kind}, not {value}", kind=name, value=describe(value)))
        return value

    return structure


def _severity(value: Any, _: type) -> Severity:
    try:
        return Severity.parse(value)
    except (ValueError, AttributeError, TypeError):
        labels = ", ".join(severity.label for severity in Severity)
        raise Problem(Phrase("must be one of {choices}, not {value}", choices=labels, value=describe(value))) from None


def _enum(value: Any, cls: type[enum.Enum]) -> enum.Enum:
    for member in cls:
        if value == member.value:
            return member
    words = [str(member.value) for member in cls]
    hint = did_you_mean(str(value), words)
    raise Problem(Phrase("must be one of {choices}, not {value}{hint}", choices=", ".join(words), value=describe(value), hint=hint))


def _list_hook(type_: Any, converter: cattrs.Converter) -> Any:
    from cattrs.cols import list_structure_factory

    item: Any = get_args(type_)[0] if get_args(type_) else Any
    inner: Any = list_structure_factory(list[item], converter)
    as_tuple = get_origin(type_) is tuple

    def structure(value: Any, target: type) -> Any:
        if not isinstance(value, list | tuple):
            raise Problem(Phrase("must be a list, not {value}", value=describe(value)))
        result = inner(value, target)
        return tuple(result) if as_tuple else result

    return structure


def _mapping_hook(type_: Any, converter: cattrs.Converter) -> Any:
    from cattrs.cols import mapping_structure_factory

    inner = mapping_structure_factory(type_, converter)

    def structure(value: Any, target: type) -> Any:
        if not isinstance(value, dict):
            raise Problem(Phrase("must be a table, not {value}", value=describe(value)))
        return inner(value, target)

    return structure


def key_of(field: attrs.Attribute[Any]) -> str:
    """The key a field is written as: its alias in ``metadata['key']``, else its name."""
    return str(field.metadata.get("key", field.name))


def _class_hook(cls: type, converter: cattrs.Converter) -> Any:
    from cattrs.gen import make_dict_structure_fn, override

    fields = attrs.fields(cls)
    renames = {field.name: override(rename=key_of(field)) for field in fields if key_of(field) != field.name}
    inner: Any = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True, **renames)  # type: ignore[arg-type]

    def structure(value: Any, target: type) -> Any:
        if not isinstance(value, dict):
            raise Problem(Phrase("must be a table of keys, not {value}", value=describe(value)))
        return inner(value, target)

    return structure


def _text_or_class(type_: Any) -> type[Any] | None:
    """The class of a ``Class | str`` union, maybe ``| None`` (a value written as a text or as a table), else ``None``."""
    arguments = [argument for argument in get_args(type_) if argument is not type(None)]
    if get_origin(type_) not in (Union, UnionType) or len(arguments) != 2 or str not in arguments:
        return None
    other = next(argument for argument in arguments if argument is not str)
    return other if attrs.has(other) else None


def _text_or_class_hook(type_: Any, converter: cattrs.Converter) -> Any:
    cls = _text_or_class(type_)
    inner = converter.get_structure_hook(cls)
    optional = type(None) in get_args(type_)

    def structure(value: Any, _: type) -> Any:
        if isinstance(value, str) or (value is None and optional):
            return value
        if not isinstance(value, dict):
            raise Problem(Phrase("must be a text or a table, not {value}", value=describe(value)))
        return inner(value, cls)

    return structure


def _is_list(type_: Any) -> bool:
    from cattrs.cols import is_sequence

    return bool(is_sequence(type_)) and get_origin(type_) in (list, tuple) and type_ is not str


@cache
def make_converter() -> cattrs.Converter:
    """The converter, built once, on first use (a value the fast path declines)."""
    import cattrs
    from cattrs.cols import is_mapping

    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(str, _exact(str))
    converter.register_structure_hook(bool, _exact(bool))
    converter.register_structure_hook(int, _exact(int))
    converter.register_structure_hook(Severity, _severity)
    converter.register_structure_hook_func(lambda t: isinstance(t, type) and issubclass(t, enum.Enum) and t is not Severity, _enum)
    converter.register_structure_hook_factory(_is_list, _list_hook)
    converter.register_structure_hook_factory(is_mapping, _mapping_hook)
    converter.register_structure_hook_factory(attrs.has, _class_hook)
    converter.register_structure_hook_factory(lambda t: _text_or_class(t) is not None, _text_or_class_hook)
    return converter


def structure(data: Any, cls: type[Any]) -> Any:
    """``data`` as an instance of ``cls``; raises cattrs' errors (read them with :func:`problems`)."""
    try:
        return fast_structurer().structure(data, cls)
    except Declined:
        return make_converter().structure(data, cls)


def structuring_errors() -> tuple[type[BaseException], ...]:
    """What :func:`structure` raises for data that does not fit (imports cattrs: call it in an ``except`` clause)."""
    from cattrs.errors import BaseValidationError

    return (BaseValidationError, ValueError, KeyError)


def _fast_hook(type_: Any, structurer: FastStructurer) -> Structure | None:
    """The converter's own hooks, by type, for the fast path (the generic shapes are the fast path's own)."""
    if type_ is Severity:
        return hook_of(_severity, type_)
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return hook_of(_enum, type_)
    for kind in (str, bool, int):
        if type_ is kind:
            return hook_of(_exact(kind), type_)
    cls = _text_or_class(type_)
    if cls is not None:
        inner = structurer.function(cls)
        optional = type(None) in get_args(type_)

        def text_or_class(value: Any) -> Any:
            if isinstance(value, str) or (value is None and optional):
                return value
            return inner(value)

        return text_or_class
    if isinstance(type_, type) and not attrs.has(type_):
        return _declined
    return None


def _declined(value: Any) -> Any:
    raise Declined("a type the fast path does not structure")


@cache
def fast_structurer() -> FastStructurer:
    """Structures valid data as :func:`make_converter`'s converter does, without cattrs; declines any other."""
    return FastStructurer(_fast_hook, forbid_extra_keys=True, key_of=key_of)


def problems(error: BaseException, cls: type[Any], path: Path = ()) -> Iterator[tuple[Path, Phrase, bool]]:
    """Each problem of a structuring error: its path in the file's keys, its message, and whether it is about a key."""
    from cattrs.errors import (
        AttributeValidationNote,
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
        IterableValidationNote,
    )

    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without_notes = error.group_exceptions()
        for sub, note in with_notes:
            step: Path = ()
            inner: Any = Any
            if isinstance(note, AttributeValidationNote):
                field = _field(cls, note.name)
                step = (key_of(field) if field is not None else note.name,)
                inner = field.type if field is not None else Any
            elif isinstance(note, IterableValidationNote):
                step, inner = (note.index if isinstance(note.index, int | str) else str(note.index),), note.type
            yield from problems(sub, inner, path + step)
        for sub in without_notes:
            yield from problems(sub, cls, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        target = error.cl if attrs.has(error.cl) else cls
        known = [key_of(field) for field in attrs.fields(target)] if attrs.has(target) else []
        for extra in sorted(error.extra_fields):
            hint = did_you_mean(extra.replace("_", "-"), known) or did_you_mean(extra.replace("-", "_"), known)
            if not hint and known:
                hint = Phrase(" (known: {keys})", keys=", ".join(known))
            yield path + (extra,), Phrase("unknown key {key!r}{hint}", key=extra, hint=hint), True
    elif isinstance(error, KeyError):
        yield path, Phrase("is missing (a required key)"), False
    elif isinstance(error, PhrasedError):
        yield path, error.phrase, False
    else:
        yield path, Phrase("invalid value ({problem})", problem=type(error).__name__ + ": " + str(error)), False


def _field(cls: Any, name: str) -> attrs.Attribute[Any] | None:
    if isinstance(cls, type) and attrs.has(cls):
        attrs.resolve_types(cls)
        return next((field for field in attrs.fields(cls) if field.name == name), None)
    return None
