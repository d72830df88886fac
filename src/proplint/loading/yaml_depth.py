"""How deeply YAML text nests, judged from the text before it is composed.

The composer recurses once per level: libyaml 0.2.5 and later stop at 1,000
levels, but an older libyaml (or PyYAML without it) goes on until the stack
or the interpreter's recursion limit gives out, which is a segmentation fault
or a RecursionError rather than a finding. So the text is scanned first, in
linear time, for nesting past the limit; real documents never come close, and
the full scan runs only when a line is indented far enough or leads with
enough indicators for the limit to be within reach.
"""

from __future__ import annotations

import re

_FAR = 60
"""Below this indentation and this many leading indicators on every line, no document can pass twice the limit of 100."""
_FAR_INDENT = " " * _FAR
_MANY_INDICATORS = re.compile(rf"[-?:](?:[ \t]+|$)(?:[-?:](?:[ \t]+|$)){{{_FAR - 1}}}", re.MULTILINE)
"""Starts with a character class, so the regex engine skips to the next indicator instead of trying every position."""
_LEADING = re.compile(r" *((?:[-?:](?:[ \t]+|$))*)")
_BLOCK_SCALAR = re.compile(r"(?:^|[ \t])[|>][-+0-9]*[ \t]*(?:#.*)?$")
_BRACKETS = r"[\[\]{}]"  # compiled only for a text with that many brackets


def block_depth_exceeds(text: str, limit: int) -> int | None:
    """The first line (1-based) at which block nesting passes ``limit`` levels, or ``None``.

    An estimate that is never less than the nesting and, as documents are
    written, at most about twice it: each deeper indentation may open two
    levels (a sequence in a mapping can share its column) and each leading
    ``- ``, ``? `` or ``: `` one more, so a line is reported only when its
    estimate passes twice the limit.
    The content of block scalars (``|``, ``>``) is not structure and is skipped.
    """
    if not _within_reach(text):
        return None
    columns: list[int] = []
    scalar: int | None = None  # the column a block scalar's header line starts at, until its content ends
    content: int | None = None  # the column of that block scalar's content, once its first line is seen
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" ")
        if not stripped.strip() or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if scalar is not None:
            if content is None and indent > scalar:
                content = indent
            if content is not None and indent >= content:
                continue
            scalar = content = None
        while columns and columns[-1] > indent:
            columns.pop()
        if not columns or columns[-1] < indent:
            columns.append(indent)
        leading = _LEADING.match(line)
        indicators = len(leading.group(1).replace(" ", "").replace("\t", "")) if leading else 0
        if 2 * len(columns) + indicators > 2 * (limit + 1):  # the top level is level 0, as when converting
            return number
        if _BLOCK_SCALAR.search(line):
            scalar = indent
    return None


def _within_reach(text: str) -> bool:
    """Whether a line is indented :data:`_FAR` columns or :data:`_FAR` indicators follow one another (else nothing nests deep)."""
    return text.startswith(_FAR_INDENT) or "\n" + _FAR_INDENT in text or _MANY_INDICATORS.search(text) is not None


def flow_depth_exceeds(text: str, limit: int) -> bool:
    """Whether flow brackets nest deeper than ``limit`` (libyaml recurses on them)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in re.finditer(_BRACKETS, text):
        if match.group() in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(depth - 1, 0)
    return False
