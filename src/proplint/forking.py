"""Forked workers sharing a batch with this process: ranges taken from one pipe, results sent back through another.

Kept apart from :mod:`proplint.workers` so that checking a few files never
imports what forking needs.
"""

from __future__ import annotations

import fcntl
import gc
import os
import pickle
import select
import signal
import struct
import time
from collections.abc import Callable
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_LARGEST_RANGE = 64  # files a process takes at a time while much is left
_SMALLEST_RANGE = 4  # ... and at the end, so that no process is left with a long tail
_MOST_RANGES = 1024  # the ranges' numbers fit in one page, the least a pipe holds, written before the workers start
_NUMBER = struct.Struct("<I")
_PIPE_SIZE = 1 << 20  # a worker's results wait in its pipe while this process checks a range of its own


def ranges(count: int, processes: int) -> list[tuple[int, int]]:
    """The batch cut into ranges of item indices, smaller towards the end so that all processes finish at nearly the same time.

    The first range is small too: this process checks it before forking, to
    build what every file needs once, while no worker runs yet.
    """
    smallest = max(_SMALLEST_RANGE, -(-count // _MOST_RANGES))
    cut: list[tuple[int, int]] = [(0, min(count, smallest))] if count else []
    start = cut[0][1] if cut else 0
    while start < count:
        size = max(smallest, min(_LARGEST_RANGE, (count - start) // (4 * processes)))
        cut.append((start, min(count, start + size)))
        start += size
    return cut




def check_in_forks(items: list[Item], lint: Callable[[Item, bool], Result], workers: int) -> list[Result]:
    """Results of this process and ``workers - 1`` forked ones, in the items' order.

    Workers inherit the items, the configuration and everything loaded. All
    processes take the numbers of the next ranges from one pipe, so each
    takes work when it is free, without a coordinating thread; a worker
    sends each range's results back through a pipe of its own. Workers run
    at a lower priority. When no range is left to take, this process checks
    the ranges whose results have not come yet itself, keeping whichever
    result comes first: a worker that gets no CPU on a busy machine never
    holds up the batch, and one that fails costs only its ranges' time.
    """
    cut = ranges(len(items), workers)
    done: dict[int, list[Result]] = {}

    def lint_here(index: int) -> None:
        start, end = cut[index]
        done[index] = [lint(item, True) for item in items[start:end]]

    taking, giving = os.pipe()
    os.write(giving, b"".join(_NUMBER.pack(index) for index in range(len(cut))))
    os.close(giving)  # an empty pipe then reads as its end: no range left
    results: dict[int, bytearray] = {}  # a worker's pipe and what has come through it
    pids: list[int] = []
    poller = select.poll()  # not select(): a host process may hold descriptors past 1024
    pace = 0.02  # how long this process waits for a worker's results before checking a range itself
    try:
        index = _take(taking)
        if index is not None:
            lint_here(index)  # builds the structuring code once, before the workers inherit it
        gc.freeze()  # workers' collections then leave the inherited objects (and their memory pages) alone
        parent = os.getpid()
        for _ in range(workers - 1):
            reading, writing = os.pipe()
            try:
                pid = os.fork()
            except OSError:  # no process to be had (a container's limit, memory): the workers there are do the rest
                os.close(reading)
                os.close(writing)
                break
            if pid == 0:  # pragma: no cover - runs in the worker, which leaves with os._exit
                for other in (reading, *results):
                    os.close(other)  # the pipes of this process and of the workers before: their ends must not be held here
                _work(items, lint, cut, taking, writing, parent)
            os.close(writing)
            _widen(reading)
            os.set_blocking(reading, False)
            results[reading] = bytearray()
            poller.register(reading, select.POLLIN)
            pids.append(pid)
        while (index := _take(taking)) is not None:
            started = time.perf_counter()
            lint_here(index)
            pace = max(0.02, 2 * (time.perf_counter() - started))
            _collect(poller, results, done, 0)
        while len(done) < len(cut):
            if results and _collect(poller, results, done, pace):
                continue
            lint_here(min(set(range(len(cut))) - done.keys()))  # a range a worker still holds, or never sent
    finally:
        os.close(taking)
        for pid in pids:
            _stop(pid)
        for reading in results:
            os.close(reading)
        gc.unfreeze()
    return [result for index in range(len(cut)) for result in done[index]]


def _take(taking: int) -> int | None:
    """The number of the next range no process has taken yet, or ``None``; reads of a few bytes from a pipe are atomic."""
    number = os.read(taking, _NUMBER.size)
    return _NUMBER.unpack(number)[0] if len(number) == _NUMBER.size else None


def _work(
    items: list[Item], lint: Callable[[Item, bool], Result], cut: list[tuple[int, int]], taking: int, writing: int, parent: int
) -> None:
    """In a worker: check the ranges it takes and send each one's results (without what only the parent needs); never returns.

    A worker whose parent has gone (killed, or ended without stopping it)
    takes no further range.
    """
    status = 1
    try:
        _yield_to_parent()
        while os.getppid() == parent and (index := _take(taking)) is not None:
            start, end = cut[index]
            message = pickle.dumps((index, [lint(item, False) for item in items[start:end]]), pickle.HIGHEST_PROTOCOL)
            _write_all(writing, _NUMBER.pack(len(message)) + message)
        status = 0
    except BaseException:  # noqa: BLE001 - the parent checks what a worker did not send
        pass
    finally:
        os._exit(status)  # no exit handlers, no flushing of buffers inherited from the parent


def _yield_to_parent() -> None:
    """A worker runs at a lower priority: on a machine whose CPUs are busy it takes little from this process, on an idle one all it can."""
    try:
        os.nice(10)
    except OSError:
        pass


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


def _collect(poller: select.poll, results: dict[int, bytearray], done: dict[int, list[Result]], timeout: float) -> bool:
    """Read what the workers have sent, waiting up to ``timeout`` seconds for something; whether a range's results came."""
    came = False
    for reading, _ in poller.poll(timeout * 1000):
        buffer = results[reading]
        while True:
            try:
                chunk = os.read(reading, _PIPE_SIZE)
            except BlockingIOError:
                break
            if not chunk:  # the worker has ended
                poller.unregister(reading)
                os.close(reading)
                del results[reading]
                break
            buffer += chunk
        while len(buffer) >= _NUMBER.size:
            size = _NUMBER.unpack_from(buffer)[0]
            if len(buffer) < _NUMBER.size + size:
                break
            index, checked = pickle.loads(buffer[_NUMBER.size : _NUMBER.size + size])
            del buffer[: _NUMBER.size + size]
            if index not in done:
                done[index] = checked
                came = True
    return came


def _widen(reading: int) -> None:
    """A larger pipe lets a worker go on while this process is busy with a range of its own (Linux only; harmless to fail)."""
    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is None:
        return
    try:
        fcntl.fcntl(reading, setpipe, _PIPE_SIZE)
    except OSError:
        pass


def _stop(pid: int) -> None:
    """End a worker (it may still be checking a range this process has checked too) and reap it.

    One already reaped (a host that ignores SIGCHLD) is not signalled: its
    number may belong to another process by now.
    """
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return  # it has ended
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ChildProcessError, ProcessLookupError):
        pass
