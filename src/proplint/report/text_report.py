"""The text report: findings grouped by file, aligned by tabulate, then a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from proplint.i18n import translations
from proplint.report import position, worded
from proplint.report.colour import paint, severity

if TYPE_CHECKING:
    from proplint.findings import Finding
    from proplint.report import Presentation, Report


def format_text(report: Report, presentation: Presentation) -> str:
    colour, language = presentation.colour, presentation.language
    lines: list[str] = []
    if report.findings:
        from tabulate import tabulate

        for file, group in groupby(report.findings, key=lambda finding: finding.file):
            lines.append(paint(file, "file", colour))
            if presentation.show_source:
                lines.extend(_with_source(list(group), colour, language))
            else:
                rows = [
                    (_location(finding), severity(finding.severity, colour, language=language), paint(finding.code, "code", colour), _message(finding))
                    for finding in group
                ]
                lines.append(tabulate(rows, tablefmt="plain", disable_numparse=True))
            lines.append("")
    if presentation.quiet:
        return "\n".join(lines[:-1]) + "\n" if lines else ""
    lines.append(summary(report, language))
    return "\n".join(lines) + "\n"


def _location(finding: Finding) -> str:
    return position(finding)


def _message(finding: Finding) -> str:
    return worded(finding)


def _with_source(findings: list[Finding], colour: bool, language: str) -> list[str]:
    from proplint.report.source import SourceLines, excerpt

    sources = SourceLines()
    lines: list[str] = []
    for finding in findings:
        code = paint(finding.code, "code", colour)
        lines.append(f"{_location(finding)}: {severity(finding.severity, colour, language=language)} {code} {_message(finding)}")
        lines.extend(excerpt(finding, colour, sources))
    return lines


def summary(report: Report, language: str) -> str:
    """How many files, and how many findings of each severity; then what the baseline held back, and any internal errors."""
    catalogue = translations(language)
    counts = report.counts()
    found = ", ".join(
        [
            catalogue.ngettext("{count} error", "{count} errors", counts["error"]).format(count=counts["error"]),
            catalogue.ngettext("{count} warning", "{count} warnings", counts["warning"]).format(count=counts["warning"]),
            catalogue.ngettext("{count} info", "{count} info", counts["info"]).format(count=counts["info"]),
        ]
    )
    text = catalogue.ngettext("Checked {count} file: {found}.", "Checked {count} files: {found}.", report.files)
    text = text.format(count=report.files, found=found)
    if report.baseline is not None:
        known, stale = report.baseline
        text += " " + catalogue.gettext("{known} held back by the baseline.").format(known=known)
        if stale:
            stale_text = catalogue.ngettext(
                "{stale} baseline entry no longer occurs (rewrite it with --write-baseline).",
                "{stale} baseline entries no longer occur (rewrite them with --write-baseline).",
                stale,
            )
            text += " " + stale_text.format(stale=stale)
    if report.crashes:
        crashed = catalogue.ngettext(
            "{count} internal error: a check crashed, so these findings are incomplete (exit 2).",
            "{count} internal errors: checks crashed, so these findings are incomplete (exit 2).",
            len(report.crashes),
        )
        text += " " + crashed.format(count=len(report.crashes))
    return text
