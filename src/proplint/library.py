"""Library entry points beyond the engine's: lint a mapping, load a document into the model, read a project's options.

These are what other tools call; the command line uses the same engine.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from proplint.findings import Finding, Severity

if TYPE_CHECKING:
    from proplint.engine import Options, Outcome
    from proplint.model import CaseStatus, Catalogue, EffectStatus, Proposal
    from proplint.ruleset import Ruleset


@attrs.frozen
class Loaded:
    """A document read into the model: the model (``None`` when it could not be built) and what was wrong with it.

    ``findings`` are the document findings only (the rules flagged ``loading``,
    D001–D004: syntax, values, format, unknown keys); the other rules are not run.
    """

    model: Proposal | Catalogue | CaseStatus | EffectStatus | None
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        """Whether the document fits the format: no document finding at error severity."""
        return self.model is not None and not any(finding.severity >= Severity.ERROR for finding in self.findings)


def lint_mapping(data: Mapping[str, Any], file: str = "<mapping>", options: Options | None = None) -> Outcome:
    """Lint a document that is already a mapping (parsed by the caller, or built in code).

    Floats are read as the decimal they print as (``0.1`` is ``Decimal("0.1")``).
    Findings carry the document path; with no source to point into, their
    line and column are 0.
    """
    from proplint.engine import Options, lint_document
    from proplint.loading.document import LoadedDocument, StartLocator

    from proplint.facts import facts_of

    document = LoadedDocument(file=file, data=_plain(data), locator=StartLocator(0, 0))
    outcome = lint_document(document, options or Options())
    outcome.facts = facts_of(document, outcome.model, None)  # what the HTML report shows of it
    return outcome


def load_document(path: str | os.PathLike[str], options: Options | None = None) -> Loaded:
    """Read a file into the model, reporting only what keeps it from fitting the format."""
    from proplint.options import Options
    from proplint.loading import load_path

    options = options or Options()
    return _loaded(load_path(Path(path), os.fspath(path), options.max_bytes), options)


def parse_document(text: str, syntax: str = "yaml", file: str = "<text>", options: Options | None = None) -> Loaded:
    """Read text (``yaml``, ``json`` or ``toml``) into the model, like :func:`load_document`."""
    from proplint.options import Options
    from proplint.loading import load_text

    return _loaded(load_text(text, file, syntax), options or Options())


def _loaded(document: Any, options: Options) -> Loaded:
    from proplint.engine import lint_document

    only_document = attrs.evolve(options, ruleset=_document_rules(options))
    outcome = lint_document(document, only_document)
    return Loaded(model=outcome.model, findings=outcome.findings)


def _document_rules(options: Options) -> Ruleset:
    from proplint.ruleset import Ruleset

    rules = {code: rule for code, rule in options.ruleset.rules.items() if rule.loading}
    return Ruleset(name=options.ruleset.name, rules=rules, tolerance=options.ruleset.tolerance)


def options_for(path: str | os.PathLike[str] = ".", config: str | os.PathLike[str] | None = None) -> Options:
    """The options proplint checks ``path`` with: the nearest configuration above it, or ``config``.

    Raises :class:`ConfigError` for a configuration the command line would refuse (exit 2).
    """
    from proplint.config import Resolver

    return Resolver(Path(config) if config is not None else None)(Path(path))


def _plain(value: Any) -> Any:
    """A caller's value as the loaders give it: lists, dicts, Decimal amounts; rebuilt, since floats, tuples and other mappings must be converted anyway."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str | int | bool | Decimal | datetime.date) or value is None:
        return value
    return str(value)
