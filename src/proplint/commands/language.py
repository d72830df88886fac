"""The command line's language, decided before parsing, and an argument parser that forgives.

argparse words its own messages ("usage: ", "the following arguments are
required") through :mod:`gettext`; they are in proplint's catalogue too, so
``--help`` and usage errors read in Danish with ``--lang da``, a Danish
locale or ``lang = "da"`` in the configuration.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from proplint.commands import _, current_language, set_language
from proplint.phrases import N_

ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
)
"""argparse's own messages (Python 3.11–3.13), so the catalogue holds them."""


def early_language(argv: Sequence[str]) -> str:
    """The language to speak before the arguments are parsed: ``--lang``, else the configuration's, else the locale's."""
    from proplint.i18n import LANGUAGES, language_from_environment

    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if argument.startswith("--lang=") and argument[7:] in LANGUAGES:
            return argument[7:]
    if "--isolated" not in argv:
        configured = _configured_language(argv)
        if configured is not None:
            return configured
    return language_from_environment()


def _configured_language(argv: Sequence[str]) -> str | None:
    """The ``lang`` of the configuration that governs the working directory (or ``--config``), if it can be read."""
    from proplint.config.files import find_config

    file: Path | None = None
    for index, argument in enumerate(argv):
        if argument == "--config" and index + 1 < len(argv):
            file = Path(argv[index + 1])
        elif argument.startswith("--config="):
            file = Path(argument[9:])
    file = file or find_config(Path.cwd())
    if file is None or not file.is_file():
        return None
    from proplint.config import ConfigError
    from proplint.config.files import read_config
    from proplint.i18n import LANGUAGES

    try:
        language = read_config(file).data.get("lang")  # only the language: other mistakes are reported in it
    except ConfigError:
        return None  # unreadable: the command reports it, in the locale's language
    return language if language in LANGUAGES else None


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """argparse's and proplint's words in ``language`` while the block runs."""
    from proplint.i18n import translations

    catalogue = translations(language)
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    previous = current_language()
    argparse._, argparse.ngettext = catalogue.gettext, catalogue.ngettext  # type: ignore[attr-defined]
    set_language(language)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        set_language(previous)


class Parser(argparse.ArgumentParser):
    """An argument parser that suggests the word meant, and reports a subcommand's mistakes with its own usage."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        given = list(sys.argv[1:] if args is None else args)
        self._suggest(given)
        parsed, extras = super().parse_known_args(given, namespace)
        if extras:
            self.error(_("unrecognized arguments: %s") % " ".join(extras))
        return parsed, extras

    def _suggest(self, given: list[str]) -> None:
        """Stop at the first option this parser does not know, naming the one it resembles.

        Checked before parsing, so a misspelt ``--htlm`` is named rather than
        the ``--html`` it leaves missing. The top level looks only in front of the subcommand.
        """
        options = [option for option in self._option_string_actions if option.startswith("--")]
        top_level = self._subparsers is not None
        for argument in given:
            if argument == "--":
                return
            if not argument.startswith("--"):
                if top_level and not argument.startswith("-"):
                    return
                continue
            name = argument.split("=", 1)[0]
            if any(option.startswith(name) for option in options):
                continue
            import difflib  # only to suggest an option for a mistyped one

            # Compared without the dashes all options share: '--bogus' is not like '--jobs'.
            words = {option[2:]: option for option in options}
            close = difflib.get_close_matches(name[2:], list(words), n=1, cutoff=0.6)
            if close:
                suggestion = words[close[0]]
                self.error(_("unrecognized option {option!r} (did you mean {suggestion!r}?)").format(option=name, suggestion=suggestion))
            self.error(_("unrecognized arguments: %s") % name)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is not None and value not in choices:
            import difflib  # only to suggest a choice for a mistyped one

            close = difflib.get_close_matches(str(value), [str(choice) for choice in choices], n=1, cutoff=0.6)
            if close:
                message = _("invalid choice: {value!r} (did you mean {suggestion!r}?)").format(value=value, suggestion=close[0])
                raise argparse.ArgumentError(action, message)
        super()._check_value(action, value)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        label = _("error")
        self.exit(2, f"{self.prog}: {label}: {message}\n")


def add_version(parser: argparse.ArgumentParser) -> None:
    """``--version`` on a parser (every subcommand has it, as the top level does)."""
    from proplint import __version__

    parser.add_argument("--version", action="version", version=f"proplint {__version__}", help=_("show proplint's version and exit"))
