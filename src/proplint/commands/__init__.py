"""The subcommands of the command line, one module each, and the exit codes they share."""

from __future__ import annotations

import sys

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def usage_error(*messages: str) -> int:
    """Print usage or configuration errors to standard error; returns the exit code for them."""
    for message in messages:
        print(f"proplint: error: {message}", file=sys.stderr)
    return EXIT_USAGE
