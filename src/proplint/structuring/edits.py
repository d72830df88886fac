"""Changes to loaded data made on copies, so the loaded document keeps what the user wrote.

Structuring rewrites amounts written as lists and removes rejected values
before it builds the model. Each container on the path of a change is copied
once (a shallow copy); everything else stays shared with the loaded data, so
a document without such changes costs nothing and one with a few costs a
few small copies. A list that loses an element keeps the original index of
each element left, so a path in the data the model was made from can be
turned back into the path the user wrote.
"""

from __future__ import annotations

from typing import Any

from proplint.paths import Path, child

_MISSING: Any = object()


class Edits:
    """The data structuring works on: ``data`` is the loaded data until the first change, then a partial copy of it."""

    def __init__(self, data: Any) -> None:
        self.data = data
        self._copies: dict[int, Any] = {}
        """The containers copied here, by identity (kept, so that no identity is reused while they live)."""
        self._origins: dict[int, list[int]] = {}
        """For each copied list that lost elements, by identity: the index each element left had in the loaded data."""

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
                origins = self._origins.get(id(parent))
                if origins is None:
                    origins = self._origins[id(parent)] = list(range(len(parent)))
                del parent[last], origins[last]
                return True
            return False
        for key in parent:
            if key == last or str(key) == str(last):
                del parent[key]
                return True
        return False

    def source_path(self, path: Path) -> Path:
        """``path`` in ``data`` as it is now, as a path in the loaded data (the original indices of lists that lost elements)."""
        if not self._origins:
            return path
        node = self.data
        written: list[str | int] = []
        for component in path:
            origins = self._origins.get(id(node)) if isinstance(node, list) else None
            if origins is not None and isinstance(component, int) and 0 <= component < len(origins):
                written.append(origins[component])
            else:
                written.append(component)
            node = child(node, component)
        return tuple(written)

    def moved(self) -> dict[Path, tuple[int, ...]]:
        """The lists that lost elements, by their path in ``data``, with the index in the loaded data of each element left."""
        found: dict[Path, tuple[int, ...]] = {}
        if self._origins:
            self._moved(self.data, (), found)
        return found

    def _moved(self, node: Any, path: Path, found: dict[Path, tuple[int, ...]]) -> None:
        origins = self._origins.get(id(node))
        if origins is not None:
            found[path] = tuple(origins)
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if isinstance(value, dict | list) and id(value) in self._copies:  # only copies lead to a list that lost elements
                self._moved(value, path + (key if isinstance(key, int) and isinstance(node, list) else str(key),), found)

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
