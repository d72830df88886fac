"""Baselines: today's findings recorded, so only new ones are reported from now on.

An entry is the file (relative to the baseline file), the rule, the document
path and the finding's fingerprint (which covers the offending value, not its
line), so edits elsewhere in a file do not invalidate it. An entry about one
proposal of a collection (a Word or Markdown file) also names its id in
``document``; Word findings have no line at all.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import attrs

from proplint.findings import Finding
from proplint.phrases import Phrase, PhrasedError

VERSION = 1
Key = tuple[str, str, str, str, str]
"""File, proposal id (``""`` for a file of one document), code, path, fingerprint."""


class BaselineError(PhrasedError):
    """A baseline file that cannot be read or written (exit 2)."""


@attrs.frozen
class Comparison:
    """Findings not in the baseline, how many were in it, and how many entries no longer occur."""

    new: list[Finding]
    known: int
    stale: int


def _key(finding: Finding, base: Path) -> Key:
    file = Path(os.path.relpath(Path(finding.file).resolve(), base.resolve())).as_posix()
    return (file, finding.document or "", finding.code, finding.path, finding.fingerprint)


def write_baseline(file: Path, findings: Iterable[Finding]) -> int:
    """Record the findings in ``file``; returns how many entries were written."""
    base = file.parent
    entries = sorted(_key(finding, base) for finding in findings)
    document = {
        "version": VERSION,
        "entries": [_entry(*key) for key in entries],
    }
    import json  # not paid by a run without a baseline

    try:
        file.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as error:
        raise BaselineError(Phrase("cannot write the baseline {file}: {problem}", file=str(file), problem=error.strerror or str(error))) from None
    return len(entries)


def _entry(file: str, document: str, code: str, path: str, fingerprint: str) -> dict[str, str]:
    entry = {"file": file, "code": code, "path": path, "fingerprint": fingerprint}
    if document:
        entry["document"] = document
    return entry


def _document(entry: object) -> str:
    """An entry's proposal id; entries written before collections could be checked have none."""
    return str(entry.get("document") or "") if isinstance(entry, dict) else ""


def read_baseline(file: Path) -> Counter[Key]:
    """The entries of a baseline file, counted (one finding may occur twice)."""
    import json

    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except OSError as error:
        raise BaselineError(Phrase("cannot read the baseline {file}: {problem}", file=str(file), problem=error.strerror or str(error))) from None
    except ValueError as error:
        raise BaselineError(Phrase("{file}: not a baseline written by proplint ({problem})", file=str(file), problem=str(error))) from None
    entries = document.get("entries") if isinstance(document, dict) else None
    if document.get("version") != VERSION if isinstance(document, dict) else True:
        raise BaselineError(Phrase("{file}: not a version {version} baseline written by proplint", file=str(file), version=VERSION))
    try:
        return Counter((e["file"], _document(e), e["code"], e["path"], e["fingerprint"]) for e in entries or [])
    except (TypeError, KeyError) as error:
        raise BaselineError(Phrase("{file}: a baseline entry lacks {key}", file=str(file), key=str(error))) from None


def compare(findings: Iterable[Finding], file: Path) -> Comparison:
    """Split findings into new ones and baseline ones; count entries that no longer occur."""
    remaining = read_baseline(file)
    base = file.parent
    new: list[Finding] = []
    known = 0
    for finding in findings:
        key = _key(finding, base)
        if remaining[key] > 0:
            remaining[key] -= 1
            known += 1
        else:
            new.append(finding)
    return Comparison(new=new, known=known, stale=sum(remaining.values()))
