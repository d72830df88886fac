"""Findings: what a check reports, and how bad it is."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from proplint.paths import Path, format_path


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so thresholds compare with ``>=``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    def moved(self, step: int) -> Severity:
        """This severity ``step`` levels up (or down), kept within info–error."""
        return Severity(min(max(self + step, Severity.INFO), Severity.ERROR))

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            allowed = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of {allowed})") from None


@attrs.frozen
class Hit:
    """A check's raw report: the rule's code, where, and the message arguments.

    The engine turns a hit into a :class:`Finding` by stamping the rule's name,
    severity and worded message from the ruleset, so the wording lives in one place.
    """

    code: str
    path: Path
    args: dict[str, Any] = attrs.field(factory=dict)
    at: tuple[int, int] | None = None
    """A line and column to report instead of the path's (for findings about comments)."""
    offset: int | None = None
    """A character offset inside the text at ``path``: the finding points at it there (a figure in prose)."""
    step: int = 0
    """Severity levels this case lies above (+1) or below (-1) the rule's severity, as the rule's page says.

    One code, one rule, but some cases weigh more than others: a misspelt
    required key (D004) is graver than an unknown one. The configured
    severity moves every case; the finding's severity stays within info–error.
    """


@attrs.frozen
class Finding:
    """One problem in one document, located at its exact source node."""

    code: str
    name: str
    severity: Severity
    message: str
    file: str
    line: int | None
    """1-based; ``None`` where the source has no lines to point at (a Word document)."""
    column: int | None
    path: str
    hint: str | None = None
    fingerprint: str = ""
    """Stable across unrelated edits: the rule, the path and the offending value (for baselines)."""
    document: str | None = None
    """The proposal's id when the finding is about one proposal of a file that holds several (a Word collection)."""
    location: str = ""
    """Where it is in the document's own words, in the report's language: ``Tabel 1 › Varige ændringer › Mindre overtid › 2027``."""
    earlier_fingerprint: str | None = attrs.field(default=None, eq=False, repr=False)
    """The fingerprint as proplint computed it before it read values as written, where that differs (a rejected value, an
    amount list): a baseline written then still holds the finding back. Not part of any report."""
    earlier_path: str | None = attrs.field(default=None, eq=False, repr=False)
    """The path earlier versions reported the finding at, where that is another (after an element removed from a list)."""

    def to_dict(self) -> dict[str, Any]:
        """The finding as it appears in the JSON report; ``document`` only where it is set (an optional field)."""
        fields = {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.label,
            "message": self.message,
            "hint": self.hint,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "fingerprint": self.fingerprint,
        }
        if self.document is not None:
            fields["document"] = self.document
        fields["location"] = self.location
        return fields

    @property
    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        """File, then position; findings without one (Word) by proposal, then rule and path."""
        return (self.file, self.line or 0, self.column or 0, self.document or "", self.code, self.path)


__all__ = ["Finding", "Hit", "Severity", "format_path"]
