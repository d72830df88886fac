"""The subcommands of the command line, one module each, and what they share: exit codes, language, errors.

The command line speaks the reader's language from the first word: help
texts, argparse's own words, usage and configuration errors. The language is
decided before the arguments are parsed (:func:`proplint.commands.language.early_language`)
and kept here for the run.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from proplint.phrases import N_

if TYPE_CHECKING:
    from proplint.phrases import Phrase

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

ABOUT = {
    "check": N_("check proposal files and directories"),
    "rules": N_("list every rule with its severity and whether it is enabled"),
    "explain": N_("describe a rule: what, why, parameters and examples"),
    "schema": N_("print the JSON Schema (draft 2020-12) of a document kind"),
    "report": N_("write a self-contained HTML summary of proposals and their findings"),
    "import": N_("write each proposal of Word (.docx) or Markdown (.md) template documents as a format v1 file"),
}
"""Each subcommand's line of help, in the order ``--help`` lists them: the overview needs no more of a subcommand than this."""

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
