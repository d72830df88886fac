"""Loading: D001–D004 at their own paths and lines, JSON and TOML located, hostile input refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import BASE, EXAMPLES, lint, mutate


def test_syntax_error_has_the_parsers_line() -> None:
    assert lint("format: proplint/1\nid: SU01\ntitle: [open\n") == [("D001", "$", 4)]


def test_bad_values_are_reported_each_at_its_path_and_the_rest_is_checked() -> None:
    text = mutate(
        BASE,
        ("submitted: 2026-02-10", "submitted: 2026-02-30"),
        ("values: {2026: 400, 2027: 300}}", "values: {2026: lots, 2027: 300}}"),
        ("payback_years: {service: 3, total: 3}", "payback_years: {service: 3, total: 2}"),
    )
    assert sorted(lint(text)) == [
        ("D002", "$.economy.implementation.rows[0].values.2026", 26),
        ("D002", "$.submitted", 6),
    ]


def test_missing_required_key_and_bad_enum() -> None:
    text = mutate(BASE, ("summary: Fælles indkøbsaftale og faglig gennemgang af forbruget.\n", ""), ("  level: low", "  level: lavt"))
    assert sorted(lint(text)) == [("D002", "$.risk.level", 48), ("D002", "$.summary", 1)]


def test_misspelt_required_key_is_one_finding_at_the_typo() -> None:
    """rules.md D004: a near-miss of a key the format requires is an error; the missing key is not reported again."""
    from proplint import lint_text

    assert lint(mutate(BASE, ("title: Samlet", "titel: Samlet"))) == [("D004", "$.titel", 3)]
    [finding] = lint_text(mutate(BASE, ("title: Samlet", "titel: Samlet"))).findings
    assert (finding.severity.label, finding.hint) == ("error", "did you mean 'title'?")


def test_unknown_key_points_at_the_key_with_a_suggestion() -> None:
    from proplint import lint_text

    outcome = lint_text(mutate(BASE, ("  text: Leverandør", "  txt: Leverandør")))
    [finding] = outcome.findings
    assert (finding.code, finding.path, finding.line, finding.column) == ("D004", "$.risk.txt", 50, 3)
    assert finding.hint == "did you mean 'text'?"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "D003"),
        ("- a\n- b\n", "D003"),
        ("id: SU01\n", "D003"),
        ("format: proplint/9\n", "D003"),
        ("format: proplint/1\ndocument: memo\n", "D002"),
    ],
)
def test_not_a_proplint_document(text: str, code: str) -> None:
    assert [finding[0] for finding in lint(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,
        "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"a{i}: &a{i} [*a{'' if i == 0 else i - 1}" + f", *a{'' if i == 0 else i - 1}" * 8 + "]\n" for i in range(9)),
        "format: proplint/1\nid: !!python/object/apply:os.system ['echo pwned']\n",
        "format: proplint/1\nid: \x00\x01\x02\n",
        "".join(" " * i + "a:\n" for i in range(500)),
    ],
    ids=["deep flow", "alias bomb", "python tag", "control characters", "deep block"],
)
def test_hostile_input_gives_a_finding_not_a_crash(text: str) -> None:
    findings = lint(text)
    assert any(code in ("D001", "D002", "D003") for code, _, _ in findings)


def test_python_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = f"format: proplint/1\nid: !!python/object/apply:os.system ['touch {marker}']\n"
    assert ("D002", "$.id", 2) in lint(text)
    assert not marker.exists()


def test_non_utf8_and_oversized_files(tmp_path: Path) -> None:
    from proplint import Options, lint_file

    latin = tmp_path / "latin.yaml"
    latin.write_bytes("format: proplint/1\ntitle: Sundhed og \xe6ldre\n".encode("latin-1"))
    [finding] = lint_file(latin).findings
    assert (finding.code, finding.line) == ("D001", 2)
    big = tmp_path / "big.yaml"
    big.write_text(BASE, encoding="utf-8")
    [finding] = lint_file(big, options=Options(max_bytes=100)).findings
    assert finding.code == "D001" and "limit" in finding.message


def test_yaml_reads_amounts_from_their_source_text() -> None:
    from proplint.engine import lint_text

    outcome = lint_text(mutate(BASE, ("values: {2027: 250, 2028: 250, 2029: 250}}\n    total", "values: {2027: 250, 2028: 250, 2029: 1.6780}}\n    total")))
    [finding] = outcome.findings
    assert finding.code == "N205" and "1.6780" in finding.message


def _as_json(text: str) -> str:
    from proplint.loading import load_text

    return json.dumps(load_text(text).data, default=str, indent=2, ensure_ascii=False)


def test_json_findings_have_exact_paths_and_lines() -> None:
    text = _as_json(mutate(BASE, ("total: {2027: -650, 2028: -1550, 2029: -1550}\n  implementation", "total: {2027: -650, 2028: -1560, 2029: -1550}\n  implementation")))
    [(code, path, line)] = lint(text, "json")
    assert (code, path) == ("S101", "$.economy.permanent.total.2028")
    assert '"2028": -1560' in text.splitlines()[line - 1]


def test_json_amount_lists_are_located_by_year() -> None:
    data = json.loads((Path(__file__).parents[1] / "examples" / "efficiency-SU12.json").read_text(encoding="utf-8"))
    data["economy"]["permanent"]["total"][2] = -600
    text = json.dumps(data, indent=2, ensure_ascii=False)
    [(code, path, line)] = lint(text, "json")
    assert (code, path) == ("S101", "$.economy.permanent.total.2029")
    assert text.splitlines()[line - 1].strip() == "-600,"


def test_toml_findings_have_paths_and_lines() -> None:
    text = (Path(__file__).parents[1] / "examples" / "innovation-SU15.toml").read_text(encoding="utf-8")
    broken = mutate(text, ("total = { 2027 = 600, 2028 = 350 }", "total = { 2027 = 600, 2028 = 300 }"))
    [(code, path, line)] = lint(broken, "toml")
    assert (code, path) == ("S101", "$.economy.implementation.total.2028")
    assert broken.splitlines()[line - 1].startswith("total = {")


def test_toml_syntax_error() -> None:
    assert lint('format = "proplint/1"\nid = \n', "toml") == [("D001", "$", 2)]


@pytest.mark.parametrize("special", [".inf", "-.Inf", "+.INF", ".nan", ".NaN"])
def test_yaml_infinity_and_nan_amounts_are_d002_at_their_cell(special: str) -> None:
    from proplint.engine import lint_text

    text = BASE.replace("total: {2027: -650, 2028: -1550, 2029: -1550}\n  implementation", f"total: {{2027: -650, 2028: {special}, 2029: -1550}}\n  implementation")
    outcome = lint_text(text)
    [finding] = [finding for finding in outcome.findings if finding.code == "D002"]
    assert (finding.path, finding.line) == ("$.economy.permanent.total.2028", 23)
    assert "expected a finite number" in finding.message


def test_the_composer_tags_nodes_as_pyyaml_s_base_resolver_does() -> None:
    """Tags are given without PyYAML's resolver: a plain scalar is marked ours, every other node tagged as the resolver tags it."""
    import yaml

    from proplint.loading import yaml_source

    class Reference(yaml_source._BaseLoader):  # type: ignore[misc]
        def resolve(self, kind: type, value: Any, implicit: Any) -> str:
            if kind is yaml.ScalarNode and implicit[0]:
                return "?"
            return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]

    def tags(node: Any) -> Any:
        if isinstance(node, yaml.MappingNode):
            return (node.tag, [(tags(key), tags(value)) for key, value in node.value])
        if isinstance(node, yaml.SequenceNode):
            return (node.tag, [tags(item) for item in node.value])
        return (node.tag, node.value)

    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yaml"))]
    texts += ["a: 'quoted'\nb: \"x\"\nc: plain\nd: [1, '2', {e: f}]\n", "! 'x'", "!!str 5", "!custom {a: 1}", "- |\n  text\n- >\n  more\n", "? [a]\n: !!map {}\n", "- &a [x]\n- *a\n"]
    for text in texts:
        composer, reference = yaml_source._Composer(text), Reference(text)
        try:
            assert tags(composer.get_single_node()) == tags(reference.get_single_node())
        finally:
            composer.dispose()
            reference.dispose()
