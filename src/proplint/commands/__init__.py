"""The subcommands of the command line, one module each, and what they share: exit codes, language, errors.

The command line speaks the reader's language from the first word: help
texts, argparse's own words, usage and configuration errors. The language is
decided before the arguments are parsed (:func:`proplint.commands.language.early_language`)
and kept here for the run.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proplint.phrases import Phrase

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

_language = ["en"]


def set_language(language: str) -> None:
    """The language the command line speaks for the rest of the run."""
    _language[0] = language


def current_language() -> str:
    return _language[0]


def _(text: str) -> str:
    """``text`` in the command line's language (and marked for the catalogue)."""
    if _language[0] == "en":
        return text
    from proplint.i18n import translate

    return translate(text, _language[0])


def say(message: str | Phrase | Exception) -> str:
    """A message (a phrase, or an error carrying one) in the command line's language."""
    render = getattr(message, "render", None)
    if callable(render):
        return str(render(_language[0]))
    return str(message)


def usage_error(*messages: str | Phrase | Exception) -> int:
    """Print usage or configuration errors to standard error; returns the exit code for them."""
    label = _("error")
    for message in messages:
        print(f"proplint: {label}: {say(message)}", file=sys.stderr)
    return EXIT_USAGE
