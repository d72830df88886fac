"""SARIF 2.1.0: the static-analysis interchange format that code-scanning services read.

Each rule is described once under ``tool.driver.rules`` (id, name, short and
full description, help page, default level); each result points at its rule
by index and at a region (start line and column) of a file relative to
``%SRCROOT%``, the working directory; a finding without a line (Word) points
at the whole file, with no region. The document path goes in a logical
location, qualified by the proposal's id in a collection (which the result's
``properties.document`` names too), the baseline fingerprint in ``partialFingerprints``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from proplint import __version__
from proplint.findings import Finding, Severity

from proplint.report import worded

if TYPE_CHECKING:
    from proplint.report import Presentation, Report
    from proplint.ruleset import Rule

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def format_sarif(report: Report, presentation: Presentation) -> str:
    return json.dumps(sarif_log(report, presentation.rules), ensure_ascii=False, indent=2) + "\n"


def sarif_log(report: Report, rules: Mapping[str, Rule]) -> dict[str, Any]:
    """The SARIF log of one run: the rules that were enabled or found, and one result per finding."""
    descriptors = [_descriptor(rule) for rule in rules.values() if rule.enabled]
    index = {descriptor["id"]: position for position, descriptor in enumerate(descriptors)}
    for finding in report.findings:
        if finding.code not in index:
            rule = rules.get(finding.code)
            index[finding.code] = len(descriptors)
            descriptors.append(_descriptor(rule) if rule is not None else _bare_descriptor(finding))
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "proplint",
                "version": __version__,
                "informationUri": _docs_url(),
                "rules": descriptors,
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
        "invocations": [_invocation(report)],
        "results": [_result(finding, index[finding.code]) for finding in report.findings],
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _docs_url() -> str:
    from proplint.ruledocs import DOCS_URL

    return DOCS_URL


def _descriptor(rule: Rule) -> dict[str, Any]:
    from proplint.ruledocs import page_url

    summary = rule.summary or rule.message
    full = f"{summary} {rule.why}".strip() if rule.why else summary
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {"source": rule.source} if rule.source else {},
    }
    if _documented(rule):
        descriptor["helpUri"] = page_url(rule)
    return descriptor


def _documented(rule: Rule) -> bool:
    """Whether the rule has a published page: the shipped rules, under their shipped names."""
    from proplint.ruleset import DEFAULT_RULESET, load_ruleset

    shipped = load_ruleset(DEFAULT_RULESET).rules.get(rule.code)
    return shipped is not None and shipped.name == rule.name


def _bare_descriptor(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.code,
        "name": finding.name,
        "shortDescription": {"text": finding.name},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


def _invocation(report: Report) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": not report.crashes}
    if report.crashes:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": crash}} for crash in report.crashes
        ]
    return invocation


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": worded(finding)},
        "locations": [{"physicalLocation": _physical(finding), "logicalLocations": [_logical(finding)]}],
    }
    properties = {"document": finding.document} if finding.document else {}
    if finding.location:
        properties["location"] = finding.location
    if properties:
        result["properties"] = properties
    if finding.fingerprint:
        result["partialFingerprints"] = {"proplintFingerprint/v1": finding.fingerprint}
    return result


def _physical(finding: Finding) -> dict[str, Any]:
    """The file, and the region where the finding has a line; without one (Word) the whole file (SARIF 2.1.0 §3.29.4)."""
    physical: dict[str, Any] = {"artifactLocation": _artifact(finding.file)}
    if finding.line is not None:
        physical["region"] = {"startLine": max(finding.line, 1), "startColumn": max(finding.column or 1, 1)}
    return physical


def _logical(finding: Finding) -> dict[str, Any]:
    """The document path; in a collection, qualified by the proposal's id (``SU02/$.economy…``)."""
    if not finding.document:
        return {"fullyQualifiedName": finding.path, "kind": "member"}
    return {"name": finding.path, "fullyQualifiedName": f"{finding.document}/{finding.path}", "kind": "member"}


def _artifact(file: str) -> dict[str, str]:
    """A relative file as a URI under ``%SRCROOT%``; an absolute one as a ``file:`` URI."""
    path = Path(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": quote(path.as_posix()), "uriBaseId": "%SRCROOT%"}
