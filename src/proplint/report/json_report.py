"""The JSON report: a stable shape that tools parse (add fields, never rename)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from proplint.report import Presentation, Report

VERSION = 1


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as the JSON document holds it."""
    document: dict[str, Any] = {
        "version": VERSION,
        "findings": [finding.to_dict() for finding in report.findings],
        "summary": report.summary(),
    }
    if report.crashes:
        document["crashes"] = list(report.crashes)  # internal errors: never only on standard error
    return document


def format_json(report: Report, presentation: Presentation | None = None) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
