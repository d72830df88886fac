"""Which files to check: named files always, directories for proplint documents.

Under a directory, a Word or Markdown file counts only when it looks like a
proposal in the municipal template (a proposal heading and a Table 1), so a
README or meeting notes are not checked.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from proplint.commands import say
from proplint.facts import is_template
from proplint.loading import SUFFIXES
from proplint.phrases import Phrase

_NOT_DOCUMENTS = ("~$", ".")
"""Word's lock files (``~$forslag.docx``) and hidden files (macOS's ``._forslag.docx``) are no documents."""
_SKIPPED_DIRECTORIES = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}


@attrs.frozen
class Candidate:
    """A file to check; ``named`` files are checked whatever their top level says."""

    path: Path
    display: str
    named: bool


def discover(paths: list[str], *, quiet: bool = False) -> Iterator[Candidate]:
    """Named files, then the YAML/JSON/TOML files and template documents under named directories, in a stable order.

    A FIFO or a device under a directory is skipped with a note on standard
    error (``quiet`` holds it back): reading one could hang or never end.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found, entry in _entries(path):
                name = entry.name
                data_file = os.path.splitext(name)[1].lower() in SUFFIXES
                if not (data_file or is_template(name)) or not _regular(found, entry, quiet):
                    continue
                if data_file or (not name.startswith(_NOT_DOCUMENTS) and _looks_like_template(found)):
                    yield Candidate(found, str(found), named=False)
        else:
            yield Candidate(path, given, named=True)


def walk(root: Path) -> Iterator[Path]:
    """Every file under ``root``, in a stable order, outside version-control, virtual-environment and cache directories."""
    for found, _ in _entries(root):
        yield found


def _entries(root: Path | str) -> Iterator[tuple[Path, os.DirEntry[str]]]:
    """Every file under ``root`` with its directory entry, as :func:`os.walk` finds them (links to directories not followed).

    A directory's files by name, then its directories by name, each walked
    the same way. The entry tells what kind of file it is without asking the
    system again.
    """
    top = os.fspath(root)
    try:
        with os.scandir(top) as found:
            entries = list(found)
    except OSError:
        return  # a directory that cannot be read has nothing to check
    directories: list[os.DirEntry[str]] = []
    files: list[os.DirEntry[str]] = []
    for entry in entries:
        try:
            is_directory = entry.is_dir()
        except OSError:
            is_directory = False
        (directories if is_directory else files).append(entry)
    base = Path(top)
    for entry in sorted(files, key=_name):
        yield base / entry.name, entry
    for entry in sorted(directories, key=_name):
        if entry.name not in _SKIPPED_DIRECTORIES and not os.path.islink(entry.path):
            yield from _entries(entry.path)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _regular(path: Path, entry: os.DirEntry[str], quiet: bool) -> bool:
    """Whether a file found in a directory is a regular file (a link to one counts); notes what is skipped."""
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode) if entry.is_symlink() else entry.is_file(follow_symlinks=False)
    except OSError:
        return True  # a broken link or an unreadable file is reported when it is read
    if not regular and not quiet:
        print("proplint: " + say(Phrase("skipped {path}: not a regular file (a pipe or a device)", path=str(path))), file=sys.stderr)
    return regular


def not_regular(paths: list[str]) -> list[str]:
    """The named paths that exist but are neither a directory nor a regular file (a usage error: reading would hang)."""
    found = []
    for given in paths:
        try:
            mode = os.stat(given).st_mode
        except OSError:
            continue
        if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
            found.append(given)
    return found


def _looks_like_template(path: Path) -> bool:
    """Whether a Word or Markdown file found in a directory is to be checked (never raises).

    A proposal document is; so is one that cannot be read to tell (a broken
    zip, an empty .docx, a link to nothing): it is reported (D001), not
    skipped as if it were a README, so a corrupt proposal cannot pass unseen.
    """
    from proplint.importing import template_verdict

    try:
        return template_verdict(path) is not False
    except Exception:  # the reader reports what the sniffer could not read
        return True


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
    for candidate in discover(paths, quiet=True):
        try:
            found = os.stat(candidate.path)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == identity:
            return True
    return False
