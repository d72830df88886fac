"""Inputs the fuzzer found slow or crashing, each kept as a test: linear time, a finding where it belongs, no traceback.

Each size is one that took tens of seconds before (quadratic) and takes a
fraction of a second now; the bounds are generous because the machine running
the tests may be busy, and times are processor time, not the clock's.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from proplint import lint_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
YAML = (EXAMPLES / "investment-SU09.yaml").read_text(encoding="utf-8")
TOML = (EXAMPLES / "innovation-SU15.toml").read_text(encoding="utf-8")
BOUND = 5.0
"""Seconds: each input below took 15 s to 2 minutes before."""


def timed(text: str, syntax: str = "yaml") -> tuple[Any, float]:
    started = time.process_time()
    outcome = lint_text(text, file=f"doc.{syntax}", syntax=syntax)
    elapsed = time.process_time() - started
    assert not outcome.crashes, outcome.crashes
    return outcome, elapsed


def test_a_suppression_comment_with_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    outcome, elapsed = timed(YAML + "# proplint: disable" + " " * 30_000 + "x\n")
    assert elapsed < BOUND
    [problem] = [finding for finding in outcome.findings if finding.code == "P002"]
    assert problem.line == YAML.count("\n") + 1 and "'disable x'" not in problem.message and len(problem.message) < 300
    outcome, elapsed = timed(YAML + "# proplint: disable=S101" + " " * 30_000 + "\n")
    assert elapsed < BOUND and [finding.code for finding in outcome.findings] == ["P001"]


def test_a_directive_naming_a_rule_thousands_of_times_is_one_finding() -> None:
    outcome, elapsed = timed(YAML + "# proplint: disable=" + "S101," * 20_000 + "X9\n")
    assert elapsed < BOUND
    assert sorted(finding.code for finding in outcome.findings) == ["P001", "P002"]


def test_thousands_of_directives_on_comment_lines_are_read_in_linear_time() -> None:
    outcome, elapsed = timed(YAML + "# proplint: disable-next-line=S101\n" * 5000 + "x: 1\n")
    assert elapsed < BOUND and len([finding for finding in outcome.findings if finding.code == "P001"]) == 5000


def test_an_html_directive_left_open_with_a_long_run_of_spaces_is_no_directive() -> None:
    from proplint.suppressions import markdown_directives

    started = time.process_time()
    lines = markdown_directives("text <!-- proplint:" + " " * 50_000 + "\n<!-- proplint: disable=S101 -->\n")
    assert time.process_time() - started < BOUND
    assert lines.splitlines() == ["x", "# proplint: disable=S101"]


def test_the_yaml_locator_finds_each_of_many_duplicate_keys_in_linear_time() -> None:
    outcome, elapsed = timed("format: proplint/1\n" + "id: SU01\n" * 20_000)
    assert elapsed < BOUND
    duplicates = [finding for finding in outcome.findings if "duplicate" in finding.message]
    assert len(duplicates) == 19_999 and {finding.line for finding in duplicates} == {20_001}  # the last one wins, as loaded


def test_the_toml_locator_finds_each_of_many_keys_in_linear_time() -> None:
    outcome, elapsed = timed(TOML + "".join(f"k{index} = 1\n" for index in range(6000)), "toml")
    assert elapsed < BOUND
    unknown = [(finding.path, finding.line, finding.column) for finding in outcome.findings if finding.code == "D004"]
    first = TOML.count("\n") + 1
    assert unknown[:2] == [("$.future_investment.k0", first, 1), ("$.future_investment.k1", first + 1, 1)]
    assert len(unknown) == 6000 and unknown[-1][1] == first + 5999


def test_the_toml_locator_reads_many_tables_and_a_long_unclosed_header_in_linear_time() -> None:
    outcome, elapsed = timed(TOML + "".join(f"[t{index}]\nx = 1\n" for index in range(3000)), "toml")
    assert elapsed < BOUND
    located = {finding.path: finding.line for finding in outcome.findings if finding.code == "D004"}
    first = TOML.count("\n") + 1
    assert located["$.t0"] == first and located["$.t2999"] == first + 2 * 2999
    outcome, elapsed = timed(TOML + "[a" + " " * 40_000 + "b\n", "toml")
    assert elapsed < BOUND and [finding.code for finding in outcome.findings] == ["D001"]


def test_a_toml_key_is_located_inside_an_inline_table_and_in_quotes() -> None:
    from proplint.loading.toml_source import TomlLocator

    locator = TomlLocator('x = 1\n[a]\nb = {c = 1, "d" = 2}\n\'e\' = 3\n[a.f]\ng=4\n')
    assert locator.locate(("a", "b", "d")) == (3, 19)
    assert locator.locate(("a", "b", "d"), key=True) == (3, 13)
    assert locator.locate(("a", "e"), key=True) == (4, 1)
    assert locator.locate(("a", "f", "g")) == (6, 3)
    assert locator.locate(("x",)) == (1, 5)


def test_the_json_locator_finds_each_of_many_keys_in_linear_time() -> None:
    data = json.loads((EXAMPLES / "efficiency-SU12.json").read_text(encoding="utf-8"))
    data.update({f"k{index}": [index] for index in range(6000)})
    text = json.dumps(data, indent=1)
    outcome, elapsed = timed(text, "json")
    assert elapsed < BOUND
    unknown = {finding.path: (finding.line, finding.column) for finding in outcome.findings if finding.code == "D004"}
    assert len(unknown) == 6000
    line, column = unknown["$.k5999"]
    assert text.splitlines()[line - 1][column - 1 :] == '"k5999": ['


def test_many_rejected_values_do_not_make_leaving_out_their_echoes_quadratic() -> None:
    from proplint.checking import unshadowed
    from proplint.findings import Hit

    rejected = [Hit("D002", ("themes", 0, "initiatives", index, "phase"), {}) for index in range(20_000)]
    hits = [Hit("T801", ("themes", 0, "initiatives", index, where), {}) for index in range(20_000) for where in ("phase", "status")]
    started = time.process_time()
    kept = list(unshadowed(hits, rejected))
    assert time.process_time() - started < BOUND
    assert [hit.path[-1] for hit in kept] == ["status"] * 20_000


def test_a_toml_integer_too_long_to_print_is_a_shortened_d003_not_a_traceback() -> None:
    outcome, _ = timed("format = 0x" + "f" * 4000 + "\n", "toml")
    [finding] = outcome.findings
    assert finding.code == "D003" and "e+4816" in finding.message and len(finding.message) < 200


def test_a_toml_integer_too_long_to_print_is_d002_where_a_number_belongs() -> None:
    assert "price_level = 2027" in TOML
    outcome, _ = timed(TOML.replace("price_level = 2027", "price_level = 0x" + "f" * 4000), "toml")
    [finding] = outcome.findings
    assert (finding.code, finding.path) == ("D002", "$.economy.price_level") and "±10^15" in finding.message
    assert len(finding.message) < 200


def test_a_yaml_hexadecimal_number_too_long_to_print_is_bounded() -> None:
    text = YAML.replace("years: [2026, 2027, 2028, 2029]", "years: [2026, 2027, 2028, 0x" + "f" * 3500 + "]")
    assert text != YAML
    outcome, _ = timed(text)
    [finding] = [finding for finding in outcome.findings if finding.code == "D002"]
    assert finding.path == "$.economy.years[3]" and "±10^15" in finding.message and len(finding.message) < 200


def test_toml_and_json_nesting_past_the_limit_is_d001_at_the_place() -> None:
    toml = TOML + "[economy" + ".permanent" * 150 + "]\nx = 1\n"
    outcome, _ = timed(toml, "toml")
    assert [(finding.code, finding.line) for finding in outcome.findings] == [("D001", TOML.count("\n") + 1)]
    assert "deeper than 100 levels" in outcome.findings[0].message
    for depth, line in ((150, 2), (900, 2), (30_000, 1)):  # past the interpreter's recursion limit: the parser's own error
        outcome, _ = timed('{"format": "proplint/1", "x":\n' + "[" * depth + "]" * depth + "}", "json")
        assert [(finding.code, finding.line) for finding in outcome.findings] == [("D001", line)]
        assert "nests" in outcome.findings[0].message


def test_a_json_number_whose_exponent_cannot_be_read_is_d001() -> None:
    outcome, _ = timed('{"format": "proplint/1",\n "id": 9e' + "9" * 5000 + "}", "json")
    assert [(finding.code, finding.line, finding.column) for finding in outcome.findings] == [("D001", 2, 8)]
    assert "too many digits" in outcome.findings[0].message
    outcome, _ = timed(TOML.replace("price_level = 2027", "price_level = 1e" + "9" * 5000), "toml")
    assert [(finding.code, finding.line, finding.column) for finding in outcome.findings] == [("D001", 11, 15)]
    assert "too many digits" in outcome.findings[0].message


def test_yaml_block_nesting_past_the_limit_is_found_before_composing(monkeypatch: Any) -> None:
    """libyaml before 0.2.5 (or PyYAML without it) composes 30,000 levels until the stack gives out: a segmentation fault."""
    from proplint.loading import yaml_source

    def no_composing(text: str) -> None:
        raise AssertionError("composed")

    monkeypatch.setattr(yaml_source, "_Composer", no_composing)
    texts = [
        "format: proplint/1\nx:\n" + "".join(" " * (depth + 1) + "a:\n" for depth in range(1500)),
        "format: proplint/1\nx:\n" + "".join(" " * (depth + 1) + "-\n" for depth in range(1500)),
        "format: proplint/1\nx:\n" + "- " * 30_000 + "y\n",
        "format: proplint/1\nx:\n" + "? " * 30_000 + "y\n",
    ]
    for text in texts:
        outcome, elapsed = timed(text)
        assert elapsed < BOUND
        [finding] = outcome.findings
        assert finding.code == "D001" and "deeper than 100 levels" in finding.message
    assert timed(texts[0])[0].findings[0].line == 103  # the 101st level


def test_yaml_nesting_within_the_limit_is_composed_and_block_scalars_are_no_nesting() -> None:
    from proplint.loading.yaml_depth import block_depth_exceeds

    ninety = "".join(" " * (2 * depth) + "a:\n" for depth in range(90)) + " " * 180 + "b: 1\n"
    assert block_depth_exceeds(ninety, 100) is None
    scalar = "text: |\n" + "".join(" " * (depth + 2) + "- line\n" for depth in range(500)) + "next: 1\n"
    assert block_depth_exceeds(scalar, 100) is None
    outcome, _ = timed(YAML.replace("title:", "note: |\n" + "".join(" " * (depth + 2) + "x\n" for depth in range(300)) + "title:", 1))
    assert not [finding for finding in outcome.findings if finding.code == "D001"]
    outcome, _ = timed("format: proplint/1\nx:\n" + "".join(" " * (depth + 1) + "a:\n" for depth in range(150)) + " " * 151 + "b: 1\n")
    assert [(finding.code, finding.line) for finding in outcome.findings] == [("D001", 103)]


def test_a_value_quoted_in_a_message_is_shortened_escapes_included() -> None:
    outcome, _ = timed("format\U000fd1b3" * 200 + "\n")
    [finding] = outcome.findings
    assert finding.code == "D003" and len(finding.message) < 400 and finding.message.endswith("…', not a mapping")
    effect = (EXAMPLES / "effect-status-velfaerdsteknologi.yaml").read_text(encoding="utf-8")
    assert "      - financed_by: Investeringspuljen\n        name: Faldsensorer\n" in effect
    text = effect.replace("name: Faldsensorer\n", "name: " + "7" * 3000 + "\n", 1).replace("        status: går som planlagt\n", "", 1)
    outcome, _ = timed(text)
    [finding] = [finding for finding in outcome.findings if finding.code == "T801"]
    assert len(finding.message) < 500 and "7" * 200 + "…" in finding.message


_PIECES = ("- ", "-", "? ", ": ", ":\t", ":", " ", "\t", " " * 30, "\n", "a", "x: 1\n")


@settings(deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.integers(min_value=1, max_value=70)), max_size=8))
def test_the_quick_look_for_deep_lines_answers_as_the_single_regex_did(runs: list[tuple[str, int]]) -> None:
    """The screen that spares ordinary documents the full depth scan (indentation, indicators in a row) decides as before."""
    import re

    from proplint.loading.yaml_depth import _within_reach

    text = "".join(piece * times for piece, times in runs)
    before = re.compile(r"^ {60}|(?:[-?:](?:[ \t]+|$)){60}", re.MULTILINE)
    assert _within_reach(text) == (before.search(text) is not None)
    assert _within_reach(" " * 60 + "a: 1") and _within_reach("b: 1\n" + "- " * 60) and not _within_reach("- " * 59 + "a")


def test_an_amount_with_a_billion_decimals_is_d002_never_written_out() -> None:
    text = YAML.replace("values: {2026: 400, 2027: 300}", "values: {2026: 1e-999999999, 2027: 300}")
    assert text != YAML
    outcome, elapsed = timed(text)
    assert elapsed < BOUND
    [finding] = [finding for finding in outcome.findings if finding.code == "D002"]
    assert finding.path.endswith(".values.2026") and "more than 15 decimals" in finding.message and len(finding.message) < 200
    ordinary = YAML.replace("values: {2026: 400, 2027: 300}", "values: {2026: 400.50000000000000000000, 2027: 300}")
    assert not [finding for finding in timed(ordinary)[0].findings if finding.code == "D002"]


def test_a_list_quoted_in_a_message_is_shortened() -> None:
    outcome, _ = timed("format: [" + "9" * 5000 + "]\n")
    [finding] = outcome.findings
    assert finding.code == "D003" and len(finding.message) < 400


def test_the_toml_locator_finds_keys_in_thousands_of_array_tables_in_linear_time() -> None:
    text = TOML + "".join(f"[[follow_up]]\ngoal = \"g\"\nmeasure = \"m\"\nresponsible = \"r\"\nstray{index} = 1\n" for index in range(2000))
    outcome, elapsed = timed(text, "toml")
    assert elapsed < BOUND
    stray = {finding.path: finding.line for finding in outcome.findings if finding.code == "D004" and ".stray" in finding.path}
    first = TOML.count("\n") + 1
    assert len(stray) == 2000 and stray["$.follow_up[1].stray0"] == first + 4 and stray["$.follow_up[2000].stray1999"] == first + 5 * 1999 + 4
