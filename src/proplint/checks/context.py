"""What a check function receives besides the document."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Protocol

import attrs

from proplint.findings import Hit
from proplint.paths import Path


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

    def hit(self, path: Path, **args: Any) -> Hit:
        return Hit(self.code, path, args)


class Check(Protocol):
    """A check function: reads the model, yields hits; never raises on odd input."""

    def __call__(self, document: Any, context: CheckContext, /) -> Iterator[Hit]: ...
