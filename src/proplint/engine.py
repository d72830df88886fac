"""The engine: load, structure, run the enabled rules, stamp findings from the ruleset."""

from __future__ import annotations

import os
import sys
from os import PathLike, fspath
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

import attrs

from proplint.discovery import Candidate, discover
from proplint.facts import Facts, facts_of, is_template
from proplint.filters import filter_findings
from proplint.findings import Finding, Hit, Severity
from proplint.globs import matches, matches_any
from proplint.loading import DEFAULT_MAX_BYTES, LoadedDocument, load_path, load_text
from proplint.paths import Path
from proplint.plugins import PluginError
from proplint.report import Report
from proplint.ruleset import Rule, Ruleset, load_ruleset
from proplint.sources import DocumentStore
from proplint.stamping import stamp_enabled
from proplint.structuring import UNSTRUCTURED, is_proplint_data, structured_model

if TYPE_CHECKING:
    from proplint.checks import Check
    from proplint.suppressions import Directive


@attrs.frozen
class Options:
    """How to lint a file: the ruleset, the size limit, and what the configuration filters out.

    ``exclude`` and ``per_file_ignores`` globs are relative to ``root``; a
    finding at or above ``fail_severity`` fails the run.
    """

    ruleset: Ruleset = attrs.field(factory=load_ruleset)
    max_bytes: int = DEFAULT_MAX_BYTES
    fail_severity: Severity = Severity.ERROR
    root: FilePath | None = None
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    language: str = "en"
    """The language of messages and hints: ``en`` or ``da``."""
    import_kind: str | None = None
    """The kind of the Word and Markdown proposals whose kind the template leaves open (``investment`` …)."""

    def excluded(self, path: FilePath) -> bool:
        if not self.exclude:
            return False
        return matches_any(self.exclude, path, self.root or FilePath.cwd())

    def ignored(self, path: FilePath) -> frozenset[str]:
        """The codes ``per_file_ignores`` turns off for ``path``."""
        if not self.per_file_ignores:
            return frozenset()
        root = self.root or FilePath.cwd()
        codes = [ignored for pattern, ignored in self.per_file_ignores if matches(pattern, path, root)]
        return frozenset().union(*codes)


OptionsFor = Callable[[FilePath], Options]
"""Gives the options a file is checked with (a configuration resolver)."""


@attrs.define
class Outcome:
    """What linting one file gave: its findings, and check crashes (never hidden)."""

    file: str
    findings: list[Finding] = attrs.field(factory=list)
    crashes: list[str] = attrs.field(factory=list)
    model: Any = None
    fail_severity: Severity = Severity.ERROR
    facts: Facts | None = None
    """What other documents need to know of this one (catalogues, project checks, the HTML report)."""
    directives: list[Directive] = attrs.field(factory=list)
    """The file's suppression comments, with what they suppressed: project findings are filtered by them too."""
    documents: list[Facts] = attrs.field(factory=list)
    """The facts of each proposal of a Word or Markdown collection (``facts`` and ``model`` are then ``None``)."""


def lint_document(
    document: LoadedDocument,
    options: Options,
    ignored: frozenset[str] = frozenset(),
    model: Any = UNSTRUCTURED,
    origin: FilePath | None = None,
    store: DocumentStore | None = None,
    project: bool = False,
    proposal: str | None = None,
) -> Outcome:
    """Structure a loaded document (unless ``model`` is given), run every enabled rule over it, and filter the findings.

    ``ignored`` codes are dropped (per-file ignores); ``# proplint:`` comments
    in YAML suppress findings. ``origin`` is the file's path, against which a
    catalogue's sources are resolved, read through ``store``. In a
    ``project`` run, suppressions that may yet cover a project finding are
    judged with those findings, in :func:`proplint.project.project_findings`.
    ``proposal`` is the id of one proposal of a file that holds several (the
    findings' ``document``).
    """
    if model is UNSTRUCTURED:
        model = structured_model(document)
    outcome = Outcome(file=document.file, model=model)
    hits: list[Hit] = list(document.hits)
    if model is not None:
        invalid = frozenset(hit.path for hit in document.hits if hit.code == "D002")
        if store is None and origin is not None:
            store = DocumentStore()
        sources = _Sources(origin, store, options.max_bytes, options.import_kind)
        hits.extend(_unshadowed(_run_checks(model, options.ruleset, outcome, invalid, sources), document.hits))

    def stamp(hit: Hit) -> Finding | None:
        return stamp_enabled(hit, options.ruleset, document, options.language, proposal)

    findings = [finding for hit in hits if (finding := stamp(hit)) is not None]
    outcome.findings, outcome.directives = filter_findings(findings, document, options.ruleset, ignored, stamp, project)
    outcome.findings.sort(key=lambda finding: finding.sort_key)
    outcome.fail_severity = options.fail_severity
    return outcome


