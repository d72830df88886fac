"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.

The escaping follows the runner's rules: ``%``, CR and LF in the message;
those and ``:`` and ``,`` in property values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proplint.findings import Severity

from proplint.report import worded

if TYPE_CHECKING:
    from proplint.report import Presentation, Report

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: Report, presentation: Presentation) -> str:
    lines = []
    for finding in report.findings:
        properties = [f"file={escape_property(finding.file)}"]
        if finding.line is not None:  # without a line (Word) the annotation is on the file
            properties += [f"line={finding.line}", f"col={finding.column or 1}"]
        properties.append(f"title={escape_property(finding.code)}")
        where = f"{finding.document} {finding.path}" if finding.document else finding.path
        text = f"{worded(finding)} [{finding.name} at {where}]"
        lines.append(f"::{_COMMANDS[finding.severity]} {','.join(properties)}::{escape_data(text)}")
    for crash in report.crashes:  # an internal error is annotated too, never only on standard error
        lines.append(f"::error title={escape_property('proplint internal error')}::{escape_data(crash)}")
    return "".join(line + "\n" for line in lines)
