"""Which files to check: named files always, directories for proplint documents.

Under a directory, a Word or Markdown file counts only when it looks like a
proposal in the municipal template (a proposal heading and a Table 1), so a
README or meeting notes are not checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import attrs

from proplint.facts import is_template
from proplint.loading import SUFFIXES

_SKIPPED_DIRECTORIES = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}


@attrs.frozen
class Candidate:
    """A file to check; ``named`` files are checked whatever their top level says."""

    path: Path
    display: str
    named: bool


def discover(paths: list[str]) -> Iterator[Candidate]:
    """Named files, then the YAML/JSON/TOML files and template documents under named directories, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, directories, files in os.walk(path):
                directories[:] = sorted(d for d in directories if d not in _SKIPPED_DIRECTORIES)
                for name in sorted(files):
                    if os.path.splitext(name)[1].lower() in SUFFIXES:
                        found = Path(root) / name
                        yield Candidate(found, str(found), named=False)
                    elif is_template(name) and _looks_like_template(Path(root) / name):
                        found = Path(root) / name
                        yield Candidate(found, str(found), named=False)
        else:
            yield Candidate(path, given, named=True)


def _looks_like_template(path: Path) -> bool:
    """Whether a Word or Markdown file found in a directory is a proposal document (never raises)."""
    from proplint.importing import looks_like_template

    try:
        return looks_like_template(path)
    except Exception:  # a file that cannot even be sniffed is no proposal document to look for
        return False


def missing(paths: list[str]) -> list[str]:
    """The given paths that do not exist (a usage error)."""
    return [given for given in paths if not os.path.exists(given)]


def checked_target(target: Path, paths: list[str]) -> bool:
    """Whether writing ``target`` would overwrite a file these paths check (same file, however spelt or linked)."""
    try:
        wanted = os.stat(target)
    except OSError:
        return False  # a file that does not exist yet is nobody's input
    identity = (wanted.st_dev, wanted.st_ino)
    for candidate in discover(paths):
        try:
            found = os.stat(candidate.path)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == identity:
            return True
    return False
