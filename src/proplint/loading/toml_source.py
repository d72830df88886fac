"""TOML: parsed by ``tomllib``; positions found by a line scan, as near as TOML allows.

TOML spreads one table over headers, dotted keys and inline tables, so the
locator finds the header of the deepest table on the path, then the key
lines under it, then keys inside an inline table on that line.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument, StartLocator
from proplint.paths import Path
from proplint.loading.parser_messages import reader_phrase
from proplint.phrases import Phrase

_HEADER = re.compile(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_LINE_COLUMN = re.compile(r"at line (\d+), column (\d+)")


def load_toml(file: str, text: str) -> LoadedDocument:
    """Read TOML text; floats become ``Decimal`` from their text."""
    import tomllib

    try:
        data: Any = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _LINE_COLUMN.search(message)
        if match:
            line, column = int(match.group(1)), int(match.group(2))
        else:  # "(at end of document)"
            lines = text.splitlines() or [""]
            line, column = len(lines), len(lines[-1]) + 1
        problem = _LINE_COLUMN.sub("", message).replace("(at end of document)", "").strip(" ()") or "invalid TOML"
        detail = reader_phrase(problem) if match else Phrase("{problem} at the end of the file", problem=reader_phrase(problem))
        return LoadedDocument(file=file, data=None, locator=StartLocator(line, column), hits=[Hit("D001", (), {"detail": detail})])
    except ValueError as error:  # tomllib's own int() of an integer past Python's 4,300-digit limit
        return LoadedDocument(
            file=file, data=None, locator=StartLocator(), hits=[Hit("D001", (), {"detail": Phrase("invalid value ({problem})", problem=str(error)[:80])})]
        )
    except RecursionError:
        return LoadedDocument(
            file=file, data=None, locator=StartLocator(), hits=[Hit("D001", (), {"detail": Phrase("the document nests too deeply")})]
        )
    return LoadedDocument(file=file, data=data, locator=TomlLocator(text))


def _string_end(text: str, start: int) -> int | None:
    """The end of the TOML string starting at ``start``: its closing quotes, or the line's end."""
    for quotes in ('"""', "'''"):
        if text.startswith(quotes, start):
            end = text.find(quotes, start + 3)
            return end + 3 if end >= 0 else None
    if text.startswith(('"', "'"), start):
        end = text.find("\n", start)
        return end if end >= 0 else len(text)
    return None


def _key_pattern(key: str) -> re.Pattern[str]:
    escaped = re.escape(key)
    return re.compile(rf"""(?:^|[\s{{,.])(?:{escaped}|"{escaped}"|'{escaped}')\s*=\s*""")


class TomlLocator:
    """Approximate positions: the right line always when the key is written out."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines()

    def span(self, path: Path) -> tuple[int, int] | None:
        """Where the string at ``path`` is written, as near as the key's line allows."""
        from proplint.loading.document import offset_of

        line, column = self.locate(path)
        start = offset_of(self.text, line - 1, column - 1)
        end = _string_end(self.text, start)
        return (start, end) if end is not None else None

    def locate(self, path: Path, key: bool = False) -> tuple[int, int]:
        keys = [str(part) for part in path if isinstance(part, str)]
        start, depth = self._table_start(path)
        end = self._table_end(start)
        line_index, column = (max(start, 0), 0)
        remaining = keys[depth:]
        search_from = start + 1 if start >= 0 else 0
        for name in remaining:
            pattern = _key_pattern(name)
            for index in range(search_from, end):
                match = pattern.search(self.lines[index], column if index == line_index else 0)
                if match:
                    line_index, column = index, (match.start() + (match.group()[0] in " \t{,.") if key else match.end())
                    search_from = index
                    break
            else:
                break
        return (line_index + 1, column + 1)

    def _table_start(self, path: Path) -> tuple[int, int]:
        """The header line of the deepest table named by the path, and how many keys it covers."""
        best, best_depth = -1, 0
        dotted: list[str] = []
        counts: dict[str, int] = {}
        wanted_index: dict[int, int] = {}
        for position, part in enumerate(path):
            if isinstance(part, int):
                wanted_index[len(dotted)] = part
            else:
                dotted.append(part)
        for index, line in enumerate(self.lines):
            match = _HEADER.match(line)
            if not match:
                continue
            name = [piece.strip().strip("\"'") for piece in match.group(1).split(".")]
            joined = ".".join(name)
            counts[joined] = counts.get(joined, -1) + 1
            if name == dotted[: len(name)] and len(name) >= best_depth:
                expected = wanted_index.get(len(name))
                if line.lstrip().startswith("[[") and expected is not None and counts[joined] != expected:
                    continue
                best, best_depth = index, len(name)
        return best, best_depth

    def _table_end(self, start: int) -> int:
        for index in range(start + 1, len(self.lines)):
            if _HEADER.match(self.lines[index]):
                return index
        return len(self.lines)
