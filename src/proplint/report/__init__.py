"""Reports: a run's findings in the format its reader wants (people, editors, CI servers, tools)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Literal

import attrs

from proplint.findings import Finding, Severity
from proplint.i18n import LANGUAGES
from proplint.ruleset import load_ruleset

if TYPE_CHECKING:
    from proplint.facts import Facts
    from proplint.ruleset import Rule


@attrs.frozen
class Report:
    """The result of a run: findings of every checked file, and how many files were checked."""

    findings: list[Finding]
    files: int
    crashes: list[str] = attrs.field(factory=list)
    thresholds: dict[str, Severity] = attrs.field(factory=dict)
    """Each checked file's failure threshold, from the options it was checked with (default: error)."""
    baseline: tuple[int, int] | None = None
    """With a baseline: how many findings it held back, and how many of its entries no longer occur."""
    facts: list[Facts] = attrs.field(factory=list, eq=False, repr=False)
    """Each checked document's kind, identity and key figures (for the HTML report)."""
    rules: Mapping[str, Rule] = attrs.field(factory=dict, eq=False, repr=False)
    """The rules of the rulesets the run checked with, by code (for formats that describe their rules: SARIF)."""

    def failing(self) -> int:
        """How many findings reach their file's failure threshold."""
        return sum(finding.severity >= self.thresholds.get(finding.file, Severity.ERROR) for finding in self.findings)

    def checked(self) -> list[str]:
        """The checked files, in the order they were checked (clean ones included)."""
        return list(self.thresholds)

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


@attrs.frozen
class Presentation:
    """How a report is shown: its language, colour, source excerpts, and the rules behind the codes."""

    language: str = "en"
    colour: bool = False
    show_source: bool = False
    rules: Mapping[str, Rule] = attrs.field(factory=dict)
    """Rule metadata for formats that describe their rules (SARIF)."""
    quiet: bool = False
    """Findings only: no summary line."""


def position(finding: Finding) -> str:
    """``file:line:col`` as editors read it, or ``file`` alone (Word has no lines); then the proposal's id, if any."""
    where = finding.file if finding.line is None else f"{finding.file}:{finding.line}:{finding.column or 1}"
    return f"{where}: {finding.document}" if finding.document else where


def explained(finding: Finding) -> str:
    """The message and, where the rule gives one, its hint in brackets: ``… (hint)``, as every report words a finding."""
    return f"{finding.message} ({finding.hint})" if finding.hint else finding.message


def worded(finding: Finding) -> str:
    """The message, its hint in brackets, and where it is in the document's own words: ``… (hint) — Tabel 1 › … › 2027``."""
    text = explained(finding)
    return f"{text} — {finding.location}" if finding.location else text


Formatter = Callable[[Report, Presentation], str]

ReportFormat = Literal["text", "concise", "json", "sarif", "github", "junit", "html"]
FORMATS: tuple[ReportFormat, ...] = ("text", "concise", "json", "sarif", "github", "junit", "html")


def formatter(name: str) -> Formatter:
    """The report formatter called ``name`` (one of :data:`FORMATS`); each loads only its own module."""
    module, function = _FORMATTERS[name]
    found: Formatter = getattr(importlib.import_module(f"proplint.report.{module}"), function)
    return found


_FORMATTERS = {
    "text": ("text_report", "format_text"),
    "concise": ("concise_report", "format_concise"),
    "json": ("json_report", "format_json"),
    "sarif": ("sarif_report", "format_sarif"),
    "github": ("github_report", "format_github"),
    "junit": ("junit_report", "format_junit"),
    "html": ("html_report", "format_html"),
}


def format_report(report: Report, format: ReportFormat, *, language: str | None = None) -> str:
    """The report written as ``proplint check --format FORMAT`` writes it (``html``: the page ``proplint report`` writes).

    ``language`` (``en``, the default, or ``da``) words what the format adds
    to the findings: severities, the summary, the HTML page. The findings'
    messages keep the language they were linted in (``Options.language``).
    SARIF describes the rules the report was checked with (a report read
    back from JSON has none: then the shipped default ruleset's). Raises
    :class:`ValueError` for an unknown format or language.
    """
    if format not in _FORMATTERS:
        raise ValueError(f"unknown report format {format!r} (expected one of {', '.join(FORMATS)})")
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (expected one of {', '.join(LANGUAGES)})")
    rules = report.rules
    if not rules:
        rules = load_ruleset().rules
    presentation = Presentation(language=language or "en", rules=rules)
    return formatter(format)(report, presentation)
