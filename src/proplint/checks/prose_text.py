"""The prose the W rules read: the text fields, their money statements and the tables' series, each worked out once per proposal.

Also the W rules' parameters (``ProseWords``), the same vocabulary for
every W rule.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from proplint.checks.prose_words import Vocabulary
from proplint.model import Proposal
from proplint.paths import Path

if TYPE_CHECKING:
    from proplint.checks.prose_match import Series
    from proplint.checks.prose_reader import Statement

_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
"""What every figure the prose reader finds has (its pattern reads digits): a text without one is not read."""


class Hedge(enum.Enum):
    """How a hedge word bounds the figure after it (``ca.``: about; ``knap``: below; ``op til``: at most)."""

    ABOUT = "about"
    BELOW = "below"
    ABOVE = "above"
    AT_MOST = "at_most"
    AT_LEAST = "at_least"


ProseWords: type[Any] = attrs.make_class(
    "ProseWords",
    {
        field.name: attrs.field(type=dict[str, Hedge], factory=dict) if field.name == "hedges" else attrs.field(type=tuple[str, ...], default=())
        for field in attrs.fields(Vocabulary)
    },
    frozen=True,
)
"""The parameters of the W rules, as written: a list of words for each of :class:`Vocabulary`'s fields, hedges as a table."""


def text_fields(proposal: Proposal) -> Iterator[tuple[Path, str]]:
    """The prose the W rules read, with its document path."""
    for key in ("summary", "description"):
        value = getattr(proposal, key)
        if isinstance(value, str) and value.strip():
            yield (key,), value
    economy = proposal.economy
    if economy is None:
        return
    text = getattr(economy, "text", None)
    if isinstance(text, str) and text.strip():
        yield ("economy", "text"), text
    for index, note in enumerate(economy.notes):
        if isinstance(note, str) and note.strip():
            yield ("economy", "notes", index), note


def own_budget(proposal: Proposal) -> int | None:
    """The budget year the proposal belongs to: from ``budget``, else its first year column."""
    if proposal.budget:
        match = _YEAR.search(proposal.budget)
        if match:
            return int(match.group())
    economy = proposal.economy
    return economy.years[0] if economy is not None and economy.years else None


def money_statements(proposal: Proposal, words: Vocabulary) -> Iterator[tuple[Path, Statement]]:
    """The money statements of the proposal's prose, read once for the W rules that run one after another."""
    global _READ
    read = _READ
    if read is None or read[0] is not proposal or read[1] is not words:
        found: tuple[tuple[Path, Statement], ...] = ()
        texts = texts_with_digits(proposal)
        if texts:
            from proplint.checks.prose_reader import read_text

            budget = own_budget(proposal)
            found = tuple((path, statement) for path, text in texts for statement in read_text(text, words, budget))
        read = _READ = (proposal, words, found)
    return iter(read[2])


def texts_with_digits(proposal: Proposal) -> list[tuple[Path, str]]:
    """The text fields that may hold a figure, found once for the W rules that run one after another."""
    global _TEXTS
    if _TEXTS is None or _TEXTS[0] is not proposal:
        _TEXTS = (proposal, [(path, text) for path, text in text_fields(proposal) if _DIGIT.search(text)])
    return list(_TEXTS[1])


def table_series(proposal: Proposal) -> list[Series]:
    """:func:`series_of` the proposal, worked out once for the W rules that run one after another."""
    from proplint.checks.prose_match import series_of

    global _SERIES
    if _SERIES is None or _SERIES[0] is not proposal:
        _SERIES = (proposal, series_of(proposal))
    return _SERIES[1]


_READ: tuple[Proposal, Vocabulary, tuple[tuple[Path, Statement], ...]] | None = None
_SERIES: tuple[Proposal, list[Series]] | None = None
_TEXTS: tuple[Proposal, list[tuple[Path, str]]] | None = None
