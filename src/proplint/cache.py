"""The user's cache directory for proplint, and keeping a file there.

Two things are kept there: the parsed form of each ruleset and the code attrs
writes for proplint's classes. Both are only used when they match exactly
what they replace, so a lost or half-written cache costs time, never a wrong
answer; writing one is atomic, and a cache that cannot be written is no error.
"""

from __future__ import annotations

import os


def cache_directory() -> str | None:
    """``$XDG_CACHE_HOME/proplint`` (else ``~/.cache/proplint``); ``None`` without a home directory to keep it in."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    return os.path.join(base, "proplint")


def keep(path: str, payload: bytes) -> None:
    """Write ``payload`` to ``path`` atomically (a temporary file renamed over it); errors are swallowed."""
    import tempfile  # only when something new is kept: not worth importing on every run

    directory = os.path.dirname(path)
    try:
        os.makedirs(directory, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".keep-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
