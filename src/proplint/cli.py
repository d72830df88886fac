"""The command line: parse arguments, run, print, and decide the exit code.

Exit codes: 0 clean, 1 findings at or above the failure threshold (or a check
crashed), 2 usage or configuration errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from proplint import __version__
from proplint.findings import Finding, Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="proplint", description="Lint structured budget proposals.")
    parser.add_argument("--version", action="version", version=f"proplint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="check proposal files and directories")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to check")
    check.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    check.add_argument(
        "--fail-severity",
        choices=[severity.label for severity in Severity],
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument(
        "--skip-foreign",
        action="store_true",
        help="skip named files that are not proplint documents, as in a directory (for pre-commit)",
    )
    check.add_argument("--ruleset", default=None, help="a shipped ruleset name or a ruleset file (default: kk)")
    check.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=0,
        metavar="N",
        help="worker processes for large batches (default: auto, one per CPU; 1: no workers)",
    )
    check.add_argument("--max-bytes", type=int, default=None, help="refuse files larger than this (default: 2000000)")
    return parser


def _jobs(text: str) -> int:
    if text == "auto":
        return 0
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number or 'auto', got {text!r}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run proplint; returns the exit code."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if arguments.command != "check":
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return _check(arguments)


def _check(arguments: argparse.Namespace) -> int:
    from proplint.discovery import missing
    from proplint.engine import Options, lint_paths
    from proplint.loading import DEFAULT_MAX_BYTES
    from proplint.report import formatter
    from proplint.ruleset import DEFAULT_RULESET, RulesetError, load_ruleset

    absent = missing(arguments.paths)
    if absent:
        for path in absent:
            print(f"proplint: error: no such file or directory: {path}", file=sys.stderr)
        return EXIT_USAGE
    if arguments.max_bytes is not None and arguments.max_bytes <= 0:
        print("proplint: error: --max-bytes must be a positive number", file=sys.stderr)
        return EXIT_USAGE
    try:
        ruleset = load_ruleset(arguments.ruleset or DEFAULT_RULESET)
    except RulesetError as error:
        print(f"proplint: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    options = Options(ruleset=ruleset, max_bytes=arguments.max_bytes or DEFAULT_MAX_BYTES)
    report = lint_paths(arguments.paths, options, skip_foreign=arguments.skip_foreign, jobs=arguments.jobs)
    sys.stdout.write(formatter(arguments.format)(report))
    for crash in report.crashes:
        print(f"proplint: internal error: {crash}", file=sys.stderr)
    return exit_code(report.findings, Severity.parse(arguments.fail_severity), arguments.exit_zero, bool(report.crashes))


def exit_code(findings: Sequence[Finding], threshold: Severity, exit_zero: bool, crashed: bool = False) -> int:
    """0 when clean, 1 when a finding reaches the threshold or a check crashed."""
    from proplint.engine import worst

    if crashed:
        return EXIT_FINDINGS
    if exit_zero:
        return EXIT_CLEAN
    most = worst(findings)
    return EXIT_FINDINGS if most is not None and most >= threshold else EXIT_CLEAN
