"""Configuration errors: always a file, and a line where one can be named."""

from __future__ import annotations

from proplint.phrases import LocatedError


class ConfigError(LocatedError):
    """A configuration, ruleset or command-line setting that cannot be used (exit 2).

    The message is a phrase, so the command line can say it in the reader's language.
    """
