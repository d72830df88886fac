"""Benchmark: one-file wall time against yamllint, and a directory against libyaml.

Run ``python benchmarks/bench.py [--files 3500] [--rounds 9]``. It generates
valid proposals in a temporary directory and prints three ratios, each the
median of alternating runs (so that load from other processes on the machine
falls on both sides alike), with the spread of the runs:

(a) ``proplint check FILE`` against ``yamllint FILE`` on the same file, as
    separate processes (what a pre-commit hook pays; target <= 0.7x), beside
    the import floor ``python -c 'import yaml, attrs, cattrs'``, the start-up
    no proplint built on those libraries can go below, and the libraries
    floor: importing every module but proplint's own that the check loads;
(b) ``proplint check DIR`` of all files with the default jobs against
    PyYAML's libyaml composer reading and composing the same files in one
    process (target <= 1.2x);
(c) the same with ``--jobs 1`` (target <= 2.0x);
(d) in this process, without start-up: libyaml composing, proplint's YAML
    loader alone (the part of checking no rule can avoid) and
    ``lint_paths(jobs=1)``, to show where the time of (c) goes.

(b) and (c) run the command line as a user does, start-up included. The
package's bytecode is compiled first, as an installation does, so no run
times the compiling of proplint's own modules.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def proposal(number: int, rng: random.Random) -> str:
    """A valid investment proposal whose figures add up."""
    years = [2026, 2027, 2028, 2029]
    saving = [0, -rng.randint(200, 900), -rng.randint(900, 2000), -rng.randint(900, 2000)]
    cost = [0, rng.randint(50, 150), rng.randint(50, 150), rng.randint(50, 150)]
    implementation = [rng.randint(300, 800), rng.randint(0, 200), 0, 0]
    permanent = [s + c for s, c in zip(saving, cost, strict=True)]
    impact = [p + i for p, i in zip(permanent, implementation, strict=True)]
    running, payback = 0, None
    for index, amount in enumerate(impact, start=1):
        running += amount
        if payback is None and running <= 0 and index > 0:
            payback = index

    def amounts(values: list[int]) -> str:
        return "{" + ", ".join(f"{year}: {value}" for year, value in zip(years, values, strict=True) if value) + "}"

    return f"""format: proplint/1
id: B{number:04d}
title: Forslag nummer {number}
kind: investment
submitted: 2026-02-10
summary: Et genereret forslag til måling af hastighed.
presenting_administration: Sundheds- og Omsorgsforvaltningen
economy:
  unit: 1000 DKK
  price_level: 2026
  years: {years}
  permanent:
    rows:
      - {{label: Lavere udgift, area: Service, type: saving, values: {amounts(saving)}}}
      - {{label: Drift af løsningen, area: Service, type: cost, values: {amounts(cost)}}}
    total: {amounts(permanent)}
  implementation:
    rows:
      - {{label: Projektledelse, area: Service, values: {amounts(implementation)}}}
    total: {amounts(implementation)}
  total_impact: {amounts(impact)}
  payback_years: {{service: {payback}, total: {payback}}}
follow_up:
  - goal: Løsningen er i drift
    measure: Go-live
    responsible: Projektleder
    when: 2027
    group: milestone
  - goal: Udgiften er faldet
    measure: Regnskab
    responsible: Økonomi
    when: Årligt
    group: realisation
risk:
  level: low
  text: Kendt teknologi.
consultation:
  - {{party: "Center for Økonomi, Økonomiforvaltningen", answer: yes, date: 2026-01-28}}
  - {{party: MED-udvalg, answer: not_relevant}}
