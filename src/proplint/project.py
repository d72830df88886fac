"""Checks across the files of one run (``--project``): what reviewers compare by hand.

M901: a proposal id used by two files. M903: a proposal that no catalogue
among the checked files lists (by source file or by id). Both read only the
facts each file left behind, so they work with worker processes too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from proplint.findings import Finding, Hit

if TYPE_CHECKING:
    from proplint.engine import Options
    from proplint.facts import Facts


def project_findings(facts: Iterable[Facts], options_for: Callable[[Path], Options]) -> list[Finding]:
    """Findings about the checked files as a whole, stamped with each file's own ruleset and language."""
    known = [item for item in facts if item.path is not None]
    hits = list(_duplicate_ids(known)) + list(_unlisted(known))
    findings = []
    for item, hit in hits:
        finding = _stamp(item, hit, options_for)
        if finding is not None:
            findings.append(finding)
    return findings


def _duplicate_ids(facts: list[Facts]) -> Iterator[tuple[Facts, Hit]]:
    by_id: dict[str, list[Facts]] = defaultdict(list)
    for item in facts:
        if item.kind == "proposal" and item.id and item.id.strip():
            by_id[item.id.strip().casefold()].append(item)
    for group in by_id.values():
        if len(group) < 2:
            continue
        for item in group:
            others = ", ".join(other.file for other in group if other is not item)
            yield item, Hit("M901", ("id",), {"id": item.id, "other": others}, at=item.id_at)


def _unlisted(facts: list[Facts]) -> Iterator[tuple[Facts, Hit]]:
    catalogues = [item for item in facts if item.kind == "catalogue"]
    if not catalogues:
        return
    from proplint.sources import file_key

    sources = {file_key(entry.resolved) for item in catalogues for entry in item.entries if entry.resolved is not None}
    ids = {entry.id.strip().casefold() for item in catalogues for entry in item.entries if entry.id}
    names = ", ".join(item.file for item in catalogues)
    for item in facts:
        if item.kind != "proposal" or item.path is None:
            continue
        if file_key(item.path) in sources or (item.id and item.id.strip().casefold() in ids):
            continue
        yield item, Hit("M903", ("id",), {"id": item.id or item.file, "catalogues": names}, at=item.id_at)


def _stamp(item: Facts, hit: Hit, options_for: Callable[[Path], Options]) -> Finding | None:
    from proplint.engine import stamp_hit

    assert item.path is not None
    options = options_for(item.path)
    if hit.code in options.ignored(item.path):
        return None
    return stamp_hit(hit, options, item.file)
