"""docs/api.md is executed: every example on the page runs and prints what the page says."""

from __future__ import annotations

import doctest

import pytest

from conftest import ROOT


def test_every_example_in_the_api_documentation_runs_as_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("LANGUAGE", "en")
    result = doctest.testfile(
        str(ROOT / "docs" / "api.md"), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.attempted >= 25, "the examples were not found"
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/api.md failed (see above)"
