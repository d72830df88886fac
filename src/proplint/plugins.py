"""Third-party checks and rulesets, through the entry-point groups ``proplint.checks`` and ``proplint.rulesets``.

A ``proplint.checks`` entry point is named after the check (the name a
ruleset's ``check:`` uses) and points at the function. A ``proplint.rulesets``
entry point is named after the ruleset and points at the path of its YAML
file (or a function returning it). Nothing is imported until a ruleset uses
it, and a plugin that cannot be loaded is a :class:`PluginError` naming it
(a phrase, so the command line says it in the reader's language).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from proplint.phrases import Phrase, PhrasedError

if TYPE_CHECKING:  # importlib.metadata is slow to import: only when a plugin is looked for
    from importlib.metadata import EntryPoint

CHECK_GROUP = "proplint.checks"
RULESET_GROUP = "proplint.rulesets"


class PluginError(PhrasedError):
    """A plugin that is missing, cannot be imported, or gives the wrong kind of object."""


def describe(entry: EntryPoint) -> Phrase:
    """The entry point as a user can find it: its name, target and distribution."""
    dist = entry.dist
    origin = Phrase(" from {distribution} {version}", distribution=dist.name, version=dist.version) if dist is not None else ""
    return Phrase("plugin {name!r} ({group} = {value!r}{origin})", name=entry.name, group=entry.group, value=entry.value, origin=origin)


def origin_of(check: str) -> Phrase | str:
    """The plugin that provides ``check``, described (or the name alone when no plugin does)."""
    entry = _entries(CHECK_GROUP).get(check)
    return check if entry is None else describe(entry)


def _failure(error: Exception) -> Phrase | str:
    """What third-party code raised: its own phrase (a bad check spec), else its type and words."""
    return error.phrase if isinstance(error, PhrasedError) else f"{type(error).__name__}: {error}"


@cache
def _entries(group: str) -> dict[str, EntryPoint]:
    from importlib.metadata import entry_points

    return {entry.name: entry for entry in entry_points(group=group)}


def _load(entry: EntryPoint) -> Any:
    try:
        return entry.load()
    except Exception as error:  # any failure of third-party code is reported, never raised through
        raise PluginError(Phrase("{plugin} cannot be loaded: {problem}", plugin=describe(entry), problem=_failure(error))) from None


@cache
def plugin_check(name: str) -> tuple[Any, str]:
    """The check function a plugin provides under ``name``, and the plugin's description."""
    entry = _entries(CHECK_GROUP).get(name)
    if entry is None:
        raise PluginError(Phrase("no built-in check or installed plugin provides the check {name!r}", name=name))
    function = _load(entry)
    if not callable(function):
        raise PluginError(Phrase("{plugin} is not a check function but a {kind}", plugin=describe(entry), kind=type(function).__name__))
    return function, str(describe(entry))


def plugin_ruleset(name: str) -> Path | None:
    """The YAML file of the ruleset a plugin provides under ``name``, or ``None``."""
    entry = _entries(RULESET_GROUP).get(name)
    if entry is None:
        return None
    target = _load(entry)
    try:
        path = Path(target() if callable(target) else target)
    except Exception as error:
        raise PluginError(Phrase("{plugin} gave no ruleset path: {problem}", plugin=describe(entry), problem=_failure(error))) from None
    if not path.is_file():
        raise PluginError(Phrase("{plugin} names a ruleset file that does not exist: {path}", plugin=describe(entry), path=str(path)))
    return path


def ruleset_names() -> list[str]:
    return sorted(_entries(RULESET_GROUP))
