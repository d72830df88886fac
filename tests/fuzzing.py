"""Mutated documents for fuzzing: seeds of every kind in YAML, JSON and TOML, and the hostile pieces found before.

Shared by ``tests/test_fuzz.py`` (a bounded run in CI) and ``benchmarks/fuzz.py`` (long runs).
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import strategies as st

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
    return seeds


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
    "\n", ": ", "- ", "'", '"', "\\", "\t", "#", "=", ",", "}", "]",
    "2027", "-650", "null", "true", "[]", "{}", '""',
]


@st.composite
def mutated(draw: st.DrawFn, max_pieces: int = 4) -> tuple[str, str]:
    """(syntax, text): a seed with a few slices deleted, duplicated or replaced by hostile pieces."""
    syntax, text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(min_value=1, max_value=max_pieces))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = min(len(text), start + draw(st.integers(min_value=0, max_value=40)))
        action = draw(st.sampled_from(["value", "value", "insert", "replace", "delete", "duplicate", "repeat"]))
        if action == "value":  # a scalar replaced where the format reads one: the pieces that got through before
            text = _replace_value(text, draw(st.integers(min_value=0, max_value=10_000)), draw(st.sampled_from(PIECES)))
        elif action == "insert":
            text = text[:start] + draw(st.sampled_from(PIECES)) + text[start:]
        elif action == "replace":
            text = text[:start] + draw(st.one_of(st.sampled_from(PIECES), st.text(max_size=20))) + text[end:]
        elif action == "delete":
            text = text[:start] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + text[start:end] * draw(st.integers(min_value=2, max_value=500)) + text[end:]
    return syntax, text


def _replace_value(text: str, which: int, piece: str) -> str:
    """The text with the value after its ``which``-th separator (``: ``, ``= ``) replaced by ``piece``."""
    import re

    spots = [match for match in re.finditer(r"(?:: |= )([^\n,}\]]*)", text)]
    if not spots:
        return text
    match = spots[which % len(spots)]
    return text[: match.start(1)] + piece + text[match.end(1) :]


def seconds_allowed(text: str) -> float:
    """A second per 100 KB, and at least a second (the machine is shared)."""
    return max(1.0, len(text.encode("utf-8", "surrogatepass")) / 100_000)
