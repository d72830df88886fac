"""The vocabulary the W rules read prose with, from the ruleset's parameters.

A municipality adds its own words in its ruleset (``params`` of W101–W104);
the reader knows no word that is not listed here or there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import attrs

HEDGE_KINDS = ("about", "below", "above", "at_most", "at_least")
"""ca./omkring widen a figure; knap/godt bound it from above/below; op til/mindst cap it."""


def _words(params: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = params.get(key) or ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(word).casefold() for word in value if str(word).strip())


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word) for word in ordered) or r"(?!x)x"


@attrs.frozen
class Vocabulary:
    """Words that tie a sentence to a section, bound a figure, or rule a figure out."""

    saving_words: tuple[str, ...] = ()
    implementation_words: tuple[str, ...] = ()
    impact_words: tuple[str, ...] = ()
    total_words: tuple[str, ...] = ()
    hedges: tuple[tuple[str, str], ...] = ()
    non_money_units: tuple[str, ...] = ()
    earlier_budget_words: tuple[str, ...] = ()
    part_words: tuple[str, ...] = ()
    rate_words: tuple[str, ...] = ()
    phase_in_words: tuple[str, ...] = ()
    reference_words: tuple[str, ...] = ()
    """Words right before a figure that make it the size of something else ("et budget på 250 mio. kr.")."""

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> Vocabulary:
        known = _BY_PARAMS.get(id(params))
        if known is not None and known[0] is params:  # the same rule's parameters, file after file
            return known[1]
        vocabulary = _vocabulary(tuple(sorted((key, _freeze(value)) for key, value in params.items())))
        if len(_BY_PARAMS) >= 64:
            _BY_PARAMS.clear()
        _BY_PARAMS[id(params)] = (params, vocabulary)
        return vocabulary

    @property
    def non_money(self) -> re.Pattern[str]:
        """A non-money unit right after a figure: ``12 timer``, ``3 årsværk``, ``25 pct.``."""
        return _non_money(self.non_money_units)

    @property
    def hedge(self) -> re.Pattern[str]:
        """A hedge right before a figure: ``ca. 2,5``, ``knap 4``."""
        return _hedge(tuple(word for word, _ in self.hedges))

    def hedge_kind(self, word: str) -> str | None:
        return dict(self.hedges).get(word.casefold())


_BY_PARAMS: dict[int, tuple[Mapping[str, Any], Vocabulary]] = {}
"""Vocabularies by the parameters they were read from: freezing the parameters for every file cost more than the check."""


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return tuple(sorted((str(key), str(item)) for key, item in value.items()))
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value)
    return value


@lru_cache(maxsize=16)
def _vocabulary(frozen: tuple[tuple[str, Any], ...]) -> Vocabulary:
    params = dict(frozen)
    hedges = params.get("hedges") or ()
    pairs = tuple(
        (str(word).casefold(), str(kind)) for word, kind in (hedges if isinstance(hedges, tuple) else ()) if kind in HEDGE_KINDS
    )
    return Vocabulary(
        saving_words=_words(params, "saving_words"),
        implementation_words=_words(params, "implementation_words"),
        impact_words=_words(params, "impact_words"),
        total_words=_words(params, "total_words"),
        hedges=pairs,
        non_money_units=_words(params, "non_money_units"),
        earlier_budget_words=_words(params, "earlier_budget_words"),
        part_words=_words(params, "part_words"),
        rate_words=_words(params, "rate_words"),
        phase_in_words=_words(params, "phase_in_words"),
        reference_words=_words(params, "reference_words"),
    )


@lru_cache(maxsize=64)
def _non_money(units: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_alternation(units)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _hedge(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?P<hedge>{_alternation(words)})\s*\Z", re.IGNORECASE)


COMPOUND_LENGTH = 6
"""Words this long are found inside Danish compounds too: ``bruttobesparelsen`` has ``besparelse``."""


def contains_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` has a word (or phrase) starting with one of ``words`` (``besparelsen`` has ``besparelse``),
    or, for words of six letters or more, ending a compound with it."""
    inside, starting = _word_finders(words)
    folded = text.casefold()
    return any(word in folded for word in inside) or (starting is not None and starting.search(folded) is not None)


@lru_cache(maxsize=256)
def _word_finders(words: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """Long words are looked for anywhere (inside compounds); the others at the start of a word."""
    inside = tuple(word for word in words if len(word) >= COMPOUND_LENGTH and word.isalpha())
    rest = [word for word in words if word not in inside]
    return inside, (re.compile(rf"(?<!\w)(?:{_alternation(rest)})") if rest else None)
