"""``--show-settings FILE``: which configuration governs a file, and what it resolves to.

Nearest-wins configuration is otherwise invisible: this says which file was
found and what proplint will do with FILE (ruleset, rules on and off, their
severities and parameters, language, baseline), as ruff's ``--show-settings`` does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from proplint.commands import EXIT_CLEAN, _, set_language, usage_error
from proplint.phrases import Phrase

if TYPE_CHECKING:
    from proplint.config import Resolver


def resolved_settings(file: Path, resolver: Resolver, baseline: Path | None = None) -> dict[str, Any]:
    """The settings ``file`` is checked with, as plain data."""
    options = resolver(file)
    settings = resolver.settings_for(file)
    configured = settings.root / settings.baseline if settings.baseline else None
    rules = options.ruleset.rules
    return {
        "file": str(file),
        "configuration": str(resolver.config_file(file)) if resolver.config_file(file) is not None else None,
        "ruleset": options.ruleset.name,
        "tolerance": options.ruleset.tolerance,
        "language": options.language,
        "fail_severity": options.fail_severity.label,
        "baseline": str(baseline or configured) if (baseline or configured) is not None else None,
        "excluded": options.excluded(file),
        "exclude": list(options.exclude),
        "per_file_ignores": {pattern: sorted(codes) for pattern, codes in options.per_file_ignores},
        "ignored_here": sorted(options.ignored(file)),
        "selected": [code for code, rule in rules.items() if rule.enabled],
        "ignored": [code for code, rule in rules.items() if not rule.enabled],
        "severity": {code: rule.severity.label for code, rule in rules.items() if rule.enabled},
        "params": {code: rule.params for code, rule in rules.items() if rule.enabled and rule.params},
    }


def show_settings(arguments: argparse.Namespace, resolver: Resolver) -> int:
    from proplint.config import ConfigError

    file = Path(arguments.show_settings)
    if not file.exists():
        return usage_error(Phrase("no such file or directory: {path}", path=str(file)))
    try:
        shown = resolved_settings(file, resolver, arguments.baseline)
    except ConfigError as error:
        return usage_error(error)
    set_language(shown["language"])
    if getattr(arguments, "format", "text") == "json":
        sys.stdout.write(json.dumps(shown, ensure_ascii=False, indent=2, default=str) + "\n")
        return EXIT_CLEAN
    sys.stdout.write(_as_text(shown))
    return EXIT_CLEAN


def _as_text(shown: dict[str, Any]) -> str:
    none = _("(none)")
    excluded = _("yes") if shown["excluded"] else _("no")
    if shown["exclude"]:
        excluded += f" ({', '.join(shown['exclude'])})"
    rows = [
        (_("File"), shown["file"]),
        (_("Configuration file"), shown["configuration"] or _("(none: the defaults)")),
        (_("Ruleset"), shown["ruleset"]),
        (_("Tolerance"), shown["tolerance"]),
        (_("Language"), shown["language"]),
        (_("Fails at"), _(shown["fail_severity"])),
        (_("Baseline file"), shown["baseline"] or none),
        (_("Excluded"), excluded),
        (_("Per-file ignores"), ", ".join(shown["ignored_here"]) or none),
        (_("Ignored rules"), ", ".join(shown["ignored"]) or none),
    ]
    lines = [_wrapped(f"{label}: {value}", "    ") for label, value in rows]
    lines.append(_("Selected rules ({count}):").format(count=len(shown["selected"])))
    seen: dict[str, str] = {}
    for code in shown["selected"]:
        params = shown["params"].get(code)
        text = f"  {code} {_(shown['severity'][code])}"
        if not params:
            lines.append(text)
            continue
        key = json.dumps(params, ensure_ascii=False, sort_keys=True, default=str)
        if key in seen:  # W101-W104 share their word lists: shown once
            lines.append(text + " " + _("(parameters as {code})").format(code=seen[key]))
            continue
        seen[key] = code
        lines.append(text)
        lines.extend(_wrapped(f"{name}: {_value(value)}", " " * 8, "      ") for name, value in params.items())
    return "\n".join(lines) + "\n"


WIDTH = 100
"""Lines of ``--show-settings`` are wrapped at this width: long word lists are read, not scrolled."""


def _value(value: Any) -> str:
    """A parameter as a reader scans it: a list of words as words, anything nested as compact JSON."""
    if isinstance(value, list | tuple) and all(isinstance(item, str | int | float) for item in value):
        return ", ".join(map(str, value)) or "[]"
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _wrapped(text: str, indent: str, first: str = "") -> str:
    import textwrap

    return textwrap.fill(
        text, WIDTH, initial_indent=first, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )
