"""``proplint rules`` and ``proplint explain``: the rules in effect, and one rule in full."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from proplint.commands import EXIT_CLEAN, usage_error
from proplint.config.errors import ConfigError
from proplint.ruleset import Ruleset, RulesetError


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("rules", help="list every rule with its severity and whether it is enabled")
    listing.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    _configuration_options(listing)
    explain = commands.add_parser("explain", help="describe a rule: what, why, parameters and examples")
    explain.add_argument("rule", metavar="CODE|NAME", help="a rule code or name, e.g. S101 or section-total")
    _configuration_options(explain)


def _configuration_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ruleset", default=None, help="a shipped ruleset name or a ruleset file (default: kk)")
    parser.add_argument("--config", type=Path, default=None, metavar="FILE", help="use this configuration file")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")


def _effective(arguments: argparse.Namespace) -> tuple[Ruleset, Ruleset]:
    """The ruleset as configured for the working directory, and the same ruleset unconfigured.

    Raises :class:`ConfigError` or :class:`RulesetError`.
    """
    from proplint.config import Overrides, Resolver
    from proplint.config.profile import ruleset_name
    from proplint.ruleset import load_ruleset

    overrides = Overrides(ruleset=arguments.ruleset)
    resolver = Resolver(arguments.config, arguments.isolated, overrides)
    here = Path.cwd()
    return resolver(here).ruleset, load_ruleset(ruleset_name(resolver.settings_for(here), overrides))


def run_rules(arguments: argparse.Namespace) -> int:
    try:
        effective, default = _effective(arguments)
    except (ConfigError, RulesetError) as error:
        return usage_error(str(error))
    rows = []
    for code, rule in effective.rules.items():
        base = default.rules.get(code, rule)
        rows.append(
            {
                "code": code,
                "name": rule.name,
                "default_severity": base.severity.label,
                "severity": rule.severity.label,
                "enabled": rule.enabled,
                "source": rule.source,
                "summary": rule.summary,
            }
        )
    if arguments.format == "json":
        import json

        sys.stdout.write(json.dumps({"ruleset": effective.name, "rules": rows}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_CLEAN
    from tabulate import tabulate

    table = [
        (row["code"], row["name"], row["default_severity"], row["severity"], "yes" if row["enabled"] else "no", row["source"])
        for row in rows
    ]
    headers = ("code", "name", "default", "severity", "enabled", "source")
    sys.stdout.write(tabulate(table, headers=headers, tablefmt="simple", disable_numparse=True) + "\n")
    return EXIT_CLEAN


def run_explain(arguments: argparse.Namespace) -> int:
    from proplint.ruledocs import explain
    from proplint.ruleset import EXACT, expand

    try:
        effective, default = _effective(arguments)
    except (ConfigError, RulesetError) as error:
        return usage_error(str(error))
    found = expand(arguments.rule, effective)
    if found is None or found[1] != EXACT:
        return usage_error(f"no rule {arguments.rule!r}: give a code or name (proplint rules lists them)")
    (code,) = found[0]
    rule = effective.rules[code]
    sys.stdout.write(explain(rule, default.rules.get(code), rule.source))
    return EXIT_CLEAN
