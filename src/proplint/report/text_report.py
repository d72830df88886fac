"""The text report: findings grouped by file, aligned by tabulate, then a summary."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proplint.report import Report


def format_text(report: Report) -> str:
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
    counts = report.counts()
    files = "file" if report.files == 1 else "files"
    found = ", ".join(f"{count} {label}{'s' if count != 1 and label != 'info' else ''}" for label, count in counts.items())
    summary = f"Checked {report.files} {files}: {found}."
    if report.baseline is not None:
        known, stale = report.baseline
        summary += f" {known} held back by the baseline"
        if stale:
            summary += f"; {stale} baseline {'entry no longer occurs' if stale == 1 else 'entries no longer occur'} (rewrite it with --write-baseline)"
        summary += "."
    lines.append(summary)
    return "\n".join(lines) + "\n"