def lint_text(text: str, file: str = "<text>", syntax: str = "yaml", options: Options | None = None) -> Outcome:
    """Lint a document given as text (with the default options unless given: no configuration is read)."""
    document = load_text(text, file, syntax)
    outcome = lint_document(document, options or Options())
    outcome.facts = facts_of(document, outcome.model, None)
    return outcome


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
        from proplint.imported import lint_collection, read_collection

        collection = read_collection(location, file or fspath(path), options.max_bytes, options.import_kind)
        return lint_collection(collection, options, origin=location)
    document = load_path(location, file or fspath(path), options.max_bytes)
    outcome = lint_document(document, options, origin=location)
    outcome.facts = facts_of(document, outcome.model, location)  # what the HTML report shows of it
    return outcome


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


@attrs.frozen
class _Sources:
    """Where the checked file is and how other files are read: what a catalogue's checks need."""

    origin: FilePath | None
    store: DocumentStore | None
    max_bytes: int
    import_kind: str | None = None


def _run_checks(model: Any, ruleset: Ruleset, outcome: Outcome, invalid: frozenset[Path], sources: _Sources) -> Iterator[Hit]:
    # The checks and the model load with the first document checked, not with every command.
    from proplint.checks import CheckContext
    from proplint.model import kind_of

    exact = ruleset.tolerance == "exact"
    for rule, check, origin, options in _plan(ruleset, kind_of(model)):
        if check is None:
            outcome.crashes.append(f"rule {rule.code}: {origin}")
            continue
        context = CheckContext(
            rule.code, rule.params, exact, invalid, sources.origin, sources.store, sources.max_bytes, options, sources.import_kind
        )
        try:
            yield from list(check(model, context))
        except Exception as error:  # one broken check must not hide the others' findings
            where = "" if origin == "built-in" else f" ({origin})"
            outcome.crashes.append(
                f"check {rule.check!r}{where} of rule {rule.code} failed: {type(error).__name__}: {error}"
            )


Plan = list[tuple[Rule, "Check | None", str, Any]]
_PLANS: dict[tuple[int, str], tuple[Ruleset, Plan]] = {}


def _plan(ruleset: Ruleset, kind: str) -> Plan:
    """The enabled rules with a check for this document kind, each with its check, where it comes from and its parameters.

    Worked out once per ruleset and kind, not for every file: a check that
    cannot be loaded comes as ``None`` with the reason, reported for each file.
    The parameters are structured into the class the check's spec names.
    """
    key = (id(ruleset), kind)
    known = _PLANS.get(key)
    if known is not None and known[0] is ruleset:
        return known[1]
    from proplint.checks import CheckSpec, built_in, resolve_check, spec_of

    plan: Plan = []
    for rule in ruleset.enabled():
        if rule.check is None or (built_in(rule.check) and rule.document != kind):
            continue  # a built-in check's kind is known without loading it
        try:
            check, origin = resolve_check(rule.check)
        except PluginError as error:
            if rule.document == kind:
                plan.append((rule, None, str(error), None))
            continue
        spec = spec_of(check) or CheckSpec(document=rule.document, params=None, args=None)
        if spec.document != kind:
            continue
        try:
            options = spec.structure_params(rule.params)
        except Exception as error:  # parameters set through the API, never checked by a configuration
            plan.append((rule, None, f"the parameters do not fit the check {rule.check!r}: {error}", None))
            continue
        plan.append((rule, check, origin, options))
    if len(_PLANS) >= 64:
        _PLANS.clear()  # a long-lived process with many configurations: keep only recent ones
    _PLANS[key] = (ruleset, plan)
    return plan


