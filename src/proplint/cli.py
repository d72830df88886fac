"""The command line: parse arguments, run, print, and decide the exit code.

Exit codes: 0 clean, 1 findings at or above the failure threshold (or a check
crashed), 2 usage or configuration errors.
"""

from __future__ import annotations

import argparse
import errno
import gc
import os
import sys
from collections.abc import Sequence
from typing import Any

from proplint.commands import ABOUT, EXIT_USAGE, _
from proplint.i18n import LANGUAGES


def _parser(given: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The command line's parser; of the subcommands, only the one ``given`` names is built in full when it is plain which.

    The others get their line of help only, which is all ``--help`` lists:
    their options (and their modules) are not needed to parse ``check``.
    """
    from proplint.commands.language import Parser, add_version

    parser = Parser(prog="proplint", description=_("Lint structured budget proposals."))
    add_version(parser)
    parser.add_argument(
        "--show-settings",
        default=None,
        metavar="FILE",
        help=_("print the configuration file that applies to FILE and the settings it is checked with"),
    )
    parser.add_argument(
        "--lang", dest="top_lang", choices=LANGUAGES, default=None, help=_("language of the output (default: the configuration's, else the locale's, else en)")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"), parser_class=Parser)
    wanted = _subcommand(given)
    for name in ABOUT:
        home = _HOMES.get(name, name)
        if wanted is not None and home != _HOMES.get(wanted, wanted):
            commands.add_parser(name, help=_(ABOUT[name]), add_help=False)
        elif name != "explain":  # ``rules`` adds both of its subcommands
            _add_in_full(commands, home)
    return parser


def _add_in_full(commands: argparse._SubParsersAction[Any], home: str) -> None:
    """The parsers of one module's subcommands with all their options (the module loads here)."""
    if home == "check":
        from proplint.commands import check

        check.add_parser(commands)
    elif home == "rules":
        from proplint.commands import rules

        rules.add_parsers(commands)
    elif home == "schema":
        from proplint.commands import schema

        schema.add_parser(commands)
    elif home == "report":
        from proplint.commands import report

        report.add_parser(commands)
    else:
        from proplint.commands import importing

        importing.add_parser(commands)


_HOMES = {"explain": "rules", "import": "importing"}
"""The module of a subcommand not named after it."""
_TAKES_A_VALUE = ("--show-settings", "--lang")


def _subcommand(given: Sequence[str]) -> str | None:
    """The subcommand named in ``given`` when the options before it are written in full, else ``None`` (parse with every subcommand built)."""
    value_next = False
    for word in given:
        if value_next:
            value_next = False
        elif word in _TAKES_A_VALUE:
            value_next = True
        elif not word.startswith(tuple(f"{option}=" for option in _TAKES_A_VALUE)):
            return word if word in ABOUT else None  # an abbreviated option, -h, --version, a mistyped command: the full parser
    return None


_YOUNG_OBJECTS = 100_000
"""Objects created between two collections of the youngest generation while the command runs (Python's default: 700).

Loading the modules a check needs creates objects that live as long as the
process; collecting every 700 walks them again and again for nothing, and
so does every file of a large batch. Cycles are still collected, later.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run proplint; returns the exit code (a closed or full standard output ends it quietly)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(_YOUNG_OBJECTS, *thresholds[1:])
    try:
        return _main_guarded(argv)
    finally:
        gc.set_threshold(*thresholds)  # as it was, for a program that calls main() itself


def _main_guarded(argv: Sequence[str] | None) -> int:
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        return _stdout_gone(EXIT_BROKEN_PIPE)
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        from proplint.commands import say
        from proplint.phrases import Phrase

        print("proplint: " + say(Phrase("cannot write the report to standard output: {problem}", problem=Phrase(error.strerror or str(error)))), file=sys.stderr)
        return _stdout_gone(EXIT_USAGE)
    return code


EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE, as a shell reports a command that ``| head`` cut short."""


def _stdout_gone(code: int) -> int:
    """Point standard output at devnull so the interpreter's final flush cannot raise again (Python's SIGPIPE advice)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return code


def _main(argv: Sequence[str] | None) -> int:
    from proplint.commands.language import early_language, speaking

    arguments_given = list(sys.argv[1:] if argv is None else argv)
    with speaking(early_language(arguments_given)):
        parser = _parser(arguments_given)
        arguments = parser.parse_args(arguments_given)
        if getattr(arguments, "lang", None) is None:
            arguments.lang = arguments.top_lang  # ``proplint --lang da check`` as ``proplint check --lang da``
        return _run(parser, arguments)


def _run(parser: argparse.ArgumentParser, arguments: argparse.Namespace) -> int:
    if arguments.command == "check" or (arguments.command is None and arguments.show_settings):
        from proplint.commands import check

        if arguments.command is None:
            return check.run(check.defaults(arguments.show_settings, arguments.lang))
        return check.run(arguments)
    if arguments.command in ("rules", "explain"):
        from proplint.commands import rules

        return rules.run_rules(arguments) if arguments.command == "rules" else rules.run_explain(arguments)
    if arguments.command == "report":
        from proplint.commands import report

        return report.run(arguments)
    if arguments.command == "import":
        from proplint.commands import importing

        return importing.run(arguments)
    if arguments.command == "schema":
        from proplint.commands import schema

        return schema.run(arguments)
    parser.print_help(sys.stderr)
    return EXIT_USAGE
