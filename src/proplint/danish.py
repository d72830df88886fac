"""Danish numbers, units, price levels, dates and periods: reading them and writing amounts.

One module so that the importer (table cells) and the prose rules (figures in
text) read ``-10.100``, ``2,5 mio. kr.`` or ``21. januar 2027`` the same way.
A number Danish grouping cannot produce (``1.6780``, ``-2. 750``, ``525.00``)
is never guessed: it is read literally, with ``.`` as a decimal point, and
marked malformed, so that N205/D002 (or W103) point at it. Every function is
total: no text makes it raise.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import attrs

from proplint.lazy_re import compile_lazily
from proplint.model.enums import UNIT_KRONER, Unit

__all__ = [
    "Amount",
    "NumberMatch",
    "UNIT_KRONER",
    "find_date",
    "find_numbers",
    "format_amount",
    "normalise_space",
    "read_amount",
    "read_date",
    "read_period",
    "read_price_level",
    "read_unit",
    "to_unit",
    "write_amount",
]

MINUS_SIGNS = "-\u2013\u2212"
"""Hyphen-minus, en dash and the minus sign all mean minus."""
_EMPTY_CELL = frozenset({"", "-", "\u2013", "\u2212", "\u2014"})

_SPACE = compile_lazily(r"[\s\u00ad]+")


def normalise_space(text: str) -> str:
    """Any run of whitespace (and soft hyphens, as the template says) as one space, trimmed."""
    return _SPACE.sub(" ", text.replace("\u00ad", "")).strip()


@attrs.frozen
class Amount:
    """An amount as a cell or a text writes it."""

    value: Decimal | None
    """The amount; ``None`` for an empty cell (a lone dash)."""
    malformed: bool = False
    """Danish grouping cannot produce the text: ``value`` is its literal reading (``.`` as a decimal point)."""
    kroner: Decimal | None = None
    """Kroner per unit when the text carries a unit (``0 kr.``: 1, ``1,5 mio. kr.``: 1000000)."""


# --- numbers ----------------------------------------------------------------

_SIGN = rf"(?P<sign>[{MINUS_SIGNS}+]\s?)?"
_GROUPED = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 10.100 · 1.678,5
_SPACED = r"\d{1,3}(?:\u00a0\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?"  # 10 100 (a space groups thousands)
_PLAIN = r"\d+(?:,\d+)?"  # 10100 · 2,5
_MALFORMED = r"\d+(?:\.\s?\d+)+(?:,\d+)?"  # 1.6780 · -2. 750 · 525.00 · 1.2.3
_WELL_FORMED = compile_lazily(rf"{_SIGN}(?P<digits>{_GROUPED}|{_SPACED}|{_PLAIN})\Z", re.ASCII)
_LITERAL = compile_lazily(rf"{_SIGN}(?P<digits>{_MALFORMED})\Z", re.ASCII)

_UNIT_WORDS: tuple[tuple[str, Decimal], ...] = (
    (r"mia\.?\s?kr\.?", Decimal(1_000_000_000)),
    (r"mio\.?\s?kr\.?", Decimal(1_000_000)),
    (r"mio\.?(?!\w)", Decimal(1_000_000)),
    (r"1\.?000\s?kr\.?", Decimal(1000)),
    (r"t\.\s?kr\.?|tkr\.?|tusind\s?kr\.?", Decimal(1000)),
    (r"kr\.?|kroner|dkk", Decimal(1)),
)
_UNIT = compile_lazily("|".join(f"(?:{pattern})" for pattern, _ in _UNIT_WORDS), re.IGNORECASE)
_UNIT_ALONE = [(compile_lazily(rf"(?:{pattern})\Z", re.IGNORECASE), kroner) for pattern, kroner in _UNIT_WORDS]
_WITH_UNIT = compile_lazily(rf"(?P<number>.*?\d)\s*(?P<unit>{_UNIT.pattern})\Z", re.IGNORECASE)
_TAGS = compile_lazily(r"</?\s*(?:b|strong|i|em)\s*>", re.IGNORECASE)


def _to_decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _number(text: str) -> tuple[Decimal, bool] | None:
    """A number alone, and whether it is malformed; ``None`` when it is none."""
    match = _WELL_FORMED.match(text)
    if match:
        digits = match["digits"].replace(".", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
        malformed = False
    else:
        match = _LITERAL.match(text)
        if not match:
            return None
        whole, _, fraction = match["digits"].replace(" ", "").partition(",")
        if whole.count(".") > 1 or fraction:
            return None  # 1.2.3 or 1.23,5: no literal reading either
        digits, malformed = whole, True
    value = _to_decimal(digits)
    if value is None:
        return None
    negative = bool(match["sign"]) and match["sign"].strip() != "+"
    return (-value if negative else value), malformed


def read_amount(text: str) -> Amount | None:
    """An amount cell: ``-10.100``, ``2,5``, ``–500``, ``-`` (empty), ``0 kr.``; ``None`` when no number in any reading."""
    cleaned = normalise_space(_TAGS.sub("", text))
    if cleaned in _EMPTY_CELL:
        return Amount(None)
    kroner: Decimal | None = None
    if with_unit := _WITH_UNIT.match(cleaned):
        cleaned, kroner = with_unit["number"], _kroner_of(with_unit["unit"])
    number = _number(cleaned)
    if number is None:
        return None
    return Amount(number[0], number[1], kroner)


def _kroner_of(unit: str) -> Decimal | None:
    return next((factor for pattern, factor in _UNIT_ALONE if pattern.match(unit.strip())), None)


def to_unit(amount: Amount, unit: Unit | None) -> Decimal | None:
    """The amount in a table's unit: ``1,5 mio. kr.`` in ``1000 DKK`` is 1500; as written when no unit applies."""
    if amount.value is None or amount.kroner is None or unit is None:
        return amount.value
    converted = amount.value * amount.kroner / UNIT_KRONER[unit]
    return converted.normalize() if converted == converted.to_integral_value() else converted


