"""Glob patterns for ``exclude`` and ``per-file-ignores``, relative to their configuration.

Patterns follow ``.gitignore`` (through pathspec, as yamllint does): ``*``
stays within a directory, ``**`` crosses directories, a pattern without
``/`` matches a file or directory name at any depth, ``build/`` matches a
directory and everything in it, and ``!`` negates. pathspec is imported only
when a configuration has patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from proplint.phrases import Phrase, PhrasedError

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec


class GlobError(PhrasedError, ValueError):
    """A pattern that cannot be compiled (a phrase); ``index`` says which of the patterns it is."""

    def __init__(self, message: str | Phrase, index: int) -> None:
        super().__init__(message)
        self.index = index


@lru_cache(maxsize=512)
def _compile(patterns: tuple[str, ...]) -> GitIgnoreSpec:
    import pathspec

    for index, pattern in enumerate(patterns):
        try:
            pathspec.GitIgnoreSpec.from_lines([pattern])
        except (ValueError, re.error) as error:
            raise GlobError(Phrase("invalid glob {pattern!r}: {problem}", pattern=pattern, problem=str(error)), index) from None
    return pathspec.GitIgnoreSpec.from_lines(patterns)


def compile_globs(patterns: Sequence[str]) -> None:
    """Compile ``patterns`` now (when the configuration loads), so a malformed one is a configuration error.

    Raises :class:`GlobError`.
    """
    if patterns:
        _compile(tuple(patterns))


def matches_any(patterns: Sequence[str], path: Path, root: Path) -> bool:
    """Whether ``path`` is matched by ``patterns`` (read as the lines of a ``.gitignore`` in ``root``).

    A later pattern wins over an earlier one, so ``["drafts/", "!drafts/keep.yaml"]``
    matches every draft but one. A pattern list of only negations matches the
    files that none of them names.
    """
    if not patterns:
        return False
    try:
        relative = PurePosixPath(path.resolve().relative_to(root.resolve())).as_posix()
    except (ValueError, OSError):
        return False
    if all(pattern.startswith("!") for pattern in patterns):
        return not _compile(tuple(pattern[1:] for pattern in patterns)).match_file(relative)
    return bool(_compile(tuple(patterns)).match_file(relative))


def matches(pattern: str, path: Path, root: Path) -> bool:
    """Whether ``path`` (a file) matches ``pattern`` taken relative to ``root``."""
    return matches_any((pattern,), path, root)
