"""A rule's documentation, written once from its ruleset entry: for ``explain`` and for ``docs/rules/``."""

from __future__ import annotations

import json

from proplint.ruleset import Rule, Ruleset


DOCS_URL = "https://github.com/proplint/proplint/blob/main/docs/"
"""Where the documentation is published (``[project.urls] Documentation`` says the same)."""


def page_name(rule: Rule) -> str:
    return f"{rule.code}-{rule.name}.md"


def page_url(rule: Rule) -> str:
    """The published page of a rule (only the shipped rules have one)."""
    return f"{DOCS_URL}rules/{page_name(rule)}"


def explain(rule: Rule, default: Rule | None = None, origin: str = "") -> str:
    """The rule in Markdown: what it checks, why, its parameters, and a failing and a passing example."""
    lines = [f"# {rule.code} {rule.name}", ""]
    severity = (default or rule).severity.label
    lines.append(f"Default severity: {severity}." + (f" Defined in: {origin}." if origin else ""))
    if rule.document != "proposal":
        lines.append(f"Checks {rule.document} documents.")
    if default is not None and (rule.severity != default.severity or rule.enabled != default.enabled):
        state = "enabled" if rule.enabled else "disabled"
        lines.append(f"Here: {rule.severity.label}, {state}.")
    lines += ["", "## What it does", "", rule.summary or "(not described)", ""]
    if rule.why:
        lines += ["## Why", "", rule.why, ""]
    lines += ["## Message", "", f"`{rule.message}`" + (f", with the hint `{rule.hint}`" if rule.hint else ""), ""]
    if rule.params:
        lines += ["## Parameters", ""]
        for key, value in rule.params.items():
            lines.append(f"- `{key}`: `{json.dumps(value, ensure_ascii=False, default=str)}`")
        lines.append("")
    if rule.fail:
        lines += ["## Fails", "", "```yaml", rule.fail.rstrip(), "```", ""]
    if rule.passing:
        lines += ["## Passes", "", "```yaml", rule.passing.rstrip(), "```", ""]
    return "\n".join(lines)


def index(ruleset: Ruleset) -> str:
    """The table of every rule, linking to its page."""
    lines = [
        "# Rules",
        "",
        f"Generated from the `{ruleset.name}` ruleset (`rules/{ruleset.name}.yaml`) by `python docs/gen_rules.py`;"
        " do not edit by hand. `proplint explain CODE` prints the same pages.",
        "",
        "| code | name | severity | what |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| [{rule.code}]({page_name(rule)}) | {rule.name} | {rule.severity.label} | {rule.summary} |"
        for rule in ruleset.rules.values()
    ]
    return "\n".join(lines) + "\n"


def pages(ruleset: Ruleset) -> dict[str, str]:
    """Every documentation page by file name: the index and one page per rule."""
    result = {"index.md": index(ruleset)}
    for rule in ruleset.rules.values():
        result[page_name(rule)] = explain(rule)
    return result
