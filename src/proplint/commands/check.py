"""``proplint check``: discover, lint with each file's configuration, filter by baseline, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from proplint.commands import EXIT_CLEAN, EXIT_FINDINGS, usage_error
from proplint.findings import Severity

if TYPE_CHECKING:
    from collections.abc import Mapping

    from proplint.config import Resolver
    from proplint.report import Report
    from proplint.ruleset import Rule


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from proplint.report import FORMATS

    check = commands.add_parser("check", help="check proposal files and directories")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to check; '-' reads standard input")
    check.add_argument(
        "--stdin-filename",
        default=None,
        metavar="NAME",
        help="with '-': the file name standard input stands for (its syntax, configuration and name in findings)",
    )
    check.add_argument(
        "--format", choices=FORMATS, default="text", help="report format: " + ", ".join(FORMATS) + " (default: text)"
    )
    check.add_argument("--output", "-o", type=Path, default=None, metavar="FILE", help="write the report to FILE (atomically)")
    check.add_argument("--statistics", action="store_true", help="print how many findings each rule produced, not the findings")
    check.add_argument("--show-source", action="store_true", help="show each finding's source line with a caret (text format)")
    check.add_argument(
        "--color",
        "--colour",
        dest="color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text and concise reports (default: auto, on a terminal unless NO_COLOR is set)",
    )
    check.add_argument(
        "--fail-severity",
        choices=[severity.label for severity in Severity],
        default=None,
        help="exit 1 when a finding is at least this severe (default: error, or the configuration's)",
    )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    check.add_argument(
        "--skip-foreign",
        action="store_true",
        help="skip named files that are not proplint documents, as in a directory (for pre-commit)",
    )
    check.add_argument("--ruleset", default=None, help="a shipped ruleset name or a ruleset file (default: kk)")
    check.add_argument("--config", type=Path, default=None, metavar="FILE", help="use this configuration for every file")
    check.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    check.add_argument("--select", type=_selectors, default=None, metavar="RULES", help="check only these rules (comma-separated codes, names or families)")
    check.add_argument("--extend-select", type=_selectors, default=[], metavar="RULES", help="check these rules too")
    check.add_argument("--ignore", type=_selectors, default=[], metavar="RULES", help="do not check these rules")
    check.add_argument(
        "--project",
        action="store_true",
        help="also check the files as a whole: proposal ids used twice (M901), proposals no catalogue lists (M903)",
    )
    check.add_argument("--force-exclude", action="store_true", help="apply 'exclude' to files named on the command line too")
    check.add_argument("--baseline", type=Path, default=None, metavar="FILE", help="report only findings not recorded in FILE")
    check.add_argument("--write-baseline", type=Path, default=None, metavar="FILE", help="record today's findings in FILE")
    check.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=0,
        metavar="N",
        help="worker processes for large batches (default: auto, one per CPU; 1: no workers)",
    )
    check.add_argument("--lang", choices=("en", "da"), default=None, help="language of messages (default: the locale's, else en)")
    check.add_argument("--max-bytes", type=int, default=None, help="refuse files larger than this (default: 2000000)")


def _selectors(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


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


def run(arguments: argparse.Namespace) -> int:
    from proplint.baseline import BaselineError, compare, write_baseline
    from proplint.config import ConfigError, Overrides, Resolver
    from proplint.discovery import missing
    from proplint.engine import lint_paths
    from proplint.loading import DEFAULT_MAX_BYTES

    from_stdin = arguments.paths == ["-"]
    if "-" in arguments.paths and not from_stdin:
        return usage_error("'-' (standard input) cannot be combined with other paths")
    absent = [] if from_stdin else missing(arguments.paths)
    if absent:
        return usage_error(*(f"no such file or directory: {path}" for path in absent))
    if arguments.max_bytes is not None and arguments.max_bytes <= 0:
        return usage_error("--max-bytes must be a positive number")
    if arguments.config is not None and not arguments.config.is_file():
        return usage_error(f"--config: no such file: {arguments.config}")
    if arguments.statistics and arguments.format not in _statistics_formats():
        return usage_error(f"--statistics works with --format {' or '.join(_statistics_formats())}, not {arguments.format}")
    if arguments.output is not None and not arguments.output.parent.is_dir():
        return usage_error(f"--output: no such directory: {arguments.output.parent}")
    overrides = Overrides(
        ruleset=arguments.ruleset,
        select=arguments.select,
        extend_select=arguments.extend_select,
        ignore=arguments.ignore,
        fail_severity=Severity.parse(arguments.fail_severity) if arguments.fail_severity else None,
        max_bytes=arguments.max_bytes or DEFAULT_MAX_BYTES,
        lang=arguments.lang,
    )
    resolver = Resolver(arguments.config, arguments.isolated, overrides)
    try:
        baseline = arguments.baseline or _configured_baseline(resolver)
        here = resolver(Path.cwd())
        if from_stdin:
            report = _lint_stdin(arguments.stdin_filename, resolver)
        else:
            report = lint_paths(
                arguments.paths,
                resolver,
                skip_foreign=arguments.skip_foreign,
                jobs=arguments.jobs,
                force_exclude=arguments.force_exclude,
                project=arguments.project,
            )
        if arguments.write_baseline is not None:
            count = write_baseline(arguments.write_baseline, report.findings)
            print(f"proplint: wrote {count} findings to the baseline {arguments.write_baseline}", file=sys.stderr)
        elif baseline is not None:
            import attrs

            comparison = compare(report.findings, baseline)
            report = attrs.evolve(report, findings=comparison.new, baseline=(comparison.known, comparison.stale))
    except (ConfigError, BaselineError) as error:
        return usage_error(str(error))
    for crash in report.crashes:
        print(f"proplint: internal error: {crash}", file=sys.stderr)
    written = _write_report(report, arguments, here.language, here.ruleset.rules)
    if written is not None:
        return written
    return exit_code(report.failing(), arguments.exit_zero, bool(report.crashes))


def _write_report(report: Report, arguments: argparse.Namespace, language: str, rules: Mapping[str, Rule]) -> int | None:
    """Format the report and write it to standard output or ``--output``; an exit code if writing failed."""
    from proplint.report import Presentation, formatter
    from proplint.report.colour import wants_colour

    colour = arguments.output is None and wants_colour(arguments.color, sys.stdout)
    presentation = Presentation(language=language, colour=colour, show_source=arguments.show_source, rules=rules)
    if arguments.statistics:
        from proplint.report.statistics import format_statistics

        text = format_statistics(report, presentation, arguments.format)
    else:
        text = formatter(arguments.format)(report, presentation)
    if arguments.output is None:
        sys.stdout.write(text)
        return None
    from proplint.report.output import write_atomically

    try:
        write_atomically(arguments.output, text)
    except OSError as error:
        return usage_error(f"--output: cannot write {arguments.output}: {error.strerror or error}")
    return None


def _lint_stdin(name: str | None, resolver: Resolver) -> Report:
    """Lint standard input as the file ``name`` would be (its syntax, its configuration), for editors."""
    from proplint.engine import lint_document
    from proplint.loading import load_bytes
    from proplint.report import Report

    file = name or "<stdin>"
    origin = Path(name) if name else None
    options = resolver(origin or Path.cwd())
    document = load_bytes(sys.stdin.buffer.read(), file, options.max_bytes)
    outcome = lint_document(document, options, options.ignored(Path(file)), origin=origin)
    return Report(findings=outcome.findings, files=1, crashes=outcome.crashes, thresholds={file: outcome.fail_severity})


def _statistics_formats() -> tuple[str, ...]:
    from proplint.report.statistics import STATISTICS_FORMATS  # only with --statistics

    return tuple(STATISTICS_FORMATS)


def _configured_baseline(resolver: Resolver) -> Path | None:
    """The ``baseline`` setting of the configuration that governs the working directory."""
    settings = resolver.settings_for(Path.cwd())
    return settings.root / settings.baseline if settings.baseline else None


def exit_code(failing: int, exit_zero: bool, crashed: bool = False) -> int:
    """0 when clean, 1 when a finding reaches its threshold or a check crashed."""
    if crashed:
        return EXIT_FINDINGS
    if exit_zero:
        return EXIT_CLEAN
    return EXIT_FINDINGS if failing else EXIT_CLEAN
