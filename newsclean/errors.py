"""The exceptions newsclean raises. Every one derives from :class:`NewscleanError`."""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputError(NewscleanError, ValueError):
    """The input cannot be read as an article (wrong type, undecodable bytes)."""


class ConfigError(NewscleanError, ValueError):
    """A pipeline or filter configuration is invalid (unknown name, bad parameter, bad TOML)."""


class FilterError(NewscleanError, RuntimeError):
    """A filter broke the labelling contract (bad span, overlapping claim, wrong return type)."""
