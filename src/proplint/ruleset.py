"""Rulesets: which rules exist, with their defaults and words, read from YAML.

A ruleset names its rules by code; ``extends`` takes another ruleset's rules
and lets this one change their severity, parameters and words, add rules, or
disable them with ``enabled: false``. Shipped rulesets live in ``rules/``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from proplint.checks import builtin_document, builtin_spec
from proplint.checks.spec import DOCUMENT_KINDS, engine_spec
from proplint.findings import Severity
from proplint.phrases import Phrase
from proplint.plugins import PluginError, plugin_ruleset, ruleset_names
from proplint.ruleset_file import RuleEntry, RulesetError, error_at, param_problems, read_ruleset_file, template_problems

if TYPE_CHECKING:
    from proplint.checks.spec import CheckSpec

__all__ = ["DEFAULT_RULESET", "DOCUMENT_KINDS", "EXACT", "Rule", "Ruleset", "RulesetError", "expand", "load_ruleset"]

DEFAULT_RULESET = "kk"
Example = str | Mapping[str, Any]
"""A rule's failing or passing example: a file's text, or a change to a clean document."""


FIXED = ("always_on", "suppressible", "project", "loading")
"""What a rule is, stated where it is defined: a ruleset that extends it cannot change it."""

EXACT = 1000
"""The specificity of a selector that names one rule by code or name."""


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
    always_on: bool = False
    """Checked whatever the configuration selects or ignores (a file that cannot be read is always reported)."""
    suppressible: bool = True
    """Whether a ``# proplint:`` comment can suppress its findings."""
    project: bool = False
    """Reported only by the checks across files (``--project``): a comment naming it waits for them."""
    loading: bool = False
    """Found in reading a file into the model (syntax, values, format, unknown keys): :func:`proplint.load_document` reports only these."""


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

    def codes(self, where: Callable[[Rule], bool]) -> frozenset[str]:
        """The codes of the rules ``where`` holds for (``lambda rule: not rule.suppressible`` …)."""
        return frozenset(code for code, rule in self.rules.items() if where(rule))


@cache
def shipped_directory() -> Path:
    """Where the shipped rulesets are: inside the wheel, or ``rules/`` of a checkout (looked up once: every rule asks)."""
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
        try:
            provided = plugin_ruleset(name_or_path)
        except PluginError as error:
            raise RulesetError(error.phrase) from None
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


MAX_EXTENDS = 32
"""How many rulesets an ``extends`` chain may pass through: a longer one is a mistake, not a design."""


def _load(name_or_path: str, seen: tuple[tuple[Path, Path], ...], relative_to: Path | None = None) -> Ruleset:
    """The ruleset ``name_or_path``; ``seen`` is the chain of files that extend it, each as written and as resolved."""
    path = _locate(name_or_path, relative_to)
    real = path.resolve()  # './a.yaml', '../x/a.yaml', a symlink and an absolute path are one file
    if any(real == other for _, other in seen) or len(seen) >= MAX_EXTENDS:
        chain = " → ".join(str(written) for written, _ in (*seen, (path, real)))
        last = seen[-1][0]
        if len(seen) >= MAX_EXTENDS:
            raise error_at(last, ("extends",), Phrase("'extends' goes through more than {count} rulesets: {chain}", count=MAX_EXTENDS, chain=chain))
        raise error_at(last, ("extends",), Phrase("the rulesets extend each other in a cycle: {chain}", chain=chain))
    parsed, written = read_ruleset_file(path)
    base: dict[str, Rule] = {}
    tolerance = "rounding"
    if parsed.extends:
        try:
            parent = _load(parsed.extends, seen + ((path, real),), path.parent)
        except RulesetError as error:
            if error.file is not None:
                raise
            raise error_at(path, ("extends",), error.phrase) from None  # a ruleset that cannot be found: at the line naming it
        base, tolerance = dict(parent.rules), parent.tolerance
    tolerance = parsed.tolerance or tolerance
    name = parsed.name or path.stem
    for index, (entry, raw) in enumerate(zip(parsed.rules, written)):
        rule = _rule(entry, raw, base, path, index, name)
        base[rule.code] = rule
    return Ruleset(name=name, rules=base, tolerance=tolerance)


