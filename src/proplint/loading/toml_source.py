"""TOML: parsed by ``tomllib``; positions found by a line scan, as near as TOML allows.

TOML spreads one table over headers, dotted keys and inline tables, so the
locator finds the header of the deepest table on the path, then the key
lines under it, then keys inside an inline table on that line.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument, StartLocator
from proplint.paths import Path
from proplint.loading.parser_messages import reader_phrase
from proplint.phrases import Phrase

_LINE_COLUMN = re.compile(r"at line (\d+), column (\d+)")


def _decimal(text: str) -> Decimal:
    """A TOML float as written; one whose exponent has too many digits to read is a ``ValueError``."""
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError("a number has too many digits to be read") from None


def load_toml(file: str, text: str) -> LoadedDocument:
    """Read TOML text; floats become ``Decimal`` from their text."""
    import tomllib

    try:
        data: Any = tomllib.loads(text, parse_float=_decimal)
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
    except ValueError:  # tomllib's own int() of an integer past Python's 4,300-digit limit, or an exponent as long
        from proplint.loading.document import long_number_at

        return LoadedDocument(
            file=file,
            data=None,
            locator=StartLocator(*long_number_at(text)),
            hits=[Hit("D001", (), {"detail": Phrase("a number has too many digits to be read")})],
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


def _find_key(line: str, name: str, pos: int) -> tuple[int, int] | None:
    """The leftmost ``name =`` (bare, ``"name"`` or ``'name'``) on the line from ``pos``: from its boundary, to after ``=`` and blanks.

    As the pattern ``(?:^|[\\s{,.])(?:name|"name"|'name')\\s*=\\s*`` would find it, without compiling a pattern per key.
    """
    best: tuple[int, int] | None = None
    for form in (name, f'"{name}"', f"'{name}'"):
        at = line.find(form, pos)
        while at >= 0 and (best is None or at - 1 < best[0]):
            start = at if at == 0 else at - 1
            if at == 0 or (start >= pos and (line[start].isspace() or line[start] in "{,.")):
                end = at + len(form)
                while end < len(line) and line[end].isspace():
                    end += 1
                if line.startswith("=", end):
                    end += 1
                    while end < len(line) and line[end].isspace():
                        end += 1
                    if best is None or start < best[0]:
                        best = (start, end)
                    break
            at = line.find(form, at + 1)
    return best


def _header(line: str) -> tuple[list[str], bool] | None:
    """The dotted name of a ``[table]`` or ``[[array]]`` header line and whether it is an array, else ``None``.

    Read by hand: a lazy pattern before the closing bracket backtracked quadratically over a long unclosed line.
    """
    stripped = line.strip()
    if not stripped.startswith("["):
        return None
    array = stripped.startswith("[[")
    close = stripped.find("]", 2 if array else 1)
    name = stripped[2 if array else 1 : close].strip() if close >= 0 else ""
    if not name:
        return None
    rest = stripped[close + 1 :]
    rest = (rest[1:] if rest.startswith("]") else rest).lstrip()
    if rest and not rest.startswith("#"):
        return None
    return [piece.strip().strip("\"'") for piece in name.split(".")], line.lstrip().startswith("[[")


_BOUNDARY = " \t{,."
_TAIL = 64


def _tail(text: str, end: int) -> str:
    """The last (at most ``_TAIL``) characters before ``end``, after blanks, that are not a key boundary (blank, ``{``, ``,``, ``.``)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and end - start < _TAIL and not (text[start - 1].isspace() or text[start - 1] in _BOUNDARY):
        start -= 1
    return text[start:end]


class TomlLocator:
    """Approximate positions: the right line always when the key is written out.

    Headers and the lines where a key may stand are indexed once, so that
    locating many findings in a large file stays linear.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines()
        self._headers: list[int] | None = None
        self._named: dict[tuple[str, ...], list[tuple[int, bool]]] = {}
        self._last_table: dict[tuple[str, ...], int] = {}  # the last ``[table]`` (not ``[[array]]``) header of each name
        self._keys: dict[str, list[int]] | None = None

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
            for index in self._candidates(name, search_from, end):
                line = self.lines[index]
                match = _find_key(line, name, column if index == line_index else 0)
                if match:
                    line_index, column = index, (match[0] + (line[match[0]] in " \t{,.") if key else match[1])
                    search_from = index
                    break
            else:
                break
        return (line_index + 1, column + 1)

    def _candidates(self, name: str, first: int, end: int) -> list[int] | range:
        """The lines from ``first`` to ``end`` on which ``name`` may stand before an ``=`` (every line, if that cannot be told)."""
        import bisect

        tails = {_tail(form, len(form)) for form in (name, f'"{name}"', f"'{name}'")}
        if "" in tails:
            return range(first, end)
        if self._keys is None:
            self._keys = {}
            for index, line in enumerate(self.lines):
                equals = line.find("=")
                while equals >= 0:
                    self._keys.setdefault(_tail(line, equals), []).append(index)
                    equals = line.find("=", equals + 1)
        lines = sorted({index for tail in tails for index in self._keys.get(tail, ())})
        return lines[bisect.bisect_left(lines, first) : bisect.bisect_left(lines, end)]

    def _header_lines(self) -> list[int]:
        """The header lines, in order; the headers by name with whether each is an array, in ``_named``."""
        if self._headers is None:
            self._headers = []
            for index, line in enumerate(self.lines):
                header = _header(line) if "[" in line else None
                if header is not None:
                    self._headers.append(index)
                    self._named.setdefault(tuple(header[0]), []).append((index, header[1]))
                    if not header[1]:
                        self._last_table[tuple(header[0])] = index
        return self._headers

    def _table_start(self, path: Path) -> tuple[int, int]:
        """The header line of the deepest table named by the path, and how many keys it covers.

        Of headers with that name, the last one; of an array of tables, the
        one the path's index names.
        """
        self._header_lines()
        dotted: list[str] = []
        wanted_index: dict[int, int] = {}
        for part in path:
            if isinstance(part, int):
                wanted_index[len(dotted)] = part
            else:
                dotted.append(part)
        for depth in range(len(dotted), 0, -1):
            headers = self._named.get(tuple(dotted[:depth]))
            if not headers:
                continue
            expected = wanted_index.get(depth)
            if expected is None:
                return headers[-1][0], depth
            last = self._last_table.get(tuple(dotted[:depth]))
            tables = [last] if last is not None else []
            if 0 <= expected < len(headers):
                tables.append(headers[expected][0])
            if tables:
                return max(tables), depth
        return -1, 0

    def _table_end(self, start: int) -> int:
        import bisect

        headers = self._header_lines()
        after = bisect.bisect_right(headers, start)
        return headers[after] if after < len(headers) else len(self.lines)