def check_plugins(ruleset: Ruleset) -> None:
    """Load the check of every enabled rule now, so a missing or broken plugin stops the run before it starts.

    Raises :class:`proplint.plugins.PluginError`.
    """
    from proplint.checks import built_in, resolve_check, spec_of
    from proplint.ruleset import rule_problem

    for rule in ruleset.enabled():
        if rule.check is not None and not built_in(rule.check):
            check, origin = resolve_check(rule.check)
            spec = spec_of(check)
            problem = None if spec is None else rule_problem(rule, spec)
            if problem is not None:
                where, message, _ = problem
                raise PluginError(f"rule {rule.code} ({'.'.join(map(str, where))}) does not fit the spec of {origin}: {message}")


def lint_paths(
    paths: list[str],
    options: Options | OptionsFor | None = None,
    skip_foreign: bool = False,
    jobs: int = 1,
    force_exclude: bool = False,
    project: bool = False,
) -> Report:
    """Lint files and directories; a directory (and with ``skip_foreign`` any file) yields only proplint documents.

    ``options`` may be a function giving each file its options (a
    configuration resolver). Files under an ``exclude`` glob are skipped when
    found in a directory, and named ones too with ``force_exclude``.
    ``jobs`` above 1 (0: one per CPU) checks large batches in that many worker
    processes, where the platform can fork; the report is the same.
    ``project`` adds the checks across files (M901, M903).

    Without ``options`` each file is checked as the command line checks it:
    with the configuration nearest above it (``pyproject.toml``,
    ``.proplint.toml`` …), else the defaults, and the language the
    configuration or the locale asks for. Raises
    :class:`proplint.ConfigError` for a configuration the command line would
    refuse. Pass ``Options()`` to check with the defaults and read no configuration.
    """
    options_for = _options_for(options)
    candidates = [
        candidate
        for candidate in discover(paths)
        if not ((force_exclude or not candidate.named) and options_for(candidate.path).excluded(candidate.path))
    ]
    findings: list[Finding] = []
    crashes: list[str] = []
    thresholds: dict[str, Severity] = {}
    facts: list[Facts] = []
    directives: dict[str, list[Directive]] = {}
    files = 0
    for checked in _map(candidates, options_for, skip_foreign, jobs, project):
        if checked is None:
            continue
        files += 1
        thresholds[checked.file] = checked.fail_severity
        findings.extend(checked.findings)
        crashes.extend(f"{checked.file}: {crash}" for crash in checked.crashes)
        if checked.facts is not None:
            facts.append(checked.facts)
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
        from proplint.config import Resolver  # the command line's configuration, nearest wins

        return Resolver()
    if isinstance(options, Options):
        fixed = options
        return lambda _: fixed
    return options


_PER_WORKER = 32  # fewer files than this per worker are checked faster in one process


def _map(
    candidates: list[Candidate], options_for: OptionsFor, skip_foreign: bool, jobs: int, project: bool = False
) -> Iterable[Outcome | None]:
    workers = min(jobs if jobs > 0 else idle_cpus(), len(candidates) // _PER_WORKER)
    if workers < 2 or not _can_fork():
        store = DocumentStore()
        return (_lint_candidate(candidate, options_for, skip_foreign, store, project=project) for candidate in candidates)
    return _in_workers(candidates, options_for, skip_foreign, project, workers)


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, which containers and ``taskset`` narrow), not all the machine has."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def idle_cpus() -> int:
    """How many of the available CPUs other processes leave idle (by the load average, as ``make -l`` reads it).

    On a machine whose CPUs are busy, a worker only takes turns with this
    process, and the hand-off makes the batch slower than one process.
    """
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average on this platform
        load = 0.0
    return max(1, available_cpus() - int(load))


