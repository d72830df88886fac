"""Worker processes: a large batch of files checked by this process and forked ones, in the batch's order.

Generic over what is done with each file (``lint``), so the runner hands it
its own function and this module needs nothing of the engine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

PER_WORKER = 32  # fewer files than this per worker are checked faster in one process


def map_in_workers(items: list[Item], lint: Callable[[Item, bool], Result], jobs: int) -> Iterable[Result]:
    """``lint`` of every item, in order: in this process, or with ``jobs`` above 1 (0: one per available CPU) in workers too.

    ``lint``'s flag says whether its result may keep what only this process
    needs (a worker's result is sent back, so it leaves the model out).

    Workers are used where the platform can fork and the batch is large
    enough to gain from them; the results are the same either way.
    """
    workers = min(jobs if jobs > 0 else available_cpus(), len(items) // PER_WORKER)
    if workers < 2 or not can_fork():
        return (lint(item, True) for item in items)
    return in_workers(items, lint, workers)


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, which containers and ``taskset`` narrow), not all the machine has."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Forked workers inherit the loaded ruleset and modules; elsewhere one process is faster."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def in_workers(items: list[Item], lint: Callable[[Item, bool], Result], workers: int) -> list[Result]:
    """Results of this process and ``workers - 1`` forked ones, in the items' order (see :mod:`proplint.forking`)."""
    from proplint.forking import check_in_forks  # only large batches pay for pipes, pickling and forking

    return check_in_forks(items, lint, workers)
