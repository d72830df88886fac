"""Long fuzzing runs: mutated YAML, JSON and TOML of every document kind (``tests/fuzzing.py``), linted in process by long-lived workers.

    nice -n 19 .venv/bin/python benchmarks/fuzz.py --inputs 100000 --jobs 2 --out fuzz-findings/

Each worker lints one input after another in its own process, catching any
exception there; a per-input limit of processor time (``setitimer``)
interrupts a slow input with a traceback of where it was. Time is processor
time, not the clock's: on a shared machine, or under ``nice``, the clock
says more about the neighbours than about proplint. A worker that dies (a segmentation
fault) or stops answering (a hang inside C code, where no signal handler
runs) is replaced, and the input it had is recorded. An input slower than a
second per 100 KB (at least ``--min-seconds``) is timed again, and profiled
to name where the time goes, before it counts as slow.

Writes the first few inputs of each distinct problem under ``--out`` with
what was found; prints inputs, inputs per second and the distinct problems.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import sys
import time
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fuzzing import SEEDS, Random, mutate, seconds_allowed  # noqa: E402

Job = tuple[str, str, float, float]
"""(syntax, text, seconds allowed, seconds before it is interrupted)."""
Result = tuple[str, str, float]
"""(kind, detail, seconds): kind is ok, raise, crash, huge, slow or hang."""


def _worker(connection: Connection) -> None:
    """Lint each job sent, in this process; answer with what happened."""
    import signal

    from proplint import lint_text

    class Overtime(BaseException):  # not an Exception: nothing in proplint may swallow it
        pass

    def interrupt(signum: int, frame: Any) -> None:
        raise Overtime

    signal.signal(signal.SIGPROF, interrupt)

    def lint(syntax: str, text: str, limit: float) -> tuple[str, str]:
        import traceback

        signal.setitimer(signal.ITIMER_PROF, limit)
        try:
            outcome = lint_text(text, file=f"fuzz.{syntax}", syntax=syntax)
        except Overtime:
            return "hang", traceback.format_exc()
        except BaseException:  # what the run is looking for
            return "raise", traceback.format_exc()
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        if outcome.crashes:
            return "crash", "\n".join(outcome.crashes)
        longest = max((len(finding.message) for finding in outcome.findings), default=0)
        if longest > len(text) + 1000:
            return "huge", f"a message of {longest} characters"
        return "ok", ""

    while True:
        try:
            syntax, text, allowed, limit = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        started = time.process_time()
        kind, detail = lint(syntax, text, limit)
        elapsed = time.process_time() - started
        if kind == "ok" and elapsed > allowed:
            again = time.process_time()
            kind, detail = lint(syntax, text, limit)  # the machine is shared: time it twice
            elapsed = min(elapsed, time.process_time() - again)
            if kind == "ok" and elapsed > allowed:
                kind, detail = "slow", f"{elapsed:.2f} s of processor time for {len(text)} characters; {_hottest(syntax, text)}"
        connection.send((kind, detail, elapsed))


def _hottest(syntax: str, text: str) -> str:
    """The proplint function that spends the most time (itself) linting the text."""
    import cProfile
    import pstats

    from proplint import lint_text

    profile = cProfile.Profile()
    profile.runcall(lint_text, text, file=f"fuzz.{syntax}", syntax=syntax)
    stats: Any = pstats.Stats(profile).stats
    own = [(entry[2], where) for where, entry in stats.items() if "proplint" in where[0]]
    if not own:
        return "in no proplint function"
    seconds, (file, line, function) = max(own)
    return f"in {Path(file).name}:{function} ({seconds:.2f} s itself)"


class Pool:
    """Worker processes, each busy with at most one job; a dead or stuck one is replaced."""

    def __init__(self, jobs: int, hard_limit: float, record: Any) -> None:
        self.hard_limit = hard_limit
        self.record = record
        self.context = multiprocessing.get_context("fork")
        self.workers: list[list[Any]] = [self._start() for _ in range(jobs)]

    def _start(self) -> list[Any]:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(child,), daemon=True)
        process.start()
        child.close()
        return [process, parent, None, 0.0]  # process, connection, job, when sent

    def submit(self, job: Job) -> None:
        while True:
            for worker in self.workers:
                if worker[2] is None:
                    worker[1].send(job)
                    worker[2], worker[3] = job, time.perf_counter()
                    return
            self.collect(0.5)

    def collect(self, timeout: float) -> None:
        busy = {worker[1]: worker for worker in self.workers if worker[2] is not None}
        for connection in wait(list(busy), timeout):
            worker = busy[connection]  # type: ignore[index]
            try:
                result: Result = connection.recv()  # type: ignore[union-attr]
            except (EOFError, OSError):
                worker[0].join(5)
                self._replace(worker, ("killed", f"the worker died (exit code {worker[0].exitcode})", 0.0))
                continue
            self.record(worker[2], result)
            worker[2] = None
        now = time.perf_counter()
        for worker in self.workers:
            job = worker[2]
            if job is not None and now - worker[3] > job[3] + self.hard_limit:
                worker[0].kill()
                worker[0].join()
                self._replace(worker, ("stuck", "no answer: a hang where no signal handler runs", now - worker[3]))

    def _replace(self, worker: list[Any], result: Result) -> None:
        self.record(worker[2], result)
        worker[1].close()
        worker[:] = self._start()

    def drain(self) -> None:
        while any(worker[2] is not None for worker in self.workers):
            self.collect(0.5)

    def close(self) -> None:
        for worker in self.workers:
            worker[1].close()
            worker[0].join(5)
            if worker[0].is_alive():
                worker[0].kill()


def _key(kind: str, detail: str) -> str:
    """What tells one problem from another: the exception and the innermost proplint frame, the slow function."""
    lines = detail.strip().splitlines()
    if kind in ("raise", "hang") and lines:
        frames = [line.strip() for line in lines if line.strip().startswith("File ") and "proplint" in line]
        where = frames[-1].split("/")[-1] if frames else ""
        exception = lines[-1].split(":")[0] if kind == "raise" else "interrupted"
        return f"{kind}: {exception} at {where}"
    if kind == "slow":
        return f"slow: {detail.split('; ', 1)[-1].split(' (')[0]}"
    if kind == "crash":
        return "crash: " + "; ".join(sorted({line.split(": ")[0] + ": " + line.split(": ")[2] if line.count(": ") > 1 else line for line in lines}))[:300]
    if kind == "huge":
        return "huge: a message longer than its input"
    return f"{kind}: {lines[0] if lines else ''}"[:300]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (the generator runs beside them)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    parser.add_argument("--min-seconds", type=float, default=1.0, help="no input is slow below this (a second per 100 KB above)")
    parser.add_argument("--max-repeat", type=int, default=2000, help="how often a slice may be repeated (large inputs)")
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same inputs")
    parser.add_argument("--keep", type=int, default=3, help="inputs written for each distinct problem")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    distinct: dict[str, int] = {}
    started = time.perf_counter()

    def record(job: Job, result: Result) -> None:
        syntax, text = job[0], job[1]
        kind, detail, _ = result
        counts[kind] = counts.get(kind, 0) + 1
        done = sum(counts.values())
        if done % 1000 == 0:
            print(f"{done} inputs, {done / (time.perf_counter() - started):.0f}/s, {counts}", flush=True)
        if kind == "ok":
            return
        key = _key(kind, detail)
        seen = distinct[key] = distinct.get(key, 0) + 1
        if seen == 1:
            print(key, flush=True)
        if seen <= arguments.keep:
            digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
            (arguments.out / f"{kind}-{digest}.{syntax}").write_text(text, encoding="utf-8", errors="surrogatepass")
            (arguments.out / f"{kind}-{digest}.txt").write_text(f"{key}\n\n{detail}\n", encoding="utf-8")

    from proplint import lint_text

    for syntax, seed in SEEDS:  # imported once, before the workers fork: each worker starts warm
        lint_text(seed, file=f"seed.{syntax}", syntax=syntax)
    pool = Pool(arguments.jobs, hard_limit=30.0, record=record)

    choose = Random(arguments.seed)
    try:
        for _ in range(arguments.inputs):
            syntax, text = mutate(choose, max_pieces=6, max_repeat=arguments.max_repeat)
            allowed = max(arguments.min_seconds, seconds_allowed(text))
            pool.submit((syntax, text, allowed, 10 * max(1.0, seconds_allowed(text))))
        pool.drain()
    finally:
        pool.close()
    done = sum(counts.values())
    elapsed = time.perf_counter() - started
    print(f"{done} inputs in {elapsed:.0f} s ({done / elapsed:.0f} inputs/s): {counts}; {len(distinct)} distinct problems")
    for key, seen in sorted(distinct.items(), key=lambda item: -item[1]):
        print(f"{seen:6}  {key}")
    return 1 if distinct else 0


if __name__ == "__main__":
    sys.exit(main())
