"""Regular expressions compiled when first used, so that start-up pays only for the patterns a run needs.

Checking a proposal loads the prose readers and Danish number parsing with
dozens of patterns, of which a document uses a handful.
"""

from __future__ import annotations

import re
from typing import Any


class _Pending:
    """Stands for a compiled pattern; compiles it (once) when a method or attribute is first asked for."""

    __slots__ = ("pattern", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        """The pattern's text, there without compiling (patterns are built from other patterns)."""
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        return getattr(compiled, name)


def compile_lazily(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`re.compile`, when the pattern is first used (its methods and attributes are the compiled pattern's)."""
    return _Pending(pattern, flags)  # type: ignore[return-value]
