"""``proplint import SOURCE...``: write each proposal of Word/Markdown template documents as a format v1 file.

Everything is read first; a missing file or one that is no template document
stops the run with a clear message (exit 2) before anything is written. An
existing file is never overwritten without ``--force``. Each file is written
atomically, and the same source gives the same bytes. Exit 1 when an import
finding is at error level.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from proplint.commands import ABOUT, EXIT_CLEAN, EXIT_FINDINGS, _, current_language, usage_error
from proplint.model.enums import Kind
from proplint.phrases import Phrase

if TYPE_CHECKING:
    from proplint.findings import Finding
    from proplint.importing import Imported, ImportedProposal
    from proplint.ruleset import Ruleset

FORMATS = ("yaml", "json", "toml")
KINDS = tuple(kind.value for kind in Kind)
Plan = list[tuple[Path, "ImportedProposal", str]]


def add_parser(commands: argparse._SubParsersAction[Any]) -> None:
    from proplint.commands.language import add_version

    about = _(ABOUT["import"])
    parser = commands.add_parser("import", help=about, description=about)
    add_version(parser)
    parser.add_argument(
        "sources", nargs="+", metavar="SOURCE", help=_("a .docx or .md document (one proposal or a collection), or a directory of them")
    )
    parser.add_argument("-o", "--output", metavar="DIR", default=".", help=_("where to write the files (default: the current directory)"))
    parser.add_argument(
        "--format", choices=FORMATS, default="yaml", help=_("the syntax of the written files (default: yaml; JSON files carry no comment naming their source)")
    )
    parser.add_argument("--force", action="store_true", help=_("overwrite files that exist"))
    parser.add_argument("--kind", choices=KINDS, help=_("the kind of every proposal, where the template does not state it"))


def run(arguments: argparse.Namespace) -> int:
    from proplint.importing import NotATemplate, read_template
    from proplint.importing.blocks import ReadError

    kind = Kind(arguments.kind) if arguments.kind else None
    imported: list[Imported] = []
    sources: list[str] = []
    for source in arguments.sources:
        if Path(source).is_dir():
            found = _template_documents(Path(source))
            if not found:
                return usage_error(Phrase("{directory}: no Word or Markdown template documents in the directory", directory=source))
            sources.extend(found)
        else:
            sources.append(source)
    from proplint.config import ConfigError, Resolver

    resolver = Resolver()
    rulesets: list[Ruleset] = []
    for source in sources:
        path = Path(source)
        if path.exists() and not path.is_file():
            return usage_error(Phrase("not a regular file (a pipe or a device): {path}", path=source))
        if not path.is_file():
            return usage_error(Phrase("{file}: no such file", file=source))
        try:
            options = resolver(path)  # the configuration that governs the source: its rules and import-kind
            configured = getattr(options, "import_kind", None)
            chosen = kind or (Kind(configured) if configured else None)
            imported.append(read_template(path, source, chosen, options.max_bytes))
        except ConfigError as error:
            return usage_error(error)
        except (NotATemplate, ReadError) as error:
            return usage_error(error)
        rulesets.append(options.ruleset)
    output = Path(arguments.output)
    plan = _plan(imported, output, arguments.format)
    existing = [target for target, _proposal, _source in plan if target.exists()]
    if existing and not arguments.force:
        return usage_error(*(Phrase("{file} exists; use --force to overwrite it", file=str(target)) for target in existing))
    from proplint.importing.writing import write
    from proplint.report.output import write_atomically

    try:
        output.mkdir(parents=True, exist_ok=True)
        for target, proposal, source in plan:
            write_atomically(target, write(proposal.document.data, arguments.format, source))
    except OSError as error:
        where = getattr(error, "filename", None) or str(output)
        return usage_error(Phrase("cannot write {file}: {problem}", file=str(where), problem=error.strerror or str(error)))
    return _summary(imported, rulesets, plan)


def _template_documents(directory: Path) -> list[str]:
    """The .docx/.md files under a directory that look like template documents (not Word's ~$ lock files)."""
    from proplint.importing import TEMPLATE_SUFFIXES, looks_like_template

    found = []
    for path in sorted(directory.rglob("*")):
        if path.suffix.lower() in TEMPLATE_SUFFIXES and not path.name.startswith(("~$", ".")) and path.is_file() and looks_like_template(path):
            found.append(str(path))
    return found


def _plan(imported: list[Imported], output: Path, syntax: str) -> Plan:
    """(target file, proposal, source) for every proposal; a repeated id gets ``-2``, ``-3`` …"""
    from proplint.importing.writing import SUFFIXES

    taken: set[str] = set()
    plan: Plan = []
    for collection in imported:
        for number, proposal in enumerate(collection.proposals, start=1):
            stem = _safe(proposal.id) or f"{Path(collection.file).stem}-{number}"
            name, count = stem, 1
            while name.casefold() in taken:
                count += 1
                name = f"{stem}-{count}"
            taken.add(name.casefold())
            plan.append((output / f"{name}{SUFFIXES[syntax]}", proposal, collection.file))
    return plan


def _safe(identifier: str) -> str:
    return "".join(char for char in identifier if char.isalnum() or char in "-_")


def import_findings(collection: Imported, ruleset: Ruleset | None = None, language: str = "en") -> list[Finding]:
    """The I-findings of an imported document, worded, located and configured as ``check`` does."""
    from proplint.ruleset import load_ruleset
    from proplint.stamping import stamp_enabled, stamp_hit

    ruleset = ruleset or load_ruleset()
    lines = any(proposal.document.locate(()) is not None for proposal in collection.proposals)
    found = [finding for hit in collection.hits if (finding := stamp_hit(hit, ruleset, collection.file, language, lines=lines))]
    for proposal in collection.proposals:
        for hit in proposal.document.hits:
            finding = stamp_enabled(hit, ruleset, proposal.document, language, proposal.id or None)
            if finding is not None:
                found.append(finding)
    return found


def _summary(imported: list[Imported], rulesets: list[Ruleset], plan: Plan) -> int:
    from proplint.findings import Severity
    from proplint.report import explained, position

    language = current_language()
    findings = [finding for collection, ruleset in zip(imported, rulesets) for finding in import_findings(collection, ruleset, language)]
    out = sys.stdout
    for finding in findings:
        out.write(f"{position(finding)}: {finding.code} [{_(finding.severity.label)}] {explained(finding)}\n")
    for collection in imported:
        for proposal in collection.proposals:
            for note in proposal.notes:
                out.write(f"{collection.file}: {proposal.id}: {_('note')}: {note}\n")
    files = ", ".join(str(target) for target, _proposal, _source in plan)
    if len(plan) == 1:
        summary = Phrase("Imported 1 proposal: {files}", files=files)
    else:
        summary = Phrase("Imported {count} proposals: {files}", count=len(plan), files=files) if plan else Phrase("Imported no proposals")
    out.write(summary.render(language) + "\n")
    if findings:
        counted = Phrase("1 import finding") if len(findings) == 1 else Phrase("{count} import findings", count=len(findings))
        out.write(counted.render(language) + "\n")
    return EXIT_FINDINGS if any(finding.severity >= Severity.ERROR for finding in findings) else EXIT_CLEAN
