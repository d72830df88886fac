"""ANSI colour for terminals: on when writing to a terminal, off when piped or when ``NO_COLOR`` is set."""

from __future__ import annotations

import os
from typing import TextIO

from proplint.findings import Severity
from proplint.i18n import translate
from proplint.phrases import N_

_STYLES = {
    "error": "1;31",
    "warning": "1;33",
    "info": "1;36",
    "code": "1",
    "file": "1;4",
    "caret": "1;32",
    "dim": "2",
}


def wants_colour(choice: str, stream: TextIO) -> bool:
    """Whether to colour output: ``always``, ``never``, or ``auto`` (a terminal, and no ``NO_COLOR``).

    ``NO_COLOR`` (https://no-color.org) counts only when it is set and not empty.
    """
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def paint(text: str, style: str, enabled: bool) -> str:
    """``text`` in ``style`` (a severity label or one of code, file, caret, dim) when colour is on."""
    if not enabled or not text:
        return text
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m"


def severity(severity: Severity, enabled: bool, width: int = 0, language: str = "en") -> str:
    """A severity's word in ``language``, padded to ``width`` before painting so columns stay aligned."""
    return paint(severity_word(severity, language).ljust(width), severity.label, enabled)


SEVERITY_WORDS = {Severity.ERROR: N_("error"), Severity.WARNING: N_("warning"), Severity.INFO: N_("info")}


def severity_word(severity: Severity, language: str = "en") -> str:
    """``error``, ``warning``, ``info`` — or ``fejl``, ``advarsel``, ``bemærkning``."""
    return translate(SEVERITY_WORDS[severity], language)
