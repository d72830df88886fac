"""Inline suppressions in YAML comments, and the findings about suppressions themselves.

``# proplint: disable=S101,payback-mismatch`` after a value suppresses those
rules on that line; on a line of its own it suppresses them from there on,
until ``# proplint: enable=…``. ``disable-line`` works on its own line or on
the next content line, ``disable-next-line`` on the next content line, and
``disable-file`` anywhere in the file. Without ``=…`` a directive covers every
rule. A directive that suppresses nothing is reported as P001, one that
cannot be read or names no rule as P002.

In a Markdown export the same directives are HTML comments,
``<!-- proplint: disable=S101 -->``: :func:`markdown_directives` turns them
into the lines :func:`read_directives` reads, at the same lines and columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

from proplint.findings import Finding
from proplint.phrases import Phrase

_DIRECTIVE = re.compile(r"#\s*proplint\s*:\s*(?P<body>.*?)\s*$")
_BODY = re.compile(r"(?P<kind>[a-z-]+)\s*(?:=\s*(?P<rules>[^#]*?))?\s*(?:#.*)?$")
KINDS = ("disable", "disable-line", "disable-next-line", "disable-file", "enable")
UNSUPPRESSIBLE = frozenset({"D001", "D002", "D003", "P001", "P002"})

Expand = Callable[[str], "frozenset[str] | None"]
"""The codes a rule selector (code, name or family) stands for, or ``None``."""


@attrs.define
class Directive:
    """One ``# proplint:`` comment: what it covers, and whether it suppressed anything."""

    kind: str
    selectors: tuple[tuple[str, frozenset[str]], ...]
    codes: frozenset[str] | None  # None: every rule
    line: int
    column: int
    first: int
    last: int
    used: set[str] = attrs.field(factory=set)

    def covers(self, finding: Finding) -> bool:
        return finding.line is not None and self.first <= finding.line <= self.last and (self.codes is None or finding.code in self.codes)


@attrs.frozen
class Problem:
    """A directive that cannot be used, for P002."""

    line: int
    column: int
    detail: Phrase


def read_directives(text: str, expand: Expand) -> tuple[list[Directive], list[Problem]]:
    """The directives of a YAML text, with their line ranges resolved."""
    lines = text.splitlines()
    found: list[Directive] = []
    problems: list[Problem] = []
    open_blocks: list[Directive] = []
    for number, line in enumerate(lines, start=1):
        start = _comment_start(line) if "proplint" in line else -1
        match = _DIRECTIVE.match(line, start) if start >= 0 else None
        if match is None:
            continue
        column = start + 1
        body = _BODY.match(match.group("body"))
        if body is None or body.group("kind") not in KINDS:
            problems.append(Problem(number, column, Phrase("unknown directive {body!r} (use one of {kinds})", body=match.group("body"), kinds=", ".join(KINDS))))
            continue
        kind = body.group("kind")
        words = [part.strip() for part in (body.group("rules") or "").split(",") if part.strip()]
        selectors: list[tuple[str, frozenset[str]]] = []
        for word in words:
            expanded = expand(word)
            if expanded is None:
                problems.append(Problem(number, column, Phrase("{word!r} names no rule", word=word)))
            elif expanded <= UNSUPPRESSIBLE:
                problems.append(Problem(number, column, Phrase("{word} cannot be suppressed: it is always reported", word=word)))
            else:
                selectors.append((word, expanded - UNSUPPRESSIBLE))
        if words and not selectors:
            continue
        frozen = frozenset().union(*(codes for _, codes in selectors)) if selectors else None
        own_line = not line[: column - 1].strip()
        if kind == "enable":
            _close(open_blocks, frozen, number - 1)
            continue
        first, last = _range(kind, own_line, number, lines)
        directive = Directive(kind, tuple(selectors), frozen, number, column, first, last)
        found.append(directive)
        if kind == "disable" and own_line:
            open_blocks.append(directive)
    return found, problems


_HTML_DIRECTIVE = re.compile(r"<!--\s*(proplint\s*:.*?)\s*-->")


def markdown_directives(text: str) -> str:
    """The ``<!-- proplint: … -->`` comments of a Markdown text as ``# proplint: …`` lines, everything else as content.

    Line numbers and columns stay those of the Markdown, so a directive on its
    own line covers the next content line or, with ``disable``, what follows
    until ``enable``; after text on a line it covers that line.
    """
    lines = []
    for line in text.splitlines():
        match = _HTML_DIRECTIVE.search(line)
        if match is None:
            lines.append("x" if line.strip() else "")  # content (a comment-free stand-in), or a blank line
            continue
        start = match.start()
        before = line[:start]
        prefix = ("x" * (start - 1) + " ") if before.strip() else before.replace("\t", " ")
        lines.append(f"{prefix}# {match.group(1)}")
    return "\n".join(lines) + "\n"


def _comment_start(line: str) -> int:
    """Where a YAML comment starts on the line (a ``#`` after a space, outside quotes), or -1."""
    quote = ""
    index = 0
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if quote:
            if char == quote:
                if quote == "'" and line.startswith("''", index):
                    index += 2
                    continue
                quote = ""
        elif char in "\"'" and (index == 0 or line[index - 1] in " \t[{,:-?"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
        index += 1
    return -1


def _range(kind: str, own_line: bool, number: int, lines: list[str]) -> tuple[int, int]:
    if kind == "disable-file":
        return 1, len(lines) + 1
    if kind == "disable" and own_line:
        return number, len(lines) + 1
    if kind == "disable-next-line" or (kind == "disable-line" and own_line):
        following = _next_content_line(lines, number)
        return following, following
    return number, number


def _next_content_line(lines: list[str], number: int) -> int:
    for index in range(number, len(lines)):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            return index + 1
    return number + 1


def _close(blocks: list[Directive], codes: frozenset[str] | None, last: int) -> None:
    for block in blocks:
        if block.last > last and (codes is None or block.codes is None or block.codes <= codes):
            block.last = last


def suppress(findings: Iterable[Finding], directives: list[Directive]) -> list[Finding]:
    """The findings no directive covers; covering directives record what they suppressed."""
    kept: list[Finding] = []
    for finding in findings:
        covering = [directive for directive in directives if finding.code not in UNSUPPRESSIBLE and directive.covers(finding)]
        for directive in covering:
            directive.used.add(finding.code)
        if not covering:
            kept.append(finding)
    return kept


def unused(directives: list[Directive]) -> list[tuple[Directive, str]]:
    """Each directive, and each rule it names, that suppressed nothing."""
    result: list[tuple[Directive, str]] = []
    for directive in directives:
        if directive.codes is None:
            if not directive.used:
                result.append((directive, "every rule"))
            continue
        for word, codes in directive.selectors:
            if not codes & directive.used:
                result.append((directive, word))
    return result
