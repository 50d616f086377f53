"""What every filter is: a named, configurable, pure labeller of blocks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import ClassVar

from ..document import Decision, Document
from ..errors import ConfigError
from ..language import LanguagePack


@dataclass(frozen=True)
class Filter:
    """Base class of block labellers.

    A subclass sets ``name`` (stable snake_case: the config key, explanation key and stats key),
    ``description`` and ``reasons`` (reason code -> what it means), declares its parameters as
    dataclass fields with defaults, and implements :meth:`label`. A filter never rewrites text: it
    returns :class:`~newsclean.document.Decision` s that claim spans, and it holds no state between
    documents.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    reasons: ClassVar[Mapping[str, str]] = {}

    def __post_init__(self) -> None:
        """Check parameters declared ``int`` (counts and limits): whole numbers, not negative."""
        for f in fields(self):
            value = getattr(self, f.name)
            if f.type in ("int", int) and (
                not isinstance(value, int) or isinstance(value, bool) or value < 0
            ):
                raise ConfigError(
                    f"filter {self.name!r}: {f.name} must be a whole number >= 0, got {value!r}"
                )

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Return the decisions this filter makes on ``doc`` (claims on unclaimed text only)."""
        raise NotImplementedError(f"{type(self).__name__}.label")
