"""A JSON Schema (draft 2020-12) of format v1, generated from the attrs model so it cannot drift.

It accepts what the loader accepts: the Danish and any-case spellings of
every vocabulary word, ``ja``/``nej`` (and a YAML 1.1 reader's booleans)
for yes/no, year keys written as text (JSON, TOML, and YAML seen by an
editor), amounts as mappings by year or as lists aligned with ``years``,
numbers where text is expected. Descriptions come from the model's class and
attribute docstrings, for editor tooltips.
"""

from __future__ import annotations

import ast
import datetime
import inspect
import re
import textwrap
import types
from decimal import Decimal
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from proplint.model.enums import DocumentKind, Vocabulary

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://github.com/proplint/proplint/blob/main/schemas/{kind}.schema.json"

_AMOUNTS = "amounts"
_YES_NO = r"^\s*(?:[jJ][aA]|[nN][eE][jJ])\s*$"


def document_kinds() -> list[str]:
    """The document kinds this version has a model for."""
    return [kind.value for kind in DocumentKind]


def json_schema(kind: str = "proposal") -> dict[str, Any]:
    """The schema of one document kind (a value of :func:`document_kinds`)."""
    from proplint.model import model_class
    from proplint.structuring import SUPPORTED_FORMAT

    model = model_class(DocumentKind(kind))
    builder = _Builder()
    root = builder.object_schema(model)
    properties = root["properties"]
    properties["format"] = {"const": SUPPORTED_FORMAT, "description": properties["format"].get("description", "")}
    document = _vocabulary_branches([kind], _aliases_of(kind))
    properties["document"] = {"description": properties["document"].get("description", ""), "anyOf": document}
    if kind != DocumentKind.PROPOSAL.value:
        root["required"] = ["format", "document", *(name for name in root.get("required", []) if name != "format")]
    return {
        "$schema": DIALECT,
        "$id": SCHEMA_ID.format(kind=kind),
        "title": f"proplint {kind} (format {SUPPORTED_FORMAT})",
        **root,
        "$defs": dict(sorted(builder.definitions.items())),
    }


def _aliases_of(kind: str) -> list[str]:
    return [alias for alias, value in DocumentKind.aliases().items() if value == kind]


class _Builder:
    """Builds schemas for types, collecting each class and vocabulary once under ``$defs``."""

    def __init__(self) -> None:
        self.definitions: dict[str, Any] = {}

    def object_schema(self, cls: type) -> dict[str, Any]:
        hints = get_type_hints(cls)
        descriptions = _attribute_docs(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            schema = self.type_schema(hints[field.name], nullable=not _required(field))
            if field.name in descriptions:
                schema = {"description": descriptions[field.name], **schema}
            properties[field.name] = schema
            if _required(field):
                required.append(field.name)
        result: dict[str, Any] = {
            "description": _class_doc(cls),
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            result["required"] = required
        return result

    def type_schema(self, type_: Any, nullable: bool = False) -> dict[str, Any]:
        if get_origin(type_) in (Union, types.UnionType):
            inner = [argument for argument in get_args(type_) if argument is not type(None)]
            (only,) = inner
            schema = self.type_schema(only)
            return {"anyOf": [schema, {"type": "null"}]} if nullable else schema
        if _is_amounts(type_):
            return self._reference(_AMOUNTS, self._amounts)
        if get_origin(type_) is list:
            return {"type": "array", "items": self.type_schema(get_args(type_)[0])}
        if get_origin(type_) is dict:
            key, value = get_args(type_)
            return {"type": "object", "additionalProperties": self.type_schema(value)}
        if isinstance(type_, type) and attrs.has(type_):
            return self._reference(type_.__name__, lambda: self.object_schema(type_))
        if isinstance(type_, type) and issubclass(type_, Vocabulary):
            return self._reference(type_.__name__, lambda: _vocabulary(type_))
        return dict(_SCALARS[type_])

    def _reference(self, name: str, build: Any) -> dict[str, Any]:
        if name not in self.definitions:
            self.definitions[name] = {}  # reserved first: a class may refer to itself
            self.definitions[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def _amounts(self) -> dict[str, Any]:
        amount = {"anyOf": [{"type": "number"}, {"type": "null"}], "description": "An amount; empty (null) for an empty cell."}
        return {
            "description": "Amounts by year ({2026: -100, 2027: -200}), or a list with one amount per year column.",
            "anyOf": [
                {"type": "object", "propertyNames": {"pattern": "^[0-9]{4}$"}, "additionalProperties": amount},
                {"type": "array", "items": amount},
            ],
        }


_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": ["string", "number"]},
    int: {"type": "integer"},
    Decimal: {"type": "number"},
    bool: {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": _YES_NO}]},
    datetime.date: {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"},
}


def _required(field: attrs.Attribute[Any]) -> bool:
    return bool(field.metadata.get("required") or field.metadata.get("part"))


def _is_amounts(type_: Any) -> bool:
    return get_origin(type_) is dict and get_args(type_)[0] is int and get_args(type_)[1] == (Decimal | None)


def _vocabulary(cls: type[Vocabulary]) -> dict[str, Any]:
    words = [member.value for member in cls]
    branches = _vocabulary_branches(words, list(cls.aliases()))
    if {"yes", "no"} <= set(words):
        branches.append({"type": "boolean", "description": "A YAML 1.1 reader's yes or no."})
    return {"description": _class_doc(cls) or f"One of: {', '.join(words)}.", "anyOf": branches}


def _vocabulary_branches(words: list[str], aliases: list[str]) -> list[dict[str, Any]]:
    """An ``enum`` of the spellings for completion, and a pattern that accepts them in any case and spacing."""
    spellings = list(dict.fromkeys([*words, *(word.replace("_", " ") for word in words), *aliases]))
    alternatives = "|".join(_any_case(spelling) for spelling in sorted(spellings, key=len, reverse=True))
    return [{"enum": spellings}, {"type": "string", "pattern": rf"^\s*(?:{alternatives})\s*$"}]


def _any_case(word: str) -> str:
    parts = []
    for character in word.lower():
        if character.isspace():
            parts.append(r"\s+")
        elif character.upper() != character:
            parts.append(f"[{character}{character.upper()}]")
        else:
            parts.append(re.escape(character))
    return "".join(parts)


def _class_doc(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    if cls.__doc__ is None or doc == inspect.getdoc(object):
        return ""
    return doc.split("\n\n")[0].replace("\n", " ")


@cache
def _attribute_docs(cls: type) -> dict[str, str]:
    """The docstrings written under a class's fields (the convention Sphinx reads)."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for statement, following in zip(body, body[1:]):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.target.id] = " ".join(following.value.value.split())
    return docs
