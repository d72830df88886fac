"""Every report format from the real CLI, checked against its consumer: the SARIF schema, a JUnit reader,
the GitHub workflow-command grammar, and the JSON report they must agree with."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from test_cli import PLANTED, run

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"


def _json_findings(*paths: str) -> list[dict[str, object]]:
    result = run("check", *paths, "--format", "json")
    findings: list[dict[str, object]] = json.loads(result.stdout)["findings"]
    return findings


def test_sarif_validates_against_the_official_schema_and_locates_every_planted_error() -> None:
    from jsonschema import Draft4Validator

    result = run("check", "examples", "--format", "sarif")
    assert result.returncode == 1, result.stderr
    log = json.loads(result.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(Draft4Validator(schema).iter_errors(log), key=lambda error: list(error.path))
    assert not errors, [f"{list(error.path)}: {error.message}" for error in errors]

    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    located = set()
    for result_ in run_["results"]:
        rule = rules[result_["ruleIndex"]]
        assert rule["id"] == result_["ruleId"]
        location = result_["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        if location["artifactLocation"]["uri"].endswith(".docx"):  # Word has no lines: the whole file, no region
            assert "region" not in location and result_["properties"]["document"]
            located.add((location["artifactLocation"]["uri"], result_["ruleId"], None))
            continue
        region = location["region"]
        assert region["startColumn"] >= 1
        located.add((location["artifactLocation"]["uri"], result_["ruleId"], region["startLine"]))
    for file, planted in PLANTED.items():
        for code, line in planted:
            assert (f"examples/{file}", code, line) in located
    assert len(run_["results"]) == len(_json_findings("examples"))


def test_sarif_rules_carry_metadata_and_a_help_page_that_exists() -> None:
    from proplint.ruledocs import DOCS_URL

    log = json.loads(run("check", "examples/investment-SU09.yaml", "--format", "sarif").stdout)
    rules = {rule["id"]: rule for rule in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {"S101", "C604", "D001", "E301"} <= set(rules)
    for rule in rules.values():
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert rule["helpUri"].startswith(DOCS_URL)
        assert (ROOT / "docs" / rule["helpUri"][len(DOCS_URL):]).is_file(), rule["helpUri"]
    assert rules["E301"]["defaultConfiguration"]["level"] == "warning"
    assert rules["S101"]["helpUri"].endswith("/rules/S101-section-total.md")


def test_the_documentation_address_is_the_one_the_package_metadata_publishes() -> None:
    import tomllib

    from proplint.ruledocs import DOCS_URL

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Documentation"] == DOCS_URL


_COMMAND = re.compile(r"^::(error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def _annotations(output: str) -> list[dict[str, str]]:
    """Parse workflow commands the way the Actions runner does: properties split on ',' and the first '='."""
    annotations = []
    for line in output.splitlines():
        match = _COMMAND.match(line)
        assert match, line
        properties = dict(part.split("=", 1) for part in match["properties"].split(","))
        annotation = {key: _unescape(value) for key, value in properties.items()}
        annotation["command"] = match.group(1)
        annotation["message"] = _unescape(match["message"])
        annotations.append(annotation)
    return annotations


def test_github_annotations_match_the_json_report_one_for_one() -> None:
    result = run("check", "examples", "--format", "github")
    assert result.returncode == 1
    annotations = _annotations(result.stdout)
    findings = _json_findings("examples")
    assert len(annotations) == len(findings)
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    for annotation, finding in zip(annotations, findings):
        assert annotation["file"] == finding["file"]
        if finding["line"] is None:  # Word: the annotation is on the file
            assert "line" not in annotation and "col" not in annotation
        else:
            assert annotation["line"] == str(finding["line"]) and annotation["col"] == str(finding["column"])
        assert annotation["title"] == finding["code"]
        where = f"{finding['document']} {finding['path']}" if "document" in finding else finding["path"]
        assert annotation["message"].endswith(f"[{finding['name']} at {where}]")
        assert annotation["command"] == levels[str(finding["severity"])]
        assert str(finding["message"]) in annotation["message"]


def test_github_escapes_commas_colons_and_percent_in_file_names(tmp_path: Path) -> None:
    name = "SU04, 100%: kopi.yaml"
    (tmp_path / name).write_text((EXAMPLES / "broken" / "sums-SU04.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", name, "--format", "github"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    annotations = _annotations(result.stdout)
    assert {annotation["file"] for annotation in annotations} == {name}
    assert ("S101", "30") in {(annotation["title"].split()[0], annotation["line"]) for annotation in annotations}


def test_junit_is_read_by_a_junit_reader_with_one_case_per_file_and_a_failure_per_finding(tmp_path: Path) -> None:
    from junitparser import Failure, JUnitXml

    target = tmp_path / "report.xml"
    result = run("check", "examples", "--format", "junit", "--output", str(target))
    assert result.returncode == 1 and result.stdout == ""
    xml = JUnitXml.fromfile(str(target))
    cases = {case.name: case for suite in xml for case in suite}
    findings = _json_findings("examples")
    summary = json.loads(run("check", "examples", "--format", "json").stdout)["summary"]
    assert len(cases) == summary["files"]
    assert "examples/investment-SU09.yaml" in cases and cases["examples/investment-SU09.yaml"].is_passed
    by_file: dict[str, list[str]] = {}
    for finding in findings:
        by_file.setdefault(str(finding["file"]), []).append(str(finding["code"]))
    for file, codes in by_file.items():
        failures = [result_ for result_ in cases[file].result if isinstance(result_, Failure)]
        assert [failure.message.split()[0] for failure in failures] == codes


def test_junit_stays_well_formed_with_control_characters_in_a_message(tmp_path: Path) -> None:
    from junitparser import JUnitXml

    (tmp_path / "bad.yaml").write_text('format: proplint/1\nkind: "\\x01\\x1b"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "proplint", "check", "bad.yaml", "--format", "junit", "-o", "out.xml"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode == 1, result.stderr
    cases = [case for suite in JUnitXml.fromfile(str(tmp_path / "out.xml")) for case in suite]
    assert cases[0].name == "bad.yaml" and not cases[0].is_passed
    messages = [failure.message for failure in cases[0].result]
    assert "D002 '\\x01\\x1b' is not one of investment, innovation, efficiency" in messages


_CONCISE = re.compile(
    r"^(?P<file>[^:]+?)(?::(?P<line>\d+):(?P<column>\d+))?:(?: (?P<document>[^: ]+):)? (?P<code>[A-Z]\d{3}) (?P<message>.+)$"
)


def test_concise_prints_one_grep_friendly_line_per_finding() -> None:
    result = run("check", "examples", "--format", "concise")
    assert result.returncode == 1
    findings = _json_findings("examples")
    lines = result.stdout.splitlines()
    assert len(lines) == len(findings)
    for line, finding in zip(lines, findings):
        match = _CONCISE.match(line)
        assert match, line
        line = int(match["line"]) if match["line"] else None
        column = int(match["column"]) if match["column"] else None
        assert (match["file"], line, column, match["document"], match["code"]) == (
            finding["file"], finding["line"], finding["column"], finding.get("document"), finding["code"],
        )
        assert match["message"].startswith(str(finding["message"]))


def test_output_writes_the_same_report_to_a_file_and_nothing_to_stdout(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = run("check", "examples", "--format", "json", "--output", str(target))
    assert result.returncode == 1 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == run("check", "examples", "--format", "json").stdout
    assert [path.name for path in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def test_output_is_left_untouched_on_a_usage_or_configuration_error(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous report\n", encoding="utf-8")
    config = tmp_path / "proplint.toml"
    config.write_text("select = ['S999']\n", encoding="utf-8")
    bad_config = run("check", "examples", "--config", str(config), "--output", str(target))
    assert bad_config.returncode == 2 and "S999" in bad_config.stderr
    assert target.read_text(encoding="utf-8") == "previous report\n"
    missing_directory = run("check", "examples", "--output", str(tmp_path / "no" / "report.json"))
    assert missing_directory.returncode == 2 and "no such directory" in missing_directory.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["proplint.toml", "report.json"]


def test_statistics_count_findings_per_rule() -> None:
    findings = _json_findings("examples")
    expected: dict[str, int] = {}
    for finding in findings:
        expected[str(finding["code"])] = expected.get(str(finding["code"]), 0) + 1
    text = run("check", "examples", "--statistics")
    assert text.returncode == 1
    rows = [line.split() for line in text.stdout.splitlines() if re.match(r"^\s*\d+\s+[A-Z]\d{3}\s", line)]
    assert {row[1]: int(row[0]) for row in rows} == expected
    assert [int(row[0]) for row in rows] == sorted((int(row[0]) for row in rows), reverse=True)
    data = json.loads(run("check", "examples", "--statistics", "--format", "json").stdout)
    assert {entry["code"]: entry["count"] for entry in data["statistics"]} == expected
    refused = run("check", "examples", "--statistics", "--format", "sarif")
    assert refused.returncode == 2 and "--statistics" in refused.stderr


def test_show_source_puts_a_caret_under_the_finding_column() -> None:
    result = run("check", "examples/broken/sums-SU04.yaml", "--show-source")
    lines = result.stdout.splitlines()
    source = (EXAMPLES / "broken" / "sums-SU04.yaml").read_text(encoding="utf-8").splitlines()
    header = next(index for index, line in enumerate(lines) if line.startswith("examples/broken/sums-SU04.yaml:22:62:"))
    assert "S103" in lines[header]
    quoted, caret = lines[header + 1], lines[header + 2]
    assert quoted == f" 22 | {source[21]}"
    offset = quoted.index("| ") + 2
    assert caret.index("^") - offset == 61
    assert source[21][61:].startswith("-6000")


def test_colour_only_when_asked_or_on_a_terminal_without_no_color() -> None:
    assert "\x1b[" not in run("check", "examples").stdout  # piped
    assert "\x1b[1;31merror\x1b[0m" in run("check", "examples", "--color", "always").stdout
    assert "\x1b[" not in run("check", "examples", "--format", "concise", "--color", "never").stdout


def _on_a_terminal(*args: str, **environment: str) -> str:
    """Run proplint with its standard output on a pseudo-terminal; returns what it printed."""
    import pty

    env = {**os.environ, **environment, "TERM": "xterm"}
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "proplint", *args], stdout=terminal, stderr=subprocess.DEVNULL, cwd=ROOT, env=env
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait()
    os.close(controller)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals are tested on Linux")
def test_colour_on_a_terminal_and_none_with_no_color() -> None:
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    os.environ.pop("NO_COLOR", None)
    try:
        assert "\x1b[1;31merror" in _on_a_terminal("check", "examples/broken/sums-SU04.yaml")
        assert "\x1b[" not in _on_a_terminal("check", "examples/broken/sums-SU04.yaml", NO_COLOR="1")
    finally:
        os.environ.clear()
        os.environ.update(env)


def test_show_source_reads_the_file_as_it_is_when_each_report_is_made(tmp_path: Path) -> None:
    from proplint.findings import Finding, Severity
    from proplint.report.source import excerpt

    source = tmp_path / "SU01.yaml"
    finding = Finding("S101", "total-mismatch", Severity.ERROR, "m", str(source), 2, 3, "$.id")
    source.write_text("format: proplint/1\nid: SU01\n", encoding="utf-8")
    assert excerpt(finding)[0] == " 2 | id: SU01"
    source.write_text("format: proplint/1\nid: SU02\n", encoding="utf-8")
    assert excerpt(finding)[0] == " 2 | id: SU02"  # a library caller's second report is not shown the old text
