"""Running the checks: each enabled rule's check over one structured document, a crash reported instead of raised.

What the engine needs of the rules: which check each enabled rule runs for
a document kind (planned once per ruleset and kind), the hits of those
checks, and the hits that only echo a document problem already reported
left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from proplint.checks import CheckContext, CheckSpec, built_in, resolve_check, spec_of
from proplint.findings import Hit
from proplint.model import kind_of
from proplint.paths import Path
from proplint.phrases import Phrase
from proplint.plugins import PluginError, origin_of
from proplint.ruleset import Rule, Ruleset, rule_problem

if TYPE_CHECKING:
    from proplint.checks import Check
    from proplint.linking import Links


def unshadowed(hits: Iterable[Hit], document_hits: list[Hit], places: frozenset[Path] = frozenset()) -> Iterator[Hit]:
    """Rule hits that are not the echo of a document problem already reported.

    A misspelt key (D004 suggests ``text`` for ``txt``) leaves the right key
    absent, and a rejected value (D002) leaves its key empty; the rule that
    misses it would report the same mistake again. ``places`` are where
    rejected list elements were removed: a hit at such a place itself (not
    inside the element that took it) is about the gap the removal left.
    """
    shadowed = {
        hit.path[:-1] + (str(hit.args["suggestion"]),)
        for hit in document_hits
        if hit.code == "D004" and hit.args.get("suggestion")
    }
    shadowed |= {hit.path for hit in document_hits if hit.code == "D002"}
    for hit in hits:  # each prefix of the hit's path looked up, not each shadowed path compared (thousands of D002)
        if places and hit.path in places:
            continue
        if not any(hit.path[:length] in shadowed for length in range(len(hit.path) + 1)):
            yield hit


def run_checks(model: Any, ruleset: Ruleset, crashes: list[str], invalid: frozenset[Path], links: Links = ()) -> list[Hit]:
    """The hits of every enabled rule's check over ``model``; a check that fails or cannot load is told in ``crashes``.

    ``invalid`` are the paths whose values the document rejected (D002);
    ``links`` a catalogue's sources, resolved by the link stage.
    """
    exact = ruleset.tolerance == "exact"
    planned = plan(ruleset, kind_of(model))
    shared = _plain_contexts(planned, exact) if not invalid and links == () else None
    hits: list[Hit] = []
    for index, (rule, check, origin, options) in enumerate(planned):
        if check is None:
            crashes.append(f"rule {rule.code}: {origin}")
            continue
        context = shared[index] if shared is not None else CheckContext(rule.code, rule.params, exact, invalid, links, options)
        before = len(hits)
        try:
            hits.extend(check(model, context))
        except Exception as error:  # one broken check must not hide the others' findings
            del hits[before:]  # nor give half of its own
            where = "" if origin == "built-in" else f" ({origin})"
            crashes.append(f"check {rule.check!r}{where} of rule {rule.code} failed: {type(error).__name__}: {error}")
    return hits


Plan = list[tuple[Rule, "Check | None", str, Any]]
_PLANS: dict[tuple[int, str], tuple[Ruleset, Plan]] = {}


def plan(ruleset: Ruleset, kind: str) -> Plan:
    """The enabled rules with a check for this document kind, each with its check, where it comes from and its parameters.

    Worked out once per ruleset and kind, not for every file: a check that
    cannot be loaded comes as ``None`` with the reason, reported for each file.
    The parameters are structured into the class the check's spec names.
    """
    key = (id(ruleset), kind)
    known = _PLANS.get(key)
    if known is not None and known[0] is ruleset:
        return known[1]
    planned: Plan = []
    for rule in ruleset.enabled():
        if rule.check is None or (built_in(rule.check) and rule.document != kind):
            continue  # a built-in check's kind is known without loading it
        try:
            check, origin = resolve_check(rule.check)
        except PluginError as error:
            if rule.document == kind:
                planned.append((rule, None, str(error), None))
            continue
        spec = spec_of(check) or CheckSpec(document=rule.document, params=None, args=None)
        if spec.document != kind:
            continue
        try:
            options = spec.structure_params(rule.params)
        except Exception as error:  # parameters set through the API, never checked by a configuration
            planned.append((rule, None, f"the parameters do not fit the check {rule.check!r}: {error}", None))
            continue
        planned.append((rule, check, origin, options))
    if len(_PLANS) >= 64:
        _PLANS.clear()  # a long-lived process with many configurations: keep only recent ones
    _PLANS[key] = (ruleset, planned)
    return planned


_CONTEXTS: dict[tuple[int, bool], tuple[Plan, list[Any]]] = {}


def _plain_contexts(planned: Plan, exact: bool) -> list[Any]:
    """Each planned rule's context for a document with no rejected value and no links: the same for all such documents, so made once."""
    key = (id(planned), exact)
    known = _CONTEXTS.get(key)
    if known is not None and known[0] is planned:
        return known[1]
    contexts = [CheckContext(rule.code, rule.params, exact, frozenset(), (), options) for rule, _, _, options in planned]
    if len(_CONTEXTS) >= 64:
        _CONTEXTS.clear()
    _CONTEXTS[key] = (planned, contexts)
    return contexts


def check_plugins(ruleset: Ruleset) -> None:
    """Load the check of every enabled rule now, so a missing or broken plugin stops the run before it starts.

    Raises :class:`proplint.plugins.PluginError`.
    """
    for rule in ruleset.enabled():
        if rule.check is not None and not built_in(rule.check):
            check, _ = resolve_check(rule.check)
            spec = spec_of(check)
            problem = None if spec is None else rule_problem(rule, spec)
            if problem is not None:
                where, message, _ = problem
                raise PluginError(
                    Phrase(
                        "rule {code} ({where}) does not fit the spec of {plugin}: {problem}",
                        code=rule.code, where=".".join(map(str, where)), plugin=origin_of(rule.check), problem=message,
                    )
                )
