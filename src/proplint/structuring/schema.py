"""What cattrs does not report: unknown keys (D004) and required keys (D002).

The model's fields say which keys exist, which the format requires and which
a rule requires (the parts: follow-up, risk, consultation); this walk reads
them from the attrs classes, so the format is declared once. A near-miss of
an absent required key is a D004 one level graver than the rule's severity
(an error by default): what the misspelt key holds is never checked.
"""

from __future__ import annotations

import types
from functools import cache
from typing import Any, Union, get_args, get_origin

import attrs

from proplint.findings import Hit
from proplint.paths import Path
from proplint.phrases import Phrase
from proplint.structuring.values import suggest


@attrs.frozen
class _FieldShape:
    required: bool
    needed: bool
    """Required by the format, or by a rule (a part: C601, F401, R501)."""
    child: type | None
    many: bool


@cache
def _shape(cls: type) -> dict[str, _FieldShape]:
    attrs.resolve_types(cls)
    shapes: dict[str, _FieldShape] = {}
    for field in attrs.fields(cls):
        target, many = _unwrap(field.type)
        child = target if isinstance(target, type) and attrs.has(target) else None
        required = bool(field.metadata.get("required"))
        shapes[field.name] = _FieldShape(required, required or bool(field.metadata.get("part")), child, many)
    return shapes


@cache
def _checked(cls: type) -> list[tuple[str, _FieldShape]]:
    """The fields whose absence is a finding or whose value has keys of its own: the others need no look."""
    return [(name, shape) for name, shape in _shape(cls).items() if shape.required or shape.child is not None]


def _unwrap(type_: Any) -> tuple[Any, bool]:
    """``list[Row] | None`` → ``(Row, True)``; ``Risk | None`` → ``(Risk, False)``."""
    if get_origin(type_) in (Union, types.UnionType):
        type_ = next(arg for arg in get_args(type_) if arg is not type(None))
    if get_origin(type_) is list:
        return get_args(type_)[0], True
    return type_, False


def check_keys(data: dict[Any, Any], cls: type, path: Path, hits: list[Hit]) -> None:
    """Report keys the format does not know and required keys that are absent."""
    shapes = _shape(cls)
    misspelt: dict[str, str] = {}
    for key in data:
        if key not in shapes and str(key) not in shapes:
            suggestion = suggest(str(key), list(shapes))
            args: dict[str, object] = {"key": str(key)}
            if suggestion:
                args["suggestion"] = suggestion
            graver = suggestion is not None and shapes[suggestion].needed
            if suggestion is not None and graver and suggestion not in misspelt and data.get(suggestion) is None:
                misspelt[suggestion] = str(key)
            else:
                graver = False
            hits.append(Hit("D004", path + (str(key),), args, step=1 if graver else 0))
    for name, shape in _checked(cls):
        value = data.get(name)
        if value is None:
            if name in misspelt:
                continue  # one mistake, one finding: the near-miss (D004) says it
            if shape.required:
                hits.append(Hit("D002", path + (name,), {"detail": Phrase("the required key {name!r} is missing", name=name)}))
            continue
        if shape.child is None:
            continue
        if shape.many and isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    check_keys(item, shape.child, path + (name, index), hits)
        elif isinstance(value, dict):
            check_keys(value, shape.child, path + (name,), hits)
