"""Linting as the checking options say (``check`` and ``report`` share them): the configuration, the refusals, the baseline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from proplint.commands import say
from proplint.findings import Severity
from proplint.phrases import Phrase

if TYPE_CHECKING:
    from proplint.config import Resolver
    from proplint.report import Report


def resolver_of(arguments: argparse.Namespace) -> Resolver:
    """The configuration resolver the checking options ask for (command-line settings win)."""
    from proplint.config import Overrides, Resolver
    from proplint.loading import DEFAULT_MAX_BYTES

    overrides = Overrides(
        ruleset=arguments.ruleset,
        select=arguments.select,
        extend_select=arguments.extend_select,
        ignore=arguments.ignore,
        fail_severity=Severity.parse(arguments.fail_severity) if getattr(arguments, "fail_severity", None) else None,
        max_bytes=arguments.max_bytes or DEFAULT_MAX_BYTES,
        lang=arguments.lang,
    )
    return Resolver(arguments.config, arguments.isolated, overrides)


def checking_errors(arguments: argparse.Namespace) -> list[Phrase]:
    """What is wrong with the checking options before anything is read."""
    from proplint.discovery import missing, not_regular

    problems = [Phrase("no such file or directory: {path}", path=path) for path in missing(arguments.paths)]
    problems += [Phrase("not a regular file (a pipe or a device): {path}", path=path) for path in not_regular(arguments.paths)]
    if arguments.max_bytes is not None and arguments.max_bytes <= 0:
        problems.append(Phrase("--max-bytes must be a positive number"))
    if arguments.config is not None and not arguments.config.is_file():
        problems.append(Phrase("--config: no such file: {path}", path=str(arguments.config)))
    return problems


def overwriting_inputs(paths: list[str], **targets: Path | None) -> list[Phrase]:
    """Refuse an output option that names a file the run checks: the report would replace the proposal."""
    from proplint.discovery import checked_target

    return [
        Phrase("--{option}: {file} is a file this run checks; refusing to overwrite it", option=option.replace("_", "-"), file=str(target))
        for option, target in targets.items()
        if target is not None and checked_target(target, paths)
    ]


def lint(arguments: argparse.Namespace, resolver: Resolver, *, write_baseline: Path | None = None, notes: bool = True) -> Report:
    """Lint the paths as the checking options say, holding back baseline findings; raises ConfigError or BaselineError."""
    from proplint.runner import lint_paths

    report = lint_paths(
        arguments.paths,
        resolver,
        skip_foreign=getattr(arguments, "skip_foreign", False),
        jobs=getattr(arguments, "jobs", 0),
        force_exclude=getattr(arguments, "force_exclude", False),
        project=arguments.project,
        with_catalogues=getattr(arguments, "with_catalogues", False),
    )
    return apply_baseline(report, arguments, resolver, write_baseline, notes)


def apply_baseline(report: Report, arguments: argparse.Namespace, resolver: Resolver, write_baseline: Path | None, notes: bool) -> Report:
    """Record the findings (``--write-baseline``), or hold back those the baseline knows (``--baseline`` or configured)."""
    if write_baseline is not None:
        from proplint.baseline import write_baseline as record

        written = record(write_baseline, report.findings, report.checked())
        if notes:
            note = Phrase("wrote {count} findings to the baseline {file}", count=written.recorded, file=str(write_baseline))
            if written.kept:
                note = Phrase("{wrote}, and kept {kept} entries of files this run did not check", wrote=note, kept=written.kept)
            print(f"proplint: {say(note)}", file=sys.stderr)
        return report
    baseline = arguments.baseline or _configured_baseline(resolver)
    if baseline is None:
        return report
    import attrs

    from proplint.baseline import compare

    comparison = compare(report.findings, baseline, report.checked())
    return attrs.evolve(report, findings=comparison.new, baseline=(comparison.known, comparison.stale))


def _configured_baseline(resolver: Resolver) -> Path | None:
    """The ``baseline`` setting of the configuration that governs the working directory."""
    settings = resolver.settings_for(Path.cwd())
    return settings.root / settings.baseline if settings.baseline else None
