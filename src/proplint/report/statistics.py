"""``--statistics``: how many findings each rule produced, most frequent first."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from proplint.report.colour import paint, severity
from proplint.report.json_report import VERSION

if TYPE_CHECKING:
    from proplint.findings import Finding
    from proplint.report import Presentation, Report

STATISTICS_FORMATS = ("text", "json")


def rule_counts(report: Report) -> list[tuple[int, Finding]]:
    """Each rule's count with one of its findings (for code, name and severity); ties by code."""
    counts = Counter(finding.code for finding in report.findings)
    first: dict[str, Finding] = {}
    for finding in report.findings:
        first.setdefault(finding.code, finding)
    return sorted(((count, first[code]) for code, count in counts.items()), key=lambda item: (-item[0], item[1].code))


def format_statistics(report: Report, presentation: Presentation, form: str) -> str:
    rows = rule_counts(report)
    if form == "json":
        document: dict[str, Any] = {
            "version": VERSION,
            "statistics": [
                {"code": f.code, "name": f.name, "severity": f.severity.label, "count": count} for count, f in rows
            ],
            "summary": report.summary(),
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    from proplint.report.text_report import summary

    colour = presentation.colour
    lines = []
    if rows:
        from tabulate import tabulate

        table = [(count, paint(f.code, "code", colour), f.name, severity(f.severity, colour)) for count, f in rows]
        lines.append(tabulate(table, tablefmt="plain", colalign=("right", "left", "left", "left")))
    lines.append(summary(report, presentation.language))
    return "\n".join(lines) + "\n"
