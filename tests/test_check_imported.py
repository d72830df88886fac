"""``proplint check`` on Word and Markdown collections, through the real importer and the real command line.

The collections are rendered into the municipal template from the example
proposals by the test renderer (``tests/importing/render.py``), with errors
planted in the format v1 data before rendering.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import EXAMPLES, ROOT
from importing.render import Options, render_collection_docx, render_collection_markdown

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
TOTAL = ("$.economy.permanent.total.2028", "S101")


def _su09() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"))
    data["risk"]["text"] = "Risikoen vurderes som lav. " + data["risk"]["text"]  # the template states the level in words
    return data


def _proposals() -> list[dict[str, Any]]:
    """SU09 as it is, and SU02: SU09 with a permanent total that is not the sum of its rows (S101 at 2028)."""
    clean = _su09()
    broken = copy.deepcopy(clean)
    broken["id"] = "SU02"
    broken["title"] = "Fælles indkøb af hjælpemidler"
    broken["economy"]["permanent"]["total"][2028] = -1650
    return [clean, broken]


def _write(tmp_path: Path, name: str, options: Options = Options()) -> Path:
    path = tmp_path / name
    if name.endswith(".docx"):
        path.write_bytes(render_collection_docx(_proposals(), options))
    else:
        path.write_text(render_collection_markdown(_proposals(), options), encoding="utf-8")
    return path


def proplint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proplint", "check", "--isolated", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def _json(*args: str, cwd: Path) -> tuple[int, dict[str, Any]]:
    result = proplint("--format", "json", *args, cwd=cwd)
    assert "Traceback" not in result.stderr, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return result.returncode, report


def _planted(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [finding for finding in findings if (finding["path"], finding["code"]) == TOTAL]


@pytest.mark.parametrize("name", ["forslag.md", "forslag.docx"])
def test_a_planted_error_is_found_in_its_proposal(tmp_path: Path, name: str) -> None:
    _write(tmp_path, name)
    code, report = _json(name, cwd=tmp_path)
    assert code == 1 and report["summary"]["files"] == 1
    planted = _planted(report["findings"])
    assert [(f["document"], f["file"]) for f in planted] == [("SU02", name)]
    assert all("document" in finding for finding in report["findings"] if finding["code"] != "I006")
    assert not [f for f in report["findings"] if f.get("document") == "SU09" and f["severity"] == "error"]
    if name.endswith(".docx"):
        assert (planted[0]["line"], planted[0]["column"]) == (None, None)
    else:
        line = (tmp_path / name).read_text(encoding="utf-8").splitlines()[planted[0]["line"] - 1]
        assert "1.650" in line and "\t" in line  # the total row of SU02's Table 1, where the cell is
        assert line[planted[0]["column"] - 1 :].startswith(("<b>-1.650", "-1.650"))


def test_every_report_format_handles_word_findings(tmp_path: Path) -> None:
    from jsonschema import Draft4Validator

    _write(tmp_path, "forslag.docx")
    sarif = json.loads(proplint("--format", "sarif", "forslag.docx", cwd=tmp_path).stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert not [error.message for error in Draft4Validator(schema).iter_errors(sarif)]
    result = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "S101")
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "SU02/" + TOTAL[0]
    concise = proplint("--format", "concise", "forslag.docx", cwd=tmp_path).stdout
    assert "forslag.docx: SU02: S101 2028: total -1650" in concise
    github = proplint("--format", "github", "forslag.docx", cwd=tmp_path).stdout
    assert f"::error file=forslag.docx,title=S101::2028: total -1650" in github and "line=" not in github
    junit = proplint("--format", "junit", "forslag.docx", cwd=tmp_path).stdout
    assert f"forslag.docx: SU02: S101 (section-total) at {TOTAL[0]}" in junit
    text = proplint("--show-source", "forslag.docx", cwd=tmp_path).stdout
    assert "forslag.docx: SU02: error S101" in text and "None" not in text


def test_a_markdown_finding_shows_its_source_line(tmp_path: Path) -> None:
    _write(tmp_path, "forslag.md")
    text = proplint("--show-source", "forslag.md", cwd=tmp_path).stdout
    lines = text.splitlines()
    at = next(k for k, line in enumerate(lines) if ": SU02: error S101" in line)
    assert "1.650" in lines[at + 1] and lines[at + 2].strip().endswith("^")


def test_a_directory_checks_template_documents_and_not_readmes(tmp_path: Path) -> None:
    _write(tmp_path, "forslag.md")
    _write(tmp_path, "forslag.docx")
    (tmp_path / "README.md").write_text("# Forslag til budget 2027\n\nSe forslag.docx.\n", encoding="utf-8")
    (tmp_path / "SU09.yaml").write_text((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, report = _json(".", cwd=tmp_path)
    assert report["summary"]["files"] == 3
    assert {f["file"] for f in _planted(report["findings"])} == {"forslag.md", "forslag.docx"}
    assert not [f for f in report["findings"] if "README" in f["file"]]


def test_a_named_file_that_is_no_proposal_or_cannot_be_read_is_reported_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Noter\n\nIntet forslag her.\n", encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip archive")
    (tmp_path / "latin1.md").write_bytes("# Forslag SU01 \xe6\xf8\xe5\n".encode("latin-1"))
    code, report = _json("README.md", "broken.docx", "latin1.md", cwd=tmp_path)
    assert code == 1
    found = {(f["file"], f["code"], f["line"]) for f in report["findings"]}
    assert found == {("README.md", "D003", 1), ("broken.docx", "D001", None), ("latin1.md", "D001", 1)}
    skipped = proplint("--skip-foreign", "README.md", cwd=tmp_path)
    assert skipped.returncode == 0 and "Checked 0 files" in skipped.stdout


def test_markdown_suppression_comments(tmp_path: Path) -> None:
    path = _write(tmp_path, "forslag.md")
    text = path.read_text(encoding="utf-8")
    heading = next(line for line in text.splitlines() if "SU02" in line and line.startswith("#"))
    path.write_text(text.replace(heading, "<!-- proplint: disable=S101 -->\n" + heading, 1), encoding="utf-8")
    code, report = _json("forslag.md", cwd=tmp_path)
    assert _planted(report["findings"]) == [] and not [f for f in report["findings"] if f["code"] == "P001"]
    path.write_text(text.replace(heading, "<!-- proplint: disable=S102 -->\n" + heading, 1), encoding="utf-8")
    code, report = _json("forslag.md", cwd=tmp_path)
    assert len(_planted(report["findings"])) == 1
    unused = [(f["code"], f["column"], f.get("document")) for f in report["findings"] if f["code"] == "P001"]
    assert unused == [("P001", 1, None)]


def test_configuration_per_file_ignores_and_baselines_apply(tmp_path: Path) -> None:
    _write(tmp_path, "forslag.docx")
    written = proplint("--write-baseline", "baseline.json", "forslag.docx", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    entries = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["entries"]
    assert ("SU02", "S101", TOTAL[0]) in {(e.get("document"), e["code"], e["path"]) for e in entries}
    assert proplint("--baseline", "baseline.json", "forslag.docx", cwd=tmp_path).returncode == 0
    (tmp_path / ".proplint.toml").write_text('[per-file-ignores]\n"*.docx" = ["S101"]\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "proplint", "check", "--format", "json", "forslag.docx"],
                            capture_output=True, text=True, cwd=tmp_path, check=False)
    assert _planted(json.loads(result.stdout)["findings"]) == []


def test_a_catalogue_compares_its_entries_with_the_proposals_of_a_collection(tmp_path: Path) -> None:
    _write(tmp_path, "forslag.docx")
    catalogue = {
        "format": "proplint/1", "document": "catalogue", "title": "Budget 2027", "unit": "1000 DKK", "price_level": 2027,
        "years": [2027, 2028, 2029],
        "entries": [
            {"id": "SU09", "title": "Samlet indkøb af inkontinenshjælpemidler", "kind": "investment",
             "source": "forslag.docx#SU09", "values": {2027: -650, 2028: -1550, 2029: -1550}},
            {"id": "SU02", "title": "Fælles indkøb", "kind": "investment",
             "source": "forslag.docx", "values": {2027: -650, 2028: -1550, 2029: -1550}},
            {"id": "SU03", "title": "Noget andet", "kind": "investment",
             "source": "forslag.docx#SU03", "values": {}},
        ],
        "total": {2027: -1300, 2028: -3100, 2029: -3100},
    }
    (tmp_path / "katalog.yaml").write_text(yaml.safe_dump(catalogue, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, report = _json("--project", ".", cwd=tmp_path)
    found = {(f["file"], f["code"], f["path"]) for f in report["findings"] if f["code"] in ("S106", "S107", "M902", "M903")}
    assert found == {
        ("katalog.yaml", "S106", "$.entries[1].values.2028"),  # SU02's total is -1650
        ("katalog.yaml", "M902", "$.entries[1].title"),
        ("katalog.yaml", "S107", "$.entries[2].source"),
    }
    s107 = next(f for f in report["findings"] if f["code"] == "S107")
    assert s107["message"] == "entry SU03: 'forslag.docx' holds no proposal SU03"
    subprocess.run([sys.executable, "-m", "proplint", "report", "--isolated", ".", "--html", "report.html"], cwd=tmp_path, check=True,
                   capture_output=True)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    entries = page.split('<table class="catalogue-entries"', 1)[1].split("</table>", 1)[0].split('<tr class="entry ')[1:]
    assert [row.split('"', 1)[0] for row in entries] == ["agrees", "agrees", "missing"]  # the last year, 2029, agrees
    assert ">SU09</a>" in entries[0] and ">SU02</a>" in entries[1]  # each entry with its own proposal of the collection


def test_the_html_report_has_a_section_per_proposal(tmp_path: Path) -> None:
    _write(tmp_path, "forslag.docx")
    result = subprocess.run([sys.executable, "-m", "proplint", "report", "--isolated", "forslag.docx", "--html", "report.html"],
                            capture_output=True, text=True, cwd=tmp_path, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    sections = {section.split('data-document="', 1)[1].split('"', 1)[0]: section for section in page.split("<section")[1:]}
    assert set(sections) == {"SU09", "SU02"}
    assert "S101" in sections["SU02"] and "<td>–</td>" in sections["SU02"] and "S101" not in sections["SU09"]
    overview = page.split('<table id="overview">', 1)[1].split("</table>", 1)[0]
    assert 'data-document="SU02" data-status="error"' in overview and 'data-document="SU09" data-status="clean"' in overview


def test_import_kind_reaches_the_importer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import proplint.importing as importing
    from proplint.config import Resolver
    from proplint.runner import lint_paths
    from proplint.model.enums import Kind

    _write(tmp_path, "forslag.md")
    (tmp_path / ".proplint.toml").write_text('import-kind = "efficiency"\n', encoding="utf-8")
    seen: list[Any] = []
    real = importing.read_template

    def spy(path: Path, file: str, kind: Any = None, max_bytes: int = 2_000_000) -> Any:
        seen.append(kind)
        return real(path, file, kind, max_bytes)

    monkeypatch.setattr(importing, "read_template", spy)
    report = lint_paths([str(tmp_path / "forslag.md")], Resolver())
    assert seen == [Kind.EFFICIENCY] and report.files == 1
    (tmp_path / ".proplint.toml").write_text('import-kind = "sparing"\n', encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "proplint", "check", "forslag.md"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert bad.returncode == 2 and "import-kind" in bad.stderr and "Traceback" not in bad.stderr


def test_checking_yaml_loads_neither_python_docx_nor_markdown_it() -> None:
    script = (
        "import sys, proplint\n"
        "proplint.lint_paths(['examples/investment-SU09.yaml'])\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('docx', 'markdown_it', 'lxml')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"
    timed = subprocess.run([sys.executable, "-X", "importtime", "-m", "proplint", "check", "examples/investment-SU09.yaml"],
                           capture_output=True, text=True, cwd=ROOT, check=False)
    imported = {line.split("|")[-1].strip() for line in timed.stderr.splitlines() if "|" in line}
    assert not {name for name in imported if name.split(".")[0] in ("docx", "markdown_it", "lxml")}


def test_standard_input_is_read_as_the_named_markdown_or_word_file(tmp_path: Path) -> None:
    for name in ("forslag.md", "forslag.docx"):
        raw = _write(tmp_path, name).read_bytes()
        result = subprocess.run(
            [sys.executable, "-m", "proplint", "check", "--isolated", "--format", "json", "-", "--stdin-filename", f"udkast/{name}"],
            input=raw, capture_output=True, cwd=tmp_path, check=False,
        )
        assert result.returncode == 1, result.stderr
        planted = _planted(json.loads(result.stdout)["findings"])
        assert [(f["file"], f["document"]) for f in planted] == [(f"udkast/{name}", "SU02")]


def test_lint_file_gives_every_proposal_of_a_collection(tmp_path: Path) -> None:
    import proplint

    outcome = proplint.lint_file(_write(tmp_path, "forslag.docx"), file="forslag.docx")
    assert [facts.document for facts in outcome.documents] == ["SU09", "SU02"]
    assert [(f.document, f.line) for f in outcome.findings if (f.path, f.code) == TOTAL] == [("SU02", None)]


def test_project_checks_see_each_proposal_of_a_collection(tmp_path: Path) -> None:
    import pickle

    import proplint

    _write(tmp_path, "forslag.docx")
    (tmp_path / "SU09.yaml").write_text((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, report = _json("--project", ".", cwd=tmp_path)
    m901 = sorted((f["file"], f.get("document"), f["line"]) for f in report["findings"] if f["code"] == "M901")
    assert m901 == [("SU09.yaml", None, 2), ("forslag.docx", "SU09", None)]
    twice = tmp_path / "twice"
    twice.mkdir()
    (twice / "samling.docx").write_bytes(render_collection_docx([_su09(), _su09()]))
    code, report = _json("--project", "twice", cwd=tmp_path)
    codes = [f["code"] for f in report["findings"]]
    assert "I006" in codes and "M901" not in codes  # twice in one collection is the importer's finding
    outcome = proplint.lint_file(tmp_path / "forslag.docx")
    assert pickle.loads(pickle.dumps(outcome)).documents == outcome.documents  # worker processes send outcomes back