"""


TARGETS = {"one file": 0.7, "default jobs": 1.2, "--jobs 1": 2.0}

_COMPOSE = """
import sys, time, yaml
from pathlib import Path
files = sorted(Path(sys.argv[1]).glob("*.yaml"))
start = time.perf_counter()
for file in files:
    yaml.compose(file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
print(time.perf_counter() - start)
"""


def wall(command: list[str]) -> float:
    """Seconds one run of ``command`` takes, from start to exit."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def compose_seconds(directory: Path) -> float:
    """libyaml composing every file in one process, timed inside it (no interpreter start-up)."""
    result = subprocess.run([sys.executable, "-c", _COMPOSE, str(directory)], capture_output=True, text=True, check=True)
    return float(result.stdout)


def alternate(runs: dict[str, Callable[[], float]], rounds: int) -> dict[str, list[float]]:
    """Each run once per round, in turn, so that a busy moment of the machine hits all of them."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            times[name].append(run())
    return times


def spread(values: list[float]) -> str:
    """The median and how far the runs strayed from it: what to trust of a figure on a shared machine."""
    middle = statistics.median(values)
    low, high = min(values), max(values)
    return f"median {middle * 1000:8.1f} ms  (min {low * 1000:.1f}, max {high * 1000:.1f}, {len(values)} runs)"


def ratio_line(name: str, ours: list[float], theirs: list[float]) -> str:
    value = statistics.median(ours) / statistics.median(theirs)
    paired = sorted(a / b for a, b in zip(ours, theirs, strict=True))
    verdict = "met" if value <= TARGETS[name] else "NOT met"
    return (
        f"    ratio {name:<13}: {value:5.2f}x  (target <= {TARGETS[name]}x: {verdict}; "
        f"per-round ratios {paired[0]:.2f}-{paired[-1]:.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=3500)
    parser.add_argument("--rounds", type=int, default=9, help="alternating runs of the one-file comparison")
    parser.add_argument("--batch-rounds", type=int, default=5, help="alternating runs of the directory comparison")
    arguments = parser.parse_args()
    rng = random.Random(2026)
    bin_dir = Path(sys.executable).parent
    proplint = [str(bin_dir / "proplint")] if (bin_dir / "proplint").exists() else [sys.executable, "-m", "proplint"]
    yamllint = shutil.which("yamllint", path=str(bin_dir)) or shutil.which("yamllint")
    if yamllint is None:
        raise SystemExit("yamllint is not installed: pip install yamllint")
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        for number in range(arguments.files):
            (directory / f"B{number:04d}.yaml").write_text(proposal(number, rng), encoding="utf-8")
        single = directory / "B0000.yaml"
        # An installed package has its bytecode compiled; do not time compiling it.
        import proplint as package

        compileall.compile_dir(Path(package.__file__).parent, quiet=1)
        check = subprocess.run([*proplint, "check", str(directory)], capture_output=True, text=True, check=False)
        if check.returncode != 0:
            raise SystemExit(f"generated proposals should be clean, got:\n{check.stdout[:2000]}")
        libraries = _libraries_of_a_check(proplint, single)
        print(f"{os.cpu_count()} CPUs, {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'} available; load {os.getloadavg()[0]:.1f}")
        one = alternate(
            {
                "proplint": lambda: wall([*proplint, "check", str(single)]),
                "yamllint": lambda: wall([yamllint, str(single)]),
                "floor": lambda: wall([sys.executable, "-c", "import yaml, attrs, cattrs"]),
                "libraries": lambda: wall([sys.executable, "-c", libraries]),
                "python": lambda: wall([sys.executable, "-c", "pass"]),
            },
            arguments.rounds,
        )
        print(f"(a) one file ({single.stat().st_size} bytes)")
        print(f"    proplint check FILE : {spread(one['proplint'])}")
        print(f"    yamllint FILE       : {spread(one['yamllint'])}")
        print(f"    import floor        : {spread(one['floor'])}  python -c 'import yaml, attrs, cattrs'")
        print(f"    libraries floor     : {spread(one['libraries'])}  the other modules the check loads, without proplint")
        print(f"    bare interpreter    : {spread(one['python'])}  python -c pass")
        print(ratio_line("one file", one["proplint"], one["yamllint"]))
        for name, label in (("floor", "the import floor"), ("libraries", "the libraries floor")):
            floor = statistics.median(one[name]) / statistics.median(one["yamllint"])
            print(f"    {label} alone is {floor:.2f}x yamllint")
        batch = alternate(
            {
                "compose": lambda: compose_seconds(directory),
                "default": lambda: wall([*proplint, "check", str(directory)]),
                "serial": lambda: wall([*proplint, "check", "--jobs", "1", str(directory)]),
            },
            arguments.batch_rounds,
        )
        print(f"(b, c) {arguments.files} files")
        print(f"    proplint check DIR          : {spread(batch['default'])}")
        print(f"    proplint check --jobs 1 DIR : {spread(batch['serial'])}")
        print(f"    libyaml compose, in process : {spread(batch['compose'])}")
        print(ratio_line("default jobs", batch["default"], batch["compose"]))
        print(ratio_line("--jobs 1", batch["serial"], batch["compose"]))
        stages = alternate(
            {
                "compose": lambda: compose_in_process(directory),
                "load": lambda: load_in_process(directory),
                "lint": lambda: lint_in_process(directory),
            },
            arguments.batch_rounds,
        )
        print(f"(d) where the time of --jobs 1 goes: in this process, without start-up ({arguments.files} files)")
        compose = statistics.median(stages["compose"])
        for name, label in (("compose", "libyaml compose"), ("load", "proplint's YAML loader only"), ("lint", "lint_paths(jobs=1)")):
            print(f"    {label:<28}: {spread(stages[name])}  {statistics.median(stages[name]) / compose:5.2f}x compose")


_MODULES = """
import sys
from proplint.cli import main
try:
    main(["check", sys.argv[1]])
finally:
    print(",".join(sorted(name for name in sys.modules if name.split(".")[0] not in ("proplint", "__main__", "__editable___proplint_finder"))))
"""


def _libraries_of_a_check(proplint: list[str], file: Path) -> str:
    """Code importing every module other than proplint's that checking ``file`` loads: what start-up costs before proplint's own code runs."""
    result = subprocess.run([sys.executable, "-c", _MODULES, str(file)], capture_output=True, text=True, check=False)
    names = result.stdout.strip().splitlines()[-1].split(",")
    return f"for name in {names!r}:\n    try:\n        __import__(name)\n    except Exception:\n        pass\n"


def compose_in_process(directory: Path) -> float:
    import yaml

    start = time.perf_counter()
    for file in sorted(directory.glob("*.yaml")):
        yaml.compose(file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


def load_in_process(directory: Path) -> float:
    """Reading and parsing into plain values with locations: the part of checking no rule can avoid."""
    from proplint.loading import load_path

    start = time.perf_counter()
    for file in sorted(directory.glob("*.yaml")):
        load_path(file, str(file))
    return time.perf_counter() - start


def lint_in_process(directory: Path) -> float:
    from proplint import lint_paths

    start = time.perf_counter()
    lint_paths([str(directory)], jobs=1)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
