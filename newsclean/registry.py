"""The filter registry: filters are found by name, and other packages can add their own."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import metadata
from typing import TypeVar

from .errors import ConfigError
from .filters.base import Filter

ENTRY_POINT_GROUP = "newsclean.filters"
F = TypeVar("F", bound=type[Filter])


class Registry:
    """A mapping of filter names to filter classes.

    The package's own filters register on import; third-party packages either call
    :func:`register_filter` or declare an entry point in the ``newsclean.filters`` group.
    """

    def __init__(self) -> None:
        self._classes: dict[str, type[Filter]] = {}
        self._entry_points_loaded = False

    def add(self, cls: type[Filter], *, replace: bool = False) -> None:
        """Register ``cls`` under ``cls.name``; a taken name is an error unless ``replace``."""
        if not (isinstance(cls, type) and issubclass(cls, Filter)):
            raise ConfigError(f"{cls!r} is not a newsclean.Filter subclass")
        if not cls.name or not cls.name.isidentifier() or cls.name != cls.name.lower():
            raise ConfigError(
                f"{cls.__name__}.name must be a snake_case identifier, got {cls.name!r}"
            )
        known = self._classes.get(cls.name)
        if known is not None and known is not cls and not replace:
            raise ConfigError(
                f"a filter named {cls.name!r} is already registered ({known.__module__}."
                f"{known.__qualname__}); pick another name or pass replace=True"
            )
        self._classes[cls.name] = cls

    def get(self, name: str) -> type[Filter]:
        """The filter class registered as ``name``."""
        if name not in self._classes:
            self._load_entry_points()
        try:
            return self._classes[name]
        except KeyError:
            raise ConfigError(
                f"unknown filter {name!r}; known filters: {', '.join(sorted(self._classes))}"
            ) from None

    def names(self) -> list[str]:
        """Every registered filter name, sorted."""
        self._load_entry_points()
        return sorted(self._classes)

    def __iter__(self) -> Iterator[type[Filter]]:
        return iter([self._classes[n] for n in self.names()])

    def _load_entry_points(self) -> None:
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
            self.add(ep.load())


registry = Registry()
"""The registry that :class:`~newsclean.Pipeline` resolves filter names in."""


def register_filter(cls: F) -> F:
    """Class decorator: make a :class:`Filter` subclass available to pipelines by its ``name``."""
    registry.add(cls)
    return cls
