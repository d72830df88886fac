"""Reading files into plain values with a way back to their source positions."""

from __future__ import annotations

from pathlib import Path as FilePath

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument, Locator, StartLocator
from proplint.phrases import Phrase

DEFAULT_MAX_BYTES = 2_000_000
SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "LoadedDocument", "Locator", "load_path", "load_text", "syntax_of"]


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
    if syntax == "json":
        from proplint.loading.json_source import load_json

        return load_json(file, text)
    if syntax == "toml":
        from proplint.loading.toml_source import load_toml

        return load_toml(file, text)
    from proplint.loading.yaml_source import load_yaml

    return load_yaml(file, text)


def load_path(path: FilePath, file: str, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedDocument:
    """Read and parse one file; unreadable, oversized or non-UTF-8 files become D001."""
    try:
        raw = read_regular(path, max_bytes)
    except NotRegular:
        return _unreadable(file, Phrase("not a regular file (a pipe or a device): not read"))
    except OSError as error:
        return _unreadable(file, Phrase("cannot read the file: {problem}", problem=Phrase(error.strerror or str(error))))
    return load_bytes(raw, file, max_bytes)


class NotRegular(OSError):
    """The path is a FIFO, a device or a socket: reading it could block forever or never end."""


def read_regular(path: FilePath, max_bytes: int | None) -> bytes:
    """At most ``max_bytes + 1`` bytes of a regular file (the limit holds whatever ``st_size`` claims); ``None``: all of it.

    Opened without blocking so that a FIFO with no writer cannot hang the
    run; anything that is not a regular file raises ``NotRegular``.
    """
    import os
    import stat

    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegular(str(path))
        return stream.read() if max_bytes is None else stream.read(max_bytes + 1)


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
    return load_text(text, file, syntax_of(file))


def _unreadable(file: str, detail: Phrase, line: int = 1, column: int = 1) -> LoadedDocument:
    return LoadedDocument(file=file, data=None, locator=StartLocator(line, column), hits=[Hit("D001", (), {"detail": detail})])
