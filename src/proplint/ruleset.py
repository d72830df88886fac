"""Rulesets: which rules exist, with their defaults and words, read from YAML.

A ruleset names its rules by code; ``extends`` takes another ruleset's rules
and lets this one change their severity, parameters and words, add rules, or
disable them with ``enabled: false``. Shipped rulesets live in ``rules/``.
"""

from __future__ import annotations

import marshal
import os
import zlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from proplint.findings import Severity
from proplint.phrases import Phrase, PhrasedError

DEFAULT_RULESET = "kk"
_RULE_KEYS = {
    "code", "name", "severity", "check", "message", "hint", "params", "summary", "why", "fail", "pass", "enabled",
    "document",
}
Example = str | Mapping[str, Any]
"""A rule's failing or passing example: a file's text, or a change to a clean document."""
DOCUMENT_KINDS = ("proposal", "catalogue", "case-status", "effect-status")


EXACT = 1000
"""The specificity of a selector that names one rule by code or name."""


class RulesetError(PhrasedError):
    """A ruleset that cannot be used: a configuration error (exit 2)."""


@attrs.frozen
class Rule:
    """A rule: its code and name, default severity, check function and words."""

    code: str
    name: str
    severity: Severity
    check: str | None
    message: str
    hint: str | None = None
    params: Mapping[str, Any] = attrs.field(factory=dict)
    summary: str = ""
    why: str = ""
    fail: Example = ""
    passing: Example = ""
    enabled: bool = True
    source: str = ""
    """The ruleset (or plugin) that defines the rule."""
    document: str = "proposal"
    """The document kind the rule's check reads; other kinds are not given to it."""


@attrs.frozen
class Ruleset:
    """A resolved ruleset: every rule by code, with the tolerance mode."""

    name: str
    rules: Mapping[str, Rule]
    tolerance: str = "rounding"

    def rule(self, code: str) -> Rule:
        return self.rules[code]

    def enabled(self) -> list[Rule]:
        return [rule for rule in self.rules.values() if rule.enabled]


def shipped_directory() -> Path:
    """Where the shipped rulesets are: inside the wheel, or ``rules/`` of a checkout."""
    packaged = Path(__file__).parent / "rulesets"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def shipped_names() -> list[str]:
    return sorted(path.stem for path in shipped_directory().glob("*.yaml"))


@cache
def load_ruleset(name_or_path: str = DEFAULT_RULESET) -> Ruleset:
    """A shipped ruleset by name, or a ruleset file by path, with its ``extends`` resolved."""
    return _load(name_or_path, ())


def _locate(name_or_path: str, relative_to: Path | None) -> Path:
    shipped = shipped_directory() / f"{name_or_path}.yaml"
    if "/" not in name_or_path and "\\" not in name_or_path and not name_or_path.endswith((".yaml", ".yml")):
        if shipped.is_file():
            return shipped
        from proplint.plugins import PluginError, plugin_ruleset, ruleset_names

        try:
            provided = plugin_ruleset(name_or_path)
        except PluginError as error:
            raise RulesetError(str(error)) from None
        if provided is not None:
            return provided
        known = ", ".join(shipped_names() + ruleset_names())
        raise RulesetError(Phrase("unknown ruleset {name!r} (known rulesets: {known})", name=name_or_path, known=known))
    path = Path(name_or_path)
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    if not path.is_file():
        raise RulesetError(Phrase("ruleset file not found: {path}", path=str(path)))
    return path


def _load(name_or_path: str, seen: tuple[Path, ...], relative_to: Path | None = None) -> Ruleset:
    path = _locate(name_or_path, relative_to)
    if path in seen:
        raise RulesetError(f"ruleset {path} extends itself through {' → '.join(map(str, seen))}")
    raw = ruleset_data(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("rules", []), list):
        raise RulesetError(f"{path}: a ruleset is a mapping with a list of 'rules'")
    base: dict[str, Rule] = {}
    tolerance = "rounding"
    if raw.get("extends"):
        parent = _load(str(raw["extends"]), seen + (path,), path.parent)
        base, tolerance = dict(parent.rules), parent.tolerance
    tolerance = str(raw.get("tolerance", tolerance))
    if tolerance not in ("rounding", "exact"):
        raise RulesetError(f"{path}: tolerance must be 'rounding' or 'exact', not {tolerance!r}")
    name = str(raw.get("name", path.stem))
    for index, entry in enumerate(raw.get("rules", [])):
        rule = _rule(entry, base, f"{path}: rules[{index}]", name)
        base[rule.code] = rule
    return Ruleset(name=name, rules=base, tolerance=tolerance)


