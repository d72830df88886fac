"""Writing a report, a baseline or an imported proposal to a file without losing anything.

A regular file (or a new one) is replaced atomically: readers see the old
file or the whole new one, never half, and it keeps its permissions. Anything
else that exists — a FIFO, a terminal, ``/dev/null``, ``/dev/stdout`` — is
written into, as a shell's ``>`` would, never swapped for a regular file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

_LINK_HOPS = 40
_DESCRIPTORS = ("/proc/", "/dev/fd/")


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``: replace a regular file atomically, write into anything else.

    Raises ``OSError`` (with nothing left behind) when it cannot be written.
    """
    data = text.encode("utf-8")
    try:
        found = os.stat(path)
    except FileNotFoundError:
        found = None  # a new file (or a link to a file not there yet): created atomically
    if found is not None and (not stat.S_ISREG(found.st_mode) or _open_descriptor(path)):
        _write_into(path, data)
        return
    _replace(Path(os.path.realpath(path)), data, found)


def _open_descriptor(path: Path) -> bool:
    """Whether ``path`` leads through links to an open descriptor (``/dev/stdout`` → ``/proc/self/fd/1``).

    Such a file is someone's open output (``> log``, ``>> log``): replacing its
    name would leave the writer on an orphan, so it is written into instead.
    """
    current = os.path.abspath(path)
    for _hop in range(_LINK_HOPS):
        if current.startswith(_DESCRIPTORS):
            return True
        try:
            target = os.readlink(current)
        except OSError:
            return False  # not a link
        current = os.path.normpath(os.path.join(os.path.dirname(current), target))
    return False


def _write_into(path: Path, data: bytes) -> None:
    """Write into an existing FIFO, device or open descriptor: appended, so ``>> log`` keeps what came before."""
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)


def _replace(path: Path, data: bytes, found: os.stat_result | None) -> None:
    """Write a temporary file beside ``path``, give it ``path``'s mode (and owner, where allowed), rename it over."""
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if found is None:
            os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a new file is an ordinary file
        else:
            _keep_owner(temporary, found)
            os.chmod(temporary, stat.S_IMODE(found.st_mode))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _keep_owner(temporary: str, found: os.stat_result) -> None:
    """Give the new file the old one's owner and group where the user may (root, or a group they belong to)."""
    if not hasattr(os, "chown") or (found.st_uid, found.st_gid) == (os.getuid(), os.getgid()):
        return
    try:
        os.chown(temporary, found.st_uid, found.st_gid)
    except OSError:
        try:
            os.chown(temporary, -1, found.st_gid)
        except OSError:
            pass  # the file becomes the writer's, as any editor's save would make it


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
