"""``proplint rules`` and ``proplint explain``: the rules in effect, and one rule in full."""

from __future__ import annotations

import argparse
from typing import Any
import sys
from pathlib import Path

from proplint.commands import ABOUT, EXIT_CLEAN, _, set_language, usage_error
from proplint.config.errors import ConfigError
from proplint.i18n import LANGUAGES
from proplint.phrases import Phrase
from proplint.ruleset import Ruleset, RulesetError


def add_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    from proplint.commands.language import add_version

    about = _(ABOUT["rules"])
    listing = commands.add_parser("rules", help=about, description=about)
    add_version(listing)
    listing.add_argument("--format", choices=("text", "json"), default="text", help=_("output format (default: text)"))
    _configuration_options(listing)
    about = _(ABOUT["explain"])
    explain = commands.add_parser("explain", help=about, description=about)
    add_version(explain)
    explain.add_argument("rule", metavar="CODE|NAME", help=_("a rule code or name, e.g. S101 or section-total"))
    _configuration_options(explain)


def _configuration_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ruleset", default=None, help=_("a shipped ruleset name or a ruleset file (default: kk)"))
    parser.add_argument("--config", type=Path, default=None, metavar="FILE", help=_("use this configuration file"))
    parser.add_argument("--isolated", action="store_true", help=_("ignore every configuration file"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=_("language of the output (default: the configuration's, else the locale's, else en)"))


def _effective(arguments: argparse.Namespace) -> tuple[Ruleset, Ruleset, str]:
    """The ruleset as configured for the working directory, the same ruleset unconfigured, and the language.

    Raises :class:`ConfigError` or :class:`RulesetError`.
    """
    from proplint.config import Overrides, Resolver
    from proplint.config.profile import ruleset_name
    from proplint.ruleset import load_ruleset

    overrides = Overrides(ruleset=arguments.ruleset, lang=arguments.lang)
    resolver = Resolver(arguments.config, arguments.isolated, overrides)
    here = Path.cwd()
    options = resolver(here)
    set_language(options.language)
    return options.ruleset, load_ruleset(ruleset_name(resolver.settings_for(here), overrides)), options.language


def run_rules(arguments: argparse.Namespace) -> int:
    from proplint.i18n import translate

    try:
        effective, default, language = _effective(arguments)
    except (ConfigError, RulesetError) as error:
        return usage_error(error)
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
                "summary": translate(rule.summary, language),
            }
        )
    if arguments.format == "json":
        import json

        sys.stdout.write(json.dumps({"ruleset": effective.name, "rules": rows}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_CLEAN
    from tabulate import tabulate

    table = [
        (row["code"], row["name"], _(str(row["default_severity"])), _(str(row["severity"])), _("yes") if row["enabled"] else _("no"), row["source"])
        for row in rows
    ]
    headers = (_("code"), _("name"), _("default"), _("severity"), _("enabled"), _("source"))
    sys.stdout.write(tabulate(table, headers=headers, tablefmt="simple", disable_numparse=True) + "\n")
    return EXIT_CLEAN


def run_explain(arguments: argparse.Namespace) -> int:
    from proplint.ruledocs import explain
    from proplint.ruleset import EXACT, expand

    try:
        effective, default, language = _effective(arguments)
    except (ConfigError, RulesetError) as error:
        return usage_error(error)
    found = expand(arguments.rule, effective)
    if found is None or found[1] != EXACT:
        return usage_error(Phrase("no rule {rule!r}: give a code or name (proplint rules lists them)", rule=arguments.rule))
    (code,) = found[0]
    rule = effective.rules[code]
    sys.stdout.write(explain(rule, default.rules.get(code), rule.source, language))
    return EXIT_CLEAN
