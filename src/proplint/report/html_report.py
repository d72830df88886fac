"""A reviewer's summary as one self-contained HTML page: per document its key figures, findings and a bar chart.

No external assets: the style sheet is inline and each chart is inline SVG,
so the page can be mailed or attached to a case as one file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from proplint.phrases import N_

if TYPE_CHECKING:
    from proplint.facts import Facts
    from proplint.findings import Finding
    from proplint.report import Presentation, Report

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d1d1f; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2.5rem; }
section { border-top: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.amount { text-align: right; font-variant-numeric: tabular-nums; }
.error { color: #b00020; font-weight: bold; } .warning { color: #8a5a00; font-weight: bold; } .info { color: #00538a; }
.clean { color: #1b6e20; }
svg text { font-size: 11px; fill: #1d1d1f; }
"""

_BAR_COLOURS = {N_("permanent"): "#3b6ea8", N_("total impact"): "#d08a2c"}
_UNREADABLE = N_("unreadable")
_COLUMNS = (N_("Severity"), N_("Code"), N_("Line"), N_("Where"), N_("Message"))


def format_html(report: Report, presentation: Presentation | None = None, title: str | None = None) -> str:
    """The page for a run, its own words in the presentation's language: a summary, then one section per checked document."""
    from proplint.i18n import translations
    from proplint.report.text_report import summary

    language = presentation.language if presentation is not None else "en"

    catalogue = translations(language)
    _ = catalogue.gettext
    title = title or _("proplint report")
    by_file: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_file.setdefault(finding.file, []).append(finding)
    counts = report.counts()
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p id="summary">{escape(summary(report, language))}</p>',
    ]
    for facts in report.facts:
        parts.append(_section(facts, by_file.get(facts.file, []), _, language))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _section(facts: Facts, findings: list[Finding], _: Callable[[str], str], language: str) -> str:
    heading = " · ".join(part for part in (facts.id, facts.title) if part) or facts.file
    rows = [
        f'<section class="document" data-file="{escape(facts.file, quote=True)}">',
        f"<h2>{escape(heading)}</h2>",
        f"<p>{escape(facts.file)} · {escape(_(facts.proposal_kind or facts.kind or _UNREADABLE))}</p>",
    ]
    if facts.kind == "proposal":
        rows.append(_key_figures(facts, _, language))
        rows.append(_chart(facts, _))
    elif facts.figures:
        cells = [(_label(name, _), _figure(value, language)) for name, value in facts.figures]
        rows.append(_table(cells, facts.unit, _, escaped=True))
    rows.append(_findings(findings, _))
    rows.append("</section>")
    return "\n".join(rows)


def _label(name: str, _: Callable[[str], str]) -> str:
    """A figure's label in the page's language; a trailing ``(2029)`` is kept as it is."""
    base, bracket, rest = name.partition(" (")
    return escape(_(base) + bracket + rest)


def _figure(value: Decimal | int | None, language: str) -> str:
    if isinstance(value, Decimal) or value is None:
        return _amount(value, language)
    return str(value)


def _amount(amount: Decimal | None, language: str) -> str:
    if amount is None:
        return "–"
    from proplint.danish import format_amount

    return escape(format_amount(amount, language))


def _key_figures(facts: Facts, _: Callable[[str], str], language: str) -> str:
    last = max(facts.permanent) if facts.permanent else None
    phase_in = facts.permanent.get(last) if last is not None else None
    implementation = sum(facts.implementation.values(), Decimal(0)) if facts.implementation else None
    payback = _("{years} years").format(years=facts.payback) if facts.payback is not None else "–"
    cells = [
        (escape(_("Permanent total at full phase-in")) + (f" ({last})" if last is not None else ""), _amount(phase_in, language)),
        (escape(_("Implementation costs")), _amount(implementation, language)),
        (escape(_("Payback")), escape(payback)),
    ]
    return _table(cells, facts.unit, _, escaped=True)


