"""Mutated documents for fuzzing: seeds of every kind in YAML, JSON and TOML, and the hostile pieces found before.

Shared by ``tests/test_fuzz.py`` (a bounded run in CI) and ``benchmarks/fuzz.py`` (long runs).
"""

from __future__ import annotations

import json
from pathlib import Path
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from hypothesis import strategies as st

T = TypeVar("T")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _seeds() -> list[tuple[str, str]]:
    """(syntax, text): every example document as written, and the YAML ones again as JSON."""
    import yaml

    seeds: list[tuple[str, str]] = []
    for path in sorted(EXAMPLES.glob("**/*")):
        if "plugin" in path.parts or path.suffix not in (".yaml", ".json", ".toml"):
            continue
        syntax = {".yaml": "yaml", ".json": "json", ".toml": "toml"}[path.suffix]
        text = path.read_text(encoding="utf-8")
        seeds.append((syntax, text))
        if syntax == "yaml":
            try:
                data = yaml.safe_load(text)
            except (yaml.YAMLError, ValueError):
                continue
            seeds.append(("json", json.dumps(data, default=str, ensure_ascii=False, indent=1)))
            if isinstance(data, dict):
                seeds.append(("toml", to_toml(data)))
    return seeds


def to_toml(data: dict[str, Any]) -> str:
    """A TOML text of a YAML document's data (tables under headers, as people write them; ``null`` left out)."""
    lines: list[str] = []
    _toml_table(data, [], lines)
    return "\n".join(lines) + "\n"


def _toml_table(table: dict[str, Any], prefix: list[str], lines: list[str]) -> None:
    nested = []
    for key, value in table.items():
        if value is None:
            continue
        if isinstance(value, dict) and value:
            nested.append(("table", key, value))
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            nested.append(("array", key, value))
        else:
            lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
    for kind, key, value in nested:
        name = ".".join(_toml_key(part) for part in [*prefix, key])
        for item in value if kind == "array" else [value]:
            lines.append("")
            lines.append(f"[[{name}]]" if kind == "array" else f"[{name}]")
            _toml_table(item, [*prefix, key], lines)


def _toml_key(key: Any) -> str:
    text = str(key)
    return text if text and all(char.isascii() and (char.isalnum() or char in "_-") for char in text) else json.dumps(text)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) or type(value).__name__ in ("Decimal", "date"):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value if item is not None) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items() if v is not None) + "}"
    return json.dumps(str(value), ensure_ascii=False)


SEEDS = _seeds()

PIECES = [
    "9" * 5000,  # beyond Python's 4,300-digit limit
    "0x" + "f" * 4000,
    "0x_", "-0x", "0b", "0o_", "+.inf", ".nan", "-0", "1_000", "1e999999999", "-1e1000000", "1E+999999999",
    "9" * 400 + "." + "9" * 400,
    "\ud800", "\udfff", "\x00", "\ufeff", "\u2028",
    "[" * 3000, "{" * 3000, "- " * 2000, "&a [*a]", "*a", "!!python/object:os.system",
    "# proplint: disable=" + " " * 3000 + "x",
    "# proplint: disable-next-line=S101,S101,S101",
    " " * 3000 + "=",
    "a" * 300 + ".yaml",
    "../../../etc/hostname", "/proc/self/mem",
    "id: SU01\nid: SU01\n", "2027: 1\n2027: 2\n",
    "".join(" " * depth + "a:\n" for depth in range(1200)), "- " * 1200,  # block nesting past libyaml's limit
    "a = 1\n" * 2000, "[x]\n" * 500, "[[x]]\n" * 500,
    "<!-- proplint:" + " " * 3000,
    "\n", ": ", "- ", "'", '"', "\\", "\t", "#", "=", ",", "}", "]",
    "2027", "-650", "null", "true", "[]", "{}", '""',
    "1e-999999999", "-0.0", "1e15", "999999999999999", "2026.5", "2026-13-45", "0001-01-01", "9999-12-31",
    "!!binary aGk=", "!!timestamp 2026-01-01", "!!float 1", "!!int x", "<<: *a", "? [a]\n: b", "&a 1",
    "--- \n", "...\n", "%YAML 1.1\n", "\r\n", "\x85", "\u00a0", "ﬀ", "İ", "ǅ",
]


