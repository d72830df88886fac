"""Splitting prose into sentences and clauses, keeping every offset into the field's text.

A finding points at its figure inside the text, so nothing here copies or
rewrites the text: sentences and clauses are spans. A short line without a
full stop is a sub-heading ("Varige ændringer:"); the sentences under it
remember it, because it says which section they speak of.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from proplint.lazy_re import compile_lazily

_BOUNDARY = compile_lazily(r"(?<=[.!?])[\"”')]*\s+(?=[\"“(]?[A-ZÆØÅ])")
_NOT_AN_END = compile_lazily(
    r"(?:\b(?:ca|bl\.a|f\.eks|jf|jvf|hhv|evt|inkl|ekskl|nr|pkt|kl|mv|ifm|vedr|d|dvs|pga|mht|ift|iht|fx|t|mio|mia|kr)\.)\Z",
    re.IGNORECASE,
)
_PARAGRAPH = compile_lazily(r"\n\s*\n|\n(?=\s*(?:[-*•–]\s|\d+[.)]\s))")
_BULLET = compile_lazily(r"\s*(?:[-*•–]|\d+[.)])\s+")
_CLAUSE_BREAK = compile_lazily(r"[,;:](?=\s)|\s[–—]\s|\s(?=(?:men|mens)\s)|[()]", re.IGNORECASE)
_FIRST_WORD = compile_lazily(r"\s*(\w+)")
SUBORDINATORS = frozenset({"at", "men", "da", "fordi", "idet", "hvis", "når", "selvom", "mens", "hvilket", "eftersom", "såfremt"})
"""A clause starting with one of these says why or when, not what: it does not inherit the sentence's subject."""


@attrs.frozen
class Clause:
    start: int
    end: int
    inherits: bool
    """Whether the clause continues the one before it ("…, fordelt med 1,1 mio. kr. i 2027")."""


@attrs.frozen
class Sentence:
    start: int
    end: int
    heading: str
    """The sub-heading the sentence sits under, or ``""``."""
    clauses: tuple[Clause, ...]


def sentences(text: str) -> Iterator[Sentence]:
    """The sentences of a text, in order, each with its clauses and the sub-heading above it."""
    heading = ""
    for start, end in _paragraphs(text):
        paragraph = text[start:end]
        if _is_heading(paragraph):
            heading = paragraph.strip().rstrip(":").strip()
            continue
        for sentence_start, sentence_end in _split_sentences(text, start, end):
            yield Sentence(sentence_start, sentence_end, heading, tuple(_clauses(text, sentence_start, sentence_end)))


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for match in _PARAGRAPH.finditer(text):
        yield from _trimmed(text, position, match.start())
        position = match.end()
    yield from _trimmed(text, position, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    bullet = _BULLET.match(text, start, end)
    if bullet:
        start = bullet.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def _is_heading(paragraph: str) -> bool:
    """A short line without a full stop and without a figure: "Varige ændringer", "Implementering:"."""
    stripped = paragraph.strip()
    if "\n" in stripped or stripped.endswith((".", "!", "?", ",")) or any(char.isdigit() for char in stripped):
        return False
    return 0 < len(stripped.split()) <= 6


def _split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    for match in _BOUNDARY.finditer(text, start, end):
        before = text[position : match.start()]
        if _NOT_AN_END.search(before):
            continue
        yield position, match.start()
        position = match.end()
    if position < end:
        yield position, end


def _clauses(text: str, start: int, end: int) -> Iterator[Clause]:
    position = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > position:
            yield _clause(text, position, match.start(), position != start)
        position = match.end()
    if position < end:
        yield _clause(text, position, end, position != start)


def _clause(text: str, start: int, end: int, continued: bool) -> Clause:
    word = _FIRST_WORD.match(text, start, end)
    inherits = continued and not (word is not None and word.group(1).casefold() in SUBORDINATORS)
    return Clause(start, end, inherits)
