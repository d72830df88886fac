"""D005: a file skipped as not proplint's that looks like a proposal, so a broken ``format`` line cannot hide it.

Files without ``format: proplint/…`` are skipped in directories and under
``--skip-foreign``; a proposal whose ``format`` line is missing or misspelt
would then pass unchecked. Two of ``id``, ``kind`` and ``economy`` make a
file look like a proposal.

D005 is a warning wherever it is found. A file *named* with
``--skip-foreign`` (the pre-commit hook) is one the user asked to have
checked: its D005 fails the run at warning level, so the hook refuses to
commit a proposal it could not check.
"""

from __future__ import annotations

from typing import Any

from proplint.findings import Hit, Severity
from proplint.phrases import Phrase

PROPOSAL_KEYS = frozenset({"id", "kind", "economy"})
UNCHECKED_FAILS_AT = Severity.WARNING
"""The failure threshold of a named file that D005 leaves unchecked (lower when the configuration's is)."""


def looks_like_proposal(data: Any) -> bool:
    """Whether a mapping has at least two of a proposal's telltale keys (any case)."""
    if not isinstance(data, dict):
        return False
    keys = {str(key).strip().casefold() for key in data}
    return len(PROPOSAL_KEYS & keys) >= 2


def foreign_proposal(data: Any) -> Hit | None:
    """The D005 hit for a file without a valid ``format`` that looks like a proposal, else ``None``.

    It points at the ``format`` key (or its near-miss) when there is one.
    """
    from proplint.structuring import SUPPORTED_FORMAT

    if not looks_like_proposal(data):
        return None
    args: dict[str, object] = {"expected": SUPPORTED_FORMAT}
    if "format" in data:
        args["detail"] = Phrase("its format is {got!r}, not {expected}", got=data["format"], expected=SUPPORTED_FORMAT)
        return Hit("D005", ("format",), args)
    import difflib

    keys = [key for key in data if isinstance(key, str)]
    near = [key for key in keys if difflib.SequenceMatcher(None, key.strip().casefold(), "format").ratio() >= 0.6]
    if near:
        args["detail"] = Phrase("the key {key!r} is not 'format'", key=near[0])
        return Hit("D005", (near[0],), args)
    args["detail"] = Phrase("it has no 'format' key")
    return Hit("D005", (), args)
