"""The cattrs converter that turns plain values into the model, strictly.

Each hook raises with words a proposal author understands; the error tree
cattrs builds is turned into D002 findings by :mod:`proplint.structuring.errors`.
A valid document is structured by :func:`fast_structurer` with the same hooks,
so checking it never imports cattrs (cattrs is imported for a document that
needs its errors).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import cache
from types import UnionType
from typing import TYPE_CHECKING, Any, Union, get_args, get_origin

import attrs

from proplint.model.enums import Vocabulary
from proplint.phrases import Choices, Phrase
from proplint.structuring.fast import Declined, FastStructurer, Structure, hook_of

if TYPE_CHECKING:
    import cattrs

_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"
"""Patterns are compiled by :mod:`re` (and kept in its cache) when first needed: most runs never need them."""


def describe(value: Any) -> str | Phrase:
    """How a value reads in a message: its kind and, for scalars, the value."""
    if isinstance(value, dict):
        return Phrase("a mapping")
    if isinstance(value, list):
        return Phrase("a list")
    if isinstance(value, bool):
        return Phrase("yes") if value else Phrase("no")
    from proplint.phrases import quoted, shortened_number

    if isinstance(value, str):
        return quoted(value)
    return shortened_number(value) or str(value)


def suggest(word: str, choices: list[str]) -> str | None:
    """The closest choice to a mistyped word, for did-you-mean hints."""
    import difflib

    matches = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return matches[0] if matches else None


class ValueProblem(ValueError):
    """A rejected value, worded as a phrase so that its finding can be translated."""

    def __init__(self, template: str, /, suggestion: str | Phrase | None = None, **args: Any) -> None:
        self.phrase = Phrase(template, **args)
        self.suggestion = suggestion
        super().__init__(str(self.phrase))


class VocabularyError(ValueProblem):
    """An enumerated value that is not in the vocabulary (or an amount with Danish separators)."""


_DANISH_NUMBER = r"([-+]?)(\d{1,3}(?:\.\s?\d{3})+)(?:,(\d+))?\Z"


def structure_amount(value: Any, _: type = Decimal) -> Decimal:
    if isinstance(value, str) and (danish := re.match(_DANISH_NUMBER, value.strip())):
        sign, whole, fraction = danish.groups()
        written = sign + whole.replace(".", "").replace(" ", "") + (f".{fraction}" if fraction else "")
        raise VocabularyError("expected a number, got {got} (Danish separators?)", suggestion=written, got=describe(value))
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ValueProblem("expected a number, got {got}", got=describe(value))
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValueProblem("expected a finite number, got {got}", got=str(value))
    if amount and amount.adjusted() >= AMOUNT_DIGITS:
        raise ValueProblem("the amount {got} is outside the range of ±10^{limit}", got=_short(amount), limit=AMOUNT_DIGITS)
    if _decimals(amount) > AMOUNT_DECIMALS:
        raise ValueProblem("the amount {got} has more than {limit} decimals", got=_short(amount), limit=AMOUNT_DECIMALS)
    return amount


AMOUNT_DIGITS = 15
"""Amounts and whole numbers have fewer digits than this before the point (10^15 is far beyond any budget)."""
AMOUNT_DECIMALS = 15
"""Amounts have at most this many decimals that are not zero: 1e-999999999 written out is a gigabyte of zeros."""


def _decimals(amount: Decimal) -> int:
    """How many decimals an amount has, not counting zeros at the end (``0.50`` has one)."""
    _, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0 or not any(digits):
        return 0
    zeros = len(digits) - len("".join(map(str, digits)).rstrip("0")) if digits[-1] == 0 else 0
    return -exponent - zeros


def _short(number: Decimal | int) -> str:
    """A number as its first digits and its size, never printed in full."""
    text = f"{number:.6e}" if isinstance(number, Decimal) else str(number)
    return text if len(text) <= 40 else text[:20] + "…"


def _structure_int(value: Any, _: type = int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) >= 10**AMOUNT_DIGITS:
            raise ValueProblem("the number {got} is outside the range of ±10^{limit}", got=_short(Decimal(value)), limit=AMOUNT_DIGITS)
        return value
    if isinstance(value, Decimal) and value.is_finite() and value and value.adjusted() >= AMOUNT_DIGITS:
        raise ValueProblem("the number {got} is outside the range of ±10^{limit}", got=_short(value), limit=AMOUNT_DIGITS)
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    raise ValueProblem("expected a whole number, got {got}", got=describe(value))


def _structure_str(value: Any, _: type = str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise ValueProblem("expected text, got {got}", got=describe(value))


def _structure_bool(value: Any, _: type = bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("ja", "nej"):
        return value.strip().lower() == "ja"
    raise ValueProblem("expected yes or no, got {got}", got=describe(value))


def _structure_date(value: Any, _: type = datetime.date) -> datetime.date:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and re.match(_DATE, value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueProblem("{got} is not a valid date (no such day in the calendar)", got=repr(value)) from None
    raise ValueProblem("expected a date as YYYY-MM-DD, got {got}", got=describe(value))


@cache
def _vocabulary_table(cls: type[Vocabulary]) -> dict[str, Vocabulary]:
    return cls.lookup()


def structure_vocabulary(value: Any, cls: type[Vocabulary]) -> Vocabulary:
    table = _vocabulary_table(cls)
    if isinstance(value, str):
        member = table.get(value) or table.get(" ".join(value.split()).lower())
        if member is not None:
            return member
    english = [member.value for member in cls]
    if isinstance(value, bool) and {"yes", "no"} <= set(english):
        return cls("yes" if value else "no")
    suggestion = suggest(value, list(table)) if isinstance(value, str) else None
    raise VocabularyError(
        "{got} is not one of {allowed}",
        suggestion=_word(table[suggestion]) if suggestion else None,
        got=describe(value),
        allowed=Choices(cls.choices()),  # the words to write, in the reader's language: both are read
    )


def _word(member: Vocabulary) -> Choices:
    """One vocabulary word, written in the reader's language (both are read)."""
    return Choices([(member.value, type(member).danish().get(member.value, member.value))])


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
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(datetime.date, _structure_date)
    # Class hooks dispatch along the MRO: the vocabularies (str enums) land here.
    converter.register_structure_hook(Vocabulary, structure_vocabulary)
    converter.register_structure_hook_func(_is_amounts, _structure_amounts)
    converter.register_structure_hook_factory(_is_list_type, _list_hook)
    converter.register_structure_hook_factory(_is_other_mapping, _mapping_hook)
    converter.register_structure_hook_factory(attrs.has, _class_hook)
    converter.register_structure_hook_factory(_is_optional, _optional_hook)
    return converter


_HOOKS: dict[Any, Any] = {
    Decimal: structure_amount,
    int: _structure_int,
    str: _structure_str,
    bool: _structure_bool,
    datetime.date: _structure_date,
}


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
        return hook_of(own, type_)
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