def ruleset_data(path: Path) -> Any:
    """The plain data of a ruleset file: its text parsed by libyaml, or a copy of that data kept in the cache.

    The cached copy holds the bytes it was parsed from and is used only when
    they are the file's bytes now, so it cannot go stale. Raises
    :class:`RulesetError` when the file cannot be read or parsed.
    """
    try:
        content = path.read_bytes()
    except OSError as error:
        raise RulesetError(f"{path}: cannot read the ruleset: {error}") from None
    cached = _cache_file(content)
    if cached is not None:
        try:
            kept, data = marshal.loads(cached.read_bytes())
            if kept == content:
                return data
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent, unreadable or of other content: parse the text
    import yaml

    try:
        data = yaml.load(content.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise RulesetError(f"{path}: cannot read the ruleset: {error}") from None
    if cached is not None:
        _store(cached, content, data)
    return data


_CACHE_FORMAT = 1
"""Part of every cache file's name: raise it when what :func:`ruleset_data` returns changes shape."""


def _cache_file(content: bytes) -> Path | None:
    """Where the parsed form of a ruleset with this content is kept: the user's cache, never the package directory."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None  # no home directory to keep it in
    name = f"ruleset-{_CACHE_FORMAT}-{marshal.version}-{zlib.crc32(content):08x}-{len(content)}.marshal"
    return Path(base) / "proplint" / name


def _store(cached: Path, content: bytes, data: Any) -> None:
    """Keep the parsed ruleset for the next run, atomically; a cache that cannot be written is no error."""
    try:
        payload = marshal.dumps((content, data))
    except ValueError:
        return  # a value marshal cannot hold (a date): parse the text each time
    import tempfile  # only on the first run with this ruleset: not worth importing on every run

    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cached.parent, prefix=".ruleset-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, cached)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def _rule(entry: Any, base: Mapping[str, Rule], where: str, source: str) -> Rule:
    if not isinstance(entry, dict) or "code" not in entry:
        raise RulesetError(f"{where}: a rule is a mapping with a 'code'")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise RulesetError(f"{where}: unknown rule keys {', '.join(sorted(unknown))}")
    code = str(entry["code"])
    inherited = base.get(code)
    try:
        if inherited is not None:
            changes: dict[str, Any] = {}
            for key, value in entry.items():
                if key == "params":
                    changes["params"] = {**inherited.params, **value}
                elif key == "severity":
                    changes["severity"] = Severity.parse(value)
                elif key == "pass":
                    changes["passing"] = _example(value)
                elif key == "fail":
                    changes["fail"] = _example(value)
                elif key == "document":
                    changes["document"] = _document_kind(value)
                elif key != "code":
                    changes[key] = value
            return attrs.evolve(inherited, **changes)
        missing = {"name", "severity", "message"} - set(entry)
        if missing:
            raise RulesetError(f"{where}: the new rule {code} needs {', '.join(sorted(missing))}")
        return Rule(
            code=code,
            name=str(entry["name"]),
            severity=Severity.parse(entry["severity"]),
            check=entry.get("check"),
            message=str(entry["message"]),
            hint=entry.get("hint"),
            params=dict(entry.get("params") or {}),
            summary=str(entry.get("summary", "")),
            why=str(entry.get("why", "")),
            fail=_example(entry.get("fail", "")),
            passing=_example(entry.get("pass", "")),
            enabled=bool(entry.get("enabled", True)),
            source=source,
            document=_document_kind(entry.get("document", "proposal")),
        )
    except (ValueError, TypeError) as error:
        raise RulesetError(f"{where}: {error}") from None


def _example(value: Any) -> Example:
    """An example is the text of a whole file, or a change to a clean document (``proplint.examples``)."""
    if isinstance(value, Mapping):
        if "base" not in value or not set(value) <= {"base", "set", "append", "delete"}:
            raise ValueError(f"an example is a text, or base with set, append or delete; not {sorted(value)}")
        return dict(value)
    return str(value)


def _document_kind(value: Any) -> str:
    if value not in DOCUMENT_KINDS:
        raise ValueError(f"document must be one of {', '.join(DOCUMENT_KINDS)}, not {value!r}")
    return str(value)


def expand(selector: str, ruleset: Ruleset) -> tuple[frozenset[str], int] | None:
    """The codes a selector names and how specific it is, or ``None`` when it names nothing."""
    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return frozenset(ruleset.rules), 0
    for rule in ruleset.rules.values():
        if wanted == rule.name or wanted.upper() == rule.code:
            return frozenset({rule.code}), EXACT
    codes = frozenset(code for code in ruleset.rules if code.startswith(wanted.upper()))
    if not wanted or not codes:
        return None
    return codes, len(wanted)
