"""Rounding tolerance and payback: the arithmetic the S and E rules share.

Figures are rounded to the precision they are written in, so a total compared
with the sum of n figures is consistent when
``|total − sum| ≤ (n + 1) × ½ unit of the coarsest precision involved``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

_HALF = Decimal("0.5")


def tolerance(total: Decimal, parts: Sequence[Decimal], exact: bool = False) -> Decimal:
    """How far ``total`` may lie from ``sum(parts)`` by rounding alone."""
    if exact:
        return Decimal(0)
    coarsest = max(_exponent(figure) for figure in (total, *parts))
    return (len(parts) + 1) * _HALF.scaleb(coarsest)


def _exponent(amount: Decimal) -> int:
    exponent = amount.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def consistent(total: Decimal, parts: Sequence[Decimal], exact: bool = False) -> bool:
    """Whether a total agrees with the figures it sums, within the tolerance."""
    difference = abs(total - sum(parts, Decimal(0)))
    return not difference or difference <= tolerance(total, parts, exact)  # most totals add up exactly


def payback_period(impact: Iterable[Decimal | None]) -> int | None:
    """Years, counted from the first column, until the running impact first reaches zero or below.

    Leading empty or zero years do not count as paid back: nothing was spent
    yet. ``None`` when the running sum stays above zero through the last year.
    """
    running = Decimal(0)
    started = False
    for year_number, amount in enumerate(impact, start=1):
        if amount is not None:
            running += amount
            started = started or amount != 0
        if started and running <= 0:
            return year_number
    return None


def running_total(impact: Iterable[Decimal | None]) -> Decimal:
    return sum((amount for amount in impact if amount is not None), Decimal(0))


def show(amount: Decimal) -> str:
    """An amount as the user would write it, without exponent notation."""
    text = f"{amount:f}"
    return "0" if text in ("-0", "+0") else text
