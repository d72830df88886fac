"""Matching a figure of the text with the table figures its sentence describes.

Every series of the tables (a section's total, its rows and subtotals, the
supporting tables, the total impact) offers candidates for a statement's
scope: the year's value, the sum over a period, the year-on-year step of a
rising profile. A figure agrees when it lies within its own precision (and
hedge) plus the table's rounding of one of them. Precision first: a figure
that agrees with any series of the proposal is not reported, even when its
words named another.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import lru_cache

import attrs

from proplint.checks.prose_reader import Figure, Statement
from proplint.checks.tables import normalise
from proplint.danish import UNIT_KRONER
from proplint.model import Amounts, Proposal, Unit
from proplint.phrases import Phrase

_HALF = Decimal("0.5")
_LOOSE = Decimal("0.1")
"""How far "ca.", "knap" and "godt" let a figure lie from the table: a tenth."""
_LABEL_STOPWORDS = frozenset({"til", "for", "med", "ved", "og", "af", "på", "i", "en", "et", "den", "det", "de", "samt", "fra"})


@attrs.frozen
class Series:
    """A table row of figures by year: a total, a row, a subtotal."""

    section: str
    table: str | Phrase
    cell: Phrase
    values: Amounts
    unit: Unit
    is_total: bool = False
    label: str = ""

    def kroner(self, amount: Decimal) -> Decimal:
        return amount * UNIT_KRONER[self.unit]


@attrs.frozen
class Candidate:
    """A table figure a statement may mean: its value in kroner, how many rounded cells it sums, and its years."""

    series: Series
    kroner: Decimal
    cells: int
    years: tuple[int, ...]
    value: Decimal
    """The figure in the table's unit, as the table writes it."""
    step: bool = False


def series_of(proposal: Proposal) -> list[Series]:
    """Every series of the proposal's tables, totals first."""
    economy = proposal.economy
    if economy is None or economy.unit is None:
        return []
    unit = economy.unit
    found: list[Series] = []
    table1 = Phrase("Table 1")
    for name in ("permanent", "implementation"):
        section = getattr(economy, name)
        if section is None:
            continue
        word = Phrase("permanent total") if name == "permanent" else Phrase("implementation total")
        total = section.total if section.total is not None else _row_sum(section.rows, economy.years)
        found.append(Series(name, table1, word, total, unit, is_total=True))
        for area, values in (getattr(section, "subtotals", None) or {}).items():
            found.append(Series(name, table1, Phrase("subtotal {area!r}", area=area), values, unit, is_total=True))
        for row in section.rows:
            found.append(Series(name, table1, Phrase("row {label!r}", label=row.label or ""), row.values, unit, label=row.label or ""))
    if economy.total_impact is not None:
        found.append(Series("total_impact", table1, Phrase("total impact"), economy.total_impact, unit, is_total=True))
    for index, table in enumerate(economy.tables):
        if table.details is None:
            continue
        title: str | Phrase = table.title or Phrase("table {number}", number=index + 2)
        if table.total is not None:
            found.append(Series(table.details.value, title, Phrase("total"), table.total, unit, is_total=True))
        for row in table.rows:
            found.append(Series(table.details.value, title, Phrase("row {label!r}", label=row.label or ""), row.values, unit, label=row.label or ""))
    return found


def _row_sum(rows: Sequence[object], years: Sequence[int]) -> Amounts:
    result: Amounts = {}
    for year in years:
        parts = [amount for row in rows if (amount := getattr(row, "values", {}).get(year)) is not None]
        result[year] = sum(parts, Decimal(0)) if parts else None
    return result


def tied_series(statement: Statement, every: Sequence[Series]) -> list[Series]:
    """The series a statement's words name: rows by their label words, else its sections (total first)."""
    rows = _label_matches(statement.words, every)
    if rows:
        return rows
    if not statement.sections:
        return []
    named = [series for series in every if series.section in statement.sections]
    return sorted(named, key=lambda series: not series.is_total)


