"""What a check function receives besides the document."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from proplint.findings import Hit
from proplint.paths import Path

if TYPE_CHECKING:
    from proplint.facts import Facts
    from proplint.sources import DocumentStore

T = TypeVar("T")


@attrs.frozen
class CheckContext:
    """The rule a check runs for: its code, its parameters and the tolerance mode.

    Checks report through :meth:`hit`, so one check function can serve several
    rules (a ruleset may reuse it under a new code with other parameters).
    """

    code: str
    params: Mapping[str, Any] = attrs.field(factory=dict)
    exact: bool = False
    invalid: frozenset[Path] = frozenset()
    """Paths of values the loader rejected (D002): sums over them are not checked."""
    origin: FilePath | None = None
    """The checked file, against which a catalogue's sources are resolved (``None`` for text)."""
    store: DocumentStore | None = None
    max_bytes: int = 2_000_000
    options: Any = None
    """The parameters structured into the class the check's spec names (checked when the ruleset loaded)."""

    def typed(self, cls: type[T]) -> T:
        """The rule's parameters as an instance of ``cls``, the parameter class of the check's spec."""
        if isinstance(self.options, cls):
            return self.options
        from proplint.config_converter import structure

        result: T = structure(dict(self.params), cls)
        return result

    def source_facts(self, source: str) -> Facts | None:
        """The facts of a file named relative to the checked one, read once per run; ``None`` without a file."""
        if self.origin is None or self.store is None:
            return None
        return self.store.facts(self.origin.parent / source, self.max_bytes)

    def hit(self, path: Path, **args: Any) -> Hit:
        return Hit(self.code, path, args)


class Check(Protocol):
    """A check function: reads the model, yields hits; never raises on odd input."""

    def __call__(self, document: Any, context: CheckContext, /) -> Iterator[Hit]: ...

