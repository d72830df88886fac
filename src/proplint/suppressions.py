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

_DIRECTIVE = re.compile(r"#\s*proplint\s*:\s*(?P<body>.*)")
_ANY_DIRECTIVE = re.compile(r"#\s*proplint\s*:")
_KIND = re.compile(r"[a-z-]+")
"""Patterns without a lazy group before trailing blanks: that backtracks quadratically over a long run of spaces."""
KINDS = ("disable", "disable-line", "disable-next-line", "disable-file", "enable")

Expand = Callable[[str], "frozenset[str] | None"]
"""The codes a rule selector (code, name or family) stands for, or ``None``."""


def may_hold_directives(text: str) -> bool:
    """Whether a YAML text has anything that could be a directive: most have none, and are not read line by line."""
    return _ANY_DIRECTIVE.search(text) is not None


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
    _by_word: dict[str, frozenset[str]] | None = attrs.field(default=None, init=False, repr=False, eq=False)

    def codes_of(self, word: str) -> frozenset[str]:
        """The codes one of its selectors stands for (a dict built once: a directive may name thousands)."""
        if self._by_word is None:
            self._by_word = dict(self.selectors)
        return self._by_word.get(word, frozenset())

    def covers(self, finding: Finding) -> bool:
        return finding.line is not None and self.first <= finding.line <= self.last and (self.codes is None or finding.code in self.codes)


@attrs.frozen
class Problem:
    """A directive that cannot be used, for P002."""

    line: int
    column: int
    detail: Phrase


def read_directives(text: str, expand: Expand, unsuppressible: frozenset[str] = frozenset()) -> tuple[list[Directive], list[Problem]]:
    """The directives of a YAML text, with their line ranges resolved; naming only ``unsuppressible`` codes is a problem."""
    lines = text.splitlines()
    found: list[Directive] = []
    problems: list[Problem] = []
    open_blocks: list[Directive] = []
    computed: list[list[int]] = []

    def following() -> list[int]:
        if not computed:
            computed.append(_next_content_lines(lines))
        return computed[0]

    for number, line in enumerate(lines, start=1):
        start = _comment_start(line) if "proplint" in line else -1
        match = _DIRECTIVE.match(line, start) if start >= 0 else None
        if match is None:
            continue
        column = start + 1
        text_of_body = match.group("body").strip()
        parsed = _parse_body(text_of_body)
        if parsed is None:
            problems.append(Problem(number, column, Phrase("unknown directive {body!r} (use one of {kinds})", body=_shortened(text_of_body), kinds=", ".join(KINDS))))
            continue
        kind, rules = parsed
        words = list(dict.fromkeys(part.strip() for part in rules.split(",") if part.strip()))  # a word named twice counts once
        selectors: list[tuple[str, frozenset[str]]] = []
        for word in words:
            expanded = expand(word)
            if expanded is None:
                problems.append(Problem(number, column, Phrase("{word!r} names no rule", word=word)))
            elif expanded <= unsuppressible:
                problems.append(Problem(number, column, Phrase("{word} cannot be suppressed: it is always reported", word=word)))
            else:
                selectors.append((word, expanded - unsuppressible))
        if words and not selectors:
            continue
        frozen = frozenset().union(*(codes for _, codes in selectors)) if selectors else None
        own_line = not line[: column - 1].strip()
        if kind == "enable":
            _close(open_blocks, frozen, number - 1)
            continue
        first, last = _range(kind, own_line, number, lines, following)
        directive = Directive(kind, tuple(selectors), frozen, number, column, first, last)
        found.append(directive)
        if kind == "disable" and own_line:
            open_blocks.append(directive)
    return found, problems


def _shortened(text: str, limit: int = 80) -> str:
    """The text as quoted in a message: at most ``limit`` characters, a long comment cut with an ellipsis."""
    return text if len(text) <= limit else " ".join(text[:limit].split()) + "…"


def _parse_body(body: str) -> tuple[str, str] | None:
    """The kind of a directive's body and the text of its rules (``disable=S101,S102 # why``), or ``None``."""
    kind = _KIND.match(body)
    if kind is None or kind.group() not in KINDS:
        return None
    rest = body[kind.end() :].lstrip()
    if rest.startswith("="):
        return kind.group(), rest[1:].split("#", 1)[0].strip()
    return (kind.group(), "") if not rest or rest.startswith("#") else None


_HTML_DIRECTIVE = re.compile(r"<!--\s*proplint\s*:")


def markdown_directives(text: str) -> str:
    """The ``<!-- proplint: … -->`` comments of a Markdown text as ``# proplint: …`` lines, everything else as content.

    Line numbers and columns stay those of the Markdown, so a directive on its
    own line covers the next content line or, with ``disable``, what follows
    until ``enable``; after text on a line it covers that line.
    """
    lines = []
    for line in text.splitlines():
        match = _HTML_DIRECTIVE.search(line)
        close = line.find("-->", match.end()) if match else -1
        if match is None or close < 0:
            lines.append("x" if line.strip() else "")  # content (a comment-free stand-in), or a blank line
            continue
        start = match.start()
        before = line[:start]
        prefix = ("x" * (start - 1) + " ") if before.strip() else before.replace("\t", " ")
        lines.append(f"{prefix}# {line[start + 4 : close].strip()}")
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


def _range(kind: str, own_line: bool, number: int, lines: list[str], following: Callable[[], list[int]]) -> tuple[int, int]:
    if kind == "disable-file":
        return 1, len(lines) + 1
    if kind == "disable" and own_line:
        return number, len(lines) + 1
    if kind == "disable-next-line" or (kind == "disable-line" and own_line):
        line = following()[number]
        return line, line
    return number, number


def _next_content_lines(lines: list[str]) -> list[int]:
    """For each line number, the first later line that is not blank or a comment (a run of comments is walked once)."""
    following = [0] * (len(lines) + 1)
    after = 0
    for index in range(len(lines), 0, -1):
        following[index] = after or index + 1
        stripped = lines[index - 1].strip()
        if stripped and not stripped.startswith("#"):
            after = index
    return following


def _close(blocks: list[Directive], codes: frozenset[str] | None, last: int) -> None:
    for block in blocks:
        if block.last > last and (codes is None or block.codes is None or block.codes <= codes):
            block.last = last


def suppress(findings: Iterable[Finding], directives: list[Directive], unsuppressible: frozenset[str] = frozenset()) -> list[Finding]:
    """The findings no directive covers (``unsuppressible`` codes it never does); covering directives record what they suppressed."""
    kept: list[Finding] = []
    for finding in findings:
        covering = [directive for directive in directives if finding.code not in unsuppressible and directive.covers(finding)]
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
