"""D005: a file skipped as not proplint's that looks like a proposal, so a broken ``format`` line cannot hide it.

Files without ``format: proplint/…`` are skipped in directories and under
``--skip-foreign``; a proposal whose ``format`` line is missing or misspelt
would then pass unchecked. Two of ``id``, ``kind`` and ``economy`` make a
file look like a proposal.
"""

from __future__ import annotations

from typing import Any

from proplint.findings import Hit
from proplint.phrases import Phrase

PROPOSAL_KEYS = frozenset({"id", "kind", "economy"})


def looks_like_proposal(data: Any) -> bool:
    """Whether a mapping has at least two of a proposal's telltale keys (any case)."""
    if not isinstance(data, dict):
        return False
    keys = {str(key).strip().casefold() for key in data}
    return len(PROPOSAL_KEYS & keys) >= 2


def foreign_proposal(data: Any, named: bool) -> Hit | None:
    """The D005 hit for a file without a valid ``format`` that looks like a proposal, else ``None``.

    It points at the ``format`` key (or its near-miss) when there is one; a
    file ``named`` on the command line gets the graver severity.
    """
    from proplint.structuring import SUPPORTED_FORMAT

    if not looks_like_proposal(data):
        return None
    step = 1 if named else 0
    args: dict[str, object] = {"expected": SUPPORTED_FORMAT}
    if "format" in data:
        args["detail"] = Phrase("its format is {got!r}, not {expected}", got=data["format"], expected=SUPPORTED_FORMAT)
        return Hit("D005", ("format",), args, step=step)
    import difflib

    keys = [key for key in data if isinstance(key, str)]
    near = [key for key in keys if difflib.SequenceMatcher(None, key.strip().casefold(), "format").ratio() >= 0.6]
    if near:
        args["detail"] = Phrase("the key {key!r} is not 'format'", key=near[0])
        return Hit("D005", (near[0],), args, step=step)
    args["detail"] = Phrase("it has no 'format' key")
    return Hit("D005", (), args, step=step)