class Chooser(Protocol):
    """Where the choices of a mutation come from: hypothesis (the test, shrinking) or ``random`` (long runs, fast)."""

    def integer(self, low: int, high: int) -> int: ...

    def pick(self, options: Sequence[T]) -> T: ...

    def text(self) -> str: ...


ACTIONS = ["value", "value", "key", "insert", "replace", "delete", "duplicate", "repeat"]


def mutate(choose: Chooser, max_pieces: int = 4, max_repeat: int = 500) -> tuple[str, str]:
    """(syntax, text): a seed with a few slices deleted, duplicated, repeated up to ``max_repeat`` times or replaced by hostile pieces."""
    syntax, text = choose.pick(SEEDS)
    for _ in range(choose.integer(1, max_pieces)):
        start = choose.integer(0, len(text))
        end = min(len(text), start + choose.integer(0, 40))
        action = choose.pick(ACTIONS)
        if action == "value":  # a scalar replaced where the format reads one: the pieces that got through before
            text = _replace_value(text, choose.integer(0, 10_000), choose.pick(PIECES))
        elif action == "key":  # a key (a year, a field name) replaced: keys are read too
            text = _replace_key(text, choose.integer(0, 10_000), choose.pick(PIECES))
        elif action == "insert":
            text = text[:start] + choose.pick(PIECES) + text[start:]
        elif action == "replace":
            text = text[:start] + (choose.pick(PIECES) if choose.integer(0, 1) else choose.text()) + text[end:]
        elif action == "delete":
            text = text[:start] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + text[start:end] * choose.integer(2, choose.pick([10, 100, max_repeat])) + text[end:]  # mostly small
    return syntax, text


class _Drawn:
    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def integer(self, low: int, high: int) -> int:
        return self.draw(st.integers(min_value=low, max_value=high))

    def pick(self, options: Sequence[T]) -> T:
        return self.draw(st.sampled_from(options))

    def text(self) -> str:
        return self.draw(st.text(max_size=20))


class Random:
    """Choices from :mod:`random` (a hundred times cheaper than hypothesis's, for runs of 10⁵ inputs)."""

    def __init__(self, seed: int) -> None:
        import random

        self.random = random.Random(seed)

    def integer(self, low: int, high: int) -> int:
        return self.random.randint(low, high)

    def pick(self, options: Sequence[T]) -> T:
        return options[self.random.randrange(len(options))]

    def text(self) -> str:
        alphabet = self.random.choice(["ascii", "unicode"])
        size = self.random.randint(0, 20)
        if alphabet == "ascii":
            return "".join(chr(self.random.randint(0, 127)) for _ in range(size))
        return "".join(chr(self.random.choice([self.random.randint(0, 0x2FF), self.random.randint(0, 0x10FFFF)])) for _ in range(size))


@st.composite
def mutated(draw: st.DrawFn, max_pieces: int = 4, max_repeat: int = 500) -> tuple[str, str]:
    """:func:`mutate` under hypothesis."""
    return mutate(_Drawn(draw), max_pieces, max_repeat)


def _replace_value(text: str, which: int, piece: str) -> str:
    """The text with the value after its ``which``-th separator (``: ``, ``= ``) replaced by ``piece``."""
    import re

    spots = [match for match in re.finditer(r"(?:: |= )([^\n,}\]]*)", text)]
    if not spots:
        return text
    match = spots[which % len(spots)]
    return text[: match.start(1)] + piece + text[match.end(1) :]


def _replace_key(text: str, which: int, piece: str) -> str:
    """The text with the key before its ``which``-th separator (``: ``, ``= ``) replaced by ``piece``."""
    import re

    spots = [match for match in re.finditer(r"([^\s{,\[\]\-][^\n:={,]*)(?:: | = )", text)]
    if not spots:
        return text
    match = spots[which % len(spots)]
    return text[: match.start(1)] + piece + text[match.end(1) :]


def seconds_allowed(text: str) -> float:
    """A second per 100 KB, and at least a second (the machine is shared)."""
    return max(1.0, len(text.encode("utf-8", "surrogatepass")) / 100_000)
