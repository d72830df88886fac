"""The settings a configuration file may hold, checked with the file's own lines in errors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from proplint.config.files import ConfigDocument, read_config
from proplint.findings import Severity
from proplint.phrases import Phrase

LANGUAGES = ("en", "da")


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


def _text(config: ConfigDocument, key: str, value: Any, choices: tuple[str, ...] = ()) -> str:
    if not isinstance(value, str) or not value:
        raise config.error(Phrase("{key!r} must be a text, not {value!r}", key=key, value=value), (key,))
    if choices and value not in choices:
        raise config.error(Phrase("{key!r} must be one of {choices}, not {value!r}", key=key, choices=", ".join(choices), value=value), (key,))
    return value


def _texts(config: ConfigDocument, path: tuple[str, ...], value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise config.error(Phrase("{key!r} must be a list of texts", key=".".join(path)), path)
    return tuple(value)


def _table(config: ConfigDocument, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise config.error(Phrase("{key!r} must be a table", key=key), (key,))
    return {str(name): item for name, item in value.items()}


def _severity(config: ConfigDocument, path: tuple[str, ...], value: Any) -> Severity:
    try:
        return Severity.parse(value)
    except (ValueError, AttributeError, TypeError):
        labels = ", ".join(severity.label for severity in Severity)
        raise config.error(Phrase("{key!r} must be one of {choices}, not {value!r}", key=".".join(path), choices=labels, value=value), path) from None


_Parse = Callable[[ConfigDocument, Any], dict[str, Any]]

_SIMPLE: dict[str, _Parse] = {
    "ruleset": lambda config, value: {"ruleset": _text(config, "ruleset", value)},
    "select": lambda config, value: {"select": _texts(config, ("select",), value)},
    "extend-select": lambda config, value: {"extend_select": _texts(config, ("extend-select",), value)},
    "ignore": lambda config, value: {"ignore": _texts(config, ("ignore",), value)},
    "exclude": lambda config, value: {"exclude": _texts(config, ("exclude",), value)},
    "fail-severity": lambda config, value: {"fail_severity": _severity(config, ("fail-severity",), value)},
    "tolerance": lambda config, value: {"tolerance": _text(config, "tolerance", value, ("rounding", "exact"))},
    "baseline": lambda config, value: {"baseline": _text(config, "baseline", value)},
    "lang": lambda config, value: {"lang": _text(config, "lang", value, LANGUAGES)},
    "severity": lambda config, value: {
        "severity": {
            name: _severity(config, ("severity", name), level) for name, level in _table(config, "severity", value).items()
        }
    },
    "per-file-ignores": lambda config, value: {
        "per_file_ignores": {
            glob: _texts(config, ("per-file-ignores", glob), codes)
            for glob, codes in _table(config, "per-file-ignores", value).items()
        }
    },
    "params": lambda config, value: {
        "params": {
            rule: _table(config, f"params.{rule}", table) for rule, table in _table(config, "params", value).items()
        }
    },
}
KNOWN_SETTINGS = tuple(_SIMPLE)


def read_settings(file: Path) -> tuple[Settings, ConfigDocument]:
    """The settings of one configuration file, with the document for pointing at its lines."""
    config = read_config(file)
    fields: dict[str, Any] = {"file": file, "root": file.parent}
    for key, value in config.data.items():
        parse = _SIMPLE.get(str(key))
        if parse is None:
            raise config.error(Phrase("unknown setting {key!r}{hint}", key=str(key), hint=_did_you_mean(str(key))), (str(key),), key=True)
        fields.update(parse(config, value))
    _compile_globs(config, fields)
    return Settings(**fields), config


def _compile_globs(config: ConfigDocument, fields: dict[str, Any]) -> None:
    """Compile the globs now: a malformed one is an error at its line, not a traceback later."""
    from proplint.globs import GlobError, compile_globs

    try:
        compile_globs(fields.get("exclude", ()))
    except GlobError as error:
        raise config.error(str(error), ("exclude", error.index)) from None
    for pattern in fields.get("per_file_ignores", {}):
        try:
            compile_globs((pattern,))
        except GlobError as error:
            raise config.error(str(error), ("per-file-ignores", pattern), key=True) from None


def _did_you_mean(key: str) -> Phrase | str:
    import difflib

    close = difflib.get_close_matches(key.replace("_", "-"), KNOWN_SETTINGS, n=1, cutoff=0.6)
    return Phrase(" (did you mean {suggestion!r}?)", suggestion=close[0]) if close else ""
