"""Reading files into plain values with a way back to their source positions."""

from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path as FilePath
from typing import Any

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument, Locator, StartLocator
from proplint.phrases import Phrase

DEFAULT_MAX_BYTES = 2_000_000
SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "LoadedDocument", "Locator", "NotRegular", "load_path", "load_text", "over_limit", "read_regular", "syntax_of"]


def syntax_of(file: str) -> str:
    """The syntax a file name implies; unknown suffixes are read as YAML, which covers JSON."""
    return SUFFIXES.get(FilePath(file).suffix.lower(), "yaml")


def load_text(text: str, file: str = "<text>", syntax: str = "yaml") -> LoadedDocument:
    """Parse text in the given syntax (``yaml``, ``json`` or ``toml``); a lone surrogate (no UTF-8 can hold it) is D001."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        line = text.count("\n", 0, error.start) + 1
        column = error.start - (text.rfind("\n", 0, error.start) + 1) + 1
        return _unreadable(file, Phrase("the file is not UTF-8 (byte {byte})", byte=f"U+{ord(text[error.start]):04X}"), line, column)
    return _parse(text, file, syntax)


def _parse(text: str, file: str, syntax: str) -> LoadedDocument:
    """Parse text that UTF-8 can hold."""
    if syntax == "json":
        from proplint.loading.json_source import load_json

        return _bounded(load_json(file, text))
    if syntax == "toml":
        from proplint.loading.toml_source import load_toml

        return _bounded(load_toml(file, text))
    from proplint.loading.yaml_source import load_yaml

    return load_yaml(file, text)


MAX_DEPTH = 100
"""How deeply a document may nest: real ones nest less than ten levels; deeper data would exhaust the stack of code that recurses."""
_MAX_INT_BITS = 13_000
"""Whole numbers longer than this (about 3,900 digits, under Python's 4,300-digit limit on printing them) are kept as ``Decimal``."""


def _bounded(document: LoadedDocument) -> LoadedDocument:
    """A JSON or TOML document within the nesting limit (else D001 where it passes it), its longest whole numbers as ``Decimal``.

    YAML is bounded as it is converted; ``json`` and ``tomllib`` build the
    data first. A ``Decimal`` prints in any size, and structuring reports a
    number outside the sane range as D002.
    """
    data = document.data
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(data, 1, ())] if isinstance(data, dict | list) else []
    while stack:
        container, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            while container:  # down to the innermost value: a TOML header names the whole path
                key = next(iter(container)) if isinstance(container, dict) else 0
                if not isinstance(container[key], dict | list):
                    break
                container, path = container[key], (*path, key)
            line, column = document.locate(path) or (1, 1)
            problem = Phrase("the document nests deeper than {limit} levels", limit=MAX_DEPTH)
            return _unreadable(document.file, problem, line, column)
        for key, value in container.items() if isinstance(container, dict) else enumerate(container):
            if isinstance(value, dict | list):
                stack.append((value, depth + 1, (*path, key)))
            elif type(value) is int and value.bit_length() > _MAX_INT_BITS:
                container[key] = Decimal(value)
    return document


def load_path(path: FilePath, file: str, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedDocument:
    """Read and parse one file; unreadable, oversized or non-UTF-8 files become D001."""
    try:
        raw = read_regular(path, max_bytes)
    except NotRegular:
        return _unreadable(file, Phrase("not a regular file (a pipe or a device): not read"))
    except OSError as error:
        return _unreadable(file, Phrase("cannot read the file: {problem}", problem=Phrase(error.strerror or str(error))))
    if len(raw) > max_bytes:
        return _unreadable(file, over_limit(max_bytes))  # read no further: its size is not known, nor needed
    return load_bytes(raw, file, max_bytes)


def over_limit(max_bytes: int) -> Phrase:
    """Why a file read with :func:`read_regular` is refused: it has more than ``max_bytes`` bytes."""
    return Phrase("the file is over the limit of {limit} bytes", limit=max_bytes)


class NotRegular(OSError):
    """The path is a FIFO, a device or a socket: reading it could block forever or never end."""


def read_regular(path: FilePath, max_bytes: int | None) -> bytes:
    """At most ``max_bytes + 1`` bytes of a regular file (the limit holds whatever ``st_size`` claims); ``None``: all of it.

    Opened without blocking so that a FIFO with no writer cannot hang the
    run; anything that is not a regular file raises ``NotRegular``.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegular(str(path))
        if max_bytes is None:
            return stream.read()
        # Ask for what st_size promises first: a read of max_bytes + 1 would
        # reserve the whole limit for every small file. Only a file that
        # grew past its size reads on, and then only up to the limit.
        first = stream.read(min(max_bytes + 1, status.st_size + 1))
        if len(first) <= status.st_size or len(first) > max_bytes:
            return first
        return first + stream.read(max_bytes + 1 - len(first))


def load_bytes(raw: bytes, file: str, max_bytes: int | None = None) -> LoadedDocument:
    """Decode and parse a file's bytes (standard input, say), in the syntax its name implies; non-UTF-8 is D001."""
    if max_bytes is not None and len(raw) > max_bytes:
        return _unreadable(file, Phrase("the file has {size} bytes, over the limit of {limit}", size=len(raw), limit=max_bytes))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return _unreadable(file, Phrase("the file is not UTF-8 (byte {byte})", byte=f"0x{raw[error.start]:02x}"), line, column)
    return _parse(text, file, syntax_of(file))  # decoded UTF-8 holds no lone surrogate


def _unreadable(file: str, detail: Phrase, line: int = 1, column: int = 1) -> LoadedDocument:
    return LoadedDocument(file=file, data=None, locator=StartLocator(line, column), hits=[Hit("D001", (), {"detail": detail})])
