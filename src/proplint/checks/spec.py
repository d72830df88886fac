"""Check specifications: the document a check reads, its parameters and the message arguments it gives.

Each check declares its spec where it is defined, with :func:`check_spec`
(as yamllint's ``CONF`` and Spectral's ``functionOptions`` do), so a ruleset
or configuration is checked against it when it loads: a parameter of the
wrong type, or a message naming an argument the check never gives, is a
configuration error instead of a wrong message at run time.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from proplint.config_converter import structure
from proplint.model.enums import DocumentKind
from proplint.phrases import Phrase, PhrasedError

DOCUMENT_KINDS = tuple(kind.value for kind in DocumentKind)

F = TypeVar("F", bound=Callable[..., Any])


class SpecError(PhrasedError, ValueError):
    """A check spec that cannot be: a plugin declaring it cannot be loaded, and says why in the reader's language."""


@attrs.frozen
class NoParams:
    """The parameters of a check that takes none."""


@attrs.frozen
class CheckSpec:
    """What a check reads, takes and gives.

    ``params`` is an attrs class the rule's parameters are structured into
    (``None``: any table, unchecked); ``args`` the message arguments every
    finding has and ``optional`` those only some have (a hint naming one is
    shown only when it is there); ``args=None``: not declared, templates are
    not checked.
    """

    document: str = "proposal"
    params: type[Any] | None = NoParams
    args: frozenset[str] | None = frozenset()
    optional: frozenset[str] = frozenset()

    def structure_params(self, params: Mapping[str, Any]) -> Any:
        """The parameters as an instance of ``params`` (raises cattrs' errors); the table itself without a class."""
        if self.params is None:
            return params
        return structure(dict(params), self.params)

    def unknown_fields(self, template: str, hint: bool = False) -> list[str]:
        """The arguments ``template`` names that the check does not give (a message may not rely on optional ones)."""
        if self.args is None:
            return []
        known = self.args | self.optional if hint else self.args
        return [name for name in template_fields(template) if name not in known]


def check_spec(
    document: str = "proposal",
    params: type[Any] | None = NoParams,
    args: Iterable[str] | None = (),
    optional: Iterable[str] = (),
) -> Callable[[F], F]:
    """Declare a check's spec on its function (read back with :func:`spec_of`).

    ``@check_spec(document="catalogue", params=MyParams, args=("year", "total"))``
    """
    if document not in DOCUMENT_KINDS:
        raise SpecError(Phrase("document must be one of {choices}, not {value!r}", choices=", ".join(DOCUMENT_KINDS), value=document))
    spec = CheckSpec(document, params, None if args is None else frozenset(args), frozenset(optional))

    def register(function: F) -> F:
        function.proplint_spec = spec  # type: ignore[attr-defined]
        return function

    return register


def spec_of(function: Any) -> CheckSpec | None:
    """The spec a check function declares, or ``None`` (a plugin that declares none)."""
    spec = getattr(function, "proplint_spec", None)
    return spec if isinstance(spec, CheckSpec) else None


def template_fields(template: str) -> list[str]:
    """The argument names a ``str.format`` template uses (``{total!r}``, ``{year:>4}`` → ``total``, ``year``).

    Raises ``ValueError`` for a template ``str.format`` cannot read.
    """
    names = []
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None:
            names.append(name.split("!")[0].split(".")[0].split("[")[0])
        if spec:
            names.extend(template_fields(spec))
    return names


ENGINE_ARGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "D001": (frozenset({"detail"}), frozenset()),
    "D002": (frozenset({"detail"}), frozenset({"suggestion"})),
    "D003": (frozenset({"detail"}), frozenset()),
    "D004": (frozenset({"key"}), frozenset({"suggestion"})),
    "D005": (frozenset({"detail", "expected"}), frozenset()),
    "M901": (frozenset({"id", "other"}), frozenset()),
    "M903": (frozenset({"id", "catalogues"}), frozenset()),
    "P001": (frozenset({"kind", "rule"}), frozenset()),
    "P002": (frozenset({"detail"}), frozenset()),
    "I001": (frozenset({"label"}), frozenset()),
    "I002": (frozenset({"year", "text", "row"}), frozenset()),
    "I003": (frozenset({"caption"}), frozenset()),
    "I004": (frozenset({"section"}), frozenset()),
    "I005": (frozenset({"part"}), frozenset()),
    "I006": (frozenset({"detail"}), frozenset()),
}
"""The message arguments of the rules proplint itself reports (no check: loading, projects, suppressions, the importer)."""


def engine_spec(code: str) -> CheckSpec | None:
    """The spec of a rule proplint reports itself, for checking its templates (``None``: not declared, not checked)."""
    given = ENGINE_ARGS.get(code)
    return None if given is None else CheckSpec(args=given[0], optional=given[1])
