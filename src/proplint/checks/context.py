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
    import_kind: str | None = None
    """The kind of Word and Markdown proposals whose kind the template leaves open (a catalogue's sources)."""

    def typed(self, cls: type[T]) -> T:
        """The rule's parameters as an instance of ``cls``, the parameter class of the check's spec."""
        if isinstance(self.options, cls):
            return self.options
        from proplint.config_converter import structure

        result: T = structure(dict(self.params), cls)
        return result

    def source_facts(self, source: str, entry_id: str | None = None) -> Facts | None:
        """The facts of a file named relative to the checked one, read once per run; ``None`` without a file.

        A Word or Markdown source names one proposal of the collection after
        ``#`` (``forslag.docx#SU02``), else by ``entry_id``; ``None`` when it holds no such proposal.
        """
        if self.origin is None or self.store is None:
            return None
        from proplint.facts import is_template, split_source

        file, proposal = split_source(source)
        if is_template(file):
            return self.store.proposal_facts(self.origin.parent / file, proposal or entry_id, self.max_bytes, self.import_kind)
        return self.store.facts(self.origin.parent / file, self.max_bytes)

    def hit(self, path: Path, **args: Any) -> Hit:
        return Hit(self.code, path, args)


class Check(Protocol):
    """A check function: reads the model, yields hits; never raises on odd input."""

    def __call__(self, document: Any, context: CheckContext, /) -> Iterator[Hit]: ...

