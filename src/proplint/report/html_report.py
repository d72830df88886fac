"""A reviewer's summary as one self-contained HTML page: an overview, then per document its key figures, findings and chart.

No external assets and no script: the style sheet is inline and each chart
is inline SVG, so the page can be mailed, attached to a case or printed
(A4) as one file. It lists exactly the findings of the report it is given,
so ``proplint report`` with ``check``'s options shows what ``check`` reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from proplint.phrases import N_
from proplint.report import explained

if TYPE_CHECKING:
    from proplint.facts import Facts
    from proplint.findings import Finding
    from proplint.report import Presentation, Report

_UNREADABLE = N_("unreadable")
_COLUMNS = (N_("Severity"), N_("Code"), N_("Line"), N_("Where"), N_("Message"))


def format_html(report: Report, presentation: Presentation | None = None, title: str | None = None) -> str:
    """The page for a run, its own words in the presentation's language: summary, overview, then one section per document."""
    from proplint.facts import Facts
    from proplint.i18n import translations
    from proplint.report.html_overview import anchor, catalogues, ordered, overview, totals
    from proplint.report.html_style import STYLE
    from proplint.report.text_report import summary

    language = presentation.language if presentation is not None else "en"
    _ = translations(language).gettext
    title = title or _("proplint report")
    by_document: dict[tuple[str, str | None], list[Finding]] = {}
    for finding in report.findings:
        by_document.setdefault((finding.file, finding.document), []).append(finding)
    documents = list(report.facts)
    _collections_as_a_whole(documents, by_document)
    known = {(document.file, document.document) for document in documents}
    documents += [  # nothing goes unshown
        Facts(file=file, path=None, kind=None, document=document) for file, document in by_document if (file, document) not in known
    ]
    documents = ordered(documents, by_document)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(language)}"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p id="summary">{escape(summary(report, language))}</p>',
        _crashes(report.crashes, _),
        overview(documents, by_document, _, language),
        totals(documents, _, language),
        catalogues(documents, _, language),
    ]
    for index, facts in enumerate(documents):
        parts.append(_section(facts, by_document.get((facts.file, facts.document), []), _, language, anchor(index)))
    parts.append("</body></html>")
    return "\n".join(part for part in parts if part) + "\n"


def _crashes(crashes: list[str], _: Callable[[str], str]) -> str:
    """Checks that crashed, at the top where no reader misses them: the findings below are incomplete."""
    if not crashes:
        return ""
    heading = _("Internal errors")
    explanation = _("These checks crashed, so the findings on this page are incomplete. Please report it to proplint's maintainers.")
    items = "".join(f'<li class="crash"><code>{escape(crash)}</code></li>' for crash in crashes)
    return f'<section id="crashes" role="alert"><h2>{escape(heading)}</h2><p>{escape(explanation)}</p><ul>{items}</ul></section>'


def _collections_as_a_whole(documents: list[Facts], by_document: dict[tuple[str, str | None], list[Finding]]) -> None:
    """Findings about a Word or Markdown collection as a whole (I006) go with its last proposal's section."""
    last = {document.file: document.document for document in documents if document.document is not None}
    for file, proposal in last.items():
        whole = by_document.pop((file, None), None)
        if whole:
            by_document.setdefault((file, proposal), []).extend(whole)


def _section(facts: Facts, findings: list[Finding], _: Callable[[str], str], language: str, anchor: str) -> str:
    from proplint.report.html_chart import chart

    heading = " · ".join(part for part in (facts.id, facts.title) if part) or facts.document or facts.file
    document = f' data-document="{escape(facts.document, quote=True)}"' if facts.document else ""
    rows = [
        f'<section class="document" id="{anchor}" data-file="{escape(facts.file, quote=True)}"{document}>',
        f"<h2>{escape(heading)}</h2>",
        f"<p>{escape(facts.file)} · {escape(_(facts.proposal_kind or facts.kind or _UNREADABLE))}</p>",
    ]
    if facts.kind == "proposal":
        rows.append(_key_figures(facts, _, language))
        rows.append(chart(facts, _, language))
    elif facts.figures:
        cells = [(_label(name, _), _figure(value, language)) for name, value in facts.figures]
        rows.append(_table(cells, facts.unit, _))
    rows.append(_findings(findings, _, anchor))
    rows.append("</section>")
    return "\n".join(row for row in rows if row)


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
    return _table(cells, facts.unit, _)


def _table(cells: Iterable[tuple[str, str]], unit: str | None, _: Callable[[str], str]) -> str:
    """Key figures, already escaped, as a two-column table captioned with the document's unit."""
    body = "".join(f'<tr><th scope="row">{name}</th><td class="amount">{value}</td></tr>' for name, value in cells)
    caption = f" ({escape(unit)})" if unit else ""
    heading = _("Key figures")
    return f'<table class="key-figures"><caption>{escape(heading)}{caption}</caption>{body}</table>'


def _findings(findings: list[Finding], _: Callable[[str], str], anchor: str) -> str:
    if not findings:
        clean = _("No findings.")
        return f'<p class="clean">{escape(clean)}</p>'
    head = "<thead><tr>" + "".join(f"<th>{escape(_(name))}</th>" for name in _COLUMNS) + "</tr></thead>"
    rows = "".join(
        f'<tr class="finding" data-code="{escape(finding.code)}"><td class="{finding.severity.label}">{escape(_(finding.severity.label))}</td>'
        f"<td>{escape(finding.code)} {escape(finding.name)}</td><td>{finding.line if finding.line is not None else '–'}</td>"
        f"<td>{_where(finding, anchor)}<code>{escape(finding.path)}</code></td>"
        f"<td>{escape(explained(finding))}</td></tr>"
        for finding in findings
    )
    caption = _("Findings")
    return f'<table class="findings"><caption>{escape(caption)}</caption>{head}<tbody>{rows}</tbody></table>'


def _where(finding: Finding, anchor: str) -> str:
    """The human location, linking to the document's section, above the path; without one, the proposal's id beside it."""
    if finding.location:
        return f'<a class="location" href="#{anchor}">{escape(finding.location)}</a><br>'
    return escape(finding.document) + " " if finding.document else ""
