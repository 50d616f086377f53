"""Small builders shared by the filter tests: article text from paragraphs, and views of results."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import newsclean
from newsclean import Article, Pipeline
from newsclean.document import Decision, Document
from newsclean.filters.base import Filter
from newsclean.language import LanguagePack

OPENING = (
    "Kellsbury's town council voted on Tuesday night to keep the Mill Lane library open for at "
    "least three more years, reversing a decision it made in the spring."
)
MIDDLE = (
    "Campaigners had collected more than 4,000 signatures and held a read-in on the library steps "
    "every Saturday since April, often in the rain."
)
CLOSING = (
    "The library will also open on Sunday afternoons from next month, and the council plans to "
    "review its budget again in the autumn."
)


def text_of(*paragraphs: str) -> str:
    """Join paragraphs with blank lines, the way a scraped article usually arrives.

    >>> text_of("One.", "Two.")
    'One.\\n\\nTwo.'
    """
    return "\n\n".join(paragraphs)


def inside(
    paragraph: str, before: Sequence[str] = (OPENING, MIDDLE), after: Sequence[str] = (CLOSING,)
) -> tuple[str, ...]:
    """The paragraphs of a small ordinary article with ``paragraph`` placed among them."""
    return (*before, paragraph, *after)


def clean(*paragraphs: str, pipeline: Pipeline | None = None) -> Article:
    """Clean the article made of ``paragraphs``."""
    return newsclean.clean(text_of(*paragraphs), pipeline=pipeline)


def removals(article: Article) -> list[tuple[str, str]]:
    """``(filter, reason)`` of every removal, in order."""
    return [(r.filter, r.reason) for r in article.removed]


def removed_texts(article: Article) -> list[tuple[str, str, str]]:
    """``(filter, reason, text)`` of every removal, in order."""
    return [(r.filter, r.reason, r.text) for r in article.removed]


def only(name: str) -> Pipeline:
    """A pipeline that runs the one named filter."""
    return Pipeline.from_names([name])


@dataclass(frozen=True)
class ProcessKiller(Filter):
    """A filter that kills its own process on a block reading ``KILL THIS PROCESS``: stands for
    a crash in a C library or the kernel's out-of-memory killer, in the batch runner's tests."""

    name = "process_killer"
    description = "kills the process (tests only)"
    reasons = {"never": "never given"}

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Kill the process when a block asks for it; claim nothing otherwise."""
        if any(b.text == "KILL THIS PROCESS" for b in doc.blocks):
            os.kill(os.getpid(), signal.SIGKILL)
        return ()
