"""cattrs' error tree → one D002 hit per problem, each at its own path."""

from __future__ import annotations

from collections.abc import Iterator

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from proplint.findings import Hit
from proplint.paths import Path
from proplint.phrases import Phrase


def error_leaves(error: BaseException, path: Path = ()) -> Iterator[tuple[Path, BaseException]]:
    """Each innermost exception with the document path it happened at."""
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without_notes = error.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                step: tuple[str | int, ...] = (note.name,)
            elif isinstance(note, IterableValidationNote):
                index = note.index
                step = (index,) if isinstance(index, int) and not isinstance(index, bool) and _is_list(error) else (str(index),)
            else:
                step = ()
            yield from error_leaves(sub, path + step)
        for sub in without_notes:
            yield from error_leaves(sub, path)
        return
    yield path, error


def _is_list(error: BaseValidationError) -> bool:
    cl = getattr(error, "cl", None)
    return cl is not dict and getattr(cl, "__origin__", cl) is not dict


def to_hit(path: Path, error: BaseException) -> Hit:
    """A D002 hit worded from the exception, keeping a did-you-mean suggestion."""
    from proplint.structuring.values import ValueProblem

    detail: Phrase
    if isinstance(error, ValueProblem):
        detail = error.phrase
    elif isinstance(error, KeyError):
        detail = Phrase("the required key {key} is missing", key=str(error))
    else:
        detail = Phrase("invalid value ({problem})", problem=str(error) or type(error).__name__)
    args: dict[str, object] = {"detail": detail}
    suggestion = getattr(error, "suggestion", None)
    if suggestion:
        args["suggestion"] = suggestion
    return Hit("D002", path, args)
