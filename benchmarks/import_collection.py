"""Benchmark: reading a 50-proposal Word collection and its Markdown export.

Run ``python benchmarks/import_collection.py [--proposals 50] [--rounds 7]``.
It renders a collection into the municipal template with the test renderer
(tests/importing/render.py: the three example proposals repeated, every
checkbox encoding in turn) and prints the median wall time of reading it as
Word and as Markdown into blocks, and of the whole import into format v1 when
``proplint.importing.read_template`` is available, and of ``proplint import``
as a user runs it (a new process, 50 YAML files written). Target: the whole
import of 50 proposals under 2 s. Timings on a shared machine are noisy: compare medians.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def median_seconds(action: Callable[[], object], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times) - min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    from importing.render import CHECKBOXES, Options, render_collection_docx, render_collection_markdown
    from importing.test_readers_agree import proposals as example_proposals

    from proplint.importing.docx_reader import read_docx
    from proplint.importing.markdown_reader import read_markdown

    base = example_proposals()
    many = [{**base[k % 3], "id": f"SU{k + 1:02d}"} for k in range(args.proposals)]
    options = [Options(checkbox=CHECKBOXES[k % 6]) for k in range(args.proposals)]
    with tempfile.TemporaryDirectory() as directory:
        docx_path = Path(directory) / "samling.docx"
        md_path = Path(directory) / "samling.md"
        docx_path.write_bytes(render_collection_docx(many, options))
        md_path.write_text(render_collection_markdown(many, options), encoding="utf-8")
        size = docx_path.stat().st_size // 1024
        print(f"{args.proposals} proposals, {size} KiB .docx, median of {args.rounds} rounds (spread)")
        actions: list[tuple[str, Callable[[], object]]] = [
            ("read_docx (blocks)", lambda: read_docx(docx_path, "samling.docx")),
            ("read_markdown (blocks)", lambda: read_markdown(md_path.read_bytes(), "samling.md")),
        ]
        try:
            from proplint.importing import read_template  # type: ignore[attr-defined]
        except ImportError:
            print("read_template not available yet: the whole import is not timed")
        else:
            actions.append(("whole import, Word", lambda: read_template(docx_path, "samling.docx")))
            actions.append(("whole import, Markdown", lambda: read_template(md_path, "samling.md")))
            out = Path(directory) / "out"
            command = [sys.executable, "-m", "proplint", "import", str(docx_path), "-o", str(out), "--force"]
            actions.append(("proplint import (process)", lambda: subprocess.run(command, capture_output=True, check=False)))
        for label, action in actions:
            median, spread = median_seconds(action, args.rounds)
            print(f"  {label:<26} {median:6.3f} s  (±{spread / 2:.3f})")


if __name__ == "__main__":
    main()
