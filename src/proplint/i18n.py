"""Danish and English output through gettext catalogues (amounts are written by :mod:`proplint.danish`).

The English message templates of the rulesets are the message ids; the
Danish catalogue lives in ``locale/da/LC_MESSAGES/proplint.po`` (compiled to
``.mo``). A template with no translation (a user's own rule) stays English.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["LANGUAGES", "format_amount", "language_from_environment", "translate", "translations"]

LANGUAGES = ("en", "da")
"""The languages proplint speaks: English, the language of the message ids, first; each other one has a catalogue in ``locale/``."""
DOMAIN = "proplint"
LOCALE_DIRECTORY = Path(__file__).with_name("locale")


def language_from_environment() -> str:
    """The language the locale variables ask for first (``da`` for ``da_DK.UTF-8``), else ``en`` (as gettext reads them)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            first = value.split(":")[0].split(".")[0].lower()
            return next((language for language in LANGUAGES if first.startswith(language)), "en")
    return "en"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of a language; English is the identity."""
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIRECTORY), languages=[language], fallback=True)


def translate(text: str, language: str) -> str:
    return translations(language).gettext(text) if text else text


def format_amount(amount: Decimal, language: str) -> str:
    """:func:`proplint.danish.format_amount`, loaded only when an amount is written (start-up stays light)."""
    from proplint.danish import format_amount as write

    return write(amount, language)
