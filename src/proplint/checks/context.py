"""What a check function receives besides the document."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from proplint.config_converter import structure
from proplint.findings import Hit
from proplint.paths import Path

if TYPE_CHECKING:
    from proplint.linking import Link, Links

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
    links: Links = ()
    """A catalogue's sources by entry index, resolved once by the link stage (:mod:`proplint.linking`)."""
    options: Any = None
    """The parameters structured into the class the check's spec names (checked when the ruleset loaded)."""

    def typed(self, cls: type[T]) -> T:
        """The rule's parameters as an instance of ``cls``, the parameter class of the check's spec."""
        if isinstance(self.options, cls):
            return self.options
        result: T = structure(dict(self.params), cls)
        return result

    def link(self, index: int) -> Link | None:
        """The link of a catalogue's entry ``index``; ``None`` when it names no source or was not linked (text)."""
        return self.links[index] if index < len(self.links) else None

    def hit(self, path: Path, **args: Any) -> Hit:
        return Hit(self.code, path, args)


class Check(Protocol):
    """A check function: reads the model, yields hits; never raises on odd input."""

    def __call__(self, document: Any, context: CheckContext, /) -> Iterator[Hit]: ...

