"""The settings a configuration file may hold, checked with the file's own lines in errors."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from proplint.config.files import ConfigDocument, read_config
from proplint.config_converter import key_of, problems, structure, structuring_errors
from proplint.findings import Severity
from proplint.globs import GlobError, compile_globs
from proplint.i18n import LANGUAGES
from proplint.model.enums import Kind
from proplint.paths import value_at
from proplint.phrases import Phrase
from proplint.ruleset_file import TOLERANCES

KINDS = tuple(kind.value for kind in Kind)
"""The kinds of proposal, for ``import-kind``."""


@attrs.frozen
class Settings:
    """One configuration file's settings; globs and paths are relative to ``root``."""

    file: Path | None = None
    root: Path = attrs.field(factory=Path.cwd)
    ruleset: str | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = attrs.field(factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    exclude: tuple[str, ...] = ()
    fail_severity: Severity | None = None
    tolerance: str | None = None
    params: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    baseline: str | None = None
    lang: str | None = None
    import_kind: str | None = None
    """The kind of Word and Markdown proposals whose kind the template leaves open."""


@attrs.frozen
class SettingsFile:
    """A configuration file's settings as written; a key it does not declare is an error with a did-you-mean."""

    ruleset: str | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = attrs.field(default=(), metadata={"key": "extend-select"})
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = attrs.field(factory=dict)
    per_file_ignores: dict[str, tuple[str, ...]] = attrs.field(factory=dict, metadata={"key": "per-file-ignores"})
    exclude: tuple[str, ...] = ()
    fail_severity: Severity | None = attrs.field(default=None, metadata={"key": "fail-severity"})
    tolerance: str | None = None
    params: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    baseline: str | None = None
    lang: str | None = None
    import_kind: str | None = attrs.field(default=None, metadata={"key": "import-kind"})


_CHOICES = {"tolerance": TOLERANCES, "lang": LANGUAGES, "import_kind": KINDS}


def read_settings(file: Path) -> tuple[Settings, ConfigDocument]:
    """The settings of one configuration file, with the document for pointing at its lines."""
    config = read_config(file)
    try:
        written: SettingsFile = structure(config.data, SettingsFile)
    except structuring_errors() as error:
        path, message, key = next(problems(error, SettingsFile), ((), Phrase(str(error)), False))
        phrased: str | Phrase = message
        if key and len(path) == 1:
            phrased = Phrase("unknown setting {key!r}{hint}", key=str(path[0]), hint=_did_you_mean(str(path[0])))
        elif path:
            phrased = _phrased(".".join(map(str, path)), message, value_at(config.data, path))
        raise config.error(phrased, path, key=key) from None
    for name, choices in _CHOICES.items():
        value = getattr(written, name)
        if value is not None and value not in choices:
            key = attrs.fields_dict(SettingsFile)[name].metadata.get("key", name)
            raise config.error(
                Phrase("{key!r} must be one of {choices}, not {value!r}", key=key, choices=", ".join(choices), value=value), (key,)
            )
    fields = attrs.asdict(written, recurse=False)
    fields.update(file=file, root=file.parent)
    _compile_globs(config, fields)
    return Settings(**fields), config


def _compile_globs(config: ConfigDocument, fields: dict[str, Any]) -> None:
    """Compile the globs now: a malformed one is an error at its line, not a traceback later."""
    try:
        compile_globs(fields.get("exclude", ()))
    except GlobError as error:
        raise config.error(error.phrase, ("exclude", error.index)) from None
    for pattern in fields.get("per_file_ignores", {}):
        try:
            compile_globs((pattern,))
        except GlobError as error:
            raise config.error(error.phrase, ("per-file-ignores", pattern), key=True) from None



def _did_you_mean(key: str) -> Phrase | str:
    import difflib

    known = [key_of(field) for field in attrs.fields(SettingsFile)]
    close = difflib.get_close_matches(key.replace("_", "-"), known, n=1, cutoff=0.6)
    return Phrase(" (did you mean {suggestion!r}?)", suggestion=close[0]) if close else ""


def _phrased(key: str, message: Phrase, value: object) -> Phrase:
    """The converter's words for a value of the wrong type, as a setting's: ``'ignore' must be a list of texts``."""
    if message.template == "must be a list, not {value}":
        return Phrase("{key!r} must be a list of texts", key=key)
    if message.template == "must be a table, not {value}":
        return Phrase("{key!r} must be a table", key=key)
    if message.template == "must be {kind}, not {value}" and message.args.get("kind") == Phrase("a text"):
        return Phrase("{key!r} must be a text, not {value!r}", key=key, value=value)
    if message.template.startswith("must be one of {choices}, not {value}"):
        return Phrase("{key!r} must be one of {choices}, not {value!r}", key=key, choices=message.args["choices"], value=value)
    return Phrase("{key!r} {problem}", key=key, problem=message)
