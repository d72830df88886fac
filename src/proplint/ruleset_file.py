"""A ruleset file as written: its structure (through the strict cattrs converter), and errors at their lines.

Reading the text is :func:`read_data`, kept apart from the structure so the
way YAML is read can change on its own. Positions are found only for an
error, by reading the file again with proplint's own YAML loader.
"""

from __future__ import annotations

import marshal
import re
import string
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from proplint.cache import cache_directory, keep
from proplint.config_converter import did_you_mean, problems, structure, structuring_errors
from proplint.findings import Severity
from proplint.loading import load_text
from proplint.paths import Path as DocPath
from proplint.phrases import WIDEST, LocatedError, Phrase

if TYPE_CHECKING:
    from proplint.checks.spec import CheckSpec


class RulesetError(LocatedError):
    """A ruleset that cannot be used: a configuration error (exit 2), with its file and line where known."""


@attrs.frozen
class ExampleChange:
    """A failing or passing example written as a change to one of the clean documents of ``rules/bases/``."""

    base: str
    set: dict[str, Any] = attrs.field(factory=dict)
    append: dict[str, Any] = attrs.field(factory=dict)
    delete: list[str] = attrs.field(factory=list)


TOLERANCES = ("rounding", "exact")
"""How totals are compared with the sum of their rows: within the rounding of the figures (the default), or exactly."""


@attrs.frozen
class RuleEntry:
    """One entry of ``rules:``; a key left out keeps what ``extends`` gave (or the default of a new rule)."""

    code: str
    name: str | None = None
    severity: Severity | None = None
    check: str | None = None
    message: str | None = None
    hint: str | None = None
    params: dict[str, Any] | None = None
    summary: str | None = None
    why: str | None = None
    fail: ExampleChange | str | None = None
    passing: ExampleChange | str | None = attrs.field(default=None, metadata={"key": "pass"})
    enabled: bool | None = None
    document: str | None = None
    """The kind of document the check reads: stated by the check's spec; still accepted here (a plugin check without a spec)."""
    always_on: bool | None = None
    suppressible: bool | None = None
    project: bool | None = None
    loading: bool | None = None


@attrs.frozen
class RulesetFile:
    """A ruleset file's top level."""

    name: str | None = None
    description: str | None = None
    extends: str | None = None
    tolerance: str | None = None
    rules: list[RuleEntry] = attrs.field(factory=list)


def read_data(path: Path) -> Any:
    """The plain data of a ruleset file: its text parsed by libyaml, or a copy of that data kept in the cache.

    The cached copy holds the bytes it was parsed from and is used only when
    they are the file's bytes now, so it cannot go stale. Raises
    :class:`RulesetError` when the file cannot be read or parsed.
    """
    try:
        content = path.read_bytes()
    except OSError as error:
        raise RulesetError(Phrase("cannot read the ruleset: {problem}", problem=error.strerror or str(error)), str(path)) from None
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
    except UnicodeDecodeError as error:
        problem = Phrase("the file is not UTF-8 (byte {byte})", byte=error.start)
        raise RulesetError(Phrase("cannot read the ruleset: {problem}", problem=problem), str(path)) from None
    except yaml.YAMLError as error:
        raise _unreadable(path, content.decode("utf-8"), error) from None
    if cached is not None:
        _store(cached, content, data)
    return data


def _unreadable(path: Path, text: str, error: Exception) -> RulesetError:
    """The error for a ruleset that is not YAML: worded and located as proplint's own YAML reader sees it."""
    document = load_text(text, str(path), "yaml")
    if not document.hits:
        return RulesetError(Phrase("cannot read the ruleset: {problem}", problem=str(error)), str(path))
    line, column = document.locate(document.hits[0].path) or (None, None)
    problem = document.hits[0].args.get("detail", str(error))
    return RulesetError(Phrase("cannot read the ruleset: {problem}", problem=problem), str(path), line, column)


_CACHE_FORMAT = 1
"""Part of every cache file's name: raise it when what :func:`read_data` returns changes shape."""


def _cache_file(content: bytes) -> Path | None:
    """Where the parsed form of a ruleset with this content is kept: the user's cache, never the package directory."""
    directory = cache_directory()
    if directory is None:
        return None  # no home directory to keep it in
    return Path(directory) / f"ruleset-{_CACHE_FORMAT}-{marshal.version}-{zlib.crc32(content):08x}-{len(content)}.marshal"


def _store(cached: Path, content: bytes, data: Any) -> None:
    """Keep the parsed ruleset for the next run; a value marshal cannot hold (a date) means parsing the text each time."""
    try:
        payload = marshal.dumps((content, data))
    except ValueError:
        return
    keep(str(cached), payload)


