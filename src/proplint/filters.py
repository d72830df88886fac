"""The filter stage: per-file ignores and inline suppressions, after the checks.

Checks never see configuration; they report everything, and this stage drops
what the user asked not to see, reporting suppressions that drop nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from proplint.findings import Finding, Hit
from proplint.loading.document import LoadedDocument
from proplint.ruleset import Ruleset, expand

Stamp = Callable[[Hit], "Finding | None"]


def filter_findings(
    findings: list[Finding], document: LoadedDocument, ruleset: Ruleset, ignored: frozenset[str], stamp: Stamp
) -> list[Finding]:
    """``findings`` without the per-file-ignored and suppressed ones, plus P001/P002 about the comments."""
    findings = [finding for finding in findings if finding.code not in ignored]
    if document.comments is None:
        return findings
    from proplint.suppressions import read_directives, suppress, unused

    def codes(selector: str) -> frozenset[str] | None:
        expanded = expand(selector, ruleset)
        return expanded[0] if expanded else None

    directives, problems = read_directives(document.comments, codes)
    if not directives and not problems:
        return findings
    kept = suppress(findings, directives)
    hits = [Hit("P002", (), {"detail": problem.detail}, at=(problem.line, problem.column)) for problem in problems]
    hits += [
        Hit("P001", (), {"rule": word, "kind": directive.kind}, at=(directive.line, directive.column))
        for directive, word in unused(directives)
    ]
    for hit in hits:
        finding = stamp(hit)
        if finding is not None and finding.code not in ignored:
            kept.append(finding)
    return kept
