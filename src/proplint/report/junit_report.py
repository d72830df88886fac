"""JUnit XML for CI servers: one test case per checked file, one failure per finding.

A clean file is a passing test case, so the CI server's test count shows how
many proposals were checked, not only the broken ones.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proplint.findings import Finding
    from proplint.report import Presentation, Report


def format_junit(report: Report, presentation: Presentation) -> str:
    from xml.etree import ElementTree as ET

    from proplint.report import position

    by_file: dict[str, list[Finding]] = {file: [] for file in report.checked()}
    for file, group in groupby(report.findings, key=lambda finding: finding.file):
        by_file.setdefault(file, []).extend(group)
    failing = sum(1 for findings in by_file.values() if findings)
    suites = ET.Element("testsuites", name="proplint", tests=str(len(by_file)), failures=str(failing), errors="0")
    suite = ET.SubElement(
        suites, "testsuite", name="proplint", tests=str(len(by_file)), failures=str(failing), errors="0", skipped="0"
    )
    for file, findings in by_file.items():
        case = ET.SubElement(suite, "testcase", classname="proplint", name=file, file=file)
        for finding in findings:
            failure = ET.SubElement(
                case, "failure", message=_xml_safe(f"{finding.code} {finding.message}"), type=finding.severity.label
            )
            hint = f"\nhint: {finding.hint}" if finding.hint else ""
            where = f" ({finding.location})" if finding.location else ""
            failure.text = _xml_safe(
                f"{position(finding)}: {finding.code} ({finding.name}) "
                f"at {finding.path}{where}\n{finding.message}{hint}"
            )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Characters XML 1.0 cannot hold (control characters quoted from a broken file), as ``\\xNN``."""
    return _NOT_XML.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
