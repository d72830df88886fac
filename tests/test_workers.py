"""Worker processes: as many as the CPUs this process may use, and the same report as one process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import BASE


def _batch(directory: Path, count: int) -> None:
    for number in range(count):
        (directory / f"P{number:03d}.yaml").write_text(BASE.replace("id: SU09", f"id: P{number:03d}", 1), encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="no CPU affinity on this platform")
def test_default_jobs_follow_the_cpus_this_process_may_run_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from proplint import lint_paths, workers

    _batch(tmp_path, 70)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert workers.available_cpus() == 1

    def forbidden(*arguments: object) -> None:
        raise AssertionError("one available CPU needs no workers")

    monkeypatch.setattr(workers, "in_workers", forbidden)
    assert lint_paths([str(tmp_path)], jobs=0).files == 70


def test_default_jobs_do_not_guess_from_the_load_average(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from proplint import lint_paths, workers

    _batch(tmp_path, 70)
    monkeypatch.setattr(workers, "available_cpus", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (9.0, 0.0, 0.0))
    asked: list[int] = []
    monkeypatch.setattr(workers, "in_workers", lambda items, lint, count: asked.append(count) or [lint(item, True) for item in items])
    assert lint_paths([str(tmp_path)], jobs=0).files == 70
    assert asked == [2]  # this process keeps checking while the worker is busy: a busy machine costs little
    asked.clear()
    lint_paths([str(tmp_path / "P001.yaml"), str(tmp_path / "P002.yaml")], jobs=0)
    assert asked == []  # a few files: one process


def test_this_process_and_its_workers_share_a_batch_and_keep_its_order(tmp_path: Path) -> None:
    from proplint import lint_paths

    _batch(tmp_path, 150)
    (tmp_path / "P007.yaml").write_text(BASE.replace("id: SU09", "id: P007", 1).replace("title:", "titel:", 1), encoding="utf-8")
    serial = lint_paths([str(tmp_path)], jobs=1)
    parallel = lint_paths([str(tmp_path)], jobs=3)
    assert parallel.files == serial.files == 150
    assert parallel.findings == serial.findings and {finding.file for finding in serial.findings} == {str(tmp_path / "P007.yaml")}
    assert parallel.checked() == serial.checked() == sorted(serial.checked())
    assert [facts.id for facts in parallel.facts] == [f"P{number:03d}" for number in range(150)]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_a_worker_that_falls_behind_never_holds_up_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from proplint import forking, workers

    def stalled() -> None:
        time.sleep(60)  # a worker that gets no CPU: its ranges are checked by this process

    monkeypatch.setattr(forking, "_yield_to_parent", stalled)
    started = time.monotonic()
    results = workers.in_workers(list(range(400)), lambda item, keep: (item, keep), 3)
    assert results == [(item, True) for item in range(400)]
    assert time.monotonic() - started < 30


def test_ranges_cover_the_batch_in_order_and_shrink_towards_its_end() -> None:
    from proplint.forking import ranges

    for count, processes in [(1, 2), (63, 2), (3500, 2), (3500, 8), (100_000, 2)]:
        cut = ranges(count, processes)
        assert cut[0][0] == 0 and cut[-1][1] == count
        assert all(previous[1] == following[0] for previous, following in zip(cut, cut[1:]))
        sizes = [end - start for start, end in cut]
        assert sizes[0] <= max(4, -(-count // 1024))  # checked before the workers start: small
        assert sizes[1:-1] == sorted(sizes[1:-1], reverse=True)  # then shrinking (the last may be cut short)
        assert len(cut) <= 1024  # their numbers fit in one page of a pipe before the workers start


def _counting_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The workers ``os.fork`` starts from now on, by process id."""
    forked: list[int] = []
    fork = os.fork

    def counted() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted)
    return forked


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_what_a_failing_worker_does_not_send_is_checked_here(monkeypatch: pytest.MonkeyPatch) -> None:
    from proplint import workers

    forked = _counting_forks(monkeypatch)

    def lint(item: int, keep: bool) -> object:
        if not keep:
            return lambda: item  # cannot be sent back: the worker ends without sending the range
        return item

    assert workers.in_workers(list(range(300)), lint, 2) == list(range(300))
    assert len(forked) == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_a_batch_goes_on_in_this_process_when_no_worker_can_be_started(monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from proplint import workers

    def refused() -> int:
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")  # a container's process limit

    monkeypatch.setattr(os, "fork", refused)
    before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None
    assert workers.in_workers(list(range(300)), lambda item, keep: (item, keep), 3) == [(item, True) for item in range(300)]
    if before is not None:
        assert len(os.listdir("/proc/self/fd")) == before  # no pipe left open


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_workers_answer_a_process_holding_descriptors_past_1024() -> None:
    import resource

    from proplint import workers

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        pytest.skip("this process may not open 1,200 files")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1200) if hard == resource.RLIM_INFINITY else min(max(soft, 1200), hard), hard))
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    try:
        assert workers.in_workers(list(range(400)), lambda item, keep: item, 3) == list(range(400))
    finally:
        for descriptor in held:
            os.close(descriptor)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_workers_stop_when_their_parent_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "batch.py"
    script.write_text(
        "import os, sys, time\n"
        "from proplint import workers\n"
        "fork = os.fork\n"
        "def announced():\n"
        "    pid = fork()\n"
        "    if pid:\n"
        "        print(pid, flush=True)\n"
        "    return pid\n"
        "os.fork = announced\n"
        "workers.in_workers(list(range(3000)), lambda item, keep: time.sleep(0.01), 3)\n",
        encoding="utf-8",
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    children = [int(parent.stdout.readline()), int(parent.stdout.readline())]
    time.sleep(0.3)  # the workers are checking ranges
    parent.send_signal(signal.SIGKILL)
    parent.wait()

    def running(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
                return stat.read().rpartition(")")[2].split()[0] not in ("Z", "X")
        except OSError:
            return False

    deadline = time.monotonic() + 10
    while any(running(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(running(pid) for pid in children)  # each finishes its range and takes no other


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_workers_take_their_share_of_the_batch() -> None:
    import time

    from proplint import workers

    def lint(item: int, keep: bool) -> tuple[int, bool]:
        time.sleep(0.002)  # slow enough that this process cannot take every range before a worker starts
        return item, keep

    results = workers.in_workers(list(range(400)), lint, 3)
    assert [item for item, _ in results] == list(range(400))
    assert any(not kept for _, kept in results)  # a worker's results came back and were used
