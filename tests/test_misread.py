"""N205's test for a misread amount: three or more decimals, read from the amount's exponent (its short cut is exact)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st


@given(st.decimals(allow_nan=True, allow_infinity=True) | st.builds(Decimal, st.from_regex(r"-?[0-9]{1,6}(\.[0-9]{0,6})?([eE][-+]?[0-9]{1,2})?", fullmatch=True)))
def test_a_misread_amount_is_one_with_three_or_more_decimals(amount: Decimal) -> None:
    from proplint.checks.tables import looks_misread
    from proplint.model import Unit

    exponent = amount.as_tuple().exponent
    assert looks_misread(amount, Unit.THOUSAND_DKK) == (isinstance(exponent, int) and exponent <= -3)
    assert looks_misread(amount, Unit.DKK) == looks_misread(amount, Unit.THOUSAND_DKK)
    assert not looks_misread(amount, Unit.MILLION_DKK) and not looks_misread(amount, None)
