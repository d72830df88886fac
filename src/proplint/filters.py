"""The filter stage: per-file ignores and inline suppressions, after the checks.

Checks never see configuration; they report everything, and this stage drops
what the user asked not to see, reporting suppressions that drop nothing.
Project findings (M901, M903) come after every file is checked; they pass
through the same suppressions, which are judged unused only once they could
have covered them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from proplint.findings import Finding, Hit
from proplint.loading.document import LoadedDocument
from proplint.ruleset import Ruleset, expand

if TYPE_CHECKING:
    from proplint.suppressions import Directive

Stamp = Callable[[Hit], "Finding | None"]

EVERY_RULE = "every rule"


def filter_findings(
    findings: list[Finding],
    document: LoadedDocument,
    ruleset: Ruleset,
    ignored: frozenset[str],
    stamp: Stamp,
    project: bool = False,
) -> tuple[list[Finding], list[Directive]]:
    """``findings`` without the per-file-ignored and suppressed ones, plus P001/P002 about the comments; and the directives.

    A directive naming a project code is judged unused only in a ``project``
    run, by :func:`filter_project`; in a ``project`` run a directive covering
    every rule waits for it too.
    """
    findings = [finding for finding in findings if finding.code not in ignored]
    if document.comments is None:
        return findings, []
    from proplint.suppressions import may_hold_directives, read_directives, suppress, unused

    if not may_hold_directives(document.comments):
        return findings, []
    known: dict[str, frozenset[str] | None] = {}

    def codes(selector: str) -> frozenset[str] | None:
        if selector not in known:  # a selector repeated on many lines is looked up once
            expanded = expand(selector, ruleset)
            known[selector] = expanded[0] if expanded else None
        return known[selector]

    unsuppressible = ruleset.codes(lambda rule: not rule.suppressible)
    directives, problems = read_directives(document.comments, codes, unsuppressible)
    if not directives and not problems:
        return findings, directives
    kept = suppress(findings, directives, unsuppressible)
    across = ruleset.codes(lambda rule: rule.project)
    hits = [Hit("P002", (), {"detail": problem.detail}, at=(problem.line, problem.column)) for problem in problems]
    hits += [_unused_hit(directive, word) for directive, word in unused(directives) if not _waits(directive, word, project, across)]
    for hit in hits:
        finding = stamp(hit)
        if finding is not None and finding.code not in ignored:
            kept.append(finding)
    return kept, directives


def filter_project(
    findings: list[Finding], directives: list[Directive], ruleset: Ruleset, ignored: frozenset[str], stamp: Stamp
) -> list[Finding]:
    """One file's project findings without the ignored and suppressed ones, plus P001 for what waited for them."""
    from proplint.suppressions import suppress, unused

    unsuppressible = ruleset.codes(lambda rule: not rule.suppressible)
    kept = suppress([finding for finding in findings if finding.code not in ignored], directives, unsuppressible)
    across = ruleset.codes(lambda rule: rule.project)
    for directive, word in unused(directives):
        if _waits(directive, word, True, across):
            finding = stamp(_unused_hit(directive, word))
            if finding is not None and finding.code not in ignored:
                kept.append(finding)
    return kept


def _waits(directive: Directive, word: str, project: bool, across: frozenset[str]) -> bool:
    """Whether a directive's word cannot be judged unused before the project checks (the ``across`` codes) ran."""
    if word == EVERY_RULE and directive.codes is None:
        return project
    return bool(directive.codes_of(word) & across)


def _unused_hit(directive: Directive, word: str) -> Hit:
    return Hit("P001", (), {"rule": word, "kind": directive.kind}, at=(directive.line, directive.column))
