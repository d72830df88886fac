"""The format's fixed vocabularies, each with the Danish words users may write instead."""

from __future__ import annotations

import enum
from decimal import Decimal
from functools import cache


class Vocabulary(enum.StrEnum):
    """An enumerated value of the format, read case-insensitively in English or Danish."""

    @classmethod
    def lookup(cls) -> dict[str, Vocabulary]:
        """Every accepted spelling, lower-cased, mapped to its member."""
        table: dict[str, Vocabulary] = {}
        for member in cls:
            table[member.value.lower()] = member
            table[member.value.lower().replace("_", " ")] = member
        for alias, value in cls.aliases().items():
            table[alias.lower()] = cls(value)
        return table

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {}

    @classmethod
    def danish(cls) -> dict[str, str]:
        """Each value's Danish word (the first Danish alias proplint reads for it), for Danish output."""
        return dict(_danish_words(cls))

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, Danish word) of every member, to tell a user what to write."""
        danish = cls.danish()
        return [(member.value, danish.get(member.value, member.value)) for member in cls]


@cache
def _danish_words(vocabulary: type[Vocabulary]) -> dict[str, str]:
    """Worked out once per vocabulary: telling Danish words from English spellings compares strings."""
    from difflib import SequenceMatcher

    words: dict[str, str] = {}
    for alias, value in vocabulary.aliases().items():
        if value != alias and SequenceMatcher(None, alias, value).ratio() > 0.85:
            continue  # another English spelling ("realization"), not a Danish word
        words.setdefault(value, alias)
    return words


class DocumentKind(Vocabulary):
    PROPOSAL = "proposal"
    CATALOGUE = "catalogue"
    CASE_STATUS = "case-status"
    EFFECT_STATUS = "effect-status"


class Kind(Vocabulary):
    """The kind of proposal (forslagstype)."""

    INVESTMENT = "investment"
    INNOVATION = "innovation"
    EFFICIENCY = "efficiency"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {
            "investeringsforslag": "investment",
            "innovationsforslag": "innovation",
            "effektiviseringsforslag": "efficiency",
        }


class Unit(Vocabulary):
    """The unit amounts are written in ("1.000 kr.")."""

    THOUSAND_DKK = "1000 DKK"
    DKK = "DKK"
    MILLION_DKK = "mio DKK"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {
            "1.000 dkk": "1000 DKK",
            "1.000 kr.": "1000 DKK",
            "1.000 kr": "1000 DKK",
            "1000 kr.": "1000 DKK",
            "1000 kr": "1000 DKK",
            "t.kr.": "1000 DKK",
            "kr.": "DKK",
            "kr": "DKK",
            "mio. dkk": "mio DKK",
            "mio. kr.": "mio DKK",
            "mio kr": "mio DKK",
            "mio. kr": "mio DKK",
        }

    @classmethod
    def danish(cls) -> dict[str, str]:
        return {"1000 DKK": "1.000 kr.", "DKK": "kr.", "mio DKK": "mio. kr."}


UNIT_KRONER: dict[Unit, Decimal] = {Unit.DKK: Decimal(1), Unit.THOUSAND_DKK: Decimal(1000), Unit.MILLION_DKK: Decimal(1_000_000)}
"""Kroner per unit of each unit the format knows."""


class RowType(Vocabulary):
    SAVING = "saving"
    COST = "cost"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"besparelse": "saving", "udgift": "cost", "omkostning": "cost"}


class SectionName(Vocabulary):
    """A Table 1 section that a supporting table details."""

    PERMANENT = "permanent"
    IMPLEMENTATION = "implementation"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"varige ændringer": "permanent", "implementeringsomkostninger": "implementation"}


class FollowUpGroup(Vocabulary):
    MILESTONE = "milestone"
    REALISATION = "realisation"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"realization": "realisation", "milepæl": "milestone", "realisering": "realisation"}


class RiskLevel(Vocabulary):
    """The concluding level of the risk assessment (risikovurdering)."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"ingen": "none", "lav": "low", "mellem": "medium", "høj": "high"}


class Answer(Vocabulary):
    """A consulted party's answer: Ja / Nej / Ikke relevant."""

    YES = "yes"
    NO = "no"
    NOT_RELEVANT = "not_relevant"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"ja": "yes", "nej": "no", "ikke relevant": "not_relevant", "ikke_relevant": "not_relevant", "n/a": "not_relevant"}


class CaseType(Vocabulary):
    INVESTMENT = "investment"
    INNOVATION = "innovation"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"investering": "investment", "innovation": "innovation"}


class CaseColour(Vocabulary):
    """A case's traffic-light status."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"grøn": "green", "gul": "yellow", "rød": "red"}


class Phase(Vocabulary):
    """An initiative's phase in an effect status report."""

    NOT_STARTED = "not_started"
    DEVELOPMENT = "development"
    IMPLEMENTATION = "implementation"
    OPERATION = "operation"
    FINISHED = "finished"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {
            "ikke igangsat": "not_started",
            "udvikling": "development",
            "implementering": "implementation",
            "drift": "operation",
            "afsluttet": "finished",
        }


class InitiativeStatus(Vocabulary):
    """How an initiative is going, in an effect status report."""

    AS_PLANNED = "as_planned"
    NEEDS_CHANGES = "needs_changes"
    CLOSING = "closing"

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {
            "går som planlagt": "as_planned",
            "behov for ændringer": "needs_changes",
            "afsluttes eller omprioriteres": "closing",
        }
