"""The command line: parse arguments, run, print, and decide the exit code.

Exit codes: 0 clean, 1 findings at or above the failure threshold (or a check
crashed), 2 usage or configuration errors.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence

from proplint.commands import EXIT_USAGE, _


def _parser() -> argparse.ArgumentParser:
    from proplint.commands import check, importing, report, rules, schema
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
        "--lang", dest="top_lang", choices=("en", "da"), default=None, help=_("language of the output (default: the configuration's, else the locale's, else en)")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"), parser_class=Parser)
    check.add_parser(commands)
    rules.add_parsers(commands)
    schema.add_parser(commands)
    report.add_parser(commands)
    importing.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run proplint; returns the exit code (a closed or full standard output ends it quietly)."""
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
        parser = _parser()
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
