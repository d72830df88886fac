"""A rule's documentation, written once from its ruleset entry: for ``explain`` and for ``docs/rules/``."""

from __future__ import annotations

import json
from collections.abc import Callable

from proplint.ruleset import Example, Rule, Ruleset


DOCS_URL = "https://github.com/proplint/proplint/blob/main/docs/"
"""Where the documentation is published (``[project.urls] Documentation`` says the same)."""


def page_name(rule: Rule) -> str:
    return f"{rule.code}-{rule.name}.md"


def page_url(rule: Rule) -> str:
    """The published page of a rule (only the shipped rules have one)."""
    return f"{DOCS_URL}rules/{page_name(rule)}"


def example_syntax(rule: Rule) -> str:
    """The language of a rule's examples: the import rules (I) are about the template's Markdown export."""
    return "markdown" if rule.code.startswith("I") and rule.code[1:].isdigit() else "yaml"


def explain(rule: Rule, default: Rule | None = None, origin: str = "", language: str = "en", whole: bool = False) -> str:
    """The rule in Markdown: what it checks, why, its parameters, and a failing and a passing example.

    An example written as a change shows the change; ``whole`` adds the document it makes (folded, for the web pages).
    """
    from proplint.i18n import translations

    _ = translations(language).gettext
    lines = [f"# {rule.code} {rule.name}", ""]
    severity = _((default or rule).severity.label)
    lines.append(_("Default severity: {severity}.").format(severity=severity) + (" " + _("Defined in: {origin}.").format(origin=origin) if origin else ""))
    if rule.document != "proposal":
        lines.append(_("Checks {kind} documents.").format(kind=_(rule.document)))
    if default is not None and (rule.severity != default.severity or rule.enabled != default.enabled):
        state = _("enabled") if rule.enabled else _("disabled")
        lines.append(_("Here: {severity}, {state}.").format(severity=_(rule.severity.label), state=state))
    summary = _(rule.summary) if rule.summary else _("(not described)")
    lines += ["", "## " + _("What it does"), "", summary, ""]
    if rule.why:
        lines += ["## " + _("Why"), "", _(rule.why), ""]
    message, hint = f"`{_(rule.message)}`", f"`{_(rule.hint)}`" if rule.hint else ""
    lines += ["## " + _("Message"), "", message + (_(", with the hint {hint}").format(hint=hint) if hint else ""), ""]
    if rule.params:
        lines += ["## " + _("Parameters"), ""]
        for key, value in rule.params.items():
            lines.append(f"- `{key}`: `{json.dumps(value, ensure_ascii=False, default=str)}`")
        lines.append("")
    if rule.fail:
        lines += ["## " + _("Fails"), "", *_example(rule, rule.fail, _, whole), ""]
    if rule.passing:
        lines += ["## " + _("Passes"), "", *_example(rule, rule.passing, _, whole), ""]
    return "\n".join(lines)


def _example(rule: Rule, example: Example, _: Callable[[str], str], whole: bool) -> list[str]:
    """An example as the page shows it: its text, or its change and the whole document it makes."""
    if isinstance(example, str):
        return [f"```{example_syntax(rule)}", example.rstrip(), "```"]
    from proplint.examples import describe, document, render

    base = str(example["base"])
    changes = describe(example)
    if changes:
        lines = [_("The clean {base} document (`rules/bases/{base}.yaml`) with these changes:").format(base=base), "", *changes]
    else:
        lines = [_("The clean {base} document (`rules/bases/{base}.yaml`) as it is.").format(base=base)]
    if not whole:
        return lines
    text = render(document(example)).rstrip()
    return [*lines, "", "<details><summary>" + _("The whole document") + "</summary>", "", "```yaml", text, "```", "", "</details>"]


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
        result[page_name(rule)] = explain(rule, whole=True)
    return result
