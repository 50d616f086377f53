"""newsclean: turn messy scraped news articles into clean, structured ones.

>>> import newsclean
>>> text = "Click 'OK' then 'Allow' to enable notifications\\n\\nThe bridge reopened."
>>> article = newsclean.clean(text)
>>> article.body
('The bridge reopened.',)
>>> [(r.filter, r.reason) for r in article.removed]
[('prompts', 'notification_prompt')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from .article import ARTICLE_KEYS, Article, Removal, json_schema
from .detect import detect_language
from .document import Block, Decision, Document, Segment, Span
from .errors import ConfigError, FilterError, InputError, NewscleanError
from .explain import BlockReport, Claim, Explanation
from .filters.base import Filter
from .language import LanguagePack, shipped_languages
from .normalize import normalize
from .pipeline import AUTO, DEFAULT_FILTERS, InputKind, Pipeline, Result
from .registry import Registry, register_filter, registry

__version__ = "0.1.0"


@lru_cache(maxsize=16)
def _default_pipeline(language: str) -> Pipeline:
    # Built once per language: a pipeline is immutable, so sharing it carries no state between
    # documents.
    return Pipeline.default(language=language)


def _pipeline(pipeline: Pipeline | None, language: str | None) -> Pipeline:
    if pipeline is None:
        return _default_pipeline(language or AUTO)
    if language is None or language == pipeline.language:
        return pipeline
    return dataclasses.replace(pipeline, language=language, pack=None)


def clean(
    source: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    pipeline: Pipeline | None = None,
    kind: InputKind = "auto",
) -> Article:
    """Clean one scraped article or HTML page and return an :class:`Article`.

    ``source`` is text, or bytes (UTF-8, or decoded best-effort with a warning; an HTML page by its
    BOM, declared charset, then detection). ``kind`` is ``"text"``, ``"html"`` or ``"auto"``
    (HTML when the input starts with markup). ``url`` is recorded in the article (its host
    becomes ``site``); nothing is fetched. ``language`` (a code with a shipped rule pack, e.g.
    ``"de"``) skips language detection and applies that language's rules; by default the
    language is recognised per document. ``pipeline`` defaults to :meth:`Pipeline.default`.
    Raises :class:`InputError` for input that is not text (wrong type, binary bytes), and
    :class:`ConfigError` for a language without a rule pack.
    """
    return _pipeline(pipeline, language).clean(source, url=url, kind=kind)


def clean_many(
    sources: Sequence[str | bytes],
    *,
    urls: Sequence[str | None] | None = None,
    language: str | None = None,
    pipeline: Pipeline | None = None,
    kind: InputKind | Sequence[InputKind] = "auto",
) -> list[Article | NewscleanError]:
    """Clean several sources at once: each one's :class:`Article`, or the
    :class:`NewscleanError` that :func:`clean` would have raised for it, in order (one bad source
    stops no other). The articles are :func:`clean`'s; the filters run over the whole list one
    after another, which is faster on a corpus (see :meth:`Pipeline.run_many`)."""
    return _pipeline(pipeline, language).clean_many(sources, urls=urls, kind=kind)


def explain(
    source: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    pipeline: Pipeline | None = None,
    kind: InputKind = "auto",
) -> Explanation:
    """Clean ``source`` and report, for every input block, whether it was kept, removed or lifted
    into a field, by which filter and why. ``explain(x)`` costs one :func:`clean` run;
    :func:`clean` itself never builds the report."""
    return _pipeline(pipeline, language).run(source, url=url, kind=kind).explain()


__all__ = [
    "ARTICLE_KEYS",
    "DEFAULT_FILTERS",
    "Article",
    "Block",
    "BlockReport",
    "Claim",
    "ConfigError",
    "Decision",
    "Document",
    "Explanation",
    "Filter",
    "FilterError",
    "InputError",
    "InputKind",
    "LanguagePack",
    "NewscleanError",
    "Pipeline",
    "Registry",
    "Removal",
    "Result",
    "Segment",
    "Span",
    "__version__",
    "clean",
    "clean_many",
    "detect_language",
    "explain",
    "json_schema",
    "normalize",
    "register_filter",
    "registry",
    "shipped_languages",
]
