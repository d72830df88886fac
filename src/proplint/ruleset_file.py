"""A ruleset file as written: its structure (through the strict cattrs converter), and errors at their lines.

Reading the text is :func:`read_data`, kept apart from the structure so the
way YAML is read can change on its own. Positions are found only for an
error, by reading the file again with proplint's own YAML loader.
"""

from __future__ import annotations

import marshal
import os
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from proplint.findings import Severity
from proplint.paths import Path as DocPath
from proplint.phrases import LocatedError

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
"""Part of every cache file's name: raise it when what :func:`read_data` returns changes shape."""


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


def read_ruleset_file(path: Path) -> tuple[RulesetFile, list[Mapping[str, Any]]]:
    """The file's structure, and each rule entry as written (which keys it sets); raises :class:`RulesetError`."""
    from proplint.config_converter import problems, structure, structuring_errors

    raw = read_data(path)
    if raw is None:
        raw = {}
    try:
        parsed: RulesetFile = structure(raw, RulesetFile)
    except structuring_errors() as error:
        where, message, key = next(problems(error, RulesetFile), ((), str(error), False))
        raise error_at(path, where, message, key) from None
    if parsed.tolerance not in (None, "rounding", "exact"):
        raise error_at(path, ("tolerance",), f"tolerance must be 'rounding' or 'exact', not {parsed.tolerance!r}")
    return parsed, list(raw.get("rules") or [])


def error_at(path: Path, where: DocPath, message: str, key: bool = False) -> RulesetError:
    """An error about the node at ``where`` in the ruleset file ``path``, with its line and column."""
    line: int | None = None
    column: int | None = None
    try:
        from proplint.loading import load_text

        document = load_text(path.read_text(encoding="utf-8"), str(path), "yaml")
        line, column = document.locate(where, key=key) or (None, None)
    except (OSError, UnicodeDecodeError):
        pass
    label = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where).lstrip(".")
    return RulesetError(f"{label}: {message}" if label else message, str(path), line, column)


def template_problems(message: str, hint: str | None, spec: CheckSpec) -> Iterator[tuple[str, str]]:
    """``(key, problem)`` for a message or hint template that cannot be read or names an argument the check does not give."""
    for key, template in (("message", message), ("hint", hint)):
        if template is None:
            continue
        try:
            unknown = spec.unknown_fields(template, hint=key == "hint")
        except ValueError as error:
            yield key, f"the template cannot be read: {error}"
            continue
        if unknown:
            given = sorted((spec.args or frozenset()) | (spec.optional if key == "hint" else frozenset()))
            close = _close(unknown[0], given)
            yield key, (
                f"the {key} names {{{unknown[0]}}}, which the check does not give"
                f"{close} (it gives: {', '.join(given) or 'nothing'})"
            )


def param_problems(params: Mapping[str, Any], spec: CheckSpec) -> Iterator[tuple[DocPath, str, bool]]:
    """``(path, problem, about a key)`` for each parameter that does not fit the check's parameter class."""
    from proplint.config_converter import problems, structuring_errors

    if spec.params is None:
        return
    try:
        spec.structure_params(params)
    except structuring_errors() as error:
        yield from problems(error, spec.params)


def _close(word: str, choices: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {{{close[0]}}}?)" if close else ""
