"""A tool built on proplint's public API only: mypy --strict checks it, the tests run it.

Usage: python api_consumer.py EXAMPLES_DIRECTORY
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import proplint
from proplint import Finding, Loaded, Options, Outcome, Report, Severity


def errors(findings: list[Finding]) -> list[str]:
    return [f"{finding.code}@{finding.path}:{finding.line}" for finding in findings if finding.severity >= Severity.ERROR]


def main(examples: Path) -> int:
    outcome: Outcome = proplint.lint_file(examples / "broken" / "sums-SU04.yaml", file="SU04.yaml")
    print("file", errors(outcome.findings))

    text = (examples / "investment-SU09.yaml").read_text(encoding="utf-8").replace("level: low", "level: maybe")
    print("text", errors(proplint.lint_text(text, file="SU09.yaml").findings))

    data = json.loads((examples / "efficiency-SU12.json").read_text(encoding="utf-8"))
    data["economy"]["price_level"] = "last year"
    print("mapping", errors(proplint.lint_mapping(data, file="SU12").findings))

    loaded: Loaded = proplint.load_document(examples / "investment-SU09.yaml")
    title = loaded.model.title if isinstance(loaded.model, proplint.Proposal) else None
    print("model", loaded.ok, title)

    danish = Options(language="da", fail_severity=Severity.WARNING)
    report: Report = proplint.lint_paths([str(examples / "broken")], danish)
    print("report", report.files, report.failing() > 0, report.counts())

    converter = proplint.converter()
    shape = converter.unstructure(report)
    again = converter.structure(shape, Report)
    print("round-trip", again.findings == report.findings, sorted(shape))

    options = proplint.options_for(examples)
    print("options", options.ruleset.name, len(options.ruleset.enabled()) > 20)

    page: str = proplint.format_report(report, "html", language="da")
    print("html", page.startswith("<!DOCTYPE html>"))

    schema = proplint.json_schema("proposal")
    print("schema", schema["$schema"])
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
