"""Reading Danish money sentences: which figure, in which unit, for which years, about which part of the table.

A small rule-based reader, not a model: each figure the Danish-number module
finds is classified (money, percentage, a year, or a quantity that is never
money), given the hedge before it, the time scope around it and the section
words of its clause. Whatever the reader cannot tie down is left out; an
unmatched figure is never a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from proplint.lazy_re import compile_lazily
from proplint.checks.prose_scope import Scope, budget_years, read_scope, year_list
from proplint.checks.prose_sentences import Clause, Sentence, sentences
from proplint.checks.prose_words import Vocabulary, contains_word
from proplint.danish import NumberMatch, find_numbers

_PERCENT = compile_lazily(r"\s*(?:pct\b\.?|procent\b|%)", re.IGNORECASE)
_CONNECTOR = compile_lazily(r"\s*(?:,|og|samt|eller)\s*\Z", re.IGNORECASE)
_RANGE = compile_lazily(r"\s*(?:[-–—]|til)\s*\Z", re.IGNORECASE)
_BETWEEN = compile_lazily(r"(?:mellem|fra)\s*\Z", re.IGNORECASE)
_HALF = Decimal("0.5")


@attrs.frozen
class Figure:
    """A number as the text writes it, where it is, and what it counts."""

    start: int
    end: int
    text: str
    value: Decimal
    """The number as written (``2,5`` → 2.5), signed."""
    kroner: Decimal | None = None
    """Kroner per unit for money (``mio.`` → 1.000.000); ``None`` for a percentage."""
    percent: bool = False
    hedge: str | None = None
    malformed: bool = False

    @property
    def amount(self) -> Decimal:
        """The magnitude in kroner."""
        return abs(self.value) * (self.kroner or 1)

    @property
    def half_unit(self) -> Decimal:
        """Half a unit of the last written digit, in kroner (``2,5 mio.``: 50.000)."""
        exponent = self.value.as_tuple().exponent
        step = _HALF.scaleb(exponent if isinstance(exponent, int) else 0)
        return step * (self.kroner or 1)


@attrs.frozen
class Statement:
    """A figure read in its sentence: the years it speaks of and the table part it is tied to."""

    figure: Figure
    scope: Scope
    sections: frozenset[str]
    """``permanent``, ``implementation``, ``total_impact``: the sections its words name."""
    total: bool
    """The sentence speaks of a total ("samlet", "i alt")."""
    words: str
    """The clause's text and the clauses it continues, for matching row labels."""
    sentence: str
    after: str = ""
    """The rest of the sentence after the figure ("af borgerne")."""


def read_text(text: str, words: Vocabulary, own_budget: int | None) -> Iterator[Statement]:
    """Every money or percentage figure of a text that its sentence ties to years, with its section words."""
    for sentence in sentences(text):
        yield from _read_sentence(text, sentence, words, own_budget)


def malformed_money(text: str, words: Vocabulary) -> Iterator[Figure]:
    """Figures with a money unit that Danish grouping cannot write (``525.00 kr.``, ``1.6780 t.kr.``)."""
    numbers = find_numbers(text)
    for index, number in enumerate(numbers):
        if not number.malformed:
            continue
        raw = number.text
        whole = raw.lstrip("-–− ").split(".")[0]
        if ". " in raw and len(whole) == 4:
            continue  # "i 2027. 750 borgere": a sentence end before a number
        kroner = number.kroner if number.kroner is not None else _inherited_unit(text, numbers, index, words)
        if kroner is not None:
            yield Figure(number.start, number.end, raw, number.value, kroner, malformed=True)


def _inherited_unit(text: str, numbers: Sequence[NumberMatch], index: int, words: Vocabulary) -> Decimal | None:
    """The unit of a bare number in a list ("1,1 og 1,3 mio. kr."): that of the next number it is listed with."""
    while index + 1 < len(numbers):
        gap = text[numbers[index].end : numbers[index + 1].start]
        if not _CONNECTOR.match(gap) or _is_year(numbers[index + 1]):
            return None
        index += 1
        if numbers[index].kroner is not None:
            return numbers[index].kroner
    return None


def _is_year(number: NumberMatch) -> bool:
    return number.kroner is None and not number.malformed and number.text.isdigit() and 1900 <= number.value <= 2100


def _read_sentence(text: str, sentence: Sentence, words: Vocabulary, own_budget: int | None) -> Iterator[Statement]:
    body = text[sentence.start : sentence.end]
    numbers = [_shift(number, sentence.start) for number in find_numbers(body)]
    figures = _figures(text, numbers, words)
    if not figures:
        return
    earlier = budget_years(body, own_budget)
    sentence_years = tuple(year for year in year_list(body) if year not in earlier)
    for group in _groups(text, figures):
        respective = _respective(text, group, sentence, earlier)
        for position, figure in enumerate(group):
            clause_index = _clause_of(sentence.clauses, figure.start)
            clause = sentence.clauses[clause_index]
            context = _context(text, sentence.clauses, clause_index)
            if _ruled_out(text, figure, clause, context, words, earlier):
                continue
            scope = respective[position] if respective else _scope_of(text, figures, figure, clause, earlier)
            total = contains_word(context, words.total_words)
            if scope.empty and total and sentence_years:
                scope = Scope(years=sentence_years, total=True)
            if scope.empty:
                continue
            yield Statement(figure, scope, _sections(text[clause.start : clause.end], context, sentence.heading, words),
                            total, context, body, text[figure.end : sentence.end])


def _shift(number: NumberMatch, offset: int) -> NumberMatch:
    return attrs.evolve(number, start=number.start + offset, end=number.end + offset)


