"""W rules: the figures in a proposal's prose against its tables.

Each check reads the text fields (``summary``, ``description``,
``economy.text``, ``economy.notes``) with the ruleset's vocabulary and
reports a figure at its offset inside the text, so the finding points at
the figure, not at the field. A text without a digit holds no figure: the
prose reader loads with the first text that has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from proplint.checks.context import CheckContext
from proplint.checks.prose_text import ProseWords, money_statements, table_series, texts_with_digits
from proplint.checks.prose_words import Vocabulary, contains_word
from proplint.checks.spec import check_spec
from proplint.findings import Hit
from proplint.model import Proposal
from proplint.paths import Path
from proplint.phrases import Phrase

if TYPE_CHECKING:
    from proplint.checks.prose_match import Candidate, Series
    from proplint.checks.prose_reader import Figure, Statement

_THOUSAND = Decimal(1000)
_AMOUNT_ARGS = ("figure", "when", "table", "cell", "value", "unit", "suggestion")


@check_spec(params=ProseWords, args=_AMOUNT_ARGS)
def text_amount(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """W101: an amount in the text disagrees with the table figure its sentence describes."""
    for path, statement, candidate in _disagreements(proposal, context, slip=False):
        yield _amount_hit(context, path, statement.figure, candidate)


@check_spec(params=ProseWords, args=_AMOUNT_ARGS)
def text_unit(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """W104: an amount in the text matches its table figure only after a factor of 1.000."""
    for path, statement, candidate in _disagreements(proposal, context, slip=True):
        yield _amount_hit(context, path, statement.figure, candidate, slip=True)


def _disagreements(proposal: Proposal, context: CheckContext, slip: bool) -> Iterator[tuple[Path, Statement, Candidate]]:
    """Money statements that agree with no table figure: with the figure they name, and whether a factor 1.000 explains them."""
    for path, statement, candidate, unit_slip in _mismatches(proposal, Vocabulary.from_params(context.params)):
        if unit_slip == slip:
            yield path, statement, candidate


def _mismatches(proposal: Proposal, words: Vocabulary) -> list[tuple[Path, Statement, Candidate, bool]]:
    """The money statements that disagree with their table figure (W101), or agree only after a factor 1.000 (W104)."""
    statements = list(money_statements(proposal, words))
    economy = proposal.economy
    if economy is None or not statements:
        return []
    from proplint.checks.prose_match import agrees, candidates, tied_series

    every = table_series(proposal)
    columns = economy.years
    found: list[tuple[Path, Statement, Candidate, bool]] = []
    for path, statement in statements:
        figure = statement.figure
        if figure.percent or figure.kroner is None or figure.amount == 0:
            continue
        named = tied_series(statement, every)
        tied = [candidate for series in named for candidate in candidates(statement, series, columns)]
        if not tied or any(agrees(figure, candidate) for candidate in tied):
            continue
        if any(agrees(figure, candidate) for series in every for candidate in candidates(statement, series, columns, steps=False)):
            continue  # precision first: the words may have named the wrong section
        unit_slip = None
        if figure.hedge is None:  # "ca. 1.100 kr." is a rough figure of its own, not a slipped unit
            unit_slip = next(
                (
                    candidate
                    for candidate in tied
                    if not candidate.step and (agrees(figure, candidate, 1 / _THOUSAND) or agrees(figure, candidate, _THOUSAND))
                ),
                None,
            )
        if unit_slip is not None:
            found.append((path, statement, unit_slip, True))
            continue
        cell = next((candidate for candidate in tied if not candidate.step), tied[0])
        if _comparable(figure, cell):
            found.append((path, statement, cell, False))
    return found


def _comparable(figure: Figure, candidate: Candidate) -> bool:
    """A figure ten times larger or smaller than its table figure is about something else (the area's budget, a unit price)."""
    table = abs(candidate.kroner)
    return table > 0 and table / 10 <= figure.amount <= table * 10


def _amount_hit(context: CheckContext, path: Path, figure: Figure, candidate: Candidate, slip: bool = False) -> Hit:
    from proplint.danish import write_amount

    series = candidate.series
    args = {
        "figure": figure.text,
        "when": _years_phrase(candidate.years),
        "table": series.table,
        "cell": series.cell,
        "value": write_amount(candidate.value),
        "unit": series.unit.value,
        "suggestion": _suggestion(figure, candidate, slip),
    }
    return Hit(context.code, path, args, offset=figure.start)


def _years_phrase(years: Sequence[int]) -> Phrase:
    if len(years) == 1:
        return Phrase("for {year}", year=str(years[0]))
    return Phrase("summed over {first}–{last}", first=str(years[0]), last=str(years[-1]))


def _suggestion(figure: Figure, candidate: Candidate, slip: bool) -> str:
    """The table's figure written as the text writes its figure: ``4,6 mio. kr.`` for 4600 in 1000 DKK.

    For a unit slip, the text's own number with the factor undone: ``7,8 mio. kr.`` for ``7.800 mio. kr.``.
    """
    from proplint.danish import write_amount

    kroner = figure.kroner or Decimal(1)
    unit_text = figure.text[len(_number_part(figure.text)) :]
    value = abs(candidate.kroner) / kroner
    if slip:
        factor = _THOUSAND if value > abs(figure.value) else 1 / _THOUSAND
        return write_amount((abs(figure.value) * factor).normalize()) + unit_text
    exponent = figure.value.as_tuple().exponent
    places = max(min(exponent if isinstance(exponent, int) else 0, 0), -6)  # no text writes more decimals; quantize must not overflow
    return write_amount(value.quantize(Decimal(1).scaleb(places))) + unit_text


def _number_part(text: str) -> str:
    match = re.match(r"[-–−]?\d+(?:[.\s]?\d+)*(?:,\d+)?", text)
    return match.group() if match else ""


@check_spec(params=ProseWords, args=("figure", "year", "table", "cell", "full", "full_year", "share", "value"))
def text_phase_in(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """W102: phase-in percentages by year disagree with the profile of the row or section they describe."""
    economy = proposal.economy
    words = Vocabulary.from_params(context.params)
    statements = list(money_statements(proposal, words))
    if economy is None or not economy.years or not statements:
        return
    every = table_series(proposal)
    if not every:
        return
    columns = economy.years
    for path, statement in statements:
        figure = statement.figure
        if not figure.percent or not contains_word(statement.words, words.phase_in_words):
            continue
        if _share_of_something_else(statement, words):
            continue
        scope = statement.scope
        if not scope.years or (len(scope.years) > 1 and not scope.onwards):
            continue
        series = _profile_series(statement, every)
        if series is None:
            continue
        year = scope.years[0]
        hit = _phase_in_hit(context, path, figure, series, year, columns)
        if hit is not None:
            yield hit


def _share_of_something_else(statement: Statement, words: Vocabulary) -> bool:
    """"25 pct. af borgerne" is a share of citizens; "25 pct. af gevinsten" is a phase-in."""
    after = statement.after.split()[:2]
    if not after or after[0].casefold() != "af":
        return False
    noun = after[1] if len(after) > 1 else ""
    return not contains_word(noun, words.phase_in_words + words.saving_words + ("effekt", "fuld", "det", "den"))


def _profile_series(statement: Statement, every: Sequence[Series]) -> Series | None:
    from proplint.checks.prose_match import tied_series

    tied = tied_series(statement, every)
    if tied and not tied[0].is_total:
        return tied[0]
    wanted = next(iter(sorted(statement.sections)), "permanent") if statement.sections else "permanent"
    return next((series for series in every if series.section == wanted and series.is_total), None)


def _phase_in_hit(
    context: CheckContext, path: Path, figure: Figure, series: Series, year: int, columns: Sequence[int]
) -> Hit | None:
    from proplint.danish import write_amount

    values = {key: amount for key, amount in series.values.items() if amount is not None}
    full_year = columns[-1]
    full = values.get(full_year)
    if not full:
        return None
    args: dict[str, object] = {
        "figure": figure.text,
        "year": str(year),
        "table": series.table,
        "cell": series.cell,
        "full": write_amount(full),
        "full_year": str(full_year),
    }
    amount = values.get(year)
    if year not in columns or not amount:
        if figure.value > 0:
            return Hit(context.code, path, {**args, "share": "–", "value": "–"}, offset=figure.start)
        return None
    rounding = Decimal(100) / abs(full)  # both cells rounded by half a unit
    slack = figure.half_unit + rounding + Decimal("0.5")
    for denominator in (full, max(values.values(), key=abs)):
        share = amount / denominator * 100
        if abs(abs(figure.value) - share) <= slack:
            return None
    share = (amount / full * 100).quantize(Decimal(1))
    return Hit(context.code, path, {**args, "share": f"{share} pct.", "value": write_amount(amount)}, offset=figure.start)


@check_spec(params=ProseWords, args=("figure",), optional=("guess",))
def text_number(proposal: Proposal, context: CheckContext) -> Iterator[Hit]:
    """W103: a money figure in the text that Danish grouping cannot produce (``525.00 kr.``, ``1.6780 t.kr.``)."""
    words = Vocabulary.from_params(context.params)
    texts = texts_with_digits(proposal)
    if not texts:
        return
    from proplint.checks.prose_reader import malformed_money

    for path, text in texts:
        for figure in malformed_money(text, words):
            args: dict[str, object] = {"figure": figure.text}
            guess = _guess(figure.text)
            if guess:
                args["guess"] = guess
            yield Hit(context.code, path, args, offset=figure.start)


def _guess(text: str) -> str | None:
    """``525.00`` → ``525,00``; ``2.5`` → ``2,5``: a decimal point where Danish writes a comma. ``None`` when unclear."""
    match = re.match(r"([-–−]?\d+)\.(\d{1,2})(?!\d)(.*)", text)
    if match:
        return f"{match.group(1)},{match.group(2)}{match.group(3)}"
    return None
