"""The engine over collections, apart from the importer: several documents from one file, each linted alike.

``read_template`` is replaced by a stand-in that gives the importer's seam
(``Imported`` of ``ImportedProposal``\\s, each a ``LoadedDocument``) from a
file of YAML documents separated by ``---`` lines: a ``.md`` file keeps its
lines (as the Markdown locator does), a ``.docx`` file has none (as Word).
The real importer on real Word and Markdown files is tested in
``test_check_imported.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import BASE, EXAMPLES, mutate
from proplint.findings import Hit
from proplint.loading import LoadedDocument, load_text
from proplint.loading.document import NoLocator

SU09 = BASE
SU02 = mutate(BASE, ("id: SU09", "id: SU02"), ("    total: {2027: -650, 2028: -1550, 2029: -1550}\n  implementation",
                                               "    total: {2027: -720, 2028: -1550, 2029: -1550}\n  implementation"))


class _Shifted:
    """A YAML locator moved down to where its document starts in the file."""

    def __init__(self, document: LoadedDocument, offset: int) -> None:
        self._document, self._offset = document, offset

    def locate(self, path: Any, key: bool = False) -> tuple[int, int] | None:
        found = self._document.locate(path, key)
        return None if found is None else (found[0] + self._offset, found[1])


def _stand_in(path: Path, file: str, kind: Any = None, max_bytes: int = 2_000_000) -> Any:
    import proplint.importing as importing

    text = path.read_text(encoding="utf-8")
    if "format: proplint/1" not in text:
        raise importing.NotATemplate(f"{file}: no proposal heading")
    proposals, offset, hits = [], 0, []
    seen: set[str] = set()
    for chunk in text.split("---\n"):
        # HTML comments on their own line are no content (the Markdown reader skips them too).
        loaded = load_text("\n".join("" if line.startswith("<!--") else line for line in chunk.split("\n")), file)
        locator = NoLocator() if path.suffix == ".docx" else _Shifted(loaded, offset)
        document = LoadedDocument(file=file, data=loaded.data, locator=locator, hits=loaded.hits)
        ident = str(loaded.data.get("id", "")) if isinstance(loaded.data, dict) else ""
        if ident in seen:
            hits.append(Hit("I006", (), {"id": ident}))
        seen.add(ident)
        proposals.append(importing.ImportedProposal(id=ident, document=document))
        offset += chunk.count("\n") + 1
    return importing.Imported(file=file, budget="Budget 2027", proposals=tuple(proposals), hits=tuple(hits))


@pytest.fixture
def importer(monkeypatch: pytest.MonkeyPatch) -> None:
    import proplint.importing as importing

    monkeypatch.setattr(importing, "read_template", _stand_in)
    monkeypatch.setattr(importing, "looks_like_template", lambda path: "format: proplint/1" in path.read_text(encoding="utf-8"))
    monkeypatch.setattr(importing, "template_verdict", lambda path: "format: proplint/1" in path.read_text(encoding="utf-8"))


def _collection(tmp_path: Path, name: str, *documents: str) -> Path:
    path = tmp_path / name
    path.write_text("---\n".join(documents), encoding="utf-8")
    return path


def _found(report: Any) -> list[tuple[str | None, str, str, int | None]]:
    return sorted(((f.document, f.code, f.path, f.line) for f in report.findings), key=str)


def test_each_proposal_of_a_collection_is_linted_and_named(tmp_path: Path, importer: None) -> None:
    import proplint

    path = _collection(tmp_path, "forslag.md", SU09, SU02)
    report = proplint.lint_paths([str(path)])
    assert report.files == 1
    assert _found(report) == [("SU02", "S101", "$.economy.permanent.total.2027", SU09.count("\n") + 1 + 23)]
    assert [(facts.document, facts.id) for facts in report.facts] == [("SU09", "SU09"), ("SU02", "SU02")]


def test_word_findings_have_no_line(tmp_path: Path, importer: None) -> None:
    import proplint

    report = proplint.lint_paths([str(_collection(tmp_path, "forslag.docx", SU09, SU02))])
    assert _found(report) == [("SU02", "S101", "$.economy.permanent.total.2027", None)]


def test_a_collection_hit_is_about_no_one_proposal(tmp_path: Path, importer: None) -> None:
    import proplint

    report = proplint.lint_paths([str(_collection(tmp_path, "forslag.docx", SU09, SU09))])
    i006 = [finding for finding in report.findings if finding.code == "I006"]
    assert [(f.document, f.line, f.path) for f in i006] == [(None, None, "$")]


def test_directories_yield_only_template_documents(tmp_path: Path, importer: None) -> None:
    import proplint

    _collection(tmp_path, "forslag.md", SU09, SU02)
    (tmp_path / "README.md").write_text("# Forslag\n\nSe forslag.md.\n", encoding="utf-8")
    report = proplint.lint_paths([str(tmp_path)])
    assert report.checked() == [str(tmp_path / "forslag.md")]


def test_a_named_file_that_is_no_template_is_d003_and_skipped_with_skip_foreign(tmp_path: Path, importer: None) -> None:
    import proplint

    readme = tmp_path / "README.md"
    readme.write_text("# Forslag\n", encoding="utf-8")
    report = proplint.lint_paths([str(readme)])
    assert [(f.code, f.line) for f in report.findings] == [("D003", 1)]
    assert proplint.lint_paths([str(readme)], skip_foreign=True).files == 0


def test_an_unreadable_word_file_is_d001_without_a_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "forslag.docx"
    broken.write_bytes(b"PK\x03\x04 this is no zip")
    result = subprocess.run([sys.executable, "-m", "proplint", "check", "--isolated", "--format", "json", str(broken)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("D001", None, None)]


def test_per_file_ignores_and_markdown_comments_apply_to_every_proposal(tmp_path: Path, importer: None) -> None:
    from proplint.config import Resolver

    import proplint

    # After text, the stand-in's YAML needs a comment sign before the directive; the Markdown reading finds it all the same.
    total = "    total: {2027: -720, 2028: -1550, 2029: -1550}\n"
    line = SU09.count("\n") + 1 + 23 + 1
    on_line = _collection(tmp_path, "forslag.md", SU09, SU02.replace(total, total[:-1] + " # <!-- proplint: disable-line=S101 -->\n"))
    assert _found(proplint.lint_paths([str(on_line)], Resolver(isolated=True))) == []
    path = _collection(tmp_path, "forslag.md", SU09, SU02)
    text = path.read_text(encoding="utf-8")
    path.write_text("<!-- proplint: disable=S101 -->\n" + text, encoding="utf-8")
    assert _found(proplint.lint_paths([str(path)], Resolver(isolated=True))) == []
    path.write_text("<!-- proplint: disable=S102 -->\n" + text, encoding="utf-8")
    assert _found(proplint.lint_paths([str(path)], Resolver(isolated=True))) == [
        ("SU02", "S101", "$.economy.permanent.total.2027", line), (None, "P001", "$", 1),
    ]
    (tmp_path / ".proplint.toml").write_text('[per-file-ignores]\n"*.md" = ["S101", "P001"]\n', encoding="utf-8")
    assert proplint.lint_paths([str(path)], Resolver()).findings == []


def test_a_catalogue_names_proposals_of_a_collection(tmp_path: Path, importer: None) -> None:
    import proplint

    _collection(tmp_path, "forslag.docx", SU09, SU02)
    catalogue = (EXAMPLES / "catalogue-B2027.yaml").read_text(encoding="utf-8")
    catalogue = catalogue.replace("source: investment-SU09.yaml", "source: forslag.docx#SU09")
    catalogue = catalogue.replace("source: efficiency-SU12.json", "source: forslag.docx#SU12")
    catalogue = catalogue.replace("source: innovation-SU15.toml", "source: forslag.docx")
    (tmp_path / "catalogue.yaml").write_text(catalogue, encoding="utf-8")
    report = proplint.lint_paths([str(tmp_path)], project=True)
    s107 = sorted((f.path, f.message) for f in report.findings if f.code == "S107")
    assert s107 == [
        ("$.entries[1].source", "entry SU12: 'forslag.docx' holds no proposal SU12"),
        ("$.entries[2].source", "entry SU15: 'forslag.docx' holds no proposal SU15"),
    ]
    assert not [f for f in report.findings if f.code in ("S106", "M902") and "entries[0]" in f.path]
    m903 = [(f.document, f.line) for f in report.findings if f.code == "M903"]
    assert m903 == [("SU02", None)]
