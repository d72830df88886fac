"""Empty fields: what F402, K701, K702, T801 and T802 report, one finding per empty field."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from proplint.checks.context import CheckContext
from proplint.findings import Hit
from proplint.paths import Path


def empty(value: Any) -> bool:
    """Absent, or text with nothing but spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def empty_fields(context: CheckContext, path: Path, record: Any, fields: Iterable[str], **args: Any) -> Iterator[Hit]:
    """A hit at ``path + (field,)`` for each of ``fields`` that is empty in ``record``, naming the field."""
    for field in fields:
        if empty(getattr(record, field)):
            yield context.hit(path + (field,), field=field, **args)
