"""Source excerpts: the offending line with a caret under the column, the way compilers show errors."""

from __future__ import annotations

from functools import lru_cache

from proplint.findings import Finding
from proplint.report.colour import paint


@lru_cache(maxsize=64)
def _lines(file: str) -> tuple[str, ...]:
    try:
        with open(file, encoding="utf-8", errors="replace") as handle:
            return tuple(handle.read().splitlines())
    except OSError:
        return ()


def excerpt(finding: Finding, colour: bool = False) -> list[str]:
    """Two lines, the source line and the caret under the finding's column; none when the line is unknown."""
    if finding.line is None:
        return []
    lines = _lines(finding.file)
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


def forget() -> None:
    """Drop cached file contents (between runs in one process, e.g. in tests)."""
    _lines.cache_clear()
