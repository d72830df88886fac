"""Write docs/rules/ (an index and one page per rule) from the default ruleset: ``python docs/gen_rules.py``."""

from __future__ import annotations

from pathlib import Path

from proplint.ruledocs import pages
from proplint.ruleset import DEFAULT_RULESET, load_ruleset

TARGET = Path(__file__).with_name("rules")


def render() -> dict[str, str]:
    return pages(load_ruleset(DEFAULT_RULESET))


if __name__ == "__main__":
    TARGET.mkdir(exist_ok=True)
    wanted = render()
    for stale in TARGET.glob("*.md"):
        if stale.name not in wanted:
            stale.unlink()
    for name, text in wanted.items():
        (TARGET / name).write_text(text, encoding="utf-8")
