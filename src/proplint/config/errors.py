"""Configuration errors: always a file, and a line where one can be named."""

from __future__ import annotations

from proplint.phrases import Phrase, PhrasedError


class ConfigError(PhrasedError):
    """A configuration, ruleset or command-line setting that cannot be used (exit 2).

    The message is a phrase, so the command line can say it in the reader's language.
    """

    def __init__(self, message: str | Phrase, file: str | None = None, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.file, self.line, self.column = file, line, column
        self.args = (self.render("en"),)

    def render(self, language: str = "en") -> str:
        where = self.file or ""
        if self.file and self.line:
            where += f":{self.line}" + (f":{self.column}" if self.column else "")
        text = super().render(language)
        return f"{where}: {text}" if where else text

    def __str__(self) -> str:
        return self.render("en")
