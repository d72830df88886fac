"""Document paths: where in a document a value sits, as in ``$.economy.years[2]``.

A path is a tuple of components: ``str`` for a mapping key (years too, as
``"2025"``), ``int`` for a list index. Reports print it JSONPath-style.
"""

from __future__ import annotations

from typing import TypeAlias

Path: TypeAlias = tuple[str | int, ...]

ROOT: Path = ()


def format_path(path: Path) -> str:
    """``("economy", "tables", 0, "total", "2025")`` → ``$.economy.tables[0].total.2025``."""
    parts = ["$"]
    for part in path:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part.replace("_", "").replace("-", "").isalnum():
            parts.append(f".{part}")
        else:
            parts.append(f"[{part!r}]")
    return "".join(parts)