def _rule(entry: RuleEntry, raw: Mapping[str, Any], base: Mapping[str, Rule], path: Path, index: int, source: str) -> Rule:
    """The rule an entry makes: a change of the inherited one, or a new rule; checked against its check's spec."""
    keys = set(raw)

    inherited = base.get(entry.code)
    if inherited is not None:
        fixed = sorted(keys & set(FIXED))
        if fixed:
            stated = Phrase("rule {code}: {key} is stated where the rule is defined; a ruleset that extends it cannot change it", code=entry.code, key=fixed[0])
            raise error_at(path, ("rules", index, fixed[0]), stated, True)
        changes: dict[str, Any] = {}
        for field in attrs.fields(RuleEntry):
            key = str(field.metadata.get("key", field.name))
            if key in keys and field.name != "code":
                value = getattr(entry, field.name)
                if field.name == "params" and value:
                    value = {**inherited.params, **value}
                elif field.name in ("fail", "passing"):
                    value = _example(raw[key])
                changes[field.name] = value
        if "params" in changes and changes["params"] is None:
            changes["params"] = {}
        try:
            rule = attrs.evolve(inherited, **changes)
        except (TypeError, ValueError) as error:
            raise error_at(path, ("rules", index), Phrase("rule {code}: {problem}", code=entry.code, problem=str(error))) from None
    else:
        missing = {"name", "severity", "message"} - keys
        if missing:
            raise error_at(path, ("rules", index), Phrase("the new rule {code} needs {keys}", code=entry.code, keys=", ".join(sorted(missing))))
        assert entry.name is not None and entry.severity is not None and entry.message is not None
        rule = Rule(
            code=entry.code,
            name=entry.name,
            severity=entry.severity,
            check=entry.check,
            message=entry.message,
            hint=entry.hint,
            params=dict(entry.params or {}),
            summary=entry.summary or "",
            why=entry.why or "",
            fail=_example(raw.get("fail")),
            passing=_example(raw.get("pass")),
            enabled=True if entry.enabled is None else entry.enabled,
            source=source,
            document=entry.document or "proposal",
            always_on=bool(entry.always_on),
            suppressible=True if entry.suppressible is None else entry.suppressible,
            project=bool(entry.project),
            loading=bool(entry.loading),
        )
    return _checked(rule, keys, path, index)


def _example(value: Any) -> Example:
    """An example as written: a file's text, or a change to a clean document kept as its table (``proplint.examples`` reads it)."""
    return dict(value) if isinstance(value, dict) else str(value or "")


def _checked(rule: Rule, keys: set[str], path: Path, index: int) -> Rule:
    """The rule with the document kind its check's spec states, once its document, parameters and words fit the spec.

    The shipped rulesets are checked by the test suite, so loading them does
    not load the checks of other document kinds to read their specs.
    """
    where: tuple[str | int, ...] = ("rules", index)
    if rule.document not in DOCUMENT_KINDS:
        wrong = Phrase("document must be one of {choices}, not {value!r}", choices=", ".join(DOCUMENT_KINDS), value=rule.document)
        raise error_at(path, (*where, "document"), wrong)
    document = builtin_document(rule.check) if rule.check is not None else None
    if document is not None and document != rule.document:
        if rule.document != "proposal":  # stated, and not what the check reads
            reads = Phrase("the check {check!r} reads {document} documents, not {stated}", check=rule.check, document=document, stated=rule.document)
            raise error_at(path, (*where, "document"), Phrase("rule {code}: {problem}", code=rule.code, problem=reads))
        rule = attrs.evolve(rule, document=document)
    if path.parent == shipped_directory():
        return rule
    problem = rule_problem(rule)
    if problem is None:
        return rule
    field, message, key = problem
    if field[0] == "params" and "params" not in keys:
        field = ()  # inherited parameters the new check cannot take: the entry itself is wrong
    elif field and field[0] not in keys:
        field = ()
    raise error_at(path, (*where, *field), Phrase("rule {code}: {problem}", code=rule.code, problem=message), key)


def rule_spec(rule: Rule) -> CheckSpec | None:
    """The spec a rule is checked against: its built-in check's, or proplint's own for the rules it reports itself.

    A plugin check's spec is read when the plugin loads (:func:`proplint.checking.check_plugins`).
    """
    return engine_spec(rule.code) if rule.check is None else builtin_spec(rule.check)


def rule_problem(rule: Rule, spec: CheckSpec | None = None) -> tuple[tuple[str | int, ...], Phrase, bool] | None:
    """The first way a rule does not fit its check's spec: ``(path in the rule entry, problem, about a key)``, or ``None``."""
    spec = spec or rule_spec(rule)
    if spec is None:
        return None
    if rule.check is not None and spec.document != rule.document and rule.document != "proposal":
        problem = Phrase("the check {check!r} reads {document} documents, not {stated}", check=rule.check, document=spec.document, stated=rule.document)
        return ("document",), problem, False
    for where, problem, key in param_problems(rule.params, spec):
        return ("params", *where), problem, key
    for field, problem in template_problems(rule.message, rule.hint, spec):
        return (field,), problem, False
    return None


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