def read_ruleset_file(path: Path) -> tuple[RulesetFile, list[Mapping[str, Any]]]:
    """The file's structure, and each rule entry as written (which keys it sets); raises :class:`RulesetError`."""
    raw = read_data(path)
    if raw is None:
        raw = {}
    try:
        parsed: RulesetFile = structure(raw, RulesetFile)
    except structuring_errors() as error:
        where, message, key = next(problems(error, RulesetFile), ((), Phrase(str(error)), False))
        raise error_at(path, where, message, key) from None
    if parsed.tolerance is not None and parsed.tolerance not in TOLERANCES:
        raise error_at(path, ("tolerance",), Phrase("tolerance must be 'rounding' or 'exact', not {value!r}", value=parsed.tolerance))
    written = list(raw.get("rules") or [])
    for index, (entry, keys) in enumerate(zip(parsed.rules, written)):
        for field, problem in _entry_problems(entry, keys):
            raise error_at(path, ("rules", index, field), Phrase("rule {code}: {problem}", code=entry.code, problem=problem))
    return parsed, written


_REQUIRED = ("name", "severity", "message", "enabled")
"""Keys a rule entry may leave out (to keep what ``extends`` gave) but not set to null."""


def _entry_problems(entry: RuleEntry, written: Mapping[str, Any]) -> Iterator[tuple[str, Phrase]]:
    """``(key, problem)`` for a key written as null that needs a value, and for a message or hint that cannot be printed safely."""
    for key in _REQUIRED:
        if key in written and written[key] is None:
            yield key, Phrase("{key} cannot be null: leave it out to keep the value 'extends' gives", key=key)
    for key, template in (("message", entry.message), ("hint", entry.hint)):
        problem = None if template is None else template_problem(template)
        if problem is not None:
            yield key, problem


def template_problem(template: str) -> Phrase | None:
    """Why a message or hint template cannot be filled safely, or ``None``.

    A template names arguments and nothing else: no attribute or index
    (``{total.__class__}`` would print proplint's insides), no width or
    precision over :data:`~proplint.phrases.WIDEST` (``{total:>999999999}``
    would print a gigabyte) and no width taken from an argument.
    """
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        return Phrase("the template cannot be read: {problem}", problem=str(error))
    for _, name, spec, _ in parts:
        if name is None:
            continue
        if "." in name or "[" in name:
            return Phrase("{{{field}}} names more than an argument: write {{{name}}}", field=name, name=name.split(".")[0].split("[")[0])
        if not spec:
            continue
        if "{" in spec:
            return Phrase("the format of {{{name}}} takes a value from an argument ({spec!r}): write the format out", name=name, spec=spec)
        if any(len(number) > 3 or int(number) > WIDEST for number in re.findall(r"\d+", spec)):
            return Phrase("the format of {{{name}}} is too wide ({spec!r}): at most {widest} characters", name=name, spec=spec, widest=WIDEST)
    return None


def error_at(path: Path, where: DocPath, message: str | Phrase, key: bool = False) -> RulesetError:
    """An error about the node at ``where`` in the ruleset file ``path``, with its line and column."""
    line: int | None = None
    column: int | None = None
    try:
        document = load_text(path.read_text(encoding="utf-8"), str(path), "yaml")
        line, column = document.locate(where, key=key) or (None, None)
    except (OSError, UnicodeDecodeError):
        pass
    label = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where).lstrip(".")
    phrase = Phrase("{where}: {problem}", where=label, problem=message) if label else message
    return RulesetError(phrase, str(path), line, column)


def template_problems(message: str, hint: str | None, spec: CheckSpec) -> Iterator[tuple[str, Phrase]]:
    """``(key, problem)`` for a message or hint template that cannot be read or names an argument the check does not give."""
    for key, template in (("message", message), ("hint", hint)):
        if template is None:
            continue
        try:
            unknown = spec.unknown_fields(template, hint=key == "hint")
        except ValueError as error:
            yield key, Phrase("the template cannot be read: {problem}", problem=str(error))
            continue
        if unknown:
            given = sorted((spec.args or frozenset()) | (spec.optional if key == "hint" else frozenset()))
            close = did_you_mean(unknown[0], given, braces=True)
            gives: str | Phrase = ", ".join(given) or Phrase("nothing")
            if key == "hint":
                yield key, Phrase("the hint names {{{field}}}, which the check does not give{hint} (it gives: {given})", field=unknown[0], hint=close, given=gives)
            else:
                yield key, Phrase("the message names {{{field}}}, which the check does not give{hint} (it gives: {given})", field=unknown[0], hint=close, given=gives)


def param_problems(params: Mapping[str, Any], spec: CheckSpec) -> Iterator[tuple[DocPath, Phrase, bool]]:
    """``(path, problem, about a key)`` for each parameter that does not fit the check's parameter class."""
    if spec.params is None:
        return
    try:
        spec.structure_params(params)
    except structuring_errors() as error:
        yield from problems(error, spec.params)
