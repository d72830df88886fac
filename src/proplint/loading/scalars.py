"""Plain YAML scalars read the way proposal authors mean them.

Numbers become ``int`` or ``Decimal`` straight from their source text (never a
binary float), ``yes``/``no`` become booleans as in YAML 1.1, and an ISO date
becomes a ``date``. Anything else stays the string it was.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {
    **dict.fromkeys(("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"), True),
    **dict.fromkeys(("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"), False),
}
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9_]*)\Z")
_HEX = re.compile(r"[-+]?0x[0-9a-fA-F_]+\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?\Z|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+\Z")
_SPECIAL_FLOATS = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"}
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_NUMBER_START = frozenset("0123456789+-.")
_MAX_INT_DIGITS = 4000
"""Below Python's 4,300-digit limit on int(str) and str(int)."""
_MAX_HEX_DIGITS = 3000
"""A hexadecimal number of 3,000 digits has about 3,600 decimal ones."""


@lru_cache(maxsize=4096)
def resolve_plain(text: str) -> Any:
    """The value of an untagged, unquoted scalar (cached: every result is immutable)."""
    if text in _NULLS:
        return None
    flag = _BOOLS.get(text)
    if flag is not None:
        return flag
    if text[0] not in _NUMBER_START:
        return text
    if _INT.match(text):
        digits = text.replace("_", "")
        # Past Python's limit on converting long texts to int: keep the figure as a Decimal (structuring bounds it).
        return int(digits) if len(digits) <= _MAX_INT_DIGITS else Decimal(digits)
    if _DATE.match(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            return text
    if _FLOAT.match(text) and text not in (".", "+.", "-."):
        try:
            return Decimal(text.replace("_", ""))
        except InvalidOperation:
            return text
    if _HEX.match(text):
        try:
            number = int(text.replace("_", ""), 16)
        except ValueError:  # 0x_ or -0x: no digits
            return text
        # Too long to print as an int: a Decimal (structuring bounds it).
        return number if len(text) <= _MAX_HEX_DIGITS else Decimal(number)
    if text in _SPECIAL_FLOATS:
        return Decimal(text.replace(".", "").lower().replace("inf", "Infinity"))
    return text
