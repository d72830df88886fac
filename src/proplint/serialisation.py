"""cattrs for findings and reports: the same shape as the JSON report, both ways.

``converter.unstructure(report)`` is the JSON report's object and
``converter.structure(data, Report)`` reads one back, so a tool that stores
reports and one that reads them agree with ``--format json``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from proplint.findings import Finding, Severity

if TYPE_CHECKING:
    import cattrs


@cache
def converter() -> cattrs.Converter:
    """The shared converter, built on first use."""
    import cattrs

    from proplint.report import Report
    from proplint.report.json_report import report_to_dict

    result = cattrs.Converter()
    result.register_unstructure_hook(Severity, lambda severity: severity.label)
    result.register_structure_hook(Severity, lambda value, _: Severity.parse(str(value)))
    result.register_unstructure_hook(Finding, Finding.to_dict)
    result.register_structure_hook(Finding, lambda value, _: _finding(result, value))
    # The predicate forms: cattrs would otherwise resolve Report's annotations, some of which only type checkers import.
    result.register_unstructure_hook_func(lambda cls: cls is Report, report_to_dict)
    result.register_structure_hook_func(lambda cls: cls is Report, lambda value, _: _report(result, value))
    return result


def _finding(converter: cattrs.Converter, value: dict[str, Any]) -> Finding:
    import attrs

    fields = {field.name: value[field.name] for field in attrs.fields(Finding) if field.name in value}
    fields["severity"] = converter.structure(fields["severity"], Severity)
    return Finding(**fields)


def _report(converter: cattrs.Converter, value: dict[str, Any]) -> Any:
    from proplint.report import Report

    summary = value.get("summary", {})
    findings = [converter.structure(item, Finding) for item in value.get("findings", [])]
    baseline = (summary["baselined"], summary["baseline_stale"]) if "baselined" in summary else None
    return Report(findings=findings, files=int(summary.get("files", 0)), baseline=baseline)
