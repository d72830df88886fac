"""``proplint report``: check files and write a reviewer's HTML summary of them.

It takes the checking options of ``check`` and checks the same way, so the
page lists exactly the findings ``check --format json`` reports with the same options.
"""

from __future__ import annotations

import argparse
from typing import Any
import sys
from pathlib import Path

from proplint.commands import ABOUT, EXIT_CLEAN, EXIT_USAGE, _, say, set_language, usage_error
from proplint.phrases import Phrase


def add_parser(commands: argparse._SubParsersAction[Any]) -> None:
    from proplint.commands.check import add_checking_options
    from proplint.commands.language import add_version

    about = _(ABOUT["report"])
    report = commands.add_parser("report", help=about, description=about)
    add_version(report)
    report.add_argument("paths", nargs="*", metavar="PATH", help=_("files or directories to summarise (default: the current directory)"))
    report.add_argument("--html", type=Path, required=True, metavar="FILE", help=_("the HTML file to write (atomically)"))
    report.add_argument("--title", default=None, help=_("the page's title (default: proplint report)"))
    report.add_argument("--quiet", "-q", action="store_true", help=_("print nothing when the page is written"))
    add_checking_options(report)


def run(arguments: argparse.Namespace) -> int:
    """Exit 0 once the page is written, whatever it reports: the page is for reading, ``check`` is the gate.

    A check that crashed is on the page, and exits 2 as ``check`` does: the page is incomplete.
    """
    from proplint.baseline import BaselineError
    from proplint.commands.linting import checking_errors, lint, overwriting_inputs, resolver_of
    from proplint.config import ConfigError
    from proplint.report import Presentation
    from proplint.report.html_report import format_html
    from proplint.report.output import write_atomically

    arguments.paths = arguments.paths or ["."]
    problems = checking_errors(arguments)
    if not arguments.html.parent.is_dir():
        problems.append(Phrase("--html: no such directory: {path}", path=str(arguments.html.parent)))
    problems.extend(overwriting_inputs(arguments.paths, html=arguments.html))
    if problems:
        return usage_error(*problems)
    resolver = resolver_of(arguments)
    try:
        here = resolver(Path.cwd())
        set_language(here.language)
        report = lint(arguments, resolver)
    except (ConfigError, BaselineError) as error:
        return usage_error(error)
    title = arguments.title or _("proplint report")
    presentation = Presentation(language=here.language, rules=here.ruleset.rules)
    try:
        write_atomically(arguments.html, format_html(report, presentation, title))
    except OSError as error:
        return usage_error(Phrase("--html: cannot write {file}: {problem}", file=str(arguments.html), problem=error.strerror or str(error)))
    if not arguments.quiet:
        note = Phrase("wrote {file} ({files} documents, {findings} findings)", file=str(arguments.html), files=report.files, findings=len(report.findings))
        print(f"proplint: {say(note)}", file=sys.stderr)
    for crash in report.crashes:
        print("proplint: " + _("internal error") + f": {crash}", file=sys.stderr)
    return EXIT_USAGE if report.crashes else EXIT_CLEAN
