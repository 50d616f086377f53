"""The clean article newsclean returns, and the record of what it removed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

from .errors import InputError

ARTICLE_KEYS = (
    "title",
    "subtitle",
    "authors",
    "published",
    "topics",
    "image_credits",
    "sources",
    "language",
    "url",
    "site",
    "body",
    "removed",
    "warnings",
)
"""The keys of :meth:`Article.to_dict`, in order (the article's fields)."""
_SCALARS = ("title", "subtitle", "published", "language", "url", "site")
_LISTS = ("authors", "topics", "image_credits", "sources", "body", "warnings")
_set = object.__setattr__  # how a frozen dataclass sets its fields
_REMOVAL_FIELDS = ("filter", "reason", "text", "block", "start", "end", "field")


def _check_removal(*values: object) -> None:
    """Raise :class:`InputError` naming the first value of a removal that has the wrong type."""
    named = dict(zip(_REMOVAL_FIELDS, values, strict=True))
    for name in ("filter", "reason", "text"):
        if not isinstance(named[name], str):
            raise InputError(f"Removal.{name} must be a string, got {named[name]!r}")
    for name in ("block", "start", "end"):
        value = named[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InputError(f"Removal.{name} must be a non-negative integer, got {value!r}")
    if named["field"] is not None and not isinstance(named["field"], str):
        raise InputError(f"Removal.field must be a string or None, got {named['field']!r}")


@dataclass(frozen=True, slots=True, init=False)
class Removal:
    """One span of the input that is not in the body: removed as boilerplate or lifted into a field.

    ``block`` is the index of the input block (paragraph or line) the span comes from; ``start`` and
    ``end`` are character offsets in the normalised input text (see :func:`newsclean.normalize`).
    ``field`` names the :class:`Article` field the span's content went to, or is ``None`` when the
    span was dropped as boilerplate.
    """

    filter: str
    reason: str
    text: str
    block: int
    start: int
    end: int
    field: str | None = None

    def __init__(
        self,
        filter: str,
        reason: str,
        text: str,
        block: int,
        start: int,
        end: int,
        field: str | None = None,
    ) -> None:
        # Written out rather than generated (with a __post_init__): an article records a removal
        # per claimed span, and this costs a quarter less.
        if not (  # the usual case, checked at once; _check_removal names what is wrong otherwise
            type(filter) is str
            and type(reason) is str
            and type(text) is str
            and type(block) is int
            and type(start) is int
            and type(end) is int
            and block >= 0
            and start >= 0
            and end >= 0
            and (field is None or type(field) is str)
        ):
            _check_removal(filter, reason, text, block, start, end, field)
        _set(self, "filter", filter)
        _set(self, "reason", reason)
        _set(self, "text", text)
        _set(self, "block", block)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "field", field)

    def to_dict(self) -> dict[str, Any]:
        """Return the removal as a JSON-ready dict."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removal:
        """Build a removal from :meth:`to_dict` output."""
        names = [f.name for f in fields(cls)]
        if set(data) != set(names):
            raise InputError(f"a removal record has exactly the keys {names}, got {sorted(data)}")
        return cls(**data)


@dataclass(frozen=True, slots=True)
class Article:
    """A clean news article. Immutable; derive changed copies with :func:`dataclasses.replace`.

    ``body`` holds the article's paragraphs in reading order; ``removed`` records every span of the
    input that is not in the body, with the filter and reason that took it out.
    """

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    topics: tuple[str, ...] = ()
    image_credits: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None
    site: str | None = None
    body: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = field(default=())
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in _LISTS:
            value = getattr(self, name)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise InputError(f"Article.{name} must be a sequence of strings, got {value!r}")
            if not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))
        for name in _SCALARS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InputError(f"Article.{name} must be a string or None, got {value!r}")
        if not isinstance(self.removed, tuple):
            object.__setattr__(self, "removed", tuple(self.removed))

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(self.body)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as a JSON-ready dict with the keys of :data:`ARTICLE_KEYS`."""
        out: dict[str, Any] = {}
        for name in ARTICLE_KEYS:
            value = getattr(self, name)
            if name == "removed":
                out[name] = [r.to_dict() for r in value]
            elif name in _LISTS:
                out[name] = list(value)
            else:
                out[name] = value
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        """Serialise :meth:`to_dict` as JSON (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output. Unknown keys are an error."""
        if not isinstance(data, dict):
            raise InputError(f"Article.from_dict needs a dict, got {type(data).__name__}")
        unknown = set(data) - set(ARTICLE_KEYS)
        if unknown:
            raise InputError(f"unknown article keys: {sorted(unknown)}")
        kwargs: dict[str, Any] = {k: data[k] for k in ARTICLE_KEYS if k in data}
        removed = data.get("removed", [])
        if not isinstance(removed, list) or not all(isinstance(r, dict) for r in removed):
            raise InputError(f"article key 'removed' must be a list of objects, got {removed!r}")
        kwargs["removed"] = tuple(Removal.from_dict(r) for r in removed)
        for name in _LISTS:
            if name in kwargs:
                if not isinstance(kwargs[name], (list, tuple)):
                    raise InputError(f"article key {name!r} must be a list, got {kwargs[name]!r}")
                kwargs[name] = tuple(kwargs[name])
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Rebuild an article from :meth:`to_json` output."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"malformed article JSON: {exc}") from exc
        return cls.from_dict(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that :meth:`Article.to_dict` output follows."""
    from importlib import resources

    text = resources.files("newsclean").joinpath("schema").joinpath("article.schema.json")
    result: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return result
