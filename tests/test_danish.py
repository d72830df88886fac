"""Danish numbers, units, price levels, dates and periods (proplint.danish)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proplint.danish import (
    Amount,
    find_date,
    find_numbers,
    format_amount,
    read_amount,
    read_date,
    read_period,
    read_price_level,
    read_unit,
    to_unit,
    write_amount,
)
from proplint.model import Unit

amounts = st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**12, max_value=10**12, places=None).filter(
    lambda value: value.as_tuple().exponent >= -6  # type: ignore[operator]
)


@given(amounts)
def test_every_amount_written_the_danish_way_reads_back_to_the_same_decimal(amount: Decimal) -> None:
    written = write_amount(amount)
    read = read_amount(written)
    assert read is not None and not read.malformed, written
    assert read.value == amount, written


@given(amounts, st.sampled_from(["-", "\u2013", "\u2212"]))
def test_every_minus_sign_is_a_minus(amount: Decimal, minus: str) -> None:
    written = write_amount(abs(amount))
    read = read_amount(minus + written)
    assert read is not None and read.value == -abs(amount)


@given(st.text())
def test_no_text_makes_any_reader_raise(text: str) -> None:
    read_amount(text)
    find_numbers(text)
    read_unit(text)
    read_price_level(text)
    read_date(text)
    find_date(text)
    read_period(text)


@given(st.text(alphabet="0123456789.,-–− kr.mio<b>/ pl", max_size=30))
def test_no_number_like_text_makes_the_readers_raise(text: str) -> None:
    read_amount(text)
    find_numbers(text)
    read_unit(text)
    read_price_level(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("-10.100", Decimal("-10100")),
        ("2,5", Decimal("2.5")),
        ("\u20131.250", Decimal("-1250")),
        ("\u22121.678,5", Decimal("-1678.5")),
        ("<b>-2.500</b>", Decimal("-2500")),
        ("  400 ", Decimal("400")),
        ("- 2.500", Decimal("-2500")),
        ("0", Decimal("0")),
    ],
)
def test_well_formed_danish_numbers(text: str, value: Decimal) -> None:
    assert read_amount(text) == Amount(value)


@pytest.mark.parametrize("text", ["-", "\u2013", "\u2212", "", "  "])
def test_a_lone_dash_is_an_empty_cell(text: str) -> None:
    assert read_amount(text) == Amount(None)


@pytest.mark.parametrize(
    ("text", "literal"),
    [("1.6780", Decimal("1.6780")), ("-2. 750", Decimal("-2.750")), ("525.00", Decimal("525.00"))],
)
def test_malformed_numbers_keep_their_literal_reading(text: str, literal: Decimal) -> None:
    read = read_amount(text)
    assert read is not None and read.malformed
    assert read.value == literal and str(read.value) == str(literal)


@pytest.mark.parametrize("text", ["ca. 2", "1,5-2", "1.2.3", "n/a", "2,5,5", "x100"])
def test_text_that_is_no_number_in_any_reading(text: str) -> None:
    assert read_amount(text) is None


@pytest.mark.parametrize(
    ("text", "value", "kroner", "in_thousands"),
    [
        ("0 kr.", Decimal(0), Decimal(1), Decimal(0)),
        ("1,5 mio. kr.", Decimal("1.5"), Decimal(1_000_000), Decimal(1500)),
        ("250 t.kr.", Decimal(250), Decimal(1000), Decimal(250)),
        ("2.500.000 kr.", Decimal(2_500_000), Decimal(1), Decimal(2500)),
    ],
)
def test_an_amount_carrying_a_unit_converts_to_the_tables_unit(text: str, value: Decimal, kroner: Decimal, in_thousands: Decimal) -> None:
    read = read_amount(text)
    assert read == Amount(value, False, kroner)
    assert to_unit(read, Unit.THOUSAND_DKK) == in_thousands


@pytest.mark.parametrize(
    ("text", "unit", "price_level"),
    [
        ("1.000 kr. 2027 p/l", Unit.THOUSAND_DKK, 2027),
        ("t.kr.", Unit.THOUSAND_DKK, None),
        ("t. kr. 2026 pl", Unit.THOUSAND_DKK, 2026),
        ("mio. kr. 2027 p/l", Unit.MILLION_DKK, 2027),
        ("mio.kr.", Unit.MILLION_DKK, None),
        ("kr. 2028 P/L", Unit.DKK, 2028),
        ("1.000 kr. ig 2027 p/l", Unit.THOUSAND_DKK, 2027),
        ("Varige ændringer 1.000 kr. 2027 p/l", Unit.THOUSAND_DKK, 2027),
        ("Styringsområde", None, None),
    ],
)
def test_units_and_price_levels_of_header_cells(text: str, unit: Unit | None, price_level: int | None) -> None:
    assert read_unit(text) == unit
    assert read_price_level(text) == price_level


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("29/01/2027", datetime.date(2027, 1, 29)),
        ("29.01.2027", datetime.date(2027, 1, 29)),
        ("21. januar 2027", datetime.date(2027, 1, 21)),
        ("D. 3. februar 2027", datetime.date(2027, 2, 3)),
        ("d. 3. feb. 2027.", datetime.date(2027, 2, 3)),
        ("2027-03-01", datetime.date(2027, 3, 1)),
    ],
)
def test_dates_in_every_danish_form(text: str, date: datetime.date) -> None:
    assert read_date(text) == date


@pytest.mark.parametrize("text", ["Drøftet på mødet i efteråret 2026", "31/02/2027", "Godkendt 3. februar 2027 i direktionen", "Ja"])
def test_a_cell_that_is_not_only_a_date_is_no_date(text: str) -> None:
    assert read_date(text) is None


def test_find_date_finds_a_date_inside_a_sentence() -> None:
    assert find_date("Godkendt i direktionen d. 3. februar 2027") == (datetime.date(2027, 2, 3), 26, 41)


@pytest.mark.parametrize(
    ("text", "period"),
    [("i 2027", (2027, 2027)), ("fra 2027 og frem", (2027, None)), ("i perioden 2027\u20132030", (2027, 2030)), ("fra og med 2028", (2028, None)), ("løbende", None)],
)
def test_periods(text: str, period: tuple[int, int | None] | None) -> None:
    assert read_period(text) == period


def test_figures_in_a_text_with_their_units() -> None:
    found = find_numbers("en reduktion på 2,5 mio. kr. i 2027, 1.6780 og -10.100 t.kr.")
    assert [(match.text, match.value, match.malformed, match.kroner) for match in found] == [
        ("2,5 mio. kr.", Decimal("2.5"), False, Decimal(1_000_000)),
        ("2027", Decimal(2027), False, None),
        ("1.6780", Decimal("1.6780"), True, None),
        ("-10.100 t.kr.", Decimal(-10100), False, Decimal(1000)),
    ]


def test_amounts_are_written_with_their_precision() -> None:
    assert format_amount(Decimal("-6760"), "en") == "-6760"
    assert format_amount(Decimal("-6760"), "da") == "-6.760"
    assert write_amount(Decimal("1678.50")) == "1.678,50"
    assert write_amount(Decimal("-0")) == "0"
