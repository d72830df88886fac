"""Checking Word and Markdown documents: each proposal of a template collection is linted like a file of its own.

Each proposal (read by :mod:`proplint.imported`) is linted with the file's
options; its findings name the proposal's id as their ``document``.
Per-file ignores apply to the whole file, and in Markdown
``<!-- proplint: … -->`` comments suppress findings by line as
``# proplint:`` comments do in YAML.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path as FilePath
from typing import Any

import attrs

from proplint.engine import Outcome, lint_document
from proplint.facts import facts_of
from proplint.filters import filter_findings
from proplint.findings import Finding, Hit
from proplint.imported import Collection, proposal_id, read_collection
from proplint.loading.document import LoadedDocument, Locator, NoLocator, StartLocator
from proplint.options import Options
from proplint.sources import DocumentStore
from proplint.stamping import stamp_enabled
from proplint.structuring import unstructured


def lint_collection(
    collection: Collection,
    options: Options,
    ignored: frozenset[str] = frozenset(),
    origin: FilePath | None = None,
    store: DocumentStore | None = None,
    project: bool = False,
) -> Outcome:
    """Lint every proposal of a collection; the outcome holds all their findings and each proposal's facts."""
    if collection.failure is not None:
        outcome = lint_document(collection.failure, options, ignored, unstructured(collection.failure.data), origin, store, project)
        outcome.facts = facts_of(collection.failure, None, origin)
        if collection.crash:
            outcome.crashes.append(collection.crash)
        return outcome
    assert collection.imported is not None
    outcome = Outcome(file=collection.file, fail_severity=options.fail_severity)
    findings: list[Finding] = []
    for index, proposal in enumerate(collection.imported.proposals):
        name = proposal_id(proposal.id, index)
        document = proposal.document
        document.file = collection.file
        structured = collection.structured[index] if collection.structured is not None else None
        checked = lint_document(document, options, ignored, structured, origin, store, project, proposal=name)
        findings.extend(checked.findings)
        outcome.crashes.extend(f"{name}: {crash}" for crash in checked.crashes)
        outcome.documents.append(attrs.evolve(facts_of(document, checked.model, origin), document=name))
    findings.extend(_collection_findings(collection, options))
    outcome.findings, outcome.directives = _filtered(findings, collection, options, ignored, project)
    outcome.findings.sort(key=lambda finding: finding.sort_key)
    return outcome


def _locator(collection: Collection) -> Locator:
    return StartLocator() if collection.lines else NoLocator()


def _collection_findings(collection: Collection, options: Options) -> list[Finding]:
    """Findings about the collection as a whole (a proposal id used twice: I006), about no one proposal."""
    assert collection.imported is not None
    whole = LoadedDocument(file=collection.file, data=None, locator=_locator(collection))
    stamped = (stamp_enabled(hit, options.ruleset, whole, options.language) for hit in collection.imported.hits)
    return [finding for finding in stamped if finding is not None]


def _filtered(
    findings: list[Finding], collection: Collection, options: Options, ignored: frozenset[str], project: bool
) -> tuple[list[Finding], list[Any]]:
    """Per-file ignores and the Markdown's suppression comments, over the findings of every proposal at once."""
    whole = LoadedDocument(file=collection.file, data=None, locator=_locator(collection), comments=collection.comments)

    def stamp(hit: Hit) -> Finding | None:
        return stamp_enabled(hit, options.ruleset, whole, options.language)

    return filter_findings(findings, whole, options.ruleset, ignored, stamp, project)


def lint_stdin_collection(raw: bytes, file: str, options: Options, origin: FilePath | None) -> Outcome:
    """Lint a Word or Markdown document given as bytes (standard input, for editors) as the file ``file`` would be."""
    handle, temporary = tempfile.mkstemp(suffix=FilePath(file).suffix.lower())
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(raw)
        collection = read_collection(FilePath(temporary), file, options.max_bytes, options.import_kind)
        return lint_collection(collection, options, options.ignored(FilePath(file)), origin)
    finally:
        os.unlink(temporary)
