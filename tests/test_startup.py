"""Start-up: checking one YAML proposal loads only what that needs (a pre-commit hook pays for the rest)."""

from __future__ import annotations

import ast
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES

LAZY = (
    "cattrs",  # structuring errors: only for a document, ruleset or setting with a problem
    "importlib.metadata",  # plugins: only when a ruleset names a check proplint does not ship
    "multiprocessing",  # workers: only for large batches
    "concurrent.futures",
    "proplint.format_schema",  # proplint schema
    "proplint.model.catalogue",  # the other document kinds
    "proplint.model.case_status",
    "proplint.model.effect_status",
    "proplint.checks.catalogue",
    "proplint.checks.case_status",
    "proplint.checks.effect_status",
    "proplint.report.json_report",  # report formats other than the one asked for
    "proplint.report.sarif_report",
    "proplint.report.junit_report",
    "proplint.report.github_report",
    "proplint.report.concise_report",
    "proplint.report.html_report",
    "proplint.importing",  # the Word and Markdown importer and its libraries
    "proplint.commands.importing",  # the other subcommands: only their line of help is built
    "proplint.commands.rules",
    "proplint.commands.schema",
    "proplint.commands.report",
    "docx",
    "markdown_it",
    "tabulate",
    "json",
    "hashlib",  # fingerprints: only when there are findings
    "proplint.locations",  # human locations ("Tabel 1 › Varige ændringer › …"): only for findings
    "proplint.location_labels",
    "difflib",  # suggestions for mistyped words: only when there is one
    "tomllib",  # other syntaxes
    "proplint.loading.json_source",
    "proplint.loading.toml_source",
)


def loaded_modules(*arguments: str) -> set[str]:
    code = (
        "import sys\n"
        "from proplint.cli import main\n"
        f"code = main({list(arguments)!r})\n"
        "print(sorted(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(ast.literal_eval(result.stdout.splitlines()[-1]))


def test_checking_one_yaml_proposal_loads_nothing_behind_the_lazy_seams() -> None:
    loaded = loaded_modules("check", str(EXAMPLES / "investment-SU09.yaml"))
    assert "proplint.engine" in loaded and "proplint.model.proposal" in loaded  # it did check
    assert sorted(loaded & set(LAZY)) == []


def test_a_proposal_whose_texts_hold_no_figure_loads_no_prose_reader_and_no_baseline(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import random

    import bench

    proposal = tmp_path / "B0001.yaml"
    proposal.write_text(bench.proposal(1, random.Random(1)), encoding="utf-8")
    loaded = loaded_modules("check", str(proposal))
    assert "proplint.checks.text_figures" in loaded  # the W rules did run
    assert sorted(name for name in loaded if "prose_reader" in name or "danish" in name or "baseline" in name or "cattrs" in name) == []


def test_a_valid_configuration_and_ruleset_are_read_without_cattrs(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.proplint]\nruleset = "kk"\nignore = ["C603"]\nfail-severity = "warning"\n'
        '[tool.proplint.severity]\nS101 = "warning"\n[tool.proplint.per-file-ignores]\n"old/*.yaml" = ["F"]\n',
        encoding="utf-8",
    )
    proposal = tmp_path / "SU09.yaml"
    proposal.write_text((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    loaded = loaded_modules("check", str(proposal))
    assert "proplint.config.settings" in loaded and "proplint.model.proposal" in loaded  # it read the settings and checked
    assert sorted(name for name in loaded if name.split(".")[0] == "cattrs") == []
    (tmp_path / "pyproject.toml").write_text('[tool.proplint]\nignore = "C603"\n', encoding="utf-8")
    assert "cattrs" in loaded_modules("check", str(proposal))  # a setting with a problem is worded by cattrs' errors


def test_the_seams_open_when_needed() -> None:
    loaded = loaded_modules("check", "--format", "json", str(EXAMPLES / "investment-SU09.yaml"))
    assert "proplint.report.json_report" in loaded
    assert "proplint.model.catalogue" not in loaded


def test_a_ruleset_is_parsed_once_and_its_cached_copy_never_goes_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from proplint.ruleset_file import read_data as ruleset_data

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    ruleset = tmp_path / "local.yaml"
    ruleset.write_text("name: local\nrules: [{code: X1}]\n", encoding="utf-8")
    assert ruleset_data(ruleset) == {"name": "local", "rules": [{"code": "X1"}]}
    (cached,) = (tmp_path / "cache" / "proplint").iterdir()
    assert ruleset_data(ruleset) == {"name": "local", "rules": [{"code": "X1"}]}
    ruleset.write_text("name: local\nrules: [{code: X2}]\n", encoding="utf-8")  # same length, new content
    assert ruleset_data(ruleset) == {"name": "local", "rules": [{"code": "X2"}]}
    # A cache file under the name of this content but holding other bytes is not believed.
    content = ruleset.read_bytes()
    for entry in (tmp_path / "cache" / "proplint").iterdir():
        entry.write_bytes(marshal.dumps((content[:-1] + b" ", {"name": "stale"})))
    assert ruleset_data(ruleset) == {"name": "local", "rules": [{"code": "X2"}]}
    assert cached.exists()


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from proplint.ruleset_file import read_data as ruleset_data

    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    ruleset = tmp_path / "local.yaml"
    ruleset.write_text("name: local\nrules: []\n", encoding="utf-8")
    assert ruleset_data(ruleset) == {"name": "local", "rules": []}
    assert blocked.read_text(encoding="utf-8") == ""


def test_the_checks_run_the_same_with_the_cached_rulesets(tmp_path: Path) -> None:
    broken = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8").replace("title:", "titel:", 1)
    document = tmp_path / "broken.yaml"
    document.write_text(broken, encoding="utf-8")
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "proplint", "check", "--format", "json", str(document)],
            capture_output=True, text=True, env=environment, check=False,
        )
        for _ in range(2)
    ]
    assert any((tmp_path / "cache" / "proplint").iterdir())
    assert runs[0].returncode == runs[1].returncode == 1
    assert runs[0].stdout == runs[1].stdout and '"D004"' in runs[0].stdout


