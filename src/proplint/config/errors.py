"""Configuration errors: always a file, and a line where one can be named."""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration, ruleset or command-line setting that cannot be used (exit 2)."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None, column: int | None = None) -> None:
        where = file or ""
        if file and line:
            where += f":{line}" + (f":{column}" if column else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.file, self.line, self.column = file, line, column
