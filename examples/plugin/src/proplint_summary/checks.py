"""The plugin's check functions: each reads the proposal and yields hits through its context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from proplint import CheckContext, Hit, check_spec


@attrs.frozen
class SummaryLength:
    """The parameters of ``summary_length``: a ruleset or configuration giving another type is refused when it loads."""

    max_words: int = 60


@check_spec(document="proposal", params=SummaryLength, args=("words", "limit"))
def summary_length(proposal: Any, context: CheckContext) -> Iterator[Hit]:
    """The summary has more words than the rule's ``max_words`` parameter allows."""
    summary = proposal.summary
    if not isinstance(summary, str):
        return
    words = len(summary.split())
    limit = context.typed(SummaryLength).max_words
    if words > limit:
        # The path names the offending node; the engine turns it into a line and column.
        yield context.hit(("summary",), words=words, limit=limit)
