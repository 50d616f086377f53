"""newsclean and the baselines it is measured against, by name and by input format.

Scraped text: newsclean, ``ftfy.fix_text`` alone, and a do-nothing paragraph split. HTML:
newsclean and ``trafilatura.extract`` (with its defaults, and with ``include_comments=False``).
Each system takes the same prepared input (text for scraped text, the page's bytes for HTML) and
its output can be read back as a body for scoring; a system is built for one input format, and
newsclean is told that format (``kind``) instead of detecting it. Libraries are imported when a
system is built, so a process that runs one system loads only what that system needs.
trafilatura only ever gets strings or bytes here: it never fetches anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from .readers import Doc, Format

Input = str | bytes
T = TypeVar("T")


@dataclass(frozen=True)
class System:
    """A system under measurement: ``run`` is what is timed, ``body`` reads its output as text."""

    name: str
    label: str
    run: Callable[[Input], object]
    body: Callable[[object], str]
    baseline: bool


def prepare(doc: Doc) -> Input:
    """What every system gets for ``doc``: decoded text for scraped text, the page as given for
    HTML (each HTML system does its own decoding, as it would in use)."""
    return doc.text if doc.format == "text" else doc.source


def _newsclean(fmt: Format) -> System:
    import newsclean

    pipeline = newsclean.Pipeline.default()

    def run(source: Input) -> newsclean.Article:
        return pipeline.clean(source, kind=fmt)

    def body(article: object) -> str:
        return article.text if isinstance(article, newsclean.Article) else ""

    return System("newsclean", "newsclean", run, body, baseline=False)


def _ftfy(fmt: Format) -> System:
    import ftfy

    def run(text: Input) -> str:
        return ftfy.fix_text(text if isinstance(text, str) else text.decode("utf-8", "replace"))

    return System("ftfy", "ftfy.fix_text", run, lambda out: str(out), baseline=True)


def split_paragraphs(text: Input) -> list[str]:
    """The do-nothing baseline: the text split at blank lines, every paragraph kept.

    >>> split_paragraphs("One.\\n\\n Two. \\n")
    ['One.', 'Two.']
    """
    text = text if isinstance(text, str) else text.decode("utf-8", "replace")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _do_nothing(fmt: Format) -> System:
    def body(out: object) -> str:
        return "\n\n".join(out) if isinstance(out, list) else ""

    return System("do_nothing", "do nothing (split)", split_paragraphs, body, baseline=True)


def _trafilatura(
    name: str, label: str, include_comments: bool = True
) -> Callable[[Format], System]:
    def build(fmt: Format) -> System:
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

        def run(page: Input) -> str | None:
            return trafilatura.extract(page, include_comments=include_comments)

        return System(name, label, run, lambda out: out if isinstance(out, str) else "", True)

    return build


BUILDERS: dict[str, Callable[[Format], System]] = {
    "newsclean": _newsclean,
    "ftfy": _ftfy,
    "do_nothing": _do_nothing,
    "trafilatura": _trafilatura("trafilatura", "trafilatura.extract"),
    "trafilatura_no_comments": _trafilatura(
        "trafilatura_no_comments",
        "trafilatura.extract(include_comments=False)",
        include_comments=False,
    ),
}
"""Every system by name, built for one input format."""

BASELINES: dict[Format, tuple[str, ...]] = {
    "text": ("ftfy", "do_nothing"),
    "html": ("trafilatura", "trafilatura_no_comments"),
}
"""The baselines of each input format, measured beside newsclean."""


def in_order(timed: Mapping[str, T]) -> list[tuple[str, T]]:
    """``timed``'s items, newsclean first and then the baselines, in :data:`BUILDERS` order
    (formats too: ``text`` before ``html``), whatever order they were measured in.

    >>> [k for k, _ in in_order({"ftfy": 1, "html": 2, "newsclean": 3, "text": 4})]
    ['newsclean', 'ftfy', 'text', 'html']
    """
    rank = {name: i for i, name in enumerate((*BUILDERS, "text", "html"))}
    return sorted(timed.items(), key=lambda kv: rank.get(kv[0], len(rank)))


def build(name: str, fmt: Format) -> System:
    """The system called ``name`` (one of :data:`BUILDERS`), for input format ``fmt``."""
    try:
        builder = BUILDERS[name]
    except KeyError:
        raise ValueError(f"no system {name!r}; known: {', '.join(BUILDERS)}") from None
    return builder(fmt)


def for_format(fmt: Format, baselines: bool = True) -> list[System]:
    """newsclean, then (with ``baselines``) the baselines of input format ``fmt``."""
    names = ("newsclean", *BASELINES[fmt]) if baselines else ("newsclean",)
    return [build(n, fmt) for n in names]
