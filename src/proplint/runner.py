"""Linting files: one file, or the files found under the given paths, each with its own options, gathered into one report.

A large batch is checked in worker processes too (:mod:`proplint.workers`);
the checks across files (``project``) read only the facts each file left.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike, fspath
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

import attrs

from proplint.config import Resolver
from proplint.discovery import Candidate, discover
from proplint.engine import Outcome, lint_document
from proplint.facts import Facts, facts_of, is_template
from proplint.findings import Finding, Severity
from proplint.loading import DEFAULT_MAX_BYTES, load_path
from proplint.options import Options, OptionsFor
from proplint.report import Report
from proplint.ruleset import Rule, Ruleset
from proplint.sources import DocumentStore
from proplint.structuring import is_proplint_data, unstructured
from proplint.workers import map_in_workers

if TYPE_CHECKING:
    from proplint.suppressions import Directive


def lint_file(path: str | PathLike[str], file: str | None = None, options: Options | None = None) -> Outcome:
    """Lint one file; it is checked whatever its top level says (D003 if it is no proplint document).

    ``file`` is the name findings carry (default: ``path`` as given). Without
    ``options`` the defaults apply (no configuration is read: see :func:`proplint.options_for`).
    A Word or Markdown file is read through the importer: its outcome holds
    the findings of every proposal and each one's facts in ``documents``.
    """
    options = options or Options()
    location = FilePath(path)
    if is_template(location.name):
        from proplint.imported import read_collection
        from proplint.imported_lint import lint_collection

        collection = read_collection(location, file or fspath(path), options.max_bytes, options.import_kind)
        return lint_collection(collection, options, origin=location)
    document = load_path(location, file or fspath(path), options.max_bytes)
    outcome = lint_document(document, options, origin=location)
    outcome.facts = facts_of(document, outcome.model, location)  # what the HTML report shows of it
    return outcome


def lint_paths(
    paths: list[str],
    options: Options | OptionsFor | None = None,
    skip_foreign: bool = False,
    jobs: int = 1,
    force_exclude: bool = False,
    project: bool = False,
    with_catalogues: bool = False,
) -> Report:
    """Lint files and directories; a directory (and with ``skip_foreign`` any file) yields only proplint documents.

    ``options`` may be a function giving each file its options (a
    configuration resolver). Files under an ``exclude`` glob are skipped when
    found in a directory, and named ones too with ``force_exclude``.
    ``jobs`` above 1 (0: one per CPU) checks large batches in that many worker
    processes, where the platform can fork; the report is the same.
    ``project`` adds the checks across files (M901, M903).
    ``with_catalogues`` checks too the catalogues in the project of a named
    file that list it (the pre-commit hook: a staged proposal's catalogue).

    Without ``options`` each file is checked as the command line checks it:
    with the configuration nearest above it (``pyproject.toml``,
    ``.proplint.toml`` …), else the defaults, and the language the
    configuration or the locale asks for. Raises
    :class:`proplint.ConfigError` for a configuration the command line would
    refuse. Pass ``Options()`` to check with the defaults and read no configuration.
    """
    options_for = _options_for(options)
    candidates = list(discover(paths))
    if with_catalogues:
        from proplint.listing import catalogues_listing

        candidates += catalogues_listing(candidates, options_for)
    candidates = [
        candidate
        for candidate in candidates
        if not ((force_exclude or not candidate.named) and options_for(candidate.path).excluded(candidate.path))
    ]
    findings: list[Finding] = []
    crashes: list[str] = []
    thresholds: dict[str, Severity] = {}
    facts: list[Facts] = []
    directives: dict[str, list[Directive]] = {}
    files = 0
    store = DocumentStore()

    def lint(candidate: Candidate, keep_model: bool) -> Outcome | None:
        return _lint_candidate(candidate, options_for, skip_foreign, store, keep_model, project)

    for checked in map_in_workers(candidates, lint, jobs):
        if checked is None:
            continue
        files += 1
        thresholds[checked.file] = checked.fail_severity
        findings.extend(checked.findings)
        if checked.crashes:
            crashes.extend(f"{checked.file}: {crash}" for crash in checked.crashes)
        if checked.facts is not None:
            facts.append(checked.facts)
        if checked.documents:
            facts.extend(checked.documents)
        if project and checked.directives:
            directives[checked.file] = checked.directives
    if project:
        from proplint.project import project_findings

        findings.extend(project_findings(facts, options_for, directives))
        findings.sort(key=lambda finding: finding.sort_key)
    rules = rules_of(options_for(candidate.path).ruleset for candidate in candidates)
    return Report(findings=findings, files=files, crashes=crashes, thresholds=thresholds, facts=facts, rules=rules)


def rules_of(rulesets: Iterable[Ruleset]) -> dict[str, Rule]:
    """The rules of the rulesets a run used, by code; a rule enabled by any of them as it is enabled there."""
    rules: dict[str, Rule] = {}
    seen: set[int] = set()
    for ruleset in rulesets:
        if id(ruleset) in seen:
            continue
        seen.add(id(ruleset))
        for code, rule in ruleset.rules.items():
            if code not in rules or (rule.enabled and not rules[code].enabled):
                rules[code] = rule
    return rules


def _options_for(options: Options | OptionsFor | None) -> OptionsFor:
    if options is None:
        return Resolver()
    if isinstance(options, Options):
        fixed = options
        return lambda _: fixed
    return options


def _lint_candidate(
    candidate: Candidate,
    options_for: OptionsFor,
    skip_foreign: bool,
    store: DocumentStore,
    keep_model: bool = True,
    project: bool = False,
) -> Outcome | None:
    """One discovered file's outcome, or ``None`` when it is skipped as no proplint document."""
    options = options_for(candidate.path)
    if is_template(candidate.path.name):
        return _lint_template(candidate, options, skip_foreign, store, project)
    document, structured = store.take(candidate.path, candidate.display, options.max_bytes)
    unchecked = False
    if (skip_foreign or not candidate.named) and not is_proplint_data(document.data):
        if document.data is not None or not _claims_proplint(candidate.path):
            from proplint.structuring.foreign import foreign_proposal

            hit = foreign_proposal(document.data)
            if hit is None:
                return None
            document = attrs.evolve(document, hits=[hit])  # only that it is unchecked: what else it holds is no proplint document's
            structured = unstructured(document.data)
            unchecked = candidate.named
    outcome = lint_document(document, options, options.ignored(candidate.path), structured, candidate.path, store, project)
    if unchecked:
        from proplint.structuring.foreign import UNCHECKED_FAILS_AT

        outcome.fail_severity = min(outcome.fail_severity, UNCHECKED_FAILS_AT)
    outcome.facts = facts_of(document, outcome.model, candidate.path)
    store.remember(candidate.path, outcome.facts)
    if not keep_model:
        outcome.model = None
    return outcome


def _lint_template(candidate: Candidate, options: Options, skip_foreign: bool, store: DocumentStore, project: bool) -> Outcome | None:
    """A Word or Markdown file's outcome: every proposal in it; ``None`` when ``skip_foreign`` skips a non-template file."""
    from proplint.imported_lint import lint_collection

    collection = store.take_collection(candidate.path, candidate.display, options.max_bytes, options.import_kind)
    if skip_foreign and collection.imported is None and _is_not_template(collection):
        return None
    outcome = lint_collection(collection, options, options.ignored(candidate.path), candidate.path, store, project)
    store.remember_collection(candidate.path, outcome.documents or ([outcome.facts] if outcome.facts is not None else []))
    return outcome


def _is_not_template(collection: Any) -> bool:
    failure = collection.failure
    return failure is not None and any(hit.code == "D003" for hit in failure.hits)


def _claims_proplint(path: FilePath) -> bool:
    """Whether an unreadable file found in a directory was meant as a proplint document."""
    try:
        with path.open("rb") as handle:
            return b"proplint/" in handle.read(DEFAULT_MAX_BYTES)
    except OSError:
        return False
