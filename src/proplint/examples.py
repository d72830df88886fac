"""Example documents written as a change to a named clean document: rule pages and rule tests read the same data.

A change (``set``, ``delete``, ``append``) names its places by document path,
the path a finding reports (``$.economy.permanent.total.2027``), so an example
says in one line what its rule is about and is still a complete document that
proplint can check. The clean documents ship beside the rulesets
(``rules/bases/NAME.yaml``), written the way ``proplint import`` writes YAML,
so a line of a base is the line of the same node after a ``set``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from proplint.ruleset import shipped_directory

CHANGES = ("set", "append", "delete")
"""The kinds of change, in the order they are applied (a delete after the others, so indices name the document as given)."""

_STEP = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")


def base_names() -> list[str]:
    return sorted(path.stem for path in (shipped_directory() / "bases").glob("*.yaml"))


@cache
def _base(name: str) -> dict[str, Any]:
    from proplint.loading import load_text

    path = shipped_directory() / "bases" / f"{name}.yaml"
    if not path.is_file():
        raise ValueError(f"no clean document named {name!r} (known: {', '.join(base_names())})")
    data = load_text(path.read_text(encoding="utf-8"), file=str(path)).data
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a mapping")
    return data


def base(name: str) -> dict[str, Any]:
    """A fresh copy of the clean document ``name``."""
    return copy.deepcopy(_base(name))


def steps(path: str) -> list[str | int]:
    """``$.economy.tables[0].total.2027`` as keys and indices: ``['economy', 'tables', 0, 'total', '2027']``."""
    if not path.startswith("$"):
        raise ValueError(f"a document path starts with '$': {path!r}")
    found = [(key, index) for key, index in _STEP.findall(path[1:])]
    if "".join(f".{key}" if key else f"[{index}]" for key, index in found) != path[1:]:
        raise ValueError(f"not a document path: {path!r}")
    return [key if key else int(index) for key, index in found]


def _key(container: dict[Any, Any], step: str | int) -> Any:
    """The key a path step names: years are integer keys in the loaded data."""
    if isinstance(step, str) and step.isdigit() and (int(step) in container or step not in container):
        return int(step)
    return step


def _value(value: Any) -> Any:
    """Plain YAML floats as the ``Decimal`` they are written as; amounts are never floats."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {key: _value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_value(item) for item in value]
    return value


def _parent(data: dict[str, Any], path: str) -> tuple[Any, Any]:
    *head, last = steps(path)
    node: Any = data
    for step in head:
        node = node[_key(node, step) if isinstance(node, dict) else step]
    return node, (_key(node, last) if isinstance(node, dict) else last)


def apply(data: dict[str, Any], change: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with a change applied: ``set`` {path: value}, ``append`` {path: item}, ``delete`` [path]."""
    unknown = set(change) - set(CHANGES) - {"base"}
    if unknown:
        raise ValueError(f"unknown change {', '.join(sorted(unknown))} (known: {', '.join(CHANGES)})")
    for path, value in (change.get("set") or {}).items():
        parent, key = _parent(data, path)
        parent[key] = _value(value)
    for path, item in (change.get("append") or {}).items():
        parent, key = _parent(data, path)
        parent[key].append(_value(item))
    for path in sorted(change.get("delete") or (), key=steps, reverse=True):  # later list items first
        parent, key = _parent(data, path)
        del parent[key]
    return data


def document(example: Mapping[str, Any]) -> dict[str, Any]:
    """The complete document an example describes: its base with its change."""
    return apply(base(str(example["base"])), example)


def render(data: dict[str, Any], syntax: str = "yaml") -> str:
    """A document as text in ``yaml``, ``json`` or ``toml``, written the way ``proplint import`` writes it."""
    from proplint.importing.writing import serialise

    return serialise(data, syntax)


def describe(example: Mapping[str, Any]) -> list[str]:
    """The change of an example as a rule page lists it, one Markdown item per place, values in YAML."""
    import yaml

    def shown(value: Any) -> str:
        text: str = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000)
        return text.removesuffix("\n").removesuffix("\n...").strip()

    lines = [f"- `{path}`: `{shown(value)}`" for path, value in (example.get("set") or {}).items()]
    lines += [f"- `{path}` += `{shown(item)}`" for path, item in (example.get("append") or {}).items()]
    lines += [f"- `{path}` deleted" for path in example.get("delete") or ()]
    return lines
