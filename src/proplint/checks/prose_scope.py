"""Time scopes in Danish prose: "i 2027", "fra 2027 og frem", "i perioden 2027–2030", "årligt", "over tre år"."""

from __future__ import annotations

import re

import attrs

_YEAR = r"(?:19|20)\d\d"
_RANGE = re.compile(rf"(?<![\d.,])({_YEAR})\s*(?:[-–—/]|til)\s*({_YEAR})(?![\d.,]\d)", re.IGNORECASE)
_WHEN_IN_YEAR = r"(?:år(?:et)?\s+|budget(?:året)?\s+|medio\s+|primo\s+|ultimo\s+|midten\s+af\s+|\d{1,2}\.\s*[a-zæøå]+\.?\s+)?"
_ONWARDS = re.compile(
    rf"(?:fra\s+og\s+med|f\.\s?o\.\s?m\.?|frem\s+fra|med\s+virkning\s+fra|fra)\s+{_WHEN_IN_YEAR}({_YEAR})(?![\d.,]\d)"
    rf"|({_YEAR})\s+og\s+(?:frem|fremefter|fremover|følgende\s+år)",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"(?<![\d.,])({_YEAR})(?![\d.,]\d)")
_LIST = re.compile(rf"(?<![\d.,])({_YEAR})(?:\s*,\s*{_YEAR})*\s+(?:og|samt)\s+{_YEAR}(?![\d.,]\d)")
_PER_YEAR = re.compile(r"\b(?:årlig(?:t|e)?|om\s+året|pr\.\s*år|per\s+år|hvert\s+år|i\s+alle\s+år|varigt?)\b", re.IGNORECASE)
_SPAN = re.compile(r"\bover\s+(?:en\s+periode\s+på\s+)?(to|tre|fire|fem|seks|syv|otte|ni|ti|\d{1,2})\s+år\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:i\s+alt|samlet|tilsammen|sammenlagt|i\s+perioden)\b", re.IGNORECASE)
_PRICE_LEVEL = re.compile(
    rf"(?:{_YEAR})\s*-?\s*(?:priser|prisniveau|p\s*/\s*l|pl\b|p\.\s*l\.?)|(?:pris-?\s*(?:og\s+løn)?niveau|p\s*/\s*l)\s*(?:{_YEAR})",
    re.IGNORECASE,
)
_BUDGET = re.compile(rf"\b(?:budget(?:aftalen)?(?:\s+for)?|B)\s?({_YEAR})\b", re.IGNORECASE)
_NUMBERS = {"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10}


@attrs.frozen
class Scope:
    """The years a figure speaks of, and how."""

    years: tuple[int, ...] = ()
    onwards: bool = False
    """From ``years[0]`` onwards ("fra 2027 og frem")."""
    per_year: bool = False
    """The figure holds in each year ("årligt")."""
    total: bool = False
    """The figure is the sum over the years ("i alt", "i perioden 2027–2030")."""
    span: int | None = None
    """A number of years the figure is summed over ("over tre år")."""

    @property
    def empty(self) -> bool:
        return not self.years and not self.per_year and self.span is None


def read_scope(text: str, earlier: frozenset[int] = frozenset()) -> Scope:
    """The scope a stretch of text gives a figure; years of earlier budgets and price levels are no scope."""
    text = _PRICE_LEVEL.sub(lambda match: " " * len(match.group()), text)
    per_year = bool(_PER_YEAR.search(text))
    total = bool(_TOTAL.search(text))
    span_match = _SPAN.search(text)
    span = None
    if span_match:
        word = span_match.group(1).casefold()
        span = int(word) if word.isdigit() else _NUMBERS[word]
    found = [match for match in (_RANGE.search(text), _ONWARDS.search(text), _LIST.search(text), _SINGLE.search(text)) if match]
    found = [match for match in found if not set(year_list(match.group(0))) & earlier]
    if not found:
        return Scope(per_year=per_year, span=span)
    first = min(found, key=lambda match: match.start())
    if first.re is _RANGE:
        start, last = int(first.group(1)), int(first.group(2))
        if start <= last and last - start < 30:
            return Scope(tuple(range(start, last + 1)), per_year=per_year, total=total, span=span)
        return Scope(per_year=per_year, span=span)
    if first.re is _ONWARDS:
        return Scope((int(first.group(1) or first.group(2)),), onwards=True, per_year=True)
    years = year_list(first.group(0))
    return Scope(years, per_year=per_year, total=total and not per_year, span=span)


def year_list(text: str, first_only: bool = False, last_only: bool = False) -> tuple[int, ...]:
    """The years a text names, in order (not price levels); ``first_only``/``last_only``: only the first or last list of them."""
    text = _PRICE_LEVEL.sub(lambda match: " " * len(match.group()), text)
    if first_only or last_only:
        lists = list(_LIST.finditer(text))
        if not lists:
            return ()
        chosen = lists[0] if first_only else lists[-1]
        return tuple(int(year) for year in _SINGLE.findall(chosen.group(0)))
    return tuple(int(year) for year in _SINGLE.findall(text))


def budget_years(text: str, own_budget: int | None) -> frozenset[int]:
    """Years of earlier budgets a sentence names ("med Budget 2025"): their figures are not this proposal's."""
    found = set()
    for match in _BUDGET.finditer(text):
        year = int(match.group(1))
        if own_budget is None or year < own_budget:
            found.add(year)
    return frozenset(found)
