"""The plugin's check functions: each reads the proposal and yields hits through its context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from proplint import CheckContext, Hit


def summary_length(proposal: Any, context: CheckContext) -> Iterator[Hit]:
    """The summary has more words than the rule's ``max_words`` parameter allows."""
    summary = proposal.summary
    if not isinstance(summary, str):
        return
    words = len(summary.split())
    limit = int(context.params.get("max_words", 60))
    if words > limit:
        # The path names the offending node; the engine turns it into a line and column.
        yield context.hit(("summary",), words=words, limit=limit)