def test_a_lazily_compiled_pattern_is_compiled_once_and_only_when_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from proplint.lazy_re import compile_lazily

    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    pattern = compile_lazily(r"(\d+) KR", re.IGNORECASE)
    assert pattern.pattern == r"(\d+) KR" and compiled == []
    match = pattern.search("i alt 250 kr.")
    assert match is not None and match.group(1) == "250"
    assert pattern.sub("N", "4 kr og 5 Kr") == "N og N" and pattern.flags & re.IGNORECASE
    assert compiled == [r"(\d+) KR"]


def test_attrs_methods_come_from_the_cache_only_when_attrs_wrote_the_same_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    import attrs

    from proplint import generated_code

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(generated_code, "_kept", {})
    monkeypatch.setattr(generated_code, "_new", {})
    compiled: list[str] = []
    real = builtins.compile

    def counting(source: Any, filename: str, *rest: Any, **options: Any) -> Any:
        compiled.append(filename)
        return real(source, filename, *rest, **options)

    monkeypatch.setattr(builtins, "compile", counting)

    def make(*names: str) -> Any:
        body: dict[str, Any] = {"__module__": "proplint.probe", "__annotations__": dict.fromkeys(names, "int")}
        return attrs.frozen(type("Probe", (), body))

    first = make("x", "y")
    generated_code._store()
    assert compiled == ["<attrs generated methods proplint.probe.Probe>"]
    generated_code._new.clear()
    generated_code._kept.clear()  # read again from the cache file
    again = make("x", "y")
    assert compiled == ["<attrs generated methods proplint.probe.Probe>"]  # the kept code, not compiled again
    salt = hash("<attrs generated hash proplint.probe.Probe>")
    assert hash(again(1, 2)) == hash((salt, 1, 2)) == hash(first(1, 2))
    assert again(1, 2) == again(1, 2) != again(1, 3) and repr(again(1, 2)) == "Probe(x=1, y=2)"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        again(1, 2).x = 3
    changed = make("x", "z")  # other source under the same name: compiled, never the kept code
    assert len(compiled) == 2 and repr(changed(1, 2)) == "Probe(x=1, z=2)"


def test_classes_of_other_packages_are_compiled_by_attrs_and_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    import attrs

    from proplint import generated_code

    monkeypatch.setattr(generated_code, "_new", {})

    @attrs.frozen
    class Elsewhere:
        x: int

    assert Elsewhere(1) == Elsewhere(1) and generated_code._new == {}


