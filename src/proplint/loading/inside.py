"""Positions inside a text value: the figure a W finding quotes, not the field that holds it.

Each syntax writes a string its own way (quotes, escapes, folded lines,
block scalars), but none of them splits or alters a run of characters
without whitespace. So the figure's first word is found in the source
between the string's start and end, counting occurrences as in the value.
Where the locator cannot give the string's span, the string's start is used.
"""

from __future__ import annotations

from proplint.loading.document import LoadedDocument
from proplint.paths import Path, value_at


def locate_inside(document: LoadedDocument, path: Path, offset: int) -> tuple[int, int] | None:
    """The line and column of character ``offset`` of the string at ``path``, else the string's own position (``None`` without lines)."""
    fallback = document.locate(path)
    value = value_at(document.data, path)
    span = getattr(document.locator, "span", None)
    source = getattr(document.locator, "text", None)
    if not isinstance(value, str) or not 0 <= offset < len(value) or span is None or not isinstance(source, str):
        return fallback
    token = value[offset:].split(None, 1)[0] if not value[offset].isspace() else ""
    if not token:
        return fallback
    found = span(path)
    if found is None:
        return fallback
    start, end = found
    occurrence = _count(value, token, offset)
    position = start - 1
    for _ in range(occurrence + 1):
        position = source.find(token, position + 1, end)
        if position < 0:
            return fallback
    from proplint.loading.document import position_of

    return position_of(source, position)


def _count(text: str, token: str, before: int) -> int:
    """How many times ``token`` starts before ``before`` (overlaps counted, as the source search counts them)."""
    count, position = 0, text.find(token)
    while 0 <= position < before:
        count += 1
        position = text.find(token, position + 1)
    return count
