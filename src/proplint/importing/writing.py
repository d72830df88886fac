"""Imported proposals written as format v1 text: YAML, JSON or TOML, byte for byte the same each time.

YAML and TOML files start with a comment naming their source. JSON has no
comments, so a JSON file carries none (the import summary names the source);
adding a key for it would be an unknown key (D004) to every later check.
Numbers are written from their ``Decimal`` text, never through a float, and a
text YAML would read as something else (``yes``, ``2027``, ``+.5``) is quoted.
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal
from typing import Any

SUFFIXES = {"yaml": ".yaml", "json": ".json", "toml": ".toml"}


def comment(source: str, identifier: str) -> str:
    """The first line of a written file."""
    name = " ".join(source.split())
    return f"# Imported by proplint from {name} ({identifier}); format v1.\n"


def write(data: dict[str, Any], syntax: str, source: str) -> str:
    if syntax == "json":
        return serialise(data, syntax)
    return comment(source, str(data.get("id", ""))) + serialise(data, syntax)


def serialise(data: dict[str, Any], syntax: str) -> str:
    """The document's text in ``yaml``, ``json`` or ``toml``, without the comment naming a source."""
    if syntax == "json":
        return _json(data, 0) + "\n"
    if syntax == "toml":
        return _toml(data)
    return _yaml(data)


# --- YAML ---------------------------------------------------------------------


def _yaml(data: dict[str, Any]) -> str:
    import yaml

    from proplint.loading.scalars import resolve_plain

    class Dumper(yaml.SafeDumper):  # type: ignore[misc]
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
        if "\n" in value:
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
        style = "'" if value and resolve_plain(value) != value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    def number(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
        return dumper.represent_scalar("tag:yaml.org,2002:float", format(value, "f"))

    def mapping(dumper: yaml.SafeDumper, value: dict[Any, Any]) -> yaml.MappingNode:
        flow = bool(value) and all(isinstance(key, int) for key in value)  # amounts by year on one line
        return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=flow)

    def sequence(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
        flow = bool(value) and all(isinstance(item, int) and not isinstance(item, bool) for item in value)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)

    Dumper.add_representer(str, text)
    Dumper.add_representer(Decimal, number)
    Dumper.add_representer(dict, mapping)
    Dumper.add_representer(list, sequence)
    result: str = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    return result


# --- JSON ---------------------------------------------------------------------


def _scalar_json(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime.date):
        return json.dumps(value.isoformat())
    return json.dumps(str(value), ensure_ascii=False)


def _json(value: Any, depth: int) -> str:
    indent, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(str(key), ensure_ascii=False)}: {_json(item, depth + 1)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(f"{inner}{_json(item, depth + 1)}" for item in value) + f"\n{indent}]"
    return _scalar_json(value)


# --- TOML ---------------------------------------------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")


def _key(key: Any) -> str:
    text = str(key)
    return text if _BARE_KEY.match(text) else json.dumps(text, ensure_ascii=False)


def _toml_value(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(key)} = {_toml_value(item)}" for key, item in value.items() if item is not None) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return _scalar_json(value)


def _is_table(value: Any) -> bool:
    return isinstance(value, dict) and not all(isinstance(key, int) for key in value)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _toml(data: dict[str, Any], prefix: str = "") -> str:
    lines: list[str] = []
    later: list[str] = []
    for key, value in data.items():
        if value is None:
            continue
        name = f"{prefix}.{_key(key)}" if prefix else _key(key)
        if _is_table(value) and value:
            later.append(f"\n[{name}]\n" + _toml(value, name))
        elif _is_table_array(value):
            later.extend(f"\n[[{name}]]\n" + _toml(item, name) for item in value)
        else:
            lines.append(f"{_key(key)} = {_toml_value(value)}\n")
    return "".join(lines) + "".join(later)
