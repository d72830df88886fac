"""The JSON report: a stable shape that tools parse (add fields, never rename)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proplint.report import Report

VERSION = 1


def format_json(report: Report) -> str:
    document = {
        "version": VERSION,
        "findings": [finding.to_dict() for finding in report.findings],
        "summary": report.summary(),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
