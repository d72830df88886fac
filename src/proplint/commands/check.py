"""``proplint check``: discover, lint with each file's configuration, filter by baseline, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from proplint.commands import ABOUT, EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, _, say, set_language, usage_error
from proplint.commands.linting import apply_baseline, checking_errors, lint, overwriting_inputs, resolver_of
from proplint.findings import Severity
from proplint.i18n import LANGUAGES
from proplint.phrases import Phrase

if TYPE_CHECKING:
    from collections.abc import Mapping

    from proplint.config import Resolver
    from proplint.report import Report
    from proplint.ruleset import Rule


def add_parser(commands: argparse._SubParsersAction[Any]) -> None:
    from proplint.commands.language import add_version
    from proplint.report import FORMATS

    about = _(ABOUT["check"])
    check = commands.add_parser("check", help=about, description=about)
    add_version(check)
    check.add_argument("paths", nargs="*", metavar="PATH", help=_("files or directories to check (default: the current directory); '-' reads standard input"))
    check.add_argument(
        "--stdin-filename",
        default=None,
        metavar="NAME",
        help=_("with '-': the file name standard input stands for (its syntax, configuration and name in findings)"),
    )
    check.add_argument(
        "--format", choices=FORMATS, default="text", help=_("report format: {formats} (default: text)").format(formats=", ".join(FORMATS))
    )
    check.add_argument("--output", "-o", type=Path, default=None, metavar="FILE", help=_("write the report to FILE (atomically)"))
    check.add_argument("--quiet", "-q", action="store_true", help=_("print the findings only: no summary, no notes"))
    check.add_argument("--statistics", action="store_true", help=_("print how many findings each rule produced, not the findings"))
    check.add_argument("--show-source", action="store_true", help=_("show each finding's source line with a caret (text format)"))
    check.add_argument(
        "--show-settings",
        default=None,
        metavar="FILE",
        help=_("print the configuration file that applies to FILE and the settings it is checked with, then exit"),
    )
    check.add_argument(
        "--color",
        "--colour",
        dest="color",
        choices=("auto", "always", "never"),
        default="auto",
        help=_("colour the text and concise reports (default: auto, on a terminal unless NO_COLOR is set)"),
    )
    check.add_argument(
        "--fail-severity",
        choices=[severity.label for severity in Severity],
        default=None,
        help=_("exit 1 when a finding is at least this severe (default: error, or the configuration's)"),
    )
    check.add_argument("--exit-zero", action="store_true", help=_("exit 0 even when there are findings"))
    check.add_argument(
        "--skip-foreign",
        action="store_true",
        help=_("skip named files that are not proplint documents, as in a directory (for pre-commit)"),
    )
    check.add_argument("--force-exclude", action="store_true", help=_("apply 'exclude' to files named on the command line too"))
    check.add_argument(
        "--with-catalogues",
        action="store_true",
        help=_("also check the catalogues in the project that list a named file (for pre-commit: a proposal's catalogue)"),
    )
    check.add_argument("--write-baseline", type=Path, default=None, metavar="FILE", help=_("record today's findings in FILE"))
    check.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=0,
        metavar="N",
        help=_("worker processes for large batches (default: auto, one per CPU; 1: no workers)"),
    )
    add_checking_options(check)


def add_checking_options(parser: argparse.ArgumentParser) -> None:
    """The options that decide what is checked and how: ``check`` and ``report`` share them, so both see the same findings."""
    parser.add_argument("--ruleset", default=None, help=_("a shipped ruleset name or a ruleset file (default: kk)"))
    parser.add_argument("--config", type=Path, default=None, metavar="FILE", help=_("use this configuration for every file"))
    parser.add_argument("--isolated", action="store_true", help=_("ignore every configuration file"))
    parser.add_argument("--select", type=_selectors, default=None, metavar="RULES", help=_("check only these rules (comma-separated codes, names or families)"))
    parser.add_argument("--extend-select", type=_selectors, default=[], metavar="RULES", help=_("check these rules too"))
    parser.add_argument("--ignore", type=_selectors, default=[], metavar="RULES", help=_("do not check these rules"))
    parser.add_argument(
        "--project",
        action="store_true",
        help=_("also check the files as a whole: proposal ids used twice (M901), proposals no catalogue lists (M903)"),
    )
    parser.add_argument("--baseline", type=Path, default=None, metavar="FILE", help=_("report only findings not recorded in FILE"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=_("language of the output (default: the configuration's, else the locale's, else en)"))
    parser.add_argument("--max-bytes", type=int, default=None, metavar="N", help=_("refuse files larger than this (default: 2000000)"))


def defaults(show_settings: str, language: str | None = None) -> argparse.Namespace:
    """``check``'s arguments with every option at its default: for ``proplint --show-settings FILE``."""
    from proplint.commands.language import Parser

    parser = Parser(prog="proplint check")
    commands = parser.add_subparsers(dest="command")
    add_parser(commands)
    return parser.parse_args(["check", "--show-settings", show_settings, *(["--lang", language] if language else [])])


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
        raise argparse.ArgumentTypeError(_("expected a positive number or 'auto', got {text!r}").format(text=text))
    return value


