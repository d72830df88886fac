"""Finding and reading configuration files, keeping positions for error messages."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from proplint.config.errors import ConfigError
from proplint.loading import load_text
from proplint.loading.document import LoadedDocument
from proplint.paths import Path as DocPath
from proplint.phrases import Phrase

CONFIG_NAMES = (".proplint.toml", "proplint.toml", ".proplint.yaml", "pyproject.toml")
"""Looked for in this order in each directory; a ``pyproject.toml`` counts only with ``[tool.proplint]``."""


@lru_cache(maxsize=256)
def find_config(directory: Path) -> Path | None:
    """The configuration file nearest above ``directory`` (itself included), or ``None``."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _names_proplint(candidate)):
                return candidate
    return None


def _names_proplint(pyproject: Path) -> bool:
    try:
        return "[tool.proplint" in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


class ConfigDocument:
    """A configuration file's settings table with a way back to its lines."""

    def __init__(self, file: Path, data: dict[str, Any], document: LoadedDocument, prefix: DocPath) -> None:
        self.file = file
        self.data = data
        self._document = document
        self._prefix = prefix

    def error(self, message: str | Phrase, path: DocPath = (), key: bool = False) -> ConfigError:
        line, column = self._document.locate(self._prefix + path, key=key) or (None, None)
        return ConfigError(message, str(self.file), line, column)


def read_config(file: Path) -> ConfigDocument:
    """Parse a configuration file; syntax errors become :class:`ConfigError` with the parser's line."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(Phrase("cannot read the configuration: {error}", error=str(error)), str(file)) from None
    syntax = "yaml" if file.suffix in (".yaml", ".yml") else "toml"
    document = load_text(text, str(file), syntax)
    if document.hits:
        line, column = document.locate(document.hits[0].path) or (None, None)
        detail = document.hits[0].args.get("detail")
        raise ConfigError(Phrase("invalid {syntax}: {detail}", syntax=syntax.upper(), detail=detail), str(file), line, column)
    data = document.data if document.data is not None else {}
    prefix: DocPath = ()
    if file.name == "pyproject.toml":
        prefix = ("tool", "proplint")
        data = data.get("tool", {}).get("proplint", {}) if isinstance(data, dict) else {}
    config = ConfigDocument(file, {}, document, prefix)
    if not isinstance(data, dict):
        raise config.error(Phrase("the configuration must be a table of settings"))
    config.data = data
    return config
