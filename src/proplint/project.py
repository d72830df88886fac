"""Checks across the files of one run (``--project``): what reviewers compare by hand.

M901: a proposal id used by two files. M903: a proposal that no catalogue
among the checked files lists (by source file or by id). Both read only the
facts each file left behind, so they work with worker processes too. Their
findings are stamped and filtered as every finding is: severities and
per-file ignores of the file's configuration, its suppression comments, and
the baseline afterwards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from proplint.findings import Finding, Hit

if TYPE_CHECKING:
    from proplint.options import Options
    from proplint.facts import Facts
    from proplint.suppressions import Directive


def project_findings(
    facts: Iterable[Facts], options_for: Callable[[Path], Options], directives: Mapping[str, list[Directive]] | None = None
) -> list[Finding]:
    """Findings about the checked files as a whole, stamped and filtered with each file's own configuration.

    ``directives`` are each file's suppression comments (by file name), as
    the file's own check left them: they suppress project findings too, and
    those that waited for the project findings are reported here if unused.
    """
    from proplint.filters import filter_project
    from proplint.stamping import stamp_hit

    directives = directives or {}
    known = [item for item in facts if item.path is not None]
    by_file: dict[str, list[tuple[Facts, Hit]]] = defaultdict(list)
    for item, hit in [*_duplicate_ids(known), *_unlisted(known)]:
        by_file[item.file].append((item, hit))
    paths = {item.file: item.path for item in known}  # a collection's proposals share one file
    findings: list[Finding] = []
    for file, path in paths.items():
        hits, comments = by_file.get(file, []), directives.get(file, [])
        if not hits and not comments:
            continue
        assert path is not None
        options = options_for(path)

        def stamp(hit: Hit, item: Facts | None = None, file: str = file, options: Options = options) -> Finding | None:
            if item is None or item.document is None:
                return stamp_hit(hit, options.ruleset, file, options.language)
            return stamp_hit(hit, options.ruleset, file, options.language, item.document, lines=item.id_at is not None)

        stamped = [finding for item, hit in hits if (finding := stamp(hit, item)) is not None]
        findings.extend(filter_project(stamped, comments, options.ruleset, options.ignored(path), stamp))
    return findings


def _duplicate_ids(facts: list[Facts]) -> Iterator[tuple[Facts, Hit]]:
    by_id: dict[str, list[Facts]] = defaultdict(list)
    for item in facts:
        if item.kind == "proposal" and item.id and item.id.strip():
            by_id[item.id.strip().casefold()].append(item)
    for group in by_id.values():
        if len({item.file for item in group}) < 2:
            continue  # twice in one collection is the importer's I006
        for item in group:
            others = ", ".join(dict.fromkeys(_named(other) for other in group if other.file != item.file))
            yield item, Hit("M901", ("id",), {"id": item.id, "other": others}, at=item.id_at)


def _named(item: Facts) -> str:
    """A file, and the proposal in it when it is one of a collection's."""
    return f"{item.file}#{item.document}" if item.document else item.file


def _unlisted(facts: list[Facts]) -> Iterator[tuple[Facts, Hit]]:
    catalogues = [item for item in facts if item.kind == "catalogue"]
    if not catalogues:
        return
    from proplint.sources import file_key

    sources = {
        (file_key(entry.resolved), (entry.proposal or "").strip().casefold() if entry.proposal else None)
        for item in catalogues
        for entry in item.entries
        if entry.resolved is not None
    }
    ids = {entry.id.strip().casefold() for item in catalogues for entry in item.entries if entry.id}
    names = ", ".join(item.file for item in catalogues)
    for item in facts:
        if item.kind != "proposal" or item.path is None:
            continue
        listed = (file_key(item.path), item.document.strip().casefold() if item.document else None)
        if listed in sources or (item.id and item.id.strip().casefold() in ids):
            continue
        yield item, Hit("M903", ("id",), {"id": item.id or item.file, "catalogues": names}, at=item.id_at)
