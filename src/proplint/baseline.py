"""Baselines: today's findings recorded, so only new ones are reported from now on.

An entry is the file (relative to the baseline file), the rule, the document
path and the finding's fingerprint (which covers the offending value, not its
line), so edits elsewhere in a file do not invalidate it. An entry about one
proposal of a collection (a Word or Markdown file) also names its id in
``document``; Word findings have no line at all.

A run that checks only some files (pre-commit, an editor, standard input)
judges only their entries: the others are neither stale nor dropped when
the baseline is rewritten.
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
MAX_BYTES = 64_000_000
"""A baseline larger than this is refused while reading (some 400,000 entries): no file is trusted to be what it says."""
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


def _relative(file: str, base: Path) -> str:
    """A checked file's name as baseline entries give it: relative to the baseline's directory."""
    return Path(os.path.relpath(Path(file).resolve(), base.resolve())).as_posix()


def _key(finding: Finding, base: Path) -> Key:
    return (_relative(finding.file, base), finding.document or "", finding.code, finding.path, finding.fingerprint)


@attrs.frozen
class Written:
    """What a baseline was written with: entries of this run's findings, and entries kept for files it did not check."""

    recorded: int
    kept: int


def write_baseline(file: Path, findings: Iterable[Finding], checked: Iterable[str] | None = None) -> Written:
    """Record the findings in ``file``, keeping an existing baseline's entries of files this run did not check.

    ``checked`` names the files the run checked (``None``: the findings'
    files); entries of other files that still exist are kept, so a one-file
    run does not forget the rest. An existing ``file`` that is not a
    baseline is not overwritten (:class:`BaselineError`); a FIFO or a device
    (``/dev/stdout``) is written into, with no entries to keep.
    """
    base = file.parent
    recorded = [_key(finding, base) for finding in findings]
    kept: list[Key] = []
    if file.is_file():
        judged = {key[0] for key in recorded} | {_relative(name, base) for name in checked or ()}
        old = read_baseline(file, Phrase("{file} exists and is not a proplint baseline: it is not replaced", file=str(file)))
        kept = [key for key in old.elements() if key[0] not in judged and (base / key[0]).exists()]
    entries = sorted(recorded + kept)
    document = {
        "version": VERSION,
        "entries": [_entry(*key) for key in entries],
    }
    import json  # not paid by a run without a baseline

    from proplint.report.output import write_atomically

    try:
        write_atomically(file, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    except OSError as error:
        raise BaselineError(Phrase("cannot write the baseline {file}: {problem}", file=str(file), problem=error.strerror or str(error))) from None
    return Written(len(recorded), len(kept))


def _entry(file: str, document: str, code: str, path: str, fingerprint: str) -> dict[str, str]:
    entry = {"file": file, "code": code, "path": path, "fingerprint": fingerprint}
    if document:
        entry["document"] = document
    return entry


def _document(entry: object) -> str:
    """An entry's proposal id; entries written before collections could be checked have none."""
    return str(entry.get("document") or "") if isinstance(entry, dict) else ""


def read_baseline(file: Path, not_a_baseline: Phrase | None = None) -> Counter[Key]:
    """The entries of a baseline file, counted (one finding may occur twice).

    ``not_a_baseline`` replaces the message for a file that is readable but no baseline.
    """
    import json

    from proplint.loading import NotRegular, over_limit, read_regular

    def unreadable(problem: str | Phrase) -> BaselineError:
        return BaselineError(Phrase("cannot read the baseline {file}: {problem}", file=str(file), problem=problem))

    try:
        raw = read_regular(file, MAX_BYTES)  # a FIFO or /dev/zero given as a baseline is refused, never read
    except NotRegular:
        raise unreadable(Phrase("not a regular file (a pipe or a device): not read")) from None
    except OSError as error:
        raise unreadable(error.strerror or str(error)) from None
    if len(raw) > MAX_BYTES:
        raise unreadable(over_limit(MAX_BYTES))
    try:
        document = json.loads(raw)
    except ValueError as error:
        raise BaselineError(not_a_baseline or Phrase("{file}: not a baseline written by proplint ({problem})", file=str(file), problem=str(error))) from None
    entries = document.get("entries") if isinstance(document, dict) else None
    if document.get("version") != VERSION if isinstance(document, dict) else True:
        raise BaselineError(not_a_baseline or Phrase("{file}: not a version {version} baseline written by proplint", file=str(file), version=VERSION))
    try:
        return Counter((e["file"], _document(e), e["code"], e["path"], e["fingerprint"]) for e in entries or [])
    except (TypeError, KeyError) as error:
        raise BaselineError(not_a_baseline or Phrase("{file}: a baseline entry lacks {key}", file=str(file), key=str(error))) from None


def compare(findings: Iterable[Finding], file: Path, checked: Iterable[str] | None = None) -> Comparison:
    """Split findings into new ones and baseline ones; count entries of the ``checked`` files that no longer occur.

    ``checked`` names the files the run checked (``None``: every entry is judged).
    """
    remaining = read_baseline(file)
    base = file.parent
    new: list[Finding] = []
    known = 0
    for finding in findings:
        key = _key(finding, base)
        if remaining[key] <= 0 and finding.earlier_fingerprint:
            earlier = (*key[:3], finding.earlier_path or finding.path, finding.earlier_fingerprint)  # as a baseline written before holds it
            if remaining[earlier] > 0:
                key = earlier
        if remaining[key] > 0:
            remaining[key] -= 1
            known += 1
        else:
            new.append(finding)
    if checked is not None:
        judged = {_relative(name, base) for name in checked}
        remaining = Counter({key: count for key, count in remaining.items() if key[0] in judged})
    return Comparison(new=new, known=known, stale=sum(remaining.values()))
