"""``proplint import``: one file per proposal, never overwritten without --force, deterministic, loading back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from importing.template_fixtures import EFFICIENCY, INNOVATION

from proplint.cli import main


def lint_path(path: Path) -> list[tuple[str, str]]:
    from proplint import lint_file

    return sorted((finding.code, finding.path) for finding in lint_file(path).findings)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    source = tmp_path / "samling.md"
    source.write_text(EFFICIENCY + "\n" + INNOVATION, encoding="utf-8")
    return source


def test_one_file_per_proposal_named_by_id(collection: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["import", str(collection), "-o", str(out)]) == 0
    assert sorted(path.name for path in out.iterdir()) == ["SU02.yaml", "SU03.yaml"]
    first = (out / "SU02.yaml").read_text(encoding="utf-8").split("\n")[0]
    assert first.startswith("# ") and "samling.md" in first
    assert "Imported 2 proposals" in capsys.readouterr().out


@pytest.mark.parametrize("syntax", ["yaml", "json", "toml"])
def test_the_written_files_load_back_to_the_same_data_and_findings(collection: Path, tmp_path: Path, syntax: str) -> None:
    from proplint.engine import Options, lint_document
    from proplint.importing import read_template
    from proplint.loading import load_text

    out = tmp_path / syntax
    assert main(["import", str(collection), "-o", str(out), "--format", syntax]) == 0
    for proposal in read_template(collection, str(collection)).proposals:
        written = out / f"{proposal.id}.{syntax}"
        if syntax == "yaml":
            assert load_text(written.read_text(encoding="utf-8"), str(written)).data == proposal.document.data
        direct = sorted((f.code, f.path) for f in lint_document(proposal.document, Options()).findings if not f.code.startswith("I"))
        assert lint_path(written) == direct
        assert direct  # the fixtures are not clean: the comparison can fail


def test_import_findings_at_error_level_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "samling.md"
    source.write_text(EFFICIENCY.replace("Planlægningsteam\tService\t400\t400\t400\t400", "Planlægningsteam\tService\t400\tca. 400\t400\t400"), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 1
    output = capsys.readouterr().out
    assert "I002" in output and "SU02" in output and "1 import finding" in output
    assert (tmp_path / "out" / "SU02.yaml").is_file()


def test_never_overwrites_without_force_and_is_deterministic(collection: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["import", str(collection), "-o", str(out)]) == 0
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    (out / "SU02.yaml").write_text("# mine\n", encoding="utf-8")
    assert main(["import", str(collection), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert (out / "SU02.yaml").read_text(encoding="utf-8") == "# mine\n"
    assert main(["import", str(collection), "-o", str(out), "--force"]) == 0
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
    assert not [path for path in out.iterdir() if path.name.startswith(".")]  # no temporary file left behind


@pytest.mark.parametrize("problem", ["missing", "readme", "binary"])
def test_a_bad_source_is_a_clear_message_exit_2_and_nothing_written(collection: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str) -> None:
    bad = tmp_path / "README.md"
    if problem == "readme":
        bad.write_text("# Forslag\n\nHer ligger forslagene.\n", encoding="utf-8")
    elif problem == "binary":
        bad.write_bytes(b"\xff\xfe\x00\x01 not text")
    out = tmp_path / "out"
    assert main(["import", str(collection), str(bad), "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert "README.md" in error and "Traceback" not in error
    assert not out.exists()


def test_not_a_template_file_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "SU02.yaml"
    other.write_text("format: proplint/1\n", encoding="utf-8")
    assert main(["import", str(other), "-o", str(tmp_path / "out")]) == 2
    assert "not a Word (.docx) or Markdown (.md) document" in capsys.readouterr().err


def test_kind_override(tmp_path: Path) -> None:
    source = tmp_path / "samling.md"
    source.write_text(INNOVATION, encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path), "--kind", "investment"]) == 0
    assert "\nkind: investment\n" in (tmp_path / "SU03.yaml").read_text(encoding="utf-8")


def test_a_repeated_id_gets_its_own_file_and_an_error(tmp_path: Path) -> None:
    source = tmp_path / "samling.md"
    source.write_text(EFFICIENCY + "\n" + INNOVATION.replace("# SU03 ", "# SU02 "), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 1
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["SU02-2.yaml", "SU02.yaml"]


def test_looks_like_template(collection: Path, tmp_path: Path) -> None:
    from proplint.importing import looks_like_template

    readme = tmp_path / "README.md"
    readme.write_text("# SU02 forslag\n\nSe mappen.\n", encoding="utf-8")
    assert looks_like_template(collection)
    assert not looks_like_template(readme)
    assert not looks_like_template(tmp_path / "missing.docx")


def test_a_directory_imports_the_template_documents_in_it(collection: Path, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Forslag\n\nHer ligger forslagene.\n", encoding="utf-8")
    (tmp_path / "~$samling.docx").write_bytes(b"lock")
    out = tmp_path / "out"
    assert main(["import", str(tmp_path), "-o", str(out)]) == 0
    assert sorted(path.name for path in out.iterdir()) == ["SU02.yaml", "SU03.yaml"]
    empty = tmp_path / "tom"
    empty.mkdir()
    assert main(["import", str(empty), "-o", str(out)]) == 2


def test_the_configuration_of_the_source_applies_to_the_import_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "samling.md"
    source.write_text(EFFICIENCY.replace("Planlægningsteam\tService\t400\t400\t400\t400", "Planlægningsteam\tService\t400\tca. 400\t400\t400"), encoding="utf-8")
    (tmp_path / "proplint.toml").write_text('ignore = ["I002"]\n', encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 0
    assert "I002" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "content", "danish"),
    [
        ("tom.md", b"", "filen er tom og ikke et Markdown-dokument"),
        ("tom.docx", b"", "filen er tom og ikke et Word-dokument"),
        ("binaer.docx", b"\x00\x01 no zip", "ikke et Word-dokument (.docx), der kan læses"),
        ("binaer.md", b"\xff\xfe\x00\x01 not text", "ikke en UTF-8-tekstfil (byte 1 kan ikke læses)"),
        ("README.md", "# Forslag\n\nHer ligger forslagene.\n".encode(), "intet forslag fundet"),
        ("SU02.yaml", b"format: proplint/1\n", "ikke et Word-dokument (.docx) eller Markdown-dokument (.md)"),
    ],
)
def test_a_bad_source_is_named_in_danish_with_lang_da(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, danish: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    assert main(["--lang", "da", "import", str(bad), "-o", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"proplint: fejl: {bad}: {danish}")
    assert "Traceback" not in error and not (tmp_path / "out").exists()
