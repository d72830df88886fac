"""The concise report: one line per finding, ``file:line:col: CODE message``, for editors and grep.

A finding in one proposal of a collection names it after the position
(``forslag.md:41:5: SU02: S101 …``); Word has no lines (``forslag.docx: SU02: S101 …``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proplint.report import position, worded
from proplint.report.colour import paint

if TYPE_CHECKING:
    from proplint.report import Presentation, Report


def format_concise(report: Report, presentation: Presentation) -> str:
    colour = presentation.colour
    lines = []
    for finding in report.findings:
        location = paint(f"{position(finding)}:", "file", colour)
        lines.append(f"{location} {paint(finding.code, finding.severity.label, colour)} {worded(finding)}")
    return "".join(line + "\n" for line in lines)