def _figures(text: str, numbers: list[NumberMatch], words: Vocabulary) -> list[Figure]:
    """The money and percentage figures among the numbers, with units carried over in lists."""
    figures: list[Figure] = []
    for index, number in enumerate(numbers):
        if _is_year(number) or number.malformed:
            continue
        after = text[number.end : number.end + 40]
        if number.kroner is None and _PERCENT.match(after):
            figures.append(Figure(number.start, number.end + _PERCENT.match(after).end(), text[number.start : number.end + _PERCENT.match(after).end()],  # type: ignore[union-attr]
                                  number.value, None, percent=True, hedge=_hedge(text, number.start, words)))
            continue
        if words.non_money.match(after) and (number.kroner is None or "kr" not in number.text.casefold()):
            continue  # "12 timer"; "1,2 mio. besøg" counts visits, not kroner
        kroner = number.kroner if number.kroner is not None else _inherited_unit(text, numbers, index, words)
        percent = False
        if kroner is None:
            percent = _inherits_percent(text, numbers, index)
            if not percent:
                continue
        figures.append(Figure(number.start, number.end, number.text, number.value, kroner, percent, _hedge(text, number.start, words)))
    return figures


def _inherits_percent(text: str, numbers: Sequence[NumberMatch], index: int) -> bool:
    """A bare number listed before a percentage ("25, 50 og 100 pct.") is a percentage too."""
    while index + 1 < len(numbers):
        gap = text[numbers[index].end : numbers[index + 1].start]
        if not _CONNECTOR.match(gap) or _is_year(numbers[index + 1]):
            return False
        index += 1
        if _PERCENT.match(text, numbers[index].end):
            return True
    return False


def _hedge(text: str, start: int, words: Vocabulary) -> str | None:
    before = text[max(0, start - 20) : start]
    match = words.hedge.search(before)
    return words.hedge_kind(match["hedge"]) if match else None


def _groups(text: str, figures: list[Figure]) -> Iterator[list[Figure]]:
    """Figures listed together ("1,1 og 1,3 mio. kr."); a range ("1,5-2 mio.", "mellem 2 og 3") is dropped."""
    group: list[Figure] = []
    ranged = False
    for figure in figures:
        if group:
            gap = text[group[-1].end : figure.start]
            if _RANGE.match(gap):
                ranged = True
                group.append(figure)
                continue
            if _CONNECTOR.match(gap) and figure.percent == group[-1].percent:
                group.append(figure)
                continue
            if not ranged:
                yield group
            group, ranged = [], False
        ranged = ranged or bool(_BETWEEN.search(text[max(0, figure.start - 12) : figure.start]))
        group.append(figure)
    if group and not ranged:
        yield group


def _respective(text: str, group: list[Figure], sentence: Sentence, earlier: frozenset[int]) -> list[Scope] | None:
    """Years given respectively ("hhv. 1,1 og 1,3 mio. kr. i 2027 og 2028"): one scope per figure."""
    if len(group) < 2:
        return None
    after = text[group[-1].end : sentence.end]
    before = text[sentence.start : group[0].start]
    for years in (year_list(after, first_only=True), year_list(before, last_only=True)):
        years = tuple(year for year in years if year not in earlier)
        if len(years) == len(group):
            return [Scope(years=(year,)) for year in years]
    return None


def _clause_of(clauses: Sequence[Clause], position: int) -> int:
    for index, clause in enumerate(clauses):
        if clause.start <= position < clause.end:
            return index
    return len(clauses) - 1


def _context(text: str, clauses: Sequence[Clause], index: int) -> str:
    """The clause and the clauses it continues."""
    parts = [text[clauses[index].start : clauses[index].end]]
    while clauses[index].inherits and index > 0:
        index -= 1
        parts.insert(0, text[clauses[index].start : clauses[index].end])
    return " ".join(parts)


def _ruled_out(text: str, figure: Figure, clause: Clause, context: str, words: Vocabulary, earlier: frozenset[int]) -> bool:
    """Figures about earlier budgets, parts of a figure ("heraf"), or a rate ("pr. borger") are not compared."""
    if contains_word(context, words.earlier_budget_words) or contains_word(context, words.part_words):
        return True
    if earlier and any(str(year) in context for year in earlier):
        return True
    after = text[figure.end : clause.end].lstrip().casefold()
    for word in words.rate_words:
        if after.startswith(word) and not re.match(rf"{re.escape(word)}\s*år\b", after):
            return True
    before = text[clause.start : figure.start].rstrip().casefold()
    if any(before.endswith(word) for word in words.rate_words):
        return True
    near = " ".join(before.split()[-4:])
    return contains_word(near, words.reference_words)


def _scope_of(text: str, figures: list[Figure], figure: Figure, clause: Clause, earlier: frozenset[int]) -> Scope:
    """The time scope after the figure (up to the next figure or the clause's end), else before it."""
    following = [other.start for other in figures if other.start >= figure.end and other.start < clause.end]
    tail_end = min(following, default=clause.end)
    preceding = [other.end for other in figures if other.end <= figure.start and other.end > clause.start]
    head_start = max(preceding, default=clause.start)
    tail = read_scope(text[figure.end : tail_end], earlier)
    if not tail.empty:
        return tail
    return read_scope(text[head_start : figure.start], earlier)


def _sections(clause: str, context: str, heading: str, words: Vocabulary) -> frozenset[str]:
    """The Table 1 sections the figure's own clause names, else those of the clauses it continues, else of its heading."""
    for text in (clause, context, heading):
        found = {
            name
            for name, vocabulary in (
                ("permanent", words.saving_words),
                ("implementation", words.implementation_words),
                ("total_impact", words.impact_words),
            )
            if contains_word(text, vocabulary)
        }
        if found:
            if "total_impact" in found:
                found.add("permanent")  # a net saving in later years is the permanent total too
            return frozenset(found)
    return frozenset()
