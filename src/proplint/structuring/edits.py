"""Changes to loaded data made on copies, so the loaded document keeps what the user wrote.

Structuring rewrites amounts written as lists and removes rejected values
before it builds the model. Each container on the path of a change is copied
once (a shallow copy); everything else stays shared with the loaded data, so
a document without such changes costs nothing and one with a few costs a
few small copies.
"""

from __future__ import annotations

from typing import Any

from proplint.paths import Path

_MISSING: Any = object()


class Edits:
    """The data structuring works on: ``data`` is the loaded data until the first change, then a partial copy of it."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self._copies: dict[int, Any] = {}
        """The containers copied here, by identity (kept, so that no identity is reused while they live)."""

    @property
    def changed(self) -> bool:
        return bool(self._copies)

    def set(self, path: Path, key: Any, value: Any) -> None:
        """Set ``key`` of the container at ``path`` (an existing key, as the data spells it) to ``value``."""
        container = self._container(path)
        if container is not None:
            container[key] = value

    def remove(self, path: Path) -> bool:
        """Remove the value at ``path``; ``False`` when there is none (or ``path`` is the whole document)."""
        if not path:
            return False
        parent = self._container(path[:-1])
        if parent is None:
            return False
        last = path[-1]
        if isinstance(parent, list):
            if isinstance(last, int) and 0 <= last < len(parent):
                del parent[last]
                return True
            return False
        for key in parent:
            if key == last or str(key) == str(last):
                del parent[key]
                return True
        return False

    def _own(self, container: Any) -> Any:
        if id(container) in self._copies:
            return container
        copy = dict(container) if isinstance(container, dict) else list(container)
        self._copies[id(copy)] = copy
        return copy

    def _container(self, path: Path) -> Any:
        """The container at ``path``, itself and its parents copied unless they are copies already; ``None`` if there is none."""
        if not isinstance(self.data, dict | list):
            return None
        node = self.data = self._own(self.data)
        for component in path:
            key = _key(node, component)
            if key is _MISSING:
                return None
            value = node[key]
            if not isinstance(value, dict | list):
                return None
            if id(value) not in self._copies:
                value = node[key] = self._own(value)
            node = value
        return node


def _key(container: Any, component: str | int) -> Any:
    """The key or index of ``component`` in ``container`` (a year matches as text or number), else ``_MISSING``."""
    if isinstance(container, list):
        return component if isinstance(component, int) and 0 <= component < len(container) else _MISSING
    if component in container:
        return component
    for key in container:
        if str(key) == str(component):
            return key
    return _MISSING
