"""From configuration files and command-line options to the options each file is checked with."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import attrs

from proplint.checking import check_plugins
from proplint.config.errors import ConfigError
from proplint.config.files import ConfigDocument, find_config
from proplint.config.selection import Selection, codes_of, configure
from proplint.config.settings import Settings, read_settings
from proplint.findings import Severity
from proplint.i18n import language_from_environment
from proplint.loading import DEFAULT_MAX_BYTES
from proplint.options import Options
from proplint.phrases import Phrase
from proplint.plugins import PluginError
from proplint.ruleset import DEFAULT_RULESET, RulesetError, load_ruleset


@attrs.frozen
class Overrides:
    """Settings given on the command line; they win over every configuration file."""

    ruleset: str | None = None
    select: Sequence[str] | None = None
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    fail_severity: Severity | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    lang: str | None = None


class Resolver:
    """Finds the configuration of each file (nearest wins) and builds its options once."""

    def __init__(self, config: Path | None = None, isolated: bool = False, overrides: Overrides | None = None) -> None:
        self.config = config
        self.isolated = isolated
        self.overrides = overrides or Overrides()
        self._options: dict[Path | None, Options] = {}
        self.settings: dict[Path | None, Settings] = {}
        self._found: dict[str, Path | None] = {}
        self._of_path: dict[str, Path | None] = {}

    def config_file(self, path: Path) -> Path | None:
        if self.isolated:
            return None
        if self.config is not None:
            return self.config
        name = os.fspath(path)  # paths as text: thousands of files are looked up without hashing a Path each
        if name in self._of_path:  # a file is asked for several times in a run: for its exclusion, its check, its rules
            return self._of_path[name]
        is_directory = os.path.isdir(name)
        parent = name if is_directory else os.path.dirname(name)
        if parent not in self._found:  # each directory is resolved and searched once, not for each of its files
            self._found[parent] = find_config((path if is_directory else path.parent).resolve())
        found = self._of_path[name] = self._found[parent]
        return found

    def __call__(self, path: Path) -> Options:
        """The options ``path`` is checked with."""
        file = self.config_file(path)
        options = self._options.get(file)
        if options is None:
            settings, document = (Settings(), None) if file is None else read_settings(file)
            self.settings[file] = settings
            options = self._options[file] = _options(settings, document, self.overrides)
        return options

    def settings_for(self, path: Path) -> Settings:
        """The settings of the configuration that governs ``path``."""
        self(path)
        return self.settings[self.config_file(path)]


def _options(settings: Settings, document: ConfigDocument | None, overrides: Overrides) -> Options:
    def fail(message: str | Phrase, path: tuple[str | int, ...]) -> ConfigError:
        return ConfigError(message) if document is None else document.error(message, path)

    def cli_fail(message: str | Phrase, path: tuple[str | int, ...]) -> ConfigError:
        return ConfigError(Phrase("{option}: {message}", option="--" + str(path[0]).replace("_", "-"), message=message))

    try:
        ruleset = load_ruleset(ruleset_name(settings, overrides))
    except RulesetError as error:
        if error.file is not None:
            raise ConfigError(error.phrase, error.file, error.line, error.column) from None
        if overrides.ruleset is None and settings.ruleset is not None:
            raise fail(error.phrase, ("ruleset",)) from None
        raise ConfigError(error.phrase) from None
    ruleset = configure(
        ruleset,
        Selection(
            select=settings.select,
            extend_select=settings.extend_select,
            ignore=settings.ignore,
            severity=settings.severity,
            params=settings.params,
            tolerance=settings.tolerance,
        ),
        fail,
    )
    if overrides.select is not None or overrides.extend_select or overrides.ignore:
        ruleset = configure(
            ruleset,
            # As in ruff, the configuration's ignores carry over a command-line --select.
            Selection(
                select=overrides.select,
                extend_select=overrides.extend_select,
                ignore=(*(settings.ignore if overrides.select is not None else ()), *overrides.ignore),
            ),
            cli_fail,
        )
    try:
        check_plugins(ruleset)
    except PluginError as error:
        raise ConfigError(Phrase("ruleset {ruleset!r}: {problem}", ruleset=ruleset.name, problem=error.phrase)) from None
    per_file = tuple(
        (pattern, codes_of(selectors, ruleset, fail, ("per-file-ignores", pattern)))
        for pattern, selectors in settings.per_file_ignores.items()
    )
    return Options(
        ruleset=ruleset,
        max_bytes=overrides.max_bytes,
        fail_severity=overrides.fail_severity or settings.fail_severity or Severity.ERROR,
        root=settings.root if settings.file is not None else None,  # the project: sources stay inside it
        exclude=settings.exclude,
        per_file_ignores=per_file,
        language=overrides.lang or settings.lang or language_from_environment(),
        import_kind=settings.import_kind,
    )


def ruleset_name(settings: Settings, overrides: Overrides) -> str:
    """The ruleset to start from: the command line's, the configuration's (a file relative to it), or the default."""
    if overrides.ruleset is not None:
        return overrides.ruleset
    name = settings.ruleset or DEFAULT_RULESET
    if "/" in name or "\\" in name or name.endswith((".yaml", ".yml")):
        return str(settings.root / name)
    return name