@pytest.mark.parametrize(
    "arguments",
    [
        ["check", "--format", "json", "a.yaml"],
        ["--lang", "da", "check", "a.yaml"],
        ["--lang=da", "explain", "S101"],
        ["--show-settings", "check", "rules"],
        ["rules", "--format", "json"],
        ["schema", "--document", "catalogue"],
        ["report", "--html", "out.html", "docs"],
        ["import", "a.docx", "--output", "out"],
    ],
)
def test_a_parser_built_for_one_subcommand_parses_as_the_full_one(arguments: list[str]) -> None:
    from proplint.cli import _parser, _subcommand

    assert _subcommand(arguments) in ("check", "rules", "explain", "schema", "report", "import")
    assert vars(_parser(arguments).parse_args(arguments)) == vars(_parser().parse_args(arguments))
    assert _parser(arguments).format_help() == _parser().format_help()


def test_words_before_the_subcommand_that_are_not_plain_build_every_parser() -> None:
    from proplint.cli import _subcommand

    for arguments in (["--show", "f", "check"], ["-h"], ["--version"], ["chek", "a.yaml"], ["--", "check"], []):
        assert _subcommand(arguments) is None
    assert _subcommand(["--show-settings", "check", "rules"]) == "rules"  # the file is named "check"


def test_documents_with_nothing_rejected_share_each_rule_s_context_and_others_get_their_own() -> None:
    from proplint.checking import run_checks
    from proplint.checks import CheckContext
    from proplint.library import parse_document
    from proplint.ruleset import load_ruleset

    ruleset = load_ruleset()
    seen: list[CheckContext] = []

    def recording(model: Any, context: CheckContext) -> Any:
        seen.append(context)
        return iter(())

    import proplint.checking as checking

    planned = checking.plan(ruleset, "proposal")
    original = list(planned)
    try:
        planned[:] = [(rule, recording, origin, options) for rule, _, origin, options in original]
        model = parse_document((EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8"), "yaml").model
        for invalid in (frozenset(), frozenset(), frozenset({("economy", "years")})):
            list(run_checks(model, ruleset, [], invalid))
    finally:
        planned[:] = original
    count = len(original)
    first, second, third = seen[:count], seen[count : 2 * count], seen[2 * count :]
    assert all(a is b for a, b in zip(first, second)) and len(third) == count
    assert all(c.invalid == frozenset({("economy", "years")}) and c.code == a.code and c.options is a.options for a, c in zip(first, third))
    assert all(a == CheckContext(rule.code, rule.params, False, frozenset(), (), options) for a, (rule, _, _, options) in zip(first, original))


LAZY_LAYERS = ("proplint.cli", "proplint.commands")
"""The command line builds only the subcommand it runs: its function-local imports keep ``--help``, ``--version`` and the other subcommands light."""


def _function_imports(file: Path, name: str, modules: set[str]) -> list[tuple[int, str]]:
    """``(line, module)`` of each import inside a function of ``file`` (the module called ``name``)."""
    package = name if file.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for function in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import):
                found += [(node.lineno, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
                module = ".".join(base + ([node.module] if node.module else []))
                found += [(node.lineno, f"{module}.{alias.name}" if f"{module}.{alias.name}" in modules else module) for alias in node.names]
    return found


def test_no_function_imports_what_checking_a_proposal_loads_anyway() -> None:
    """A function-local import is a seam: it keeps something out of a check (or out of the other commands), never a module every check loads."""
    import proplint

    source = Path(proplint.__file__).parent
    files = {}
    for file in source.rglob("*.py"):
        parts = ["proplint", *file.relative_to(source).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        files[".".join(parts)] = file
    every_check = set.intersection(
        *(loaded_modules("check", str(EXAMPLES / name)) for name in ("investment-SU09.yaml", "efficiency-SU12.json", "innovation-SU15.toml"))
    )
    hidden = [
        f"{name}:{line} imports {module} in a function"
        for name, file in sorted(files.items())
        if name in every_check and not name.startswith(LAZY_LAYERS)
        for line, module in _function_imports(file, name, set(files))
        if module in every_check and module != "proplint"
    ]
    assert hidden == []