def _in_workers(
    candidates: list[Candidate], options_for: OptionsFor, skip_foreign: bool, project: bool, workers: int
) -> list[Outcome | None]:
    """Outcomes of this process and ``workers - 1`` forked ones, in the candidates' order.

    Workers inherit the candidates, the configuration and everything loaded,
    and are sent only ranges of the candidates' indices. This process checks
    ranges too, taking the next one whenever its workers are busy: on a
    machine whose other CPUs are taken, it does nearly all the work itself,
    so workers never make a batch much slower than one process.
    """
    import gc
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    global _WORKER_STATE
    size = max(1, min(64, len(candidates) // (workers * 4)))
    waiting = [(start, min(start + size, len(candidates))) for start in range(0, len(candidates), size)]
    waiting.reverse()  # taken from the end: the first range first
    done: dict[int, list[Outcome | None]] = {}
    store = DocumentStore()

    def lint_here(indices: tuple[int, int]) -> None:
        done[indices[0]] = [
            _lint_candidate(candidate, options_for, skip_foreign, store, project=project)
            for candidate in candidates[indices[0] : indices[1]]
        ]

    lint_here(waiting.pop())  # builds the structuring code once, before the workers inherit it
    _WORKER_STATE = (candidates, options_for, skip_foreign, store, project)
    gc.freeze()  # workers' collections then leave the inherited objects (and their memory pages) alone
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            running: dict[Future[list[Outcome | None]], int] = {}
            while waiting or running:
                while waiting and len(running) < 2 * (workers - 1):
                    indices = waiting.pop()
                    running[pool.submit(_lint_range, indices)] = indices[0]
                finished = [future for future in running if future.done()]
                if not finished and waiting:
                    lint_here(waiting.pop(0))  # the last range: workers keep the ones before it
                    continue
                if not finished:
                    finished = list(wait(running, return_when=FIRST_COMPLETED).done)
                for future in finished:
                    done[running.pop(future)] = future.result()
    finally:
        gc.unfreeze()
        _WORKER_STATE = None
    return [outcome for start in sorted(done) for outcome in done[start]]


_WORKER_STATE: tuple[list[Candidate], OptionsFor, bool, DocumentStore, bool] | None = None


def _lint_range(indices: tuple[int, int]) -> list[Outcome | None]:
    assert _WORKER_STATE is not None
    candidates, options_for, skip_foreign, store, project = _WORKER_STATE
    return [
        _lint_candidate(candidate, options_for, skip_foreign, store, keep_model=False, project=project)
        for candidate in candidates[indices[0] : indices[1]]
    ]


def _can_fork() -> bool:
    """Forked workers inherit the loaded ruleset and modules; elsewhere one process is faster."""
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


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
    document, model = store.take(candidate.path, candidate.display, options.max_bytes)
    if (skip_foreign or not candidate.named) and not is_proplint_data(document.data):
        if document.data is not None or not _claims_proplint(candidate.path):
            from proplint.structuring.foreign import foreign_proposal

            hit = foreign_proposal(document.data, candidate.named)
            if hit is None:
                return None
            document.hits = [hit]  # only that it is unchecked: what else it holds is no proplint document's
            model = None
    outcome = lint_document(document, options, options.ignored(candidate.path), model, candidate.path, store, project)
    outcome.facts = facts_of(document, outcome.model, candidate.path)
    store.remember(candidate.path, outcome.facts)
    if not keep_model:
        outcome.model = None
    return outcome


def _lint_template(candidate: Candidate, options: Options, skip_foreign: bool, store: DocumentStore, project: bool) -> Outcome | None:
    """A Word or Markdown file's outcome: every proposal in it; ``None`` when ``skip_foreign`` skips a non-template file."""
    from proplint.imported import lint_collection

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
