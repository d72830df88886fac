"""Keep the compiled methods attrs generates for proplint's classes, as Python keeps a module's bytecode.

attrs writes the source of each class's ``__init__``, ``__eq__``, ``__repr__``
… and compiles it when the class is created; for the ~40 classes one check
creates that compiling is about a fifth of the run. :func:`install` lets attrs
take the code object from a cache in the user's cache directory instead. A
cached entry is used only when its source is exactly the source attrs wrote
now for the same class, under the same Python, so it cannot go stale: the code
evaluated is what ``compile`` would return. Only classes of proplint's own
modules are kept; an attrs version whose internals differ is simply not
sped up.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from collections.abc import Mapping
from types import CodeType
from typing import Any

from attr import _make

from proplint.cache import cache_directory, keep

_FORMAT = 1
_OWN = " proplint."
"""attrs names generated code ``<attrs generated methods MODULE.CLASS>``: ours are those of a ``proplint.`` module."""

Entries = dict[str, tuple[str, CodeType]]
"""Generated source and its code by attrs' name for it; one mapping per module, kept in a file of its own."""

_kept: dict[str, Entries] = {}
_new: dict[str, Entries] = {}
_installed = False


def cache_file(module: str) -> str | None:
    """The cache file of one module's classes for this Python; ``None`` without a home directory to keep it in.

    One file per module, so a run reads the code of the classes it creates, not of every class proplint has.
    """
    directory = cache_directory()
    if directory is None:
        return None
    return os.path.join(directory, f"attrs-{_FORMAT}-{sys.implementation.cache_tag}-{marshal.version}-{module}.marshal")


def install() -> None:
    """Route attrs' compiling of proplint's generated methods through the cache (once; a no-op on other attrs internals)."""
    global _installed
    if _installed:
        return
    _installed = True
    original = getattr(_make, "_compile_and_eval", None)
    if original is None or original.__code__.co_varnames[:4] != ("script", "globs", "locs", "filename"):
        return

    def compile_and_eval(script: str, globs: dict[str, Any] | None, locs: Mapping[str, object] | None = None, filename: str = "") -> None:
        if _OWN not in filename:
            original(script, globs, locs, filename)
            return
        eval(_code(script, filename), globs, locs)  # noqa: S307 - what attrs does with the code it compiles

    _make._compile_and_eval = compile_and_eval


def _code(script: str, filename: str) -> CodeType:
    """The code of this generated source: kept, or compiled now and kept for the next run."""
    type_hash = _type_hash(filename)
    written = f" {type_hash},\n"
    if str(_STAND_IN) in script or script.count(written) > 1:
        return compile(script, filename, "exec")  # not the shape this module knows: nothing to keep
    general = script.replace(written, f" {_STAND_IN},\n")
    module = filename[:-1].rpartition(" ")[2].rpartition(".")[0]  # "<attrs generated methods MODULE.CLASS>"
    kept = (_kept[module] if module in _kept else _load(module)).get(filename)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == general and isinstance(kept[1], CodeType):
        code = kept[1]
    else:
        code = compile(general, filename, "exec")
        if not _new:
            atexit.register(_store)
        _new.setdefault(module, {})[filename] = (general, code)
    return _with_type_hash(code, type_hash) if general != script else code


_STAND_IN = 0x5EED_0F_A77C5
"""Written in a kept ``__hash__`` in place of the class's hash salt, which attrs derives from ``hash(str)`` and so differs in every process."""


def _type_hash(filename: str) -> int:
    """The salt attrs puts first in the tuple a class's ``__hash__`` hashes (``attr._make._make_hash_script``)."""
    return hash(filename.replace("<attrs generated methods ", "<attrs generated hash ", 1))


def _with_type_hash(code: CodeType, type_hash: int) -> CodeType:
    """The code with this process's hash salt in place of the stand-in, in the nested functions too."""
    constants = tuple(
        _with_type_hash(constant, type_hash) if isinstance(constant, CodeType)
        else type_hash if type(constant) is int and constant == _STAND_IN
        else constant
        for constant in code.co_consts
    )
    return code.replace(co_consts=constants)


def _load(module: str) -> Entries:
    """The kept code of a module's classes (read once): nothing when absent, unreadable or of another Python."""
    _kept[module] = {}
    path = cache_file(module)
    if path is None:
        return _kept[module]
    try:
        with open(path, "rb") as stream:
            version, entries = marshal.load(stream)
    except (OSError, EOFError, ValueError, TypeError):
        return _kept[module]
    if version == sys.version and isinstance(entries, dict):
        _kept[module] = entries
    return _kept[module]


def _store() -> None:
    """Write each module's kept and newly compiled code atomically; a cache that cannot be written is no error."""
    for module, new in _new.items():
        path = cache_file(module)
        if path is not None:
            _write(path, {**_kept.get(module, {}), **new})


def _write(path: str, entries: Entries) -> None:
    try:
        payload = marshal.dumps((sys.version, entries))
    except ValueError:
        return  # not code marshal can hold: compile it again next time
    keep(path, payload)