def _table(cells: Iterable[tuple[str, str]], unit: str | None, _: Callable[[str], str], escaped: bool = False) -> str:
    body = "".join(
        f'<tr><th scope="row">{name if escaped else escape(name)}</th><td class="amount">{value if escaped else escape(value)}</td></tr>'
        for name, value in cells
    )
    caption = f" ({escape(unit)})" if unit else ""
    heading = _("Key figures")
    return f'<table class="key-figures"><caption>{escape(heading)}{caption}</caption>{body}</table>'


def _findings(findings: list[Finding], _: Callable[[str], str]) -> str:
    if not findings:
        clean = _("No findings.")
        return f'<p class="clean">{escape(clean)}</p>'
    head = "<tr>" + "".join(f"<th>{escape(_(name))}</th>" for name in _COLUMNS) + "</tr>"
    rows = "".join(
        f'<tr class="finding"><td class="{finding.severity.label}">{escape(_(finding.severity.label))}</td>'
        f"<td>{escape(finding.code)} {escape(finding.name)}</td><td>{finding.line if finding.line is not None else '–'}</td>"
        f"<td>{_where(finding)}<code>{escape(finding.path)}</code></td>"
        f"<td>{escape(finding.message)}{' (' + escape(finding.hint) + ')' if finding.hint else ''}</td></tr>"
        for finding in findings
    )
    caption = _("Findings")
    return f'<table class="findings"><caption>{escape(caption)}</caption>{head}{rows}</table>'


def _where(finding: Finding) -> str:
    """The human location above the path; without one, the proposal's id beside it."""
    if finding.location:
        return f'<span class="location">{escape(finding.location)}</span><br>'
    return escape(finding.document) + " " if finding.document else ""


def _chart(facts: Facts, _: Callable[[str], str]) -> str:
    """Grouped bars per year: the permanent total and the total impact, negative below the zero line."""
    series = {"permanent": facts.permanent, "total impact": facts.total_impact}
    years = sorted(set(facts.years) | set(facts.permanent) | set(facts.total_impact))
    values = [amount for by_year in series.values() for amount in by_year.values()]
    if not years or not values:
        return ""
    width, height, margin = 80 * len(years) + 60, 220, 30
    top = max(max(values), Decimal(0))
    bottom = min(min(values), Decimal(0))
    span = (top - bottom) or Decimal(1)
    scale = Decimal(height - 2 * margin) / span
    zero = margin + float(top * scale)
    shapes = [f'<line x1="40" x2="{width - 10}" y1="{zero:.1f}" y2="{zero:.1f}" stroke="#555"/>']
    for index, year in enumerate(years):
        x = 50 + 80 * index
        shapes.append(f'<text x="{x + 30}" y="{height - 8}" text-anchor="middle">{year}</text>')
        for offset, (name, by_year) in enumerate(series.items()):
            amount = by_year.get(year)
            if amount is None:
                continue
            size = float(abs(amount) * scale)
            y = zero - size if amount > 0 else zero
            shapes.append(
                f'<rect class="bar" data-series="{name}" data-year="{year}" data-amount="{amount}" '
                f'x="{x + 30 * offset}" y="{y:.1f}" width="26" height="{max(size, 1):.1f}" fill="{_BAR_COLOURS[name]}">'
                f"<title>{escape(_(name))} {year}: {escape(str(amount))}</title></rect>"
            )
    legend = "".join(
        f'<rect x="{50 + 170 * i}" y="6" width="10" height="10" fill="{colour}"/><text x="{64 + 170 * i}" y="15">{escape(_(name))}</text>'
        for i, (name, colour) in enumerate(_BAR_COLOURS.items())
    )
    label = escape(_("Permanent total and total impact by year"), quote=True)
    return (
        f'<svg class="chart" role="img" aria-label="{label}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f"{legend}{''.join(shapes)}</svg>"
    )
