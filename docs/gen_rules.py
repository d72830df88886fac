"""Write docs/rules.md from the shipped default ruleset: ``python docs/gen_rules.py``."""

from __future__ import annotations

from pathlib import Path

from proplint.ruleset import DEFAULT_RULESET, load_ruleset

TARGET = Path(__file__).with_name("rules.md")


def render() -> str:
    ruleset = load_ruleset(DEFAULT_RULESET)
    lines = [
        "# Rules",
        "",
        f"Generated from the `{ruleset.name}` ruleset (`rules/{ruleset.name}.yaml`); do not edit by hand.",
        "",
        "| code | name | severity | what |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {r.code} | {r.name} | {r.severity.label} | {r.summary} |" for r in ruleset.rules.values()]
    for rule in ruleset.rules.values():
        lines += ["", f"## {rule.code} {rule.name}", "", f"Default severity: {rule.severity.label}.", "", rule.summary, "", rule.why]
        if rule.params:
            lines += ["", "Parameters: " + ", ".join(f"`{key}`" for key in rule.params) + "."]
        if rule.fail:
            lines += ["", "Fails:", "", "```yaml", rule.fail.rstrip(), "```"]
        if rule.passing:
            lines += ["", "Passes:", "", "```yaml", rule.passing.rstrip(), "```"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
