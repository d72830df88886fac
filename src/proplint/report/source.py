"""Source excerpts: the offending line with a caret under the column, the way compilers show errors."""

from __future__ import annotations

from proplint.findings import Finding
from proplint.report.colour import paint


class SourceLines:
    """Each file's lines, read once for one report (and again for the next: the file may have changed)."""

    def __init__(self) -> None:
        self._files: dict[str, tuple[str, ...]] = {}

    def __call__(self, file: str) -> tuple[str, ...]:
        known = self._files.get(file)
        if known is None:
            known = self._files[file] = _read(file)
        return known


def _read(file: str) -> tuple[str, ...]:
    try:
        with open(file, encoding="utf-8", errors="replace") as handle:
            return tuple(handle.read().splitlines())
    except OSError:
        return ()


def excerpt(finding: Finding, colour: bool = False, sources: SourceLines | None = None) -> list[str]:
    """Two lines, the source line and the caret under the finding's column; none when the line is unknown."""
    if finding.line is None:
        return []
    lines = (sources or SourceLines())(finding.file)
    if not 1 <= finding.line <= len(lines):
        return []
    text = lines[finding.line - 1].expandtabs(1)
    number = str(finding.line)
    gutter = " " * len(number)
    column = min(max(finding.column or 1, 1), len(text) + 1)
    return [
        f" {paint(number, 'dim', colour)} | {text}",
        f" {gutter} | {' ' * (column - 1)}{paint('^', 'caret', colour)}",
    ]
