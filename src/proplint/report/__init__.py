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
    thresholds: dict[str, Severity] = attrs.field(factory=dict)
    """Each file's failure threshold, from the options it was checked with (default: error)."""
    baseline: tuple[int, int] | None = None
    """With a baseline: how many findings it held back, and how many of its entries no longer occur."""

    def failing(self) -> int:
        """How many findings reach their file's failure threshold."""
        return sum(finding.severity >= self.thresholds.get(finding.file, Severity.ERROR) for finding in self.findings)

    def counts(self) -> dict[str, int]:
        counts = {severity.label: 0 for severity in sorted(Severity, reverse=True)}
        for finding in self.findings:
            counts[finding.severity.label] += 1
        return counts

    def summary(self) -> dict[str, int]:
        summary = {"files": self.files, **self.counts()}
        if self.baseline is not None:
            summary["baselined"], summary["baseline_stale"] = self.baseline
        return summary


def formatter(name: str, language: str = "en") -> Callable[[Report], str]:
    """The report formatter called ``name``, writing its own words in ``language``."""
    if name == "json":
        from proplint.report.json_report import format_json

        return format_json
    from proplint.report.text_report import format_text

    return lambda report: format_text(report, language)


FORMATS = ("text", "json")
