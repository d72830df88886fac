"""Property tests: the rounding tolerance, the payback period, and the loader on any input."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from conftest import lint

from proplint.checks.arithmetic import consistent, payback_period, tolerance

amounts = st.integers(min_value=-100_000, max_value=100_000).map(Decimal)
rows = st.lists(amounts, min_size=1, max_size=8)


@given(rows)
def test_a_total_built_to_add_up_is_consistent(parts: list[Decimal]) -> None:
    assert consistent(sum(parts, Decimal(0)), parts)


@given(rows, st.integers(min_value=1, max_value=1000))
def test_moving_the_total_beyond_the_tolerance_is_inconsistent(parts: list[Decimal], extra: int) -> None:
    total = sum(parts, Decimal(0))
    moved = total + tolerance(total, parts) + extra
    assert not consistent(moved, parts)
    assert not consistent(total - tolerance(total, parts) - extra, parts)


@given(rows, st.integers(min_value=-1, max_value=1))
def test_rounding_differences_within_the_interval_are_accepted(parts: list[Decimal], nudge: int) -> None:
    assume(len(parts) >= 1)
    assert consistent(sum(parts, Decimal(0)) + nudge, parts)


@given(st.lists(st.decimals(min_value=-1000, max_value=1000, places=1, allow_nan=False), min_size=1, max_size=6))
def test_tolerance_follows_the_coarsest_precision(parts: list[Decimal]) -> None:
    total = sum(parts, Decimal(0)).quantize(Decimal("0.1"))
    assert tolerance(total, parts) <= (len(parts) + 1) * Decimal("0.5")


@given(st.lists(st.one_of(st.none(), amounts), min_size=1, max_size=8))
def test_payback_is_the_first_year_the_running_sum_is_not_positive(impact: list[Decimal | None]) -> None:
    result = payback_period(impact)
    running = Decimal(0)
    started = False
    sums = []
    for amount in impact:
        running += amount or 0
        started = started or bool(amount)
        sums.append((running, started))
    if result is None:
        assert all(value > 0 or not begun for value, begun in sums)
    else:
        value, begun = sums[result - 1]
        assert begun and value <= 0
        assert all(earlier > 0 or not was for earlier, was in sums[: result - 1])


def test_payback_examples() -> None:
    assert payback_period([Decimal(1200), Decimal(-1500), Decimal(-1500)]) == 2
    assert payback_period([Decimal(400), Decimal(-350), Decimal(-1550)]) == 3
    assert payback_period([None, Decimal(100), Decimal(-50)]) is None
    assert payback_period([Decimal(-10)]) == 1


@given(st.text(max_size=400))
def test_any_text_gives_findings_or_nothing_never_a_crash(text: str) -> None:
    for syntax in ("yaml", "json", "toml"):
        for code, path, line in lint(text, syntax):
            assert code[0] in "DSNEFRC" and path.startswith("$") and line >= 1


yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=20), st.decimals(allow_nan=False, allow_infinity=False, places=3)
)
documents = st.recursive(
    yaml_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(["format", "economy", "years", "rows", "total", "values", "risk", "level", "2026", "x"]), children, max_size=5),
    ),
    max_leaves=30,
)


@given(documents)
def test_any_structure_under_the_format_key_never_crashes(data: object) -> None:
    import json

    document = {"format": "proplint/1", "economy": data, "consultation": data, "follow_up": data, "risk": data}
    text = json.dumps(document, default=str)
    for code, path, line in lint(text, "json"):
        assert path.startswith("$") and line >= 1
