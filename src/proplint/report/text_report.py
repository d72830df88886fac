"""The text report: findings grouped by file, aligned by tabulate, then a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proplint.report import Report


def format_text(report: Report, language: str = "en") -> str:
    lines: list[str] = []
    if report.findings:
        from tabulate import tabulate

        for file, group in groupby(report.findings, key=lambda finding: finding.file):
            rows = []
            for finding in group:
                message = finding.message if not finding.hint else f"{finding.message} ({finding.hint})"
                rows.append((f"{file}:{finding.line}:{finding.column}", finding.severity.label, finding.code, message))
            lines.append(file)
            lines.append(tabulate(rows, tablefmt="plain", disable_numparse=True))
            lines.append("")
    lines.append(_summary(report, language))
    return "\n".join(lines) + "\n"


def _summary(report: Report, language: str) -> str:
    from proplint.i18n import translations

    catalogue = translations(language)
    counts = report.counts()
    found = ", ".join(
        [
            catalogue.ngettext("{count} error", "{count} errors", counts["error"]).format(count=counts["error"]),
            catalogue.ngettext("{count} warning", "{count} warnings", counts["warning"]).format(count=counts["warning"]),
            catalogue.ngettext("{count} info", "{count} info", counts["info"]).format(count=counts["info"]),
        ]
    )
    summary = catalogue.ngettext("Checked {count} file: {found}.", "Checked {count} files: {found}.", report.files)
    summary = summary.format(count=report.files, found=found)
    if report.baseline is not None:
        known, stale = report.baseline
        summary += " " + catalogue.gettext("{known} held back by the baseline.").format(known=known)
        if stale:
            text = catalogue.ngettext(
                "{stale} baseline entry no longer occurs (rewrite it with --write-baseline).",
                "{stale} baseline entries no longer occur (rewrite them with --write-baseline).",
                stale,
            )
            summary += " " + text.format(stale=stale)
    return summary
