"""Rule selectors (code, name, family prefix or ``ALL``) and the ruleset they shape.

As in ruff, the most specific selector decides: ``ignore = ["S"]`` with
``extend-select = ["S101"]`` keeps S101 on; at equal specificity ``ignore``
wins. Rules marked ``always_on`` in the ruleset (D001-D003) stay on: a file
that cannot be read is always reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from proplint.config.errors import ConfigError
from proplint.findings import Severity
from proplint.phrases import Phrase
from proplint.ruleset import EXACT, Rule, Ruleset, expand, rule_problem

Fail = Callable[[str | Phrase, tuple[str | int, ...]], ConfigError]
"""Builds the error for a message and the settings path it is about."""


def codes_of(selectors: Iterable[str], ruleset: Ruleset, fail: Fail, path: tuple[str | int, ...]) -> frozenset[str]:
    """Every code the selectors name; an unknown selector is a configuration error."""
    return frozenset().union(*(codes for codes, _ in _specifics(selectors, ruleset, fail, path)))


def _hint(selector: str, ruleset: Ruleset) -> Phrase | str:
    import difflib

    words = [*ruleset.rules, *(rule.name for rule in ruleset.rules.values())]
    close = difflib.get_close_matches(selector, words, n=1, cutoff=0.6)
    return Phrase(" (did you mean {suggestion!r}?)", suggestion=close[0]) if close else ""


@attrs.frozen
class Selection:
    """What a configuration asks of a ruleset; each part with the settings path for errors."""

    select: Sequence[str] | None = None
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    severity: Mapping[str, Severity] = attrs.field(factory=dict)
    params: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    tolerance: str | None = None


def configure(ruleset: Ruleset, selection: Selection, fail: Fail) -> Ruleset:
    """The ruleset with the selection applied: enabled rules, severities, parameters, tolerance."""
    enabling = _specifics(selection.select or (), ruleset, fail, ("select",))
    enabling += _specifics(selection.extend_select, ruleset, fail, ("extend-select",))
    disabling = _specifics(selection.ignore, ruleset, fail, ("ignore",))
    for index, selector in enumerate(selection.ignore):
        named = ruleset.rules.get(selector.upper())
        if named is not None and named.always_on:
            raise fail(Phrase("{code} cannot be ignored: a file that cannot be read is always reported", code=selector), ("ignore", index))
    levels = [
        (codes, specificity, level)
        for selector, level in selection.severity.items()
        for codes, specificity in [_one(selector, ruleset, fail, ("severity", selector))]
    ]
    rules: dict[str, Rule] = {}
    for code, rule in ruleset.rules.items():
        enabled = rule.enabled if selection.select is None else False
        on = max((specificity for codes, specificity in enabling if code in codes), default=-1)
        off = max((specificity for codes, specificity in disabling if code in codes), default=-1)
        if off >= 0 and off >= on:
            enabled = False
        elif on >= 0:
            enabled = True
        changes: dict[str, Any] = {"enabled": enabled or rule.always_on}
        chosen = max(((specificity, level) for codes, specificity, level in levels if code in codes), default=None)
        if chosen is not None:
            changes["severity"] = chosen[1]
        rules[code] = attrs.evolve(rule, **changes)
    for selector, values in selection.params.items():
        codes, specificity = _one(selector, ruleset, fail, ("params", selector))
        if specificity != EXACT:
            raise fail(Phrase("parameters are set for one rule, by code or name, not for {selector!r}", selector=selector), ("params", selector))
        (code,) = codes
        rule = rules[code]
        unknown = sorted(set(values) - set(rule.params))
        if unknown:
            known = ", ".join(sorted(rule.params)) or "-"
            problem = Phrase("rule {code} has no parameter {name!r} (its parameters: {known})", code=code, name=unknown[0], known=known)
            raise fail(problem, ("params", selector, unknown[0]))
        rules[code] = attrs.evolve(rule, params={**rule.params, **values})
        _check_params(rules[code], fail, ("params", selector))
    return attrs.evolve(ruleset, rules=rules, tolerance=selection.tolerance or ruleset.tolerance)


def _check_params(rule: Rule, fail: Fail, path: tuple[str | int, ...]) -> None:
    """A parameter of the wrong type is an error at its line, not a wrong message or a crash when checking."""
    problem = rule_problem(rule)
    if problem is not None:
        where, message, _ = problem
        inner = where[1:] if where[:1] == ("params",) else ()
        raise fail(Phrase("{key!r} {problem}", key=".".join(map(str, (*path, *inner))), problem=message), (*path, *inner))


def _specifics(
    selectors: Iterable[str], ruleset: Ruleset, fail: Fail, path: tuple[str | int, ...]
) -> list[tuple[frozenset[str], int]]:
    return [_one(selector, ruleset, fail, (*path, index)) for index, selector in enumerate(selectors)]


def _one(selector: str, ruleset: Ruleset, fail: Fail, path: tuple[str | int, ...]) -> tuple[frozenset[str], int]:
    expanded = expand(selector, ruleset)
    if expanded is None:
        problem = Phrase("{selector!r} names no rule of the ruleset {ruleset!r}{hint}", selector=selector, ruleset=ruleset.name, hint=_hint(selector, ruleset))
        raise fail(problem, path)
    return expanded
