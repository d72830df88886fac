"""Project configuration: found next to the proposals, shaping rules per file.

``[tool.proplint]`` in ``pyproject.toml``, or ``.proplint.toml``,
``proplint.toml`` or ``.proplint.yaml``; the nearest one above a checked file
governs it. Errors in a configuration are :class:`ConfigError` (exit 2).
"""

from __future__ import annotations

from proplint.config.errors import ConfigError
from proplint.config.files import CONFIG_NAMES, find_config
from proplint.config.profile import Overrides, Resolver
from proplint.config.settings import Settings, read_settings

__all__ = [
    "CONFIG_NAMES",
    "ConfigError",
    "Overrides",
    "Resolver",
    "Settings",
    "find_config",
    "read_settings",
]
