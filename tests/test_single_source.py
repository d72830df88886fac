"""Knowledge kept in one place: document kinds, kinds of proposal, languages, units and tolerances are each defined once.

Every list of them elsewhere is derived from the one definition, so adding a
kind, a language or a unit is one edit; these tests hold the derived lists to it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from decimal import Decimal

import pytest

from proplint import checks, danish, location_labels, model, phrases
from proplint.checks.catalogue import _scale
from proplint.cli import _parser
from proplint.config import settings
from proplint.i18n import LANGUAGES, LOCALE_DIRECTORY, language_from_environment
from proplint.checks.spec import DOCUMENT_KINDS
from proplint.format_schema import document_kinds
from proplint.importing.collection import PAGE_HEADER_KINDS
from proplint.model.enums import UNIT_KRONER, DocumentKind, Kind, Unit
from proplint.report import html_overview
from proplint.ruleset_file import TOLERANCES


def _choices(parser: argparse.ArgumentParser, option: str) -> Iterator[tuple[str, object]]:
    """The choices of ``option`` in the parser and every subcommand's, by the parser's name."""
    for action in parser._actions:
        if option in action.option_strings:
            yield parser.prog, action.choices
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                yield from ((f"{name}: {prog}", choices) for prog, choices in _choices(subparser, option))


def test_every_unit_has_its_kroner_once_and_the_readers_and_the_report_use_them() -> None:
    assert set(UNIT_KRONER) == set(Unit)
    assert danish.UNIT_KRONER is UNIT_KRONER
    assert html_overview.THOUSANDS == {unit.value: kroner / 1000 for unit, kroner in UNIT_KRONER.items()}
    assert html_overview.THOUSANDS == {"1000 DKK": Decimal(1), "DKK": Decimal("0.001"), "mio DKK": Decimal(1000)}
    assert _scale("mio DKK", "1000 DKK") == 1000 and _scale("DKK", "1000 DKK") == Decimal("0.001")
    assert html_overview._unit_name("da") == "1.000 kr." and html_overview._unit_name("en") == "1000 DKK"


def test_the_command_line_offers_the_languages_proplint_speaks() -> None:
    offered = dict(_choices(_parser(), "--lang"))
    assert {"proplint", "check: proplint check", "rules: proplint rules", "explain: proplint explain"} <= set(offered)
    assert all(tuple(choices) == LANGUAGES for choices in offered.values()), offered


def test_the_configuration_and_the_formatters_take_the_languages_proplint_speaks(monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings._CHOICES["lang"] == LANGUAGES
    assert tuple(phrases._FORMATTERS) == LANGUAGES
    assert LANGUAGES[0] == "en"  # the message ids' language needs no catalogue
    assert all((LOCALE_DIRECTORY / language / "LC_MESSAGES" / "proplint.mo").is_file() for language in LANGUAGES[1:])
    for language in LANGUAGES:
        for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(variable, raising=False)
        monkeypatch.setenv("LANG", f"{language}_XX.UTF-8")
        assert language_from_environment() == language


def test_every_list_of_document_kinds_is_the_model_s() -> None:
    kinds = tuple(kind.value for kind in DocumentKind)
    assert kinds == ("proposal", "catalogue", "case-status", "effect-status")
    assert DOCUMENT_KINDS == kinds  # what a check's spec and a ruleset's rule may name
    assert tuple(document_kinds()) == kinds
    assert [tuple(choices) for _, choices in _choices(_parser(), "--document")] == [kinds]  # proplint schema --document
    assert set(model._ROOTS) == set(DocumentKind)
    assert set(location_labels.ROOTS) == set(kinds)
    assert set(checks._MODULE_KINDS.values()) <= set(kinds)


def test_every_list_of_the_kinds_of_proposal_is_the_model_s() -> None:
    kinds = tuple(kind.value for kind in Kind)
    assert kinds == ("investment", "innovation", "efficiency")
    assert settings._CHOICES["import_kind"] == kinds  # import-kind in a configuration
    assert [tuple(choices) for _, choices in _choices(_parser(), "--kind")] == [kinds]  # proplint import --kind
    assert PAGE_HEADER_KINDS == {"investeringsforslag": "investment", "innovationsforslag": "innovation", "effektiviseringsforslag": "efficiency"}
    assert {word: kind for kind, word in Kind.danish().items()} == PAGE_HEADER_KINDS


def test_the_configuration_takes_the_tolerances_a_ruleset_may_state() -> None:
    assert TOLERANCES == ("rounding", "exact")
    assert settings._CHOICES["tolerance"] == TOLERANCES
