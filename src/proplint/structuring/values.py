"""Plain values read strictly: amounts, numbers, texts, yes/no, dates and vocabulary words, each rejected in words an author understands.

The hooks of :mod:`proplint.structuring.converter` (and its fast path)
structure every scalar of a document with these.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import cache
from typing import Any

from proplint.model.enums import Vocabulary
from proplint.phrases import Choices, Phrase, quoted, shortened_number

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
    if type(value) is int and -_AMOUNT_LIMIT < value < _AMOUNT_LIMIT:
        return Decimal(value)  # most amounts: a whole number in range, with no decimals to count
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
_AMOUNT_LIMIT = 10**AMOUNT_DIGITS
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


def structure_int(value: Any, _: type = int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) >= 10**AMOUNT_DIGITS:
            raise ValueProblem("the number {got} is outside the range of ±10^{limit}", got=_short(Decimal(value)), limit=AMOUNT_DIGITS)
        return value
    if isinstance(value, Decimal) and value.is_finite() and value and value.adjusted() >= AMOUNT_DIGITS:
        raise ValueProblem("the number {got} is outside the range of ±10^{limit}", got=_short(value), limit=AMOUNT_DIGITS)
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    raise ValueProblem("expected a whole number, got {got}", got=describe(value))


def structure_str(value: Any, _: type = str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise ValueProblem("expected text, got {got}", got=describe(value))


def structure_bool(value: Any, _: type = bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("ja", "nej"):
        return value.strip().lower() == "ja"
    raise ValueProblem("expected yes or no, got {got}", got=describe(value))


def structure_date(value: Any, _: type = datetime.date) -> datetime.date:
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
