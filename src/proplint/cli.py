"""The command line: parse arguments, run, print, and decide the exit code.

Exit codes: 0 clean, 1 findings at or above the failure threshold (or a check
crashed), 2 usage or configuration errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from proplint import __version__
from proplint.commands import EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    from proplint.commands import check, report, rules, schema

    parser = argparse.ArgumentParser(prog="proplint", description="Lint structured budget proposals.")
    parser.add_argument("--version", action="version", version=f"proplint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check.add_parser(commands)
    rules.add_parsers(commands)
    schema.add_parser(commands)
    report.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run proplint; returns the exit code."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command == "check":
        from proplint.commands import check

        return check.run(arguments)
    if arguments.command in ("rules", "explain"):
        from proplint.commands import rules

        return rules.run_rules(arguments) if arguments.command == "rules" else rules.run_explain(arguments)
    if arguments.command == "report":
        from proplint.commands import report

        return report.run(arguments)
    if arguments.command == "schema":
        from proplint.commands import schema

        return schema.run(arguments)
    parser.print_help(sys.stderr)
    return EXIT_USAGE
