"""Benchmark: one-file wall time against yamllint, and directory throughput against libyaml.

Run ``python benchmarks/bench.py [--files 1000] [--repeat 15]``. It generates
valid proposals in a temporary directory and prints, in one run:

(a) the median wall time of ``proplint check FILE`` and ``yamllint FILE`` on
    the same file, as separate processes (what a pre-commit hook pays);
(b) the time ``proplint`` takes to check the whole directory (in process,
    discovery to report; with worker processes as ``--jobs auto`` and
    without) against PyYAML's libyaml composer alone reading and composing
    the same files, with files per second.

The package's bytecode is compiled first, as an installation does, so (a)
does not time the compiling of proplint's own modules.
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


def median_wall(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compose_all(files: list[Path]) -> float:
    import yaml

    start = time.perf_counter()
    for file in files:
        yaml.compose(file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


def lint_all(directory: Path, jobs: int) -> tuple[float, int]:
    from proplint import lint_paths

    start = time.perf_counter()
    report = lint_paths([str(directory)], jobs=jobs)
    elapsed = time.perf_counter() - start
    if report.findings:
        raise SystemExit(f"generated proposals should be clean, got {report.findings[:3]}")
    return elapsed, report.files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=15)
    arguments = parser.parse_args()
    rng = random.Random(2026)
    bin_dir = Path(sys.executable).parent
    proplint = [str(bin_dir / "proplint")] if (bin_dir / "proplint").exists() else [sys.executable, "-m", "proplint"]
    yamllint = shutil.which("yamllint", path=str(bin_dir)) or shutil.which("yamllint")
    with tempfile.TemporaryDirectory() as temporary:
        directory = Path(temporary)
        files = []
        for number in range(arguments.files):
            path = directory / f"B{number:04d}.yaml"
            path.write_text(proposal(number, rng), encoding="utf-8")
            files.append(path)
        single = files[0]
        lint_all(directory, 1)  # warm the file cache and the converter
        # An installed package has its bytecode compiled; do not time compiling it.
        import proplint as package

        compileall.compile_dir(Path(package.__file__).parent, quiet=1)
        ours = median_wall([*proplint, "check", str(single)], arguments.repeat)
        print(f"(a) one file ({single.stat().st_size} bytes), median of {arguments.repeat} runs")
        print(f"    proplint check : {ours * 1000:7.1f} ms")
        floor = median_wall([sys.executable, "-c", "import yaml, attrs, cattrs"], arguments.repeat)
        print(f"    import floor   : {floor * 1000:7.1f} ms  (python -c 'import yaml, attrs, cattrs')")
        if yamllint:
            theirs = median_wall([yamllint, str(single)], arguments.repeat)
            print(f"    yamllint       : {theirs * 1000:7.1f} ms")
            print(f"    ratio          : {ours / theirs:7.2f}x  (target <= 0.6x; the import floor is {floor / theirs:.2f}x)")
        else:
            print("    yamllint is not installed: pip install yamllint")
        composed = min(compose_all(files) for _ in range(3))
        serial, count = min(lint_all(directory, 1) for _ in range(3))
        parallel, _ = min(lint_all(directory, 0) for _ in range(3))
        print(f"(b) {count} files, best of 3 ({os.cpu_count()} CPUs)")
        print(f"    proplint, --jobs auto  : {parallel:6.3f} s  {count / parallel:8.0f} files/s")
        print(f"    proplint, --jobs 1     : {serial:6.3f} s  {count / serial:8.0f} files/s")
        print(f"    libyaml compose only   : {composed:6.3f} s  {count / composed:8.0f} files/s")
        print(f"    ratio (auto, 1 job)    : {parallel / composed:6.2f}x, {serial / composed:.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()
