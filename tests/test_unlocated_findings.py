"""Findings without a line (Word documents) and findings about one proposal of a collection, in every report format.

A Word document has no lines: its findings have ``line`` and ``column``
``None`` and are located by the proposal's id (``document``) and the path.
The documents here are YAML read through a locator that has no lines, so
the engine and the reports are tested apart from the importer.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs
import pytest

from conftest import BASE, ROOT, mutate
from proplint.engine import Options, lint_document
from proplint.findings import Finding, Severity
from proplint.loading import LoadedDocument, load_text
from proplint.loading.document import NoLocator
from proplint.report import Presentation, Report, formatter

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
BROKEN = mutate(BASE, ("    total: {2027: -650, 2028: -1550, 2029: -1550}\n  implementation", "    total: {2027: -720, 2028: -1550, 2029: -1550}\n  implementation"))


def _word(text: str, file: str = "forslag.docx") -> LoadedDocument:
    """A document as the importer gives one from Word: plain data and no lines."""
    loaded = load_text(text, file)
    return LoadedDocument(file=file, data=loaded.data, locator=NoLocator(), hits=loaded.hits)


def _finding(code: str = "S101", line: int | None = None, document: str | None = "SU02", file: str = "forslag.docx") -> Finding:
    return Finding(
        code=code, name="section-total", severity=Severity.ERROR, message="2027: total -6760 but rows sum to -6690",
        file=file, line=line, column=None if line is None else 5, path="$.economy.tables[0].total.2027",
        hint="the rows add up to -6690", fingerprint="0123456789abcdef", document=document,
    )


def _report() -> Report:
    findings = [_finding(), _finding("S102", document="SU01"), _finding(document=None, line=3, file="SU09.yaml")]
    findings.sort(key=lambda finding: finding.sort_key)
    return Report(findings=findings, files=2, thresholds={"forslag.docx": Severity.ERROR, "SU09.yaml": Severity.ERROR})


def _format(name: str, report: Report | None = None, **presentation: bool) -> str:
    return formatter(name)(report or _report(), Presentation(**presentation))  # type: ignore[arg-type]


def test_the_engine_gives_findings_without_a_line_that_name_the_proposal() -> None:
    outcome = lint_document(_word(BROKEN), Options(), proposal="SU02")
    assert not outcome.crashes
    s101 = [finding for finding in outcome.findings if finding.code == "S101"]
    assert [(f.path, f.line, f.column, f.document) for f in s101] == [("$.economy.permanent.total.2027", None, None, "SU02")]
    assert all(finding.document == "SU02" and finding.line is None for finding in outcome.findings)


def test_fingerprints_depend_on_the_proposal_not_on_the_line() -> None:
    on_word = lint_document(_word(BROKEN), Options(), proposal="SU02").findings
    moved = lint_document(load_text("# moved\n\n" + BROKEN, "forslag.md"), Options(), proposal="SU02").findings
    other = lint_document(_word(BROKEN), Options(), proposal="SU03").findings
    plain = lint_document(load_text(BROKEN, "forslag.yaml"), Options()).findings
    assert [f.fingerprint for f in on_word] == [f.fingerprint for f in moved]
    assert not {f.fingerprint for f in on_word} & {f.fingerprint for f in other}
    assert not {f.fingerprint for f in on_word} & {f.fingerprint for f in plain}


def test_sorting_puts_findings_without_a_line_first_and_groups_them_by_proposal() -> None:
    findings = [_finding("S102", document="SU02"), _finding("S101", document="SU02"), _finding("S103", document="SU01")]
    ordered = sorted(findings, key=lambda finding: finding.sort_key)
    assert [(f.document, f.code) for f in ordered] == [("SU01", "S103"), ("SU02", "S101"), ("SU02", "S102")]


def test_concise_and_text_name_the_proposal_where_the_line_would_be() -> None:
    concise = _format("concise").splitlines()
    assert concise[0] == "SU09.yaml:3:5: S101 2027: total -6760 but rows sum to -6690 (the rows add up to -6690)"
    assert concise[1].startswith("forslag.docx: SU01: S102 2027: total")
    assert concise[2].startswith("forslag.docx: SU02: S101 2027: total")
    text = _format("text")
    assert "None" not in text
    assert re.search(r"^forslag\.docx: SU02 +error +S101 +2027: total", text, re.M), text


def test_show_source_gives_no_excerpt_without_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "forslag.docx").write_bytes(b"PK\x03\x04 not text\n" * 5)
    (tmp_path / "SU09.yaml").write_text("a: 1\nb: 2\nc: 3\n", encoding="utf-8")
    shown = _format("text", show_source=True).splitlines()
    at = shown.index("forslag.docx: SU02: error S101 2027: total -6760 but rows sum to -6690 (the rows add up to -6690)")
    assert shown[at + 1] == "" and "PK" not in "\n".join(shown)
    assert shown[shown.index("SU09.yaml:3:5: error S101 2027: total -6760 but rows sum to -6690 (the rows add up to -6690)") + 1] == " 3 | c: 3"


def test_json_has_null_line_and_column_and_the_document_only_where_set() -> None:
    findings = json.loads(_format("json"))["findings"]
    word = [finding for finding in findings if finding["file"] == "forslag.docx"]
    assert [(f["line"], f["column"], f["document"]) for f in word] == [(None, None, "SU01"), (None, None, "SU02")]
    yaml = [finding for finding in findings if finding["file"] == "SU09.yaml"]
    assert "document" not in yaml[0] and yaml[0]["line"] == 3


def test_json_round_trips_through_the_converter() -> None:
    from proplint.serialisation import converter

    report = _report()
    again = converter().structure(json.loads(_format("json", report)), Report)
    assert again.findings == report.findings


def test_sarif_is_schema_valid_with_no_region_and_a_logical_location_naming_the_proposal() -> None:
    from jsonschema import Draft4Validator

    log = json.loads(_format("sarif"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = [f"{list(error.path)}: {error.message}" for error in Draft4Validator(schema).iter_errors(log)]
    assert not errors
    results = log["runs"][0]["results"]
    word = [result for result in results if result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "forslag.docx"]
    assert len(word) == 2
    for result in word:
        location = result["locations"][0]
        assert "region" not in location["physicalLocation"]
        assert location["logicalLocations"] == [
            {"name": "$.economy.tables[0].total.2027", "fullyQualifiedName": f"{result['properties']['document']}/$.economy.tables[0].total.2027", "kind": "member"}
        ]
    assert {result["properties"]["document"] for result in word} == {"SU01", "SU02"}
    yaml = [result for result in results if result not in word][0]
    assert yaml["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 5}
    assert "properties" not in yaml


def test_github_annotates_the_file_without_a_line() -> None:
    lines = _format("github").splitlines()
    word = [line for line in lines if "file=forslag.docx" in line]
    assert word[1] == (
        "::error file=forslag.docx,title=S101::2027: total -6760 but rows sum to -6690 (the rows add up to -6690)"
        " [section-total at SU02 $.economy.tables[0].total.2027]"
    )
    assert "line=3,col=5" in next(line for line in lines if "file=SU09.yaml" in line)


def test_junit_names_the_proposal_in_each_failure(tmp_path: Path) -> None:
    from junitparser import Failure, JUnitXml

    target = tmp_path / "report.xml"
    target.write_text(_format("junit"), encoding="utf-8")
    cases = {case.name: case for suite in JUnitXml.fromfile(str(target)) for case in suite}
    failures = [result for result in cases["forslag.docx"].result if isinstance(result, Failure)]
    assert [failure.text.splitlines()[0] for failure in failures] == [
        "forslag.docx: SU01: S102 (section-total) at $.economy.tables[0].total.2027",
        "forslag.docx: SU02: S101 (section-total) at $.economy.tables[0].total.2027",
    ]


def test_html_shows_a_dash_for_the_line_and_the_proposal_beside_the_path() -> None:
    from proplint.facts import Facts
    from proplint.report.html_report import format_html

    facts = [Facts(file="forslag.docx", path=None, kind="proposal", id=name, document=name) for name in ("SU01", "SU02")]
    whole = _finding("I006", document=None)
    report = attrs.evolve(_report(), findings=[*_report().findings, whole], facts=facts)
    page = format_html(report)
    sections = sorted(
        (section for section in page.split("<section")[1:] if 'data-file="forslag.docx"' in section.split(">", 1)[0]),
        key=lambda section: section.split('data-document="', 1)[1],
    )
    assert [section.split('data-document="', 1)[1].split('"', 1)[0] for section in sections] == ["SU01", "SU02"]
    assert "<td>–</td><td>SU01 <code>$.economy.tables[0].total.2027</code></td>" in sections[0]
    assert "S102" in sections[0] and "S101" not in sections[0]
    assert "S101" in sections[1] and "I006" in sections[1]  # about the collection: with its last proposal
    assert ">None<" not in page


def test_baselines_match_on_the_proposal_and_ignore_the_line(tmp_path: Path) -> None:
    from proplint.baseline import compare, write_baseline

    baseline = tmp_path / "baseline.json"
    write_baseline(baseline, _report().findings)
    entries = json.loads(baseline.read_text(encoding="utf-8"))["entries"]
    assert sorted(entry.get("document", "") for entry in entries) == ["", "SU01", "SU02"]
    moved = [attrs.evolve(finding, line=(finding.line or 0) + 7) if finding.line else finding for finding in _report().findings]
    assert compare(moved, baseline).new == []
    other = [attrs.evolve(finding, document="SU03") if finding.document == "SU02" else finding for finding in moved]
    assert [(f.document, f.code) for f in compare(other, baseline).new] == [("SU03", "S101")]


def test_baselines_written_before_collections_still_read(tmp_path: Path) -> None:
    from proplint.baseline import compare

    baseline = tmp_path / "old.json"
    finding = _finding(document=None, line=3, file=str(tmp_path / "SU09.yaml"))
    entry = {"file": "SU09.yaml", "code": "S101", "path": finding.path, "fingerprint": finding.fingerprint}
    baseline.write_text(json.dumps({"version": 1, "entries": [entry]}), encoding="utf-8")
    assert compare([finding], baseline).known == 1


def test_a_suppression_never_covers_a_finding_without_a_line() -> None:
    from proplint.suppressions import Directive

    directive = Directive("disable", (), None, 1, 1, 1, 10)
    assert not directive.covers(_finding())
    assert directive.covers(_finding(line=4))


@pytest.mark.parametrize("name", ["text", "concise", "json", "sarif", "github", "junit"])
def test_every_format_copes_with_a_run_of_only_unlocated_findings(name: str) -> None:
    report = Report(findings=[_finding()], files=1, thresholds={"forslag.docx": Severity.ERROR})
    text = _format(name, report)
    assert "SU02" in text and "None" not in text
