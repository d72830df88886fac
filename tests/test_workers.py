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
        assert sizes[0] <= 4 or count > 8192 * 4  # checked before the workers start: small
        assert sizes[1:-1] == sorted(sizes[1:-1], reverse=True)  # then shrinking (the last may be cut short)
        assert len(cut) <= 8192  # their numbers fit in a pipe before the workers start


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_what_a_failing_worker_does_not_send_is_checked_here() -> None:
    from proplint import workers

    def lint(item: int, keep: bool) -> object:
        if not keep:
            return lambda: item  # cannot be sent back: the worker ends without sending the range
        return item

    assert workers.in_workers(list(range(300)), lint, 2) == list(range(300))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked")
def test_workers_take_their_share_of_the_batch() -> None:
    import time

    from proplint import workers

    def lint(item: int, keep: bool) -> tuple[int, bool]:
        time.sleep(0.002)  # slow enough that this process cannot take every range before a worker starts
        return item, keep

    results = workers.in_workers(list(range(400)), lint, 3)
    assert [item for item, _ in results] == list(range(400))
    assert sum(not kept for _, kept in results) >= 100  # two workers checked a good part of it
