"""``proplint report``: check files and write a reviewer's HTML summary of them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from proplint.commands import EXIT_CLEAN, usage_error


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser("report", help="write a self-contained HTML summary of proposals and their findings")
    report.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to summarise")
    report.add_argument("--html", type=Path, required=True, metavar="FILE", help="the HTML file to write (atomically)")
    report.add_argument("--title", default="proplint report", help="the page's title")
    report.add_argument("--project", action="store_true", help="include the checks across files, as check --project")
    report.add_argument("--config", type=Path, default=None, metavar="FILE", help="use this configuration for every file")
    report.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    report.add_argument("--lang", choices=("en", "da"), default=None, help="language of the page (default: the locale's, else en)")


def run(arguments: argparse.Namespace) -> int:
    """Exit 0 once the page is written, whatever it reports: the page is for reading, ``check`` is the gate."""
    from proplint.config import ConfigError, Overrides, Resolver
    from proplint.discovery import missing
    from proplint.engine import lint_paths
    from proplint.report.html_report import format_html
    from proplint.report.output import write_atomically

    absent = missing(arguments.paths)
    if absent:
        return usage_error(*(f"no such file or directory: {path}" for path in absent))
    if not arguments.html.parent.is_dir():
        return usage_error(f"--html: no such directory: {arguments.html.parent}")
    if arguments.config is not None and not arguments.config.is_file():
        return usage_error(f"--config: no such file: {arguments.config}")
    resolver = Resolver(arguments.config, arguments.isolated, Overrides(lang=arguments.lang))
    try:
        language = resolver(Path.cwd()).language
        report = lint_paths(arguments.paths, resolver, project=arguments.project)
    except ConfigError as error:
        return usage_error(str(error))
    try:
        write_atomically(arguments.html, format_html(report, arguments.title, language))
    except OSError as error:
        return usage_error(f"--html: cannot write {arguments.html}: {error.strerror or error}")
    print(f"proplint: wrote {arguments.html} ({report.files} documents, {len(report.findings)} findings)", file=sys.stderr)
    return EXIT_CLEAN
