"""The link stage: after loading, each catalogue entry's source is resolved once and handed to the catalogue's checks.

S106, S107 and M902 read the :class:`Link` of each entry and never touch the
file system themselves. A source is read only when it stays inside the
project — the directory of the configuration file that applies, else the
repository the catalogue is in, else the catalogue's own directory — so a
catalogue cannot make proplint read ``../../etc/hostname`` or
``/proc/self/mem``; and only when it is a regular
file, with the size limit held while reading (the store reads through
:func:`proplint.loading.read_regular`). A Word or Markdown source
(``samling.docx#SU02``) is read once per run, like the file itself.
"""

from __future__ import annotations

import enum
import errno
import os
import stat
from pathlib import Path
from typing import Any

import attrs

from proplint.facts import Facts, is_template, split_source
from proplint.model import kind_of
from proplint.sources import DocumentStore


class Problem(enum.Enum):
    """Why an entry's source gives no proposal to compare with (S107 says it in words)."""

    MISSING = "missing"
    OUTSIDE = "outside"
    """Outside the project: not read."""
    NOT_REGULAR = "not-regular"
    """A directory, a pipe or a device: not read."""
    NAME_TOO_LONG = "name-too-long"
    UNREADABLE = "unreadable"
    """The system refused to look at it (``reason`` says why)."""
    NOT_PROPLINT = "not-proplint"
    NOT_A_PROPOSAL = "not-a-proposal"
    NO_SUCH_PROPOSAL = "no-such-proposal"
    """A Word or Markdown collection without the proposal the entry names."""
    SEVERAL = "several"
    """A Word or Markdown collection of several proposals, and the entry names none."""


@attrs.frozen
class Link:
    """One entry's source as the link stage found it: the proposal's facts, or the problem."""

    source: str
    """The source as the catalogue writes it."""
    file: str
    """Its file (without a ``#`` proposal)."""
    proposal: str | None = None
    """The proposal wanted in a Word or Markdown collection: after ``#``, else the entry's id."""
    facts: Facts | None = None
    problem: Problem | None = None
    reason: str | None = None
    """The system's words for an unreadable source."""

    @property
    def proposal_facts(self) -> Facts | None:
        """The facts of the proposal the entry names, when it names a readable proposal."""
        return self.facts if self.problem is None else None


Links = tuple["Link | None", ...]
"""A catalogue's links by entry index; ``None`` for an entry without a source."""


def link_sources(model: Any, origin: Path | None, root: Path | None, store: DocumentStore, max_bytes: int, import_kind: str | None) -> Links:
    """The links of a catalogue's entries (nothing for other documents, or a catalogue given as text without a file).

    ``origin`` is the catalogue's file; ``root`` the directory of the
    configuration file that applies (``None`` without one).
    """
    if origin is None or model is None:
        return ()
    if kind_of(model) != "catalogue":
        return ()
    base = origin.parent
    project = _project(base, root)
    return tuple(
        _link(entry.source, entry.id, base, project, store, max_bytes, import_kind) if entry.source else None
        for entry in model.entries
    )


def _project(base: Path, root: Path | None) -> tuple[str, ...]:
    """The directories sources may be in, with links resolved: the project's and the catalogue's own."""
    return tuple(dict.fromkeys(os.path.realpath(directory) for directory in (project_root(base, root), base)))


VCS_MARKERS = (".git", ".hg", ".svn")


def project_root(directory: Path, configured: Path | None) -> Path:
    """The project a file in ``directory`` belongs to: the configuration's directory, else its repository, else ``directory``.

    As black finds a project's root, the nearest directory above holding
    ``.git`` (``.hg``, ``.svn``) is the repository; without a configuration
    file, a catalogue may name proposals anywhere in its repository.
    """
    if configured is not None:
        return configured
    return _repository(os.path.abspath(directory)) or directory


_REPOSITORIES: dict[str, Path | None] = {}


def _repository(directory: str) -> Path | None:
    if directory in _REPOSITORIES:  # each directory is looked up once per run
        return _REPOSITORIES[directory]
    found: Path | None = None
    for folder in (Path(directory), *Path(directory).parents):
        if any(os.path.exists(folder / marker) for marker in VCS_MARKERS):
            found = folder
            break
    if len(_REPOSITORIES) >= 1024:
        _REPOSITORIES.clear()
    _REPOSITORIES[directory] = found
    return found


def inside(path: Path, project: tuple[str, ...]) -> bool:
    """Whether ``path``, with every link resolved, is in one of the ``project`` directories."""
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return False
    return any(real == directory or real.startswith(directory.rstrip(os.sep) + os.sep) for directory in project)


def _link(
    source: str, entry_id: str | None, base: Path, project: tuple[str, ...], store: DocumentStore, max_bytes: int, import_kind: str | None
) -> Link:
    file, proposal = split_source(source)
    template = is_template(file)
    wanted = (proposal or entry_id) if template else None
    link = Link(source=source, file=file, proposal=wanted)
    target = base / file
    if not inside(target, project):
        return attrs.evolve(link, problem=Problem.OUTSIDE)
    try:
        mode = os.stat(target).st_mode
    except ValueError:  # a NUL character: no file has that name
        return attrs.evolve(link, problem=Problem.MISSING)
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return attrs.evolve(link, problem=Problem.MISSING)
        if error.errno == errno.ENAMETOOLONG:
            return attrs.evolve(link, problem=Problem.NAME_TOO_LONG)
        return attrs.evolve(link, problem=Problem.UNREADABLE, reason=error.strerror or str(error))
    if not stat.S_ISREG(mode):
        return attrs.evolve(link, problem=Problem.NOT_REGULAR)
    if template:
        facts = store.proposal_facts(target, wanted, max_bytes, import_kind)
        if facts is None:
            return attrs.evolve(link, problem=Problem.NO_SUCH_PROPOSAL if wanted else Problem.SEVERAL)
    else:
        facts = store.facts(target, max_bytes)
    if facts.kind is None:
        return attrs.evolve(link, facts=facts, problem=Problem.NOT_PROPLINT)
    if facts.kind != "proposal":
        return attrs.evolve(link, facts=facts, problem=Problem.NOT_A_PROPOSAL)
    return attrs.evolve(link, facts=facts)
