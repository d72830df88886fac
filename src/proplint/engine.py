"""The engine: load, structure, run the enabled rules, stamp findings from the ruleset."""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

import attrs

from proplint.findings import Finding, Hit, Severity
from proplint.loading import DEFAULT_MAX_BYTES, LoadedDocument, load_path, load_text
from proplint.paths import Path, format_path
from proplint.ruleset import Rule, Ruleset, load_ruleset

if TYPE_CHECKING:
    from proplint.discovery import Candidate
    from proplint.report import Report


@attrs.frozen
class Options:
    """How to lint: the ruleset and the file size limit."""

    ruleset: Ruleset = attrs.field(factory=load_ruleset)
    max_bytes: int = DEFAULT_MAX_BYTES


@attrs.define
class Outcome:
    """What linting one file gave: its findings, and check crashes (never hidden)."""

    file: str
    findings: list[Finding] = attrs.field(factory=list)
    crashes: list[str] = attrs.field(factory=list)
    model: Any = None


def lint_document(document: LoadedDocument, options: Options) -> Outcome:
    """Structure a loaded document and run every enabled rule over it."""
    from proplint.structuring import structure

    model = structure(document) if document.data is not None or not document.hits else None
    outcome = Outcome(file=document.file, model=model)
    hits: list[Hit] = list(document.hits)
    if model is not None:
        invalid = frozenset(hit.path for hit in document.hits if hit.code == "D002")
        hits.extend(_unshadowed(_run_checks(model, options.ruleset, outcome, invalid), document.hits))
    rules = options.ruleset.rules
    for hit in hits:
        rule = rules.get(hit.code)
        if rule is not None and rule.enabled:
            outcome.findings.append(_stamp(hit, rule, document))
    outcome.findings.sort(key=lambda finding: finding.sort_key)
    return outcome


def lint_text(text: str, file: str = "<text>", syntax: str = "yaml", options: Options | None = None) -> Outcome:
    """Lint a document given as text."""
    return lint_document(load_text(text, file, syntax), options or Options())


def lint_file(path: FilePath, file: str | None = None, options: Options | None = None) -> Outcome:
    """Lint one file; it is checked whatever its top level says (D003 if it is no proplint document)."""
    options = options or Options()
    return lint_document(load_path(path, file or str(path), options.max_bytes), options)


def _unshadowed(hits: Iterable[Hit], document_hits: list[Hit]) -> Iterator[Hit]:
    """Rule hits that are not the echo of a document problem already reported.

    A misspelt key (D004 suggests ``text`` for ``txt``) leaves the right key
    absent, and a rejected value (D002) leaves its key empty; the rule that
    misses it would report the same mistake again.
    """
    shadowed = {
        hit.path[:-1] + (str(hit.args["suggestion"]),)
        for hit in document_hits
        if hit.code == "D004" and hit.args.get("suggestion")
    }
    shadowed |= {hit.path for hit in document_hits if hit.code == "D002"}
    for hit in hits:
        if not any(hit.path[: len(path)] == path for path in shadowed):
            yield hit


def _run_checks(model: Any, ruleset: Ruleset, outcome: Outcome, invalid: frozenset[Path]) -> Iterator[Hit]:
    from proplint.checks import CHECKS, CheckContext

    exact = ruleset.tolerance == "exact"
    for rule in ruleset.enabled():
        if rule.check is None:
            continue
        check = CHECKS.get(rule.check)
        if check is None:
            outcome.crashes.append(f"rule {rule.code} names an unknown check {rule.check!r}")
            continue
        try:
            yield from list(check(model, CheckContext(rule.code, rule.params, exact, invalid)))
        except Exception as error:  # one broken check must not hide the others' findings
            outcome.crashes.append(f"check {rule.check!r} of rule {rule.code} failed: {type(error).__name__}: {error}")


class _Formatter(string.Formatter):
    """Formats message templates, showing amounts as written and missing arguments as '?'."""

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str):
            return kwargs.get(key, "?")
        return super().get_value(key, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> Any:
        if isinstance(value, Decimal):
            value = f"{value:f}"
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


def _stamp(hit: Hit, rule: Rule, document: LoadedDocument) -> Finding:
    line, column = document.locate(hit.path, key=hit.code == "D004")
    hint = None
    if rule.hint and all(name in hit.args for name in _fields(rule.hint)):
        hint = _FORMATTER.format(rule.hint, **hit.args)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        message=_FORMATTER.format(rule.message, **hit.args),
        file=document.file,
        line=line,
        column=column,
        path=format_path(hit.path),
        hint=hint,
    )


def _fields(template: str) -> Iterable[str]:
    return [name.split("!")[0].split(".")[0] for _, name, _, _ in string.Formatter().parse(template) if name]


def worst(findings: Iterable[Finding]) -> Severity | None:
    return max((finding.severity for finding in findings), default=None)


def lint_paths(paths: list[str], options: Options | None = None, skip_foreign: bool = False, jobs: int = 1) -> Report:
    """Lint files and directories; a directory (and with ``skip_foreign`` any file) yields only proplint documents.

    ``jobs`` above 1 (0: one per CPU) checks large batches in that many
    worker processes, where the platform can fork; the report is the same.
    """
    from proplint.discovery import discover
    from proplint.report import Report

    options = options or Options()
    candidates = list(discover(paths))
    findings: list[Finding] = []
    crashes: list[str] = []
    files = 0
    for checked in _map(candidates, options, skip_foreign, jobs):
        if checked is None:
            continue
        files += 1
        findings.extend(checked.findings)
        crashes.extend(f"{checked.file}: {crash}" for crash in checked.crashes)
    return Report(findings=findings, files=files, crashes=crashes)


_PER_WORKER = 32  # fewer files than this per worker are checked faster in one process


def _map(candidates: list[Candidate], options: Options, skip_foreign: bool, jobs: int) -> Iterable[Outcome | None]:
    import os

    workers = min(jobs if jobs > 0 else os.cpu_count() or 1, len(candidates) // _PER_WORKER)
    if workers < 2 or not _can_fork():
        return (_lint_candidate(candidate, options, skip_foreign) for candidate in candidates)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    work = partial(_lint_candidate, options=options, skip_foreign=skip_foreign, keep_model=False)
    chunk = max(1, min(64, len(candidates) // (workers * 4)))
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(work, candidates, chunksize=chunk))


def _can_fork() -> bool:
    """Forked workers inherit the loaded ruleset and modules; elsewhere one process is faster."""
    import multiprocessing
    import sys

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _lint_candidate(candidate: Candidate, options: Options, skip_foreign: bool, keep_model: bool = True) -> Outcome | None:
    """One discovered file's outcome, or ``None`` when it is skipped as no proplint document."""
    from proplint.structuring import is_proplint_data

    document = load_path(candidate.path, candidate.display, options.max_bytes)
    if (skip_foreign or not candidate.named) and not is_proplint_data(document.data):
        if document.data is not None or not _claims_proplint(candidate.path):
            return None
    outcome = lint_document(document, options)
    if not keep_model:
        outcome.model = None
    return outcome


def _claims_proplint(path: FilePath) -> bool:
    """Whether an unreadable file found in a directory was meant as a proplint document."""
    try:
        with path.open("rb") as handle:
            return b"proplint/" in handle.read(DEFAULT_MAX_BYTES)
    except OSError:
        return False
