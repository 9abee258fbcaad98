"""Configuration: one YAML language for every part of aire.

Each component declares its models in a module here (``sim.py``, ``gateway.py``, ...);
``AireConfig`` in ``root.py`` puts them together as the sections of one file.
"""

from aire.config.base import Model
from aire.config.loader import (
    LineMap,
    format_loc,
    load_config,
    load_section,
    parse_yaml,
    validate_config,
)

__all__ = [
    "LineMap",
    "Model",
    "format_loc",
    "load_config",
    "load_section",
    "parse_yaml",
    "validate_config",
]
