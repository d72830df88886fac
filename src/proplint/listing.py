"""The catalogues that list given files: what a commit of a proposal may break besides the proposal.

The pre-commit hook is given only the staged files. A proposal whose totals
change breaks the catalogue that copies them (S106) though the catalogue is
not staged; ``--with-catalogues`` checks that catalogue too. The catalogues
are found within each file's project (:func:`proplint.linking.project_root`)
without parsing every YAML file of a large repository: a file is parsed only
when its bytes hold ``entries``, ``catalogue`` and the name of a given file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from proplint.discovery import Candidate, walk
from proplint.facts import is_template, split_source
from proplint.linking import project_root
from proplint.loading import SUFFIXES, load_bytes, read_regular
from proplint.options import OptionsFor
from proplint.sources import file_key


def catalogues_listing(candidates: list[Candidate], options_for: OptionsFor) -> list[Candidate]:
    """The catalogues in the projects of the named files that list one of them, and are not among ``candidates``.

    They come as files found in a directory (``named=False``): ``exclude``
    applies to them, as it does to a directory's files.
    """
    given = {file_key(candidate.path): candidate for candidate in candidates if candidate.named and _checkable(candidate.path)}
    if not given:
        return []
    roots: dict[str, Path] = {}
    max_bytes = 0
    for candidate in given.values():
        options = options_for(candidate.path)
        root = project_root(candidate.path.parent, options.root)
        roots.setdefault(file_key(root), Path(file_key(root)))
        max_bytes = max(max_bytes, options.max_bytes)  # the command line's limit (a catalogue's own is held when it is checked)
    names = {os.path.basename(key).encode() for key in given}
    really = {os.path.realpath(key) for key in given}
    skip = {file_key(candidate.path) for candidate in candidates}
    wanted = set(given) | really
    found: list[Candidate] = []
    for path in _files(_outermost(roots)):
        key = file_key(path)
        if key in skip:
            continue
        skip.add(key)
        if _lists(path, max_bytes, names, wanted):
            found.append(Candidate(path, _display(path), named=False))
    return found


def _checkable(path: Path) -> bool:
    return os.path.splitext(path.name)[1].lower() in SUFFIXES or is_template(path.name)


def _outermost(roots: dict[str, Path]) -> list[Path]:
    """The roots not inside another one (each directory is walked once)."""
    chosen: list[str] = []
    for key in sorted(roots):
        if not any(key == outer or key.startswith(outer.rstrip(os.sep) + os.sep) for outer in chosen):
            chosen.append(key)
    return [roots[key] for key in chosen]


def _files(roots: list[Path]) -> Iterator[Path]:
    """The YAML, JSON and TOML files under ``roots`` (a catalogue is never Word or Markdown), in a stable order."""
    for root in roots:
        for found in walk(root):
            if os.path.splitext(found.name)[1].lower() in SUFFIXES:
                yield found


def _lists(path: Path, max_bytes: int, names: set[bytes], wanted: set[str]) -> bool:
    """Whether ``path`` is a catalogue with an entry whose source is one of the ``wanted`` files."""
    try:
        raw = read_regular(path, max_bytes)
    except (OSError, ValueError):
        return False
    if len(raw) > max_bytes or b"entries" not in raw or b"catalogue" not in raw or not any(name in raw for name in names):
        return False
    data = load_bytes(raw, str(path), max_bytes).data
    return any(_target(path.parent, source) in wanted for source in _sources(data))


def _sources(data: Any) -> Iterator[str]:
    if not isinstance(data, dict) or data.get("document") != "catalogue" or not isinstance(data.get("entries"), list):
        return
    for entry in data["entries"]:
        if isinstance(entry, dict) and isinstance(entry.get("source"), str):
            yield entry["source"]


def _target(base: Path, source: str) -> str:
    try:
        return file_key(base / split_source(source)[0])
    except ValueError:
        return ""


def _display(path: Path) -> str:
    """The path as a directory's files are shown: relative to the working directory when it is inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive
        return str(path)
    return str(path) if relative.startswith(os.pardir) else relative
