"""Options: how a file is linted (the ruleset, the size limit, the language) and what the configuration filters out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path as FilePath

import attrs

from proplint.findings import Severity
from proplint.globs import matches, matches_any
from proplint.loading import DEFAULT_MAX_BYTES
from proplint.ruleset import Ruleset, load_ruleset


@attrs.frozen
class Options:
    """How to lint a file: the ruleset, the size limit, and what the configuration filters out.

    ``root`` is the directory of the configuration file (``None`` without
    one): ``exclude`` and ``per_file_ignores`` globs are relative to it (else
    to the working directory), and a catalogue's sources must stay inside it
    or the catalogue's own directory. A finding at or above ``fail_severity`` fails the run.
    """

    ruleset: Ruleset = attrs.field(factory=load_ruleset)
    max_bytes: int = DEFAULT_MAX_BYTES
    fail_severity: Severity = Severity.ERROR
    root: FilePath | None = None
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    language: str = "en"
    """The language of messages and hints: ``en`` or ``da``."""
    import_kind: str | None = None
    """The kind of the Word and Markdown proposals whose kind the template leaves open (``investment`` …)."""

    def excluded(self, path: FilePath) -> bool:
        if not self.exclude:
            return False
        return matches_any(self.exclude, path, self.root or FilePath.cwd())

    def ignored(self, path: FilePath) -> frozenset[str]:
        """The codes ``per_file_ignores`` turns off for ``path``."""
        if not self.per_file_ignores:
            return frozenset()
        root = self.root or FilePath.cwd()
        codes = [ignored for pattern, ignored in self.per_file_ignores if matches(pattern, path, root)]
        return frozenset().union(*codes)


OptionsFor = Callable[[FilePath], Options]
"""Gives the options a file is checked with (a configuration resolver)."""