@attrs.frozen
class NumberMatch:
    """A figure found in a text: where it is, how it reads, and the unit after it."""

    start: int
    end: int
    text: str
    value: Decimal
    malformed: bool = False
    kroner: Decimal | None = None
    """Kroner per unit when a money unit follows the figure (``2,5 mio. kr.``)."""


_FIGURE = compile_lazily(
    rf"(?<![\w.,])(?P<number>(?:[{MINUS_SIGNS}](?=\d))?(?:\d+(?:\.\s?\d+)+(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?))"
    rf"(?![\d])(?P<unit>\s?(?:{_UNIT.pattern}))?(?!\w)",
    re.IGNORECASE,
)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every figure in a text, in order, read the Danish way (malformed ones literally)."""
    found: list[NumberMatch] = []
    for match in _FIGURE.finditer(text):
        raw = match["number"]
        if raw[-1] in ".,":
            continue
        number = _number(raw)
        if number is None:
            continue
        kroner = None
        if match["unit"]:
            kroner = _kroner_of(match["unit"])
        found.append(NumberMatch(match.start(), match.end(), match[0], number[0], number[1], kroner))
    return found


# --- units and price levels --------------------------------------------------

_UNIT_OF_KRONER = {kroner: unit for unit, kroner in UNIT_KRONER.items()}
_PRICE_LEVEL = compile_lazily(r"(?<!\d)((?:19|20)\d{2})\s*-?\s*(?:p\s*/\s*l|pl|p\.\s*l)\b\.?", re.IGNORECASE)


def read_unit(text: str) -> Unit | None:
    """The unit a header cell names: ``1.000 kr. 2027 p/l`` → 1000 DKK; ``t.kr.``, ``mio. kr.``, ``kr.``."""
    cleaned = normalise_space(_PRICE_LEVEL.sub(" ", text))
    match = _UNIT.search(cleaned)
    if match is None:
        return None
    kroner = _kroner_of(match[0])
    return _UNIT_OF_KRONER.get(kroner) if kroner is not None else None


def read_price_level(text: str) -> int | None:
    """The price level year: ``2027 p/l``, ``2027 pl``, ``1.000 kr. ig 2027 p/l`` → 2027."""
    match = _PRICE_LEVEL.search(normalise_space(text))
    return int(match[1]) if match else None


# --- dates and periods -------------------------------------------------------

MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH_WORD = r"(?P<month>jan(?:uar)?|feb(?:ruar)?|mar(?:ts)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_WORDS = compile_lazily(rf"(?<!\d)(?P<day>\d{{1,2}})\.?\s*{_MONTH_WORD}\s*(?P<year>\d{{4}})(?!\d)", re.IGNORECASE)
_DATE_DIGITS = compile_lazily(r"(?<![\d.])(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4}|\d{2})(?![\d])")
_DATE_ISO = compile_lazily(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")


def _month_number(word: str) -> int:
    lowered = word.lower().rstrip(".")
    return next(number for name, number in MONTHS.items() if name.startswith(lowered[:3]))


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> tuple[datetime.date, int, int] | None:
    """The first date in a text and where it is: ``29/01/2027``, ``21. januar 2027``, ``D. 3. februar 2027``, ISO."""
    candidates: list[tuple[int, int, datetime.date]] = []
    for pattern in (_DATE_WORDS, _DATE_DIGITS, _DATE_ISO):
        for match in pattern.finditer(text):
            month = _month_number(match["month"]) if pattern is _DATE_WORDS else int(match["month"])
            year = int(match["year"])
            year = year + 2000 if year < 100 else year
            found = _date(year, month, int(match["day"]))
            if found is not None:
                candidates.append((match.start(), match.end(), found))
                break
    if not candidates:
        return None
    start, end, found = min(candidates, key=lambda candidate: candidate[0])
    return found, start, end


def read_date(text: str) -> datetime.date | None:
    """A cell that is only a date (``D. 3. februar 2027.`` too); ``None`` for anything else."""
    found = find_date(text)
    if found is None:
        return None
    date, start, end = found
    rest = (text[:start] + " " + text[end:]).strip(" .,:\t\n").lower()
    return date if rest in ("", "d", "den", "d.") or rest.rstrip(".") in ("d", "den") else None


_PERIOD_RANGE = compile_lazily(rf"(?<!\d)((?:19|20)\d{{2}})\s*(?:[{MINUS_SIGNS}/]|til|-)\s*((?:19|20)\d{{2}})(?!\d)", re.IGNORECASE)
_PERIOD_ONWARDS = compile_lazily(r"(?:fra|fra og med|f\.o\.m\.?)\s+((?:19|20)\d{2})(?:\s+og\s+frem(?:efter)?)?", re.IGNORECASE)
_PERIOD_YEAR = compile_lazily(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)")


def read_period(text: str) -> tuple[int, int | None] | None:
    """First and last year a text names: ``2027-2030``, ``fra 2027 og frem`` (last ``None``), ``i 2027``."""
    cleaned = normalise_space(text)
    if match := _PERIOD_RANGE.search(cleaned):
        first, last = int(match[1]), int(match[2])
        return (first, last) if first <= last else None
    if match := _PERIOD_ONWARDS.search(cleaned):
        return int(match[1]), None
    if match := _PERIOD_YEAR.search(cleaned):
        return int(match[1]), int(match[1])
    return None


# --- writing -----------------------------------------------------------------


def format_amount(amount: Decimal, language: str) -> str:
    """An amount with its written precision: ``-6760`` in English, ``-6.760`` in Danish."""
    text = f"{amount:f}"
    if text in ("-0", "+0"):
        return "0"
    if language != "da":
        return text
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, fraction = digits.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + fraction if fraction else "")


def write_amount(amount: Decimal) -> str:
    """An amount the Danish way: ``-10.100``, ``1.678,5``."""
    return format_amount(amount, "da")
