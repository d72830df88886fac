"""JSON: parsed by the standard library, located by a lazy scan of the text."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument, StartLocator
from proplint.paths import Path
from proplint.loading.parser_messages import reader_phrase
from proplint.phrases import Phrase

_WHITESPACE = re.compile(r"[ \t\n\r]*")


class _NotANumber(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.phrase = Phrase("{name} is not a JSON number", name=name)


def _reject_constant(name: str) -> Any:
    raise _NotANumber(name)


def _decimal(text: str) -> Decimal:
    """A JSON number with a fraction or exponent; one whose exponent has too many digits to read is a ``ValueError``."""
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(text[:20]) from None


def load_json(file: str, text: str) -> LoadedDocument:
    """Read JSON text; numbers with a fraction become ``Decimal`` from their text."""
    try:
        data = json.loads(text, parse_float=_decimal, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        return LoadedDocument(
            file=file, data=None, locator=StartLocator(error.lineno, error.colno), hits=[Hit("D001", (), {"detail": reader_phrase(error.msg)})]
        )
    except (ValueError, RecursionError) as error:
        detail = error.phrase if isinstance(error, _NotANumber) else Phrase("the document nests too deeply")
        where = (1, 1)
        if not isinstance(error, _NotANumber | RecursionError):
            from proplint.loading.document import long_number_at

            detail = Phrase("a number has too many digits to be read")  # the interpreter's digit limit
            where = long_number_at(text)
        return LoadedDocument(file=file, data=None, locator=StartLocator(*where), hits=[Hit("D001", (), {"detail": detail})])
    locator = JsonLocator(text)
    return LoadedDocument(file=file, data=data, locator=locator)


class JsonLocator:
    """Walks the text along a path, skipping sibling values with the decoder."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._decoder = json.JSONDecoder()
        self._containers: dict[int, dict[str, tuple[int, int]] | list[int]] = {}

    def locate(self, path: Path, key: bool = False) -> tuple[int, int]:
        from proplint.loading.document import position_of

        return position_of(self.text, self._offset(path, key))

    def span(self, path: Path) -> tuple[int, int] | None:
        """Where the string at ``path`` is written, from its opening to its closing quote."""
        start = self._offset(path, False)
        if not self.text.startswith('"', start):
            return None
        try:
            return start, scanstring(self.text, start + 1)[1]
        except ValueError:
            return None

    def _skip(self, pos: int) -> int:
        return _WHITESPACE.match(self.text, pos).end()  # type: ignore[union-attr]

    def _offset(self, path: Path, key: bool) -> int:
        text = self.text
        pos = self._skip(0)
        best = pos
        try:
            for component in path:
                found = self._child(pos, component, key)
                if found is None:
                    break
                pos, best = found
        except (ValueError, IndexError):
            pass
        return min(best, len(text))

    def _child(self, pos: int, component: str | int, key: bool) -> tuple[int, int] | None:
        """The value offset of ``component`` in the container at ``pos``, and where to report it."""
        text = self.text
        if text.startswith("{", pos):
            members = self._members(pos)
            found = members.get(str(component)) if isinstance(members, dict) else None
            if found is None:
                return None
            key_pos, value_pos = found
            return value_pos, (key_pos if key or text[value_pos] in "[{" else value_pos)
        if text.startswith("[", pos):
            items = self._members(pos)
            if not isinstance(component, int) or not isinstance(items, list) or not 0 <= component < len(items):
                return None
            return items[component], items[component]
        return None

    def _members(self, pos: int) -> dict[str, tuple[int, int]] | list[int]:
        """The members of the object (name: key and value offsets, the first of a repeated name) or array at ``pos``.

        Worked out once per container: skipping the siblings again for every
        path made locating many findings in a large file quadratic. A member
        that cannot be read ends the list there.
        """
        cached = self._containers.get(pos)
        if cached is not None:
            return cached
        text, start = self.text, pos
        found: dict[str, tuple[int, int]] | list[int]
        try:
            if text.startswith("{", pos):
                found = {}
                pos = self._skip(pos + 1)
                while text.startswith('"', pos):
                    name, after = scanstring(text, pos + 1)
                    key_pos = pos
                    pos = self._skip(self._skip(after) + 1)
                    found.setdefault(name, (key_pos, pos))
                    pos = self._skip(self._decoder.raw_decode(text, pos)[1])
                    pos = self._skip(pos + 1) if text.startswith(",", pos) else pos
            else:
                found = []
                pos = self._skip(pos + 1)
                while pos < len(text) and not text.startswith("]", pos):
                    found.append(pos)
                    pos = self._skip(self._decoder.raw_decode(text, pos)[1])
                    if not text.startswith(",", pos):
                        break
                    pos = self._skip(pos + 1)
        except (ValueError, IndexError):
            pass
        self._containers[start] = found
        return found
