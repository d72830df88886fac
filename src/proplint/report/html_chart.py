"""The chart of a proposal in the HTML report: permanent total and total impact by year, as inline SVG.

Drawn for reading on paper too: a zero line and a value axis with labelled
ticks, each bar's amount written beside it in the page's language, and a
legend that names only the series drawn and is laid out inside the picture,
never clipped.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from proplint.phrases import N_

if TYPE_CHECKING:
    from proplint.facts import Facts

SERIES = {N_("permanent"): "#3b6ea8", N_("total impact"): "#d08a2c"}
_TOP, _BOTTOM, _GROUP, _BAR, _GAP = 46, 34, 104, 34, 8
_PLOT = 170
_CHAR = 7.2  # a generous width of one 11px character, to size the legend and the axis labels


def chart(facts: Facts, _: Callable[[str], str], language: str) -> str:
    """Grouped bars per year, negative below the zero line; empty when there is nothing to draw."""
    from proplint.danish import format_amount

    series = {name: by_year for name, by_year in (("permanent", facts.permanent), ("total impact", facts.total_impact)) if by_year}
    if not series:
        return ""
    years = sorted(set(year for by_year in series.values() for year in by_year) | set(facts.years))
    values = [amount for by_year in series.values() for amount in by_year.values()]
    top, bottom = max(max(values), Decimal(0)), min(min(values), Decimal(0))
    span = (top - bottom) or Decimal(1)
    scale = Decimal(_PLOT) / span
    zero = _TOP + float(top * scale)
    ticks = sorted({top, Decimal(0), bottom}, reverse=True)
    left = int(max(len(format_amount(value, language)) for value in ticks) * _CHAR + 16)
    legend, legend_width = _legend(series, _, left)
    plot_width = left + _GROUP * len(years) + 10
    width = int(max(plot_width, left + legend_width + 10))
    height = _TOP + _PLOT + _BOTTOM
    shapes = [f'<line class="zero" x1="{left}" x2="{plot_width - 10}" y1="{zero:.1f}" y2="{zero:.1f}" stroke="#555"/>']
    shapes += _axis(ticks, top, scale, language, left)
    for index, year in enumerate(years):
        x = left + 8 + _GROUP * index
        shapes.append(f'<text class="year" x="{x + _BAR + _GAP / 2}" y="{height - 10}" text-anchor="middle">{year}</text>')
        for offset, (name, by_year) in enumerate(series.items()):
            amount = by_year.get(year)
            if amount is None:
                continue
            size = float(abs(amount) * scale)
            y = zero - size if amount > 0 else zero
            written = escape(format_amount(amount, language))
            shapes.append(
                f'<rect class="bar" data-series="{name}" data-year="{year}" data-amount="{amount}" '
                f'x="{x + (_BAR + _GAP) * offset}" y="{y:.1f}" width="{_BAR}" height="{max(size, 1):.1f}" fill="{SERIES[name]}">'
                f"<title>{escape(_(name))} {year}: {written}</title></rect>"
            )
            label_y = y - 3 if amount >= 0 else y + max(size, 1) + 11
            shapes.append(
                f'<text class="value" data-series="{name}" data-year="{year}" x="{x + (_BAR + _GAP) * offset + _BAR / 2}" '
                f'y="{label_y:.1f}" text-anchor="middle">{written}</text>'
            )
    label = escape(_("Permanent total and total impact by year"), quote=True)
    return (
        f'<svg class="chart" role="img" aria-label="{label}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f"{legend}{''.join(shapes)}</svg>"
    )


def _legend(series: dict[str, dict[int, Decimal]], _: Callable[[str], str], left: int) -> tuple[str, float]:
    """One swatch and name per drawn series, side by side; and how wide they are together."""
    parts, x = [], float(left)
    for name in series:
        text = _(name)
        parts.append(
            f'<g class="legend-item" data-series="{name}"><rect x="{x:.0f}" y="8" width="12" height="12" fill="{SERIES[name]}"/>'
            f'<text x="{x + 17:.0f}" y="18">{escape(text)}</text></g>'
        )
        x += 17 + len(text) * _CHAR + 24
    return f'<g class="legend">{"".join(parts)}</g>', x - left


def _axis(ticks: list[Decimal], top: Decimal, scale: Decimal, language: str, left: int) -> list[str]:
    """The value axis: a line at the left with the highest, zero and lowest amounts as ticks."""
    from proplint.danish import format_amount

    shapes = [f'<line class="axis" x1="{left}" x2="{left}" y1="{_TOP}" y2="{_TOP + _PLOT}" stroke="#555"/>']
    for value in ticks:
        y = _TOP + float((top - value) * scale)
        shapes.append(f'<line class="tick" x1="{left - 4}" x2="{left}" y1="{y:.1f}" y2="{y:.1f}" stroke="#555"/>')
        shapes.append(
            f'<text class="tick-label" x="{left - 7}" y="{y + 4:.1f}" text-anchor="end">{escape(format_amount(value, language))}</text>'
        )
    return shapes
