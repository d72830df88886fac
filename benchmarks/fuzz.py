"""Long fuzzing runs: mutated documents of every kind, each linted in a child process so a hang or crash is caught.

    .venv/bin/python benchmarks/fuzz.py --inputs 100000 --out fuzz-findings/

Records each input that raises, crashes a check, kills the process (a
segmentation fault) or takes longer than a second per 100 KB, with its
traceback, under ``--out``; prints inputs, inputs per second and what it found.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from fuzzing import mutated, seconds_allowed  # noqa: E402


def _lint(queue: multiprocessing.Queue[tuple[str, str]], syntax: str, text: str) -> None:
    from proplint import lint_text

    try:
        outcome = lint_text(text, file=f"fuzz.{syntax}", syntax=syntax)
        queue.put(("crash", "\n".join(outcome.crashes)) if outcome.crashes else ("ok", ""))
    except BaseException:  # what the run is looking for
        queue.put(("raise", traceback.format_exc()))


def _one(syntax: str, text: str) -> tuple[str, str, float]:
    queue: multiprocessing.Queue[tuple[str, str]] = multiprocessing.Queue()
    process = multiprocessing.get_context("fork").Process(target=_lint, args=(queue, syntax, text))
    started = time.perf_counter()
    process.start()
    process.join(10 * seconds_allowed(text))
    elapsed = time.perf_counter() - started
    if process.is_alive():
        process.kill()
        process.join()
        return "hang", "", elapsed
    if process.exitcode:
        return "killed", f"exit code {process.exitcode}", elapsed
    kind, detail = queue.get() if not queue.empty() else ("killed", "no result")
    if kind == "ok" and elapsed > seconds_allowed(text) + 0.5:  # a child process costs a little
        return "slow", f"{elapsed:.2f} s", elapsed
    return kind, detail, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    distinct: set[str] = set()
    started = time.perf_counter()

    @settings(max_examples=arguments.inputs, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(mutated(max_pieces=6))
    def run(case: tuple[str, str]) -> None:
        syntax, text = case
        kind, detail, _ = _one(syntax, text)
        counts[kind] = counts.get(kind, 0) + 1
        if kind != "ok":
            where = detail.strip().splitlines()[-1] if detail.strip() else kind
            key = f"{kind}: {where[:200]}"
            digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
            if key not in distinct:
                distinct.add(key)
                print(key, flush=True)
            (arguments.out / f"{kind}-{digest}.{syntax}").write_text(text, encoding="utf-8", errors="surrogatepass")
            (arguments.out / f"{kind}-{digest}.txt").write_text(detail, encoding="utf-8")
        done = sum(counts.values())
        if done % 1000 == 0:
            print(f"{done} inputs, {done / (time.perf_counter() - started):.0f}/s, {counts}", flush=True)

    run()
    done = sum(counts.values())
    elapsed = time.perf_counter() - started
    print(f"{done} inputs in {elapsed:.0f} s ({done / elapsed:.0f} inputs/s): {counts}; {len(distinct)} distinct problems")
    return 1 if distinct else 0


if __name__ == "__main__":
    sys.exit(main())
