"""The engine: one loaded document structured, checked by the enabled rules, its findings stamped and filtered.

Data flows one way: load (:mod:`proplint.loading`) → structure
(:mod:`proplint.structuring`) → link a catalogue's sources
(:mod:`proplint.linking`) → check (:mod:`proplint.checking`) →
stamp (:mod:`proplint.stamping`) and filter (:mod:`proplint.filters`).
Files, directories and workers are the runner's (:mod:`proplint.runner`).
"""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

import attrs

from proplint.checking import run_checks, unshadowed
from proplint.facts import Facts, facts_of
from proplint.filters import filter_findings
from proplint.findings import Finding, Hit, Severity
from proplint.linking import link_sources
from proplint.loading import LoadedDocument, load_text
from proplint.options import Options, OptionsFor
from proplint.paths import Path
from proplint.sources import DocumentStore
from proplint.stamping import stamp_enabled
from proplint.structuring import Structured, structure

if TYPE_CHECKING:
    from proplint.suppressions import Directive

__all__ = ["Options", "OptionsFor", "Outcome", "lint_document", "lint_text"]


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
    structured: Structured | None = None,
    origin: FilePath | None = None,
    store: DocumentStore | None = None,
    project: bool = False,
    proposal: str | None = None,
) -> Outcome:
    """Structure a loaded document (unless ``structured`` says how it was), run every enabled rule over it, and filter the findings.

    ``ignored`` codes are dropped (per-file ignores); ``# proplint:`` comments
    in YAML suppress findings. ``origin`` is the file's path: the link stage
    resolves a catalogue's sources against it, read through ``store``. In a
    ``project`` run, suppressions that may yet cover a project finding are
    judged with those findings, in :func:`proplint.project.project_findings`.
    ``proposal`` is the id of one proposal of a file that holds several (the
    findings' ``document``).
    """
    if structured is None:
        structured = structure(document)
    model = structured.model
    outcome = Outcome(file=document.file, model=model)
    problems = [*document.hits, *structured.hits]
    hits: list[Hit] = list(problems)
    earlier: dict[int, Path] = dict(structured.earlier)
    if model is not None:
        in_model = problems
        invalid = frozenset(hit.path for hit in problems if hit.code == "D002")
        places: frozenset[Path] = frozenset()
        if structured.moved:  # the problems in the model's paths: a removed value is rejected there, but echoed by nothing
            in_model = [attrs.evolve(hit, path=path) for hit in problems if (path := structured.model_path(hit.path)) is not None]
            invalid = frozenset(structured.model_path(hit.path, removed=True) or hit.path for hit in problems if hit.code == "D002")
            places = frozenset(place for hit in problems if hit.code == "D002" and (place := structured.place_of(hit.path)) is not None)
        links = link_sources(model, origin, options.root, store or DocumentStore(), options.max_bytes, options.import_kind)
        checked = unshadowed(run_checks(model, options.ruleset, outcome.crashes, invalid, links), in_model, places)
        if structured.moved:  # the checks' paths are the model's: each reported where the user wrote it, and where it was before
            for hit in checked:
                written = attrs.evolve(hit, path=structured.written_path(hit.path))
                hits.append(written)
                before = structured.earlier_path(written.path, hit.path)
                if written.path != before:
                    earlier[id(written)] = before
        else:
            hits.extend(checked)

    def stamp(hit: Hit) -> Finding | None:
        return stamp_enabled(hit, options.ruleset, document, options.language, proposal, structured, earlier.get(id(hit)))

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
