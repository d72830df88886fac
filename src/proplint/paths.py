"""Document paths: where in a document a value sits, as in ``$.economy.years[2]``.

A path is a tuple of components: ``str`` for a mapping key (years too, as
``"2025"``), ``int`` for a list index. Reports print it JSONPath-style.
"""

from __future__ import annotations

from typing import Any, TypeAlias

Path: TypeAlias = tuple[str | int, ...]


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


def child(container: Any, component: str | int) -> Any:
    """The value one path component below ``container``, or ``None``; year keys match as text or number."""
    if isinstance(container, list) and isinstance(component, int):
        return container[component] if 0 <= component < len(container) else None
    if isinstance(container, dict):
        if component in container:
            return container[component]
        for key, value in container.items():
            if str(key) == str(component):
                return value
    return None


def value_at(data: Any, path: Path) -> Any:
    """The value at ``path`` in plain data, or ``None`` where the path leads nowhere."""
    for component in path:
        data = child(data, component)
        if data is None:
            return None
    return data