def _refusals() -> tuple[type[Exception], ...]:
    """The errors that end a check with exit 2; named in an ``except`` clause, so the baseline module loads only for one."""
    from proplint.baseline import BaselineError
    from proplint.config import ConfigError

    return (ConfigError, BaselineError)


def run(arguments: argparse.Namespace) -> int:
    if arguments.show_settings is not None:
        from proplint.commands.settings import show_settings

        return show_settings(arguments, resolver_of(arguments))
    arguments.paths = arguments.paths or ["."]
    from_stdin = arguments.paths == ["-"]
    if "-" in arguments.paths and not from_stdin:
        return usage_error(Phrase("'-' (standard input) cannot be combined with other paths"))
    problems = checking_errors(argparse.Namespace(**{**vars(arguments), "paths": [] if from_stdin else arguments.paths}))
    if arguments.statistics and arguments.format not in _statistics_formats():
        problems.append(Phrase("--statistics works with --format {formats}, not {format}", formats=" or ".join(_statistics_formats()), format=arguments.format))
    if arguments.output is not None and not arguments.output.parent.is_dir():
        problems.append(Phrase("--output: no such directory: {path}", path=str(arguments.output.parent)))
    if not from_stdin:
        problems.extend(overwriting_inputs(arguments.paths, output=arguments.output, write_baseline=arguments.write_baseline))
    if problems:
        return usage_error(*problems)
    resolver = resolver_of(arguments)
    try:
        here = resolver(Path.cwd())
        set_language(here.language)
        if from_stdin:
            report = _lint_stdin(arguments.stdin_filename, resolver)
            report = apply_baseline(report, arguments, resolver, arguments.write_baseline, not arguments.quiet)
        else:
            report = lint(arguments, resolver, write_baseline=arguments.write_baseline, notes=not arguments.quiet)
    except _refusals() as error:
        return usage_error(error)
    for crash in report.crashes:
        print("proplint: " + _("internal error") + f": {crash}", file=sys.stderr)
    written = _write_report(report, arguments, here.language, report.rules or here.ruleset.rules)
    if written is not None:
        return written
    if report.files == 0:
        return _nothing_checked(arguments.skip_foreign or arguments.force_exclude)
    if arguments.write_baseline is not None and not report.crashes:
        return EXIT_CLEAN  # the findings are recorded, not failed on
    return exit_code(report.failing(), arguments.exit_zero, bool(report.crashes))


def _nothing_checked(skipping: bool) -> int:
    """A run that checked no file says so; a usage error unless ``--skip-foreign``/``--force-exclude`` asked to skip.

    A gate that passes because it found nothing to check (a mistyped
    directory, an ``exclude`` that covers everything) would pass forever; the
    pre-commit hook or an editor, given only files that are not proplint's or
    that the configuration excludes, passes.
    """
    if skipping:
        print("proplint: " + say(Phrase("no proplint documents among the given files: nothing checked")), file=sys.stderr)
        return EXIT_CLEAN
    return usage_error(Phrase("no proplint documents found in the given paths: nothing checked"))


def _write_report(report: Report, arguments: argparse.Namespace, language: str, rules: Mapping[str, Rule]) -> int | None:
    """Format the report and write it to standard output or ``--output``; an exit code if writing failed."""
    from proplint.report import Presentation, formatter
    from proplint.report.colour import wants_colour

    colour = arguments.output is None and wants_colour(arguments.color, sys.stdout)
    presentation = Presentation(language=language, colour=colour, show_source=arguments.show_source, rules=rules, quiet=arguments.quiet)
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
        return usage_error(Phrase("--output: cannot write {file}: {problem}", file=str(arguments.output), problem=error.strerror or str(error)))
    return None


def _lint_stdin(name: str | None, resolver: Resolver) -> Report:
    """Lint standard input as the file ``name`` would be (its syntax, its configuration), for editors."""
    from proplint.engine import lint_document
    from proplint.loading import load_bytes
    from proplint.report import Report

    file = name or "<stdin>"
    origin = Path(name) if name else None
    options = resolver(origin or Path.cwd())
    from proplint.facts import is_template

    if is_template(file):
        from proplint.imported_lint import lint_stdin_collection

        outcome = lint_stdin_collection(sys.stdin.buffer.read(), file, options, origin)
    else:
        document = load_bytes(sys.stdin.buffer.read(), file, options.max_bytes)
        outcome = lint_document(document, options, options.ignored(Path(file)), origin=origin)
    return Report(
        findings=outcome.findings,
        files=1,
        crashes=outcome.crashes,
        thresholds={file: outcome.fail_severity},
        facts=[*([outcome.facts] if outcome.facts else []), *outcome.documents],
        rules=options.ruleset.rules,
    )


def _statistics_formats() -> tuple[str, ...]:
    from proplint.report.statistics import STATISTICS_FORMATS  # only with --statistics

    return tuple(STATISTICS_FORMATS)


def exit_code(failing: int, exit_zero: bool, crashed: bool = False) -> int:
    """0 when clean, 1 when a finding reaches its threshold, 2 when a check crashed (as ruff: CI tells it from findings)."""
    if crashed:
        return EXIT_USAGE
    if exit_zero:
        return EXIT_CLEAN
    return EXIT_FINDINGS if failing else EXIT_CLEAN
