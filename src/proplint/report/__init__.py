"""Reports: a run's findings as text for people or JSON for tools."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from proplint.findings import Finding, Severity


@attrs.frozen
class Report:
    """The result of a run: findings of every checked file, and how many files were checked."""

    findings: list[Finding]
    files: int
    crashes: list[str] = attrs.field(factory=list)

    def counts(self) -> dict[str, int]:
        counts = {severity.label: 0 for severity in sorted(Severity, reverse=True)}
        for finding in self.findings:
            counts[finding.severity.label] += 1
        return counts

    def summary(self) -> dict[str, int]:
        return {"files": self.files, **self.counts()}


def formatter(name: str) -> Callable[[Report], str]:
    """The report formatter called ``name``."""
    if name == "json":
        from proplint.report.json_report import format_json

        return format_json
    from proplint.report.text_report import format_text

    return format_text


FORMATS = ("text", "json")