def _label_matches(words: str, every: Sequence[Series]) -> list[Series]:
    text = _prefixes(normalise(words))
    scored: list[tuple[int, Series]] = []
    for series in every:
        if not series.label:
            continue
        label = _label_words(series.label)
        hits = sum(1 for word in label if any(_same_word(word, other) for other in text.get(word[:_PREFIX], ())))
        if label and hits and (hits >= 2 or hits * 2 >= len(label)):
            scored.append((hits, series))
    if not scored:
        return []
    best = max(score for score, _ in scored)
    return [series for score, series in scored if score == best]


_PREFIX = 5
"""Words that are the same word inflected share at least their first five letters."""


def _prefixes(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for word in set(text.split()):
        found.setdefault(word[:_PREFIX], []).append(word)
    return found


@lru_cache(maxsize=4096)
def _label_words(label: str) -> tuple[str, ...]:
    return tuple(word for word in normalise(label).split() if len(word) >= 4 and word not in _LABEL_STOPWORDS)


def _same_word(label_word: str, text_word: str) -> bool:
    """Danish inflection: ``indkøbsprisen`` is ``indkøbspris``, ``projektlederen`` ``projektledelse``."""
    shorter = min(len(label_word), len(text_word))
    common = 0
    for a, b in zip(label_word, text_word):
        if a != b:
            break
        common += 1
    return common >= 5 and common >= shorter - 2 or label_word == text_word


def candidates(statement: Statement, series: Series, columns: Sequence[int], steps: bool = True) -> Iterator[Candidate]:
    """The table figures of one series that the statement's scope can mean (with ``steps``, a rising profile's yearly steps)."""
    scope = statement.scope
    values = {year: amount for year, amount in series.values.items() if amount}
    if scope.onwards:
        years = [year for year in columns if year >= scope.years[0]]
    elif scope.years:
        years = [year for year in scope.years if year in columns]
        if len(years) < len(scope.years):
            return  # a year outside the columns: the sentence speaks of something else
    else:
        years = list(columns)
    present = [year for year in years if year in values]
    if not present:
        return
    each = scope.per_year or scope.onwards or len(years) == 1 or not scope.total
    summed = (scope.total or not scope.per_year) and len(present) > 1
    if each:
        for year in present:
            yield Candidate(series, series.kroner(values[year]), 1, (year,), values[year])
            if steps and _rising(values, year):
                step = values[year] - values[year - 1]
                yield Candidate(series, series.kroner(step), 2, (year,), step, step=True)
    if summed:
        total = sum((values[year] for year in present), Decimal(0))
        yield Candidate(series, series.kroner(total), len(present), tuple(present), total)
    if scope.span is not None:
        ordered = [year for year in columns if year in values and values[year] != 0]
        for first in range(0, max(len(ordered) - scope.span + 1, 0)):
            window = ordered[first : first + scope.span]
            total = sum((values[year] for year in window), Decimal(0))
            yield Candidate(series, series.kroner(total), len(window), tuple(window), total)


def _rising(values: dict[int, Decimal], year: int) -> bool:
    """Whether the profile grows into ``year`` from the year before, keeping its sign."""
    before = values.get(year - 1)
    return before is not None and (before > 0) == (values[year] > 0) and abs(values[year]) > abs(before)


def agrees(figure: Figure, candidate: Candidate, factor: Decimal = Decimal(1)) -> bool:
    """Whether the figure (times ``factor``) lies within its precision, hedge and the table's rounding of the candidate."""
    written = figure.amount * factor
    table = abs(candidate.kroner)
    rounding = candidate.cells * _HALF * UNIT_KRONER[candidate.series.unit]
    slack = figure.half_unit * factor + rounding
    low, high = written - slack, written + slack
    loose = written * _LOOSE
    if figure.hedge == "about":
        low, high = low - loose, high + loose
    elif figure.hedge == "below":
        low = low - loose
    elif figure.hedge == "above":
        high = high + loose
    elif figure.hedge == "at_most":
        low = Decimal(0)
    elif figure.hedge == "at_least":
        high = table + 1
    return low <= table <= high
