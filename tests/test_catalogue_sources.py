"""A catalogue's sources: resolved once by the link stage, read only inside the project and only as regular files (S107)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

import proplint

SU09 = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")


def _catalogue(directory: Path, *sources: str, values: str = "{2027: -650, 2028: -1550, 2029: -1550}") -> Path:
    """A catalogue in ``directory`` with one SU09 entry per source (entry ``i`` on line ``6 + i``)."""
    directory.mkdir(parents=True, exist_ok=True)
    entries = "".join(
        f"  - {{id: SU09, title: Samlet indkøb af inkontinenshjælpemidler, source: {json.dumps(source)}, values: {values}}}\n"
        for source in sources
    )
    text = f"format: proplint/1\ndocument: catalogue\ntitle: B2027\nunit: 1000 DKK\nyears: [2027, 2028, 2029]\nentries:\n{entries}total: {{}}\n"
    path = directory / "catalogue.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _found(path: Path, **options: object) -> list[tuple[str, str, int, str]]:
    outcome = proplint.lint_file(path, options=proplint.Options(**options))  # type: ignore[arg-type]
    assert not outcome.crashes, outcome.crashes
    return sorted((f.code, f.path, f.line, f.message) for f in outcome.findings if f.code in ("S106", "S107", "M902"))


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, check=False, timeout=60)


def test_sources_outside_the_project_are_s107_and_never_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import proplint.sources

    outside = tmp_path / "elsewhere" / "SU09.yaml"
    outside.parent.mkdir()
    outside.write_text(SU09, encoding="utf-8")
    sources = ["../../etc/hostname", "/proc/self/mem", str(outside), "../elsewhere/SU09.yaml"]
    catalogue = _catalogue(tmp_path / "project", *sources)
    reads: list[str] = []
    original = proplint.sources.load_path
    monkeypatch.setattr(proplint.sources, "load_path", lambda path, *args: reads.append(str(path)) or original(path, *args))
    found = _found(catalogue)
    assert [(code, path, line) for code, path, line, _ in found] == [("S107", f"$.entries[{i}].source", 7 + i) for i in range(4)]
    assert all("is outside the project: not read" in message for *_, message in found)
    assert reads == []


def test_outside_the_project_in_danish_through_the_command_line(tmp_path: Path) -> None:
    _catalogue(tmp_path / "project", "../../etc/hostname")
    result = _cli("check", "catalogue.yaml", "--isolated", "--lang", "da", cwd=tmp_path / "project")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "catalogue.yaml:7:" in result.stdout and "S107" in result.stdout
    assert "posten SU09: kilden '../../etc/hostname' ligger uden for projektet: ikke læst" in result.stdout


def test_the_configuration_directory_is_the_project(tmp_path: Path) -> None:
    (tmp_path / "SU09.yaml").write_text(SU09, encoding="utf-8")
    catalogue = _catalogue(tmp_path / "katalog", "../SU09.yaml")
    assert [code for code, *_ in _found(catalogue)] == ["S107"]  # no configuration: the catalogue's directory
    (tmp_path / "proplint.toml").write_text("", encoding="utf-8")
    result = _cli("check", "katalog/catalogue.yaml", "--select", "S106,S107,M902", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert _found(catalogue, root=tmp_path) == []


def test_the_repository_is_the_project_without_a_configuration(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "SU09.yaml").write_text(SU09, encoding="utf-8")
    catalogue = _catalogue(tmp_path / "katalog", "../SU09.yaml", "../../SU09.yaml")
    assert [(code, line) for code, _, line, _ in _found(catalogue)] == [("S107", 8)]


def test_a_link_leading_out_of_the_project_is_outside(tmp_path: Path) -> None:
    (tmp_path / "SU09.yaml").write_text(SU09, encoding="utf-8")
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "SU09.yaml").symlink_to(tmp_path / "SU09.yaml")
    (tmp_path / "project" / "inside.yaml").symlink_to("SU09.yaml")  # a link to a link, both inside
    catalogue = _catalogue(tmp_path / "project", "SU09.yaml", "inside.yaml")
    found = _found(catalogue)
    assert [(code, line) for code, _, line, _ in found] == [("S107", 7), ("S107", 8)]
    (tmp_path / "project" / "SU09.yaml").unlink()
    (tmp_path / "project" / "SU09.yaml").write_text(SU09, encoding="utf-8")
    assert _found(catalogue) == []


def test_a_fifo_a_directory_and_an_overlong_name_are_s107_without_hanging(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    os.mkfifo(project / "SU09.yaml")
    (project / "forslag").mkdir()
    os.mkfifo(project / "samling.md")
    long = "x" * 300 + ".yaml"
    _catalogue(project, "SU09.yaml", "forslag", long, "samling.md#SU09")
    result = _cli("check", "catalogue.yaml", "--isolated", "--format", "json", "--select", "S107", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    found = [(f["code"], f["line"], f["message"]) for f in json.loads(result.stdout)["findings"]]
    assert [(code, line) for code, line, _ in found] == [("S107", 7), ("S107", 8), ("S107", 9), ("S107", 10)]
    assert "is not a regular file" in found[0][2] and "is not a regular file" in found[1][2]
    assert "has a name longer than the system allows" in found[2][2]
    assert "is not a regular file" in found[3][2]


def test_a_source_over_the_size_limit_is_not_read_past_it(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "SU09.yaml").write_text(SU09, encoding="utf-8")
    (project / "samling.md").write_text("# SU09\n" + "x" * 5000, encoding="utf-8")
    catalogue = _catalogue(project, "SU09.yaml", "samling.md#SU09")
    found = _found(catalogue, max_bytes=1000)
    assert [(code, line) for code, _, line, _ in found] == [("S107", 7), ("S107", 8)]
    assert all("cannot be read as a proplint document" in message for *_, message in found)


def test_the_link_stage_resolves_each_source_once_for_all_catalogue_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import proplint.linking

    (tmp_path / "SU09.yaml").write_text(SU09, encoding="utf-8")
    catalogue = _catalogue(tmp_path, "SU09.yaml", "SU13.yaml", values="{2027: -650, 2028: -1650, 2029: -1550}")
    calls: list[str] = []
    original = proplint.linking._link
    monkeypatch.setattr(proplint.linking, "_link", lambda source, *args: calls.append(source) or original(source, *args))
    found = _found(catalogue)
    assert [(code, line) for code, _, line, _ in found] == [("S106", 7), ("S107", 8)]
    assert calls == ["SU09.yaml", "SU13.yaml"]  # S106, S107 and M902 share one resolution per entry


def test_catalogue_checks_read_only_their_links() -> None:
    """Given links, the checks need no file: what they compare comes from the link stage."""
    from decimal import Decimal

    from proplint.checks import CheckContext
    from proplint.checks.catalogue import catalogue_entry, catalogue_source, entry_title
    from proplint.facts import Facts
    from proplint.linking import Link, Problem
    from proplint.structuring import structure
    from proplint.loading import load_text

    text = (
        "format: proplint/1\ndocument: catalogue\ntitle: B\nunit: 1000 DKK\nyears: [2027]\n"
        "entries:\n  - {id: A, title: Et, source: nowhere/A.yaml, values: {2027: -5}}\n"
        "  - {id: B, title: To, source: /etc/passwd, values: {2027: -1}}\n  - {id: C, title: Tre, values: {2027: -1}}\n"
    )
    model = structure(load_text(text)).model
    facts = Facts(file="A.yaml", path=None, kind="proposal", title="Et andet", unit="1000 DKK", permanent={2027: Decimal(-7)})
    links = (Link("nowhere/A.yaml", "nowhere/A.yaml", facts=facts), Link("/etc/passwd", "/etc/passwd", problem=Problem.OUTSIDE), None)
    context = CheckContext("X", links=links)
    assert [hit.path for hit in catalogue_entry(model, context)] == [("entries", 0, "values", "2027")]
    assert [hit.path for hit in entry_title(model, context)] == [("entries", 0, "title")]
    assert [hit.path for hit in catalogue_source(model, context)] == [("entries", 1, "source")]
    assert list(catalogue_source(model, CheckContext("X"))) == []  # text: nothing linked, nothing said


def test_a_collection_source_is_linked_once_with_its_proposal(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "samling-SOF-B2027.md", tmp_path / "samling.md")
    from proplint.importing import read_template

    first = read_template(tmp_path / "samling.md", "samling.md").proposals[0]
    catalogue = _catalogue(tmp_path, f"samling.md#{first.id}", "samling.md#XX99")
    found = _found(catalogue)
    assert ("S107", "$.entries[1].source", 8) in [(code, path, line) for code, path, line, _ in found]
    assert not any(line == 7 and code == "S107" for code, _, line, _ in found)


def test_no_source_spelling_reads_a_file_outside_the_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a source says (``..``, absolute, through links), a file read is inside the project; any other is S107."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import proplint.sources
    from proplint.phrases import quoted

    project = tmp_path / "project"
    (project / "a" / "b").mkdir(parents=True)
    for directory in (tmp_path, project, project / "a", project / "a" / "b"):
        (directory / "SU09.yaml").write_text(SU09, encoding="utf-8")
    (project / "a" / "out").symlink_to(tmp_path)
    (project / "a" / "in").symlink_to(project / "a" / "b")
    inside = str(project.resolve()) + os.sep
    reads: list[str] = []
    original = proplint.sources.load_path

    def guarded(path: Path, *args: object) -> object:
        reads.append(os.path.realpath(path))
        return original(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(proplint.sources, "load_path", guarded)
    segments = st.sampled_from(["..", ".", "a", "b", "in", "out", "SU09.yaml", "x" * 256, "", str(tmp_path), "/etc"])

    @settings(max_examples=60, deadline=None)
    @given(st.lists(segments, min_size=1, max_size=6).map(lambda parts: "/".join(parts) + "/SU09.yaml"))
    def check(source: str) -> None:
        reads.clear()
        catalogue = _catalogue(project / "a", source)
        found = _found(catalogue, root=project)  # as a configuration file in project/ says
        assert all(read.startswith(inside) for read in reads), (source, reads)
        assert [code for code, *_ in found] in ([], ["S107"], ["S106"]), (source, found)
        target = os.path.realpath(os.path.join(project / "a", source)) if "x" * 256 not in source else ""
        outside = [f"entry SU09: the source {quoted(source)} is outside the project: not read"]  # a long one shortened
        if target and not target.startswith(inside):
            assert [message for *_, message in found] == outside
        elif target:
            assert [message for *_, message in found] != outside, source

    check()
