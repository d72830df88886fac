"""Glob patterns for ``exclude`` and ``per-file-ignores``, relative to their configuration.

``*`` stays within a directory, ``**`` crosses directories, and a pattern
without ``/`` matches a file or directory name at any depth (as in
``.gitignore``), so ``archive`` excludes every ``archive`` folder.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path, PurePosixPath


@lru_cache(maxsize=512)
def _compile(pattern: str) -> re.Pattern[str]:
    anchored = "/" in pattern.rstrip("/")
    text = pattern.strip("/") if anchored else pattern.rstrip("/")
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if text.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
            continue
        if text.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and "]" in text[index + 1 :]:
            end = text.index("]", index + 1)
            body = text[index + 1 : end].replace("\\", "\\\\")
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            index = end
        else:
            out.append(re.escape(char))
        index += 1
    body = "".join(out)
    # A match of a directory covers everything below it.
    return re.compile(("" if anchored else "(?:.*/)?") + body + "(?:/.*)?\\Z")


def matches(pattern: str, path: Path, root: Path) -> bool:
    """Whether ``path`` (a file) matches ``pattern`` taken relative to ``root``."""
    try:
        relative = path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return bool(_compile(pattern).match(PurePosixPath(relative).as_posix()))
