"""Worker processes: a large batch of files checked by this process and forked ones, in the batch's order.

Generic over what is done with each file (``lint``), so the runner hands it
its own function and this module needs nothing of the engine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

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


def in_workers(items: list[Item], lint: Callable[[Item, bool], Result], workers: int) -> list[Result]:
    """Results of this process and ``workers - 1`` forked ones, in the items' order.

    Workers inherit the items, the configuration and everything loaded,
    and are sent only ranges of the items' indices. They run at a lower
    priority, and this process checks ranges too, taking the next one
    whenever its workers are busy; when none is left it checks the ranges
    its workers still hold itself, keeping whichever result comes first.
    On a machine whose CPUs are busy it so does the work at nearly the
    speed of one process, and workers never make a batch much slower.
    """
    import gc
    import multiprocessing

    global _WORKER_STATE
    size = max(1, min(64, len(items) // (workers * 4)))
    waiting = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    waiting.reverse()  # taken from the end: the first range first
    done: dict[int, list[Result]] = {}

    def lint_here(indices: tuple[int, int]) -> None:
        done[indices[0]] = [lint(item, True) for item in items[indices[0] : indices[1]]]

    lint_here(waiting.pop())  # builds the structuring code once, before the workers inherit it
    _WORKER_STATE = (items, lint)
    gc.freeze()  # workers' collections then leave the inherited objects (and their memory pages) alone
    pool = multiprocessing.get_context("fork").Pool(workers - 1, initializer=_yield_to_parent)
    try:
        running: dict[int, Any] = {}
        while waiting or running:
            while waiting and len(running) < 2 * (workers - 1):
                indices = waiting.pop()
                running[indices[0]] = (indices, pool.apply_async(_lint_range, (indices,)))
            for start, (indices, result) in list(running.items()):
                if result.ready():
                    del running[start]
                    done[start] = result.get()
            if waiting:
                lint_here(waiting.pop(0))  # the last range: workers keep the ones before it
            elif running:
                indices, _ = running.pop(min(running))  # a range a worker still holds: checked here too, the first result kept
                lint_here(indices)
    finally:
        pool.terminate()  # what a worker still checks is checked here already
        pool.join()
        gc.unfreeze()
        _WORKER_STATE = None
    return [result for start in sorted(done) for result in done[start]]


_WORKER_STATE: tuple[list[Any], Callable[[Any, bool], Any]] | None = None


def _yield_to_parent() -> None:
    """A worker runs at a lower priority: on a machine whose CPUs are busy it takes little from this process, on an idle one all it can."""
    try:
        os.nice(10)
    except OSError:
        pass


def _lint_range(indices: tuple[int, int]) -> list[Any]:
    """In a worker: the results of a range of the inherited items (without what only the parent needs)."""
    assert _WORKER_STATE is not None
    items, lint = _WORKER_STATE
    return [lint(item, False) for item in items[indices[0] : indices[1]]]


def can_fork() -> bool:
    """Forked workers inherit the loaded ruleset and modules; elsewhere one process is faster."""
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
